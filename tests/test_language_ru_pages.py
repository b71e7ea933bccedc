"""Russian pages as a presidency's site prints them: a run-in heading, date and lead, links
to other pages after the text, names addressed in a transcript. Every text is written for the
test in that style (no page is copied); each one that must find something has a look-alike
beside it that must not."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.dates import resolve_dates
from ruchina.extract.extraction import extract_article
from ruchina.knowledge import base

CATALOG = base.entity_catalog()
PUTIN, XI = (CATALOG.named(name).entity_id for name in ("Vladimir Putin", "Xi Jinping"))
PUBLISHED = dt.date(2025, 3, 12)


def reported(body: str, title: str | None = None, published: dt.date | None = PUBLISHED):
    """(type, participants, status) of every event report, title first."""
    mentions = extract_article("ru-test", title, None, body, published, "ru").event_mentions
    return [(m.event_type, set(m.participant_ids), m.status) for m in mentions]


# --- links to other pages -----------------------------------------------------------------

def test_the_events_a_page_links_to_are_not_its_own():
    body = ("Владимир Путин открыл новый мост через реку в Казани. Смотрите также Поездка в Казань "
            "11 марта 2025 года Встреча с губернатором области 11 марта 2025 года Все материалы о "
            "визите в Татарстан 12 марта 2025 года Темы Регионы")
    kinds = [kind for kind, _, _ in reported(body, "Церемония открытия моста через реку")]
    assert "visit" not in kinds and "meeting" not in kinds


def test_a_page_with_no_event_of_its_own_is_one_of_the_materials_of_the_trip_it_links_to():
    body = ("Владимир Путин ответил на вопросы журналистов о ценах на топливо. Смотрите также "
            "Встреча с губернатором области 11 марта 2025 года Все материалы о рабочей поездке "
            "в Казань 12 марта 2025 года Темы Регионы")
    assert [kind for kind, _, _ in reported(body, "Ответы на вопросы журналистов")] == ["visit"]
    # a page whose title names its own event (a ceremony) is not the trip itself
    assert [kind for kind, _, _ in reported(body, "Церемония открытия моста")] == ["other"]


def test_a_sentence_that_only_begins_like_a_link_list_still_reports_its_event():
    # the heading word with prose after it (a full stop before any day) is no list of links
    body = "Дополнительно Владимир Путин провёл встречу с губернатором. Это было 11 марта 2025 года."
    assert ("meeting", {PUTIN}, "occurred") in reported(body)
    # and a report in the text before the links is kept
    body = ("Владимир Путин провёл встречу с губернатором 11 марта 2025 года. Смотрите также "
            "Поездка в Казань 11 марта 2025 года")
    assert [kind for kind, _, _ in reported(body)] == ["meeting"]


# --- dates -------------------------------------------------------------------------------

def test_a_range_of_days_written_with_a_minus_sign_is_one_range():
    found = resolve_dates("Анонс на 14 − 16 июня 2025 года", None, "future", "ru")
    assert [(d.first, d.last) for d in found] == [(dt.date(2025, 6, 14), dt.date(2025, 6, 16))]
    # a difference of two numbers is no range of days
    assert [d.first for d in resolve_dates("Счёт 14 − 16 в пользу гостей", None, "past", "ru")] == []


def test_a_date_after_the_event_word_said_again_dates_the_first_report():
    # a heading with no year run into "Анонс на ..." with the year: the visit takes its days
    body = ("15–16 июня Президент России посетит Китай с официальным визитом Анонс на "
            "15 − 16 июня 2025 года")
    mentions = extract_article("ru-test", None, None, body, None, "ru").event_mentions
    assert [(m.event_type, m.date.first, m.date.last) for m in mentions] == [
        ("visit", dt.date(2025, 6, 15), dt.date(2025, 6, 16))]
    # with no date after it the report stays undated
    body = "Президент России посетит Китай с официальным визитом"
    assert [m.date for m in extract_article("ru-test", None, None, body, None, "ru").event_mentions] == [None]


def test_statements_for_the_press_in_a_title_are_an_event_and_in_the_text_are_not():
    title = "Владимир Путин и Си Цзиньпин сделали заявления для прессы"
    assert ("other", {PUTIN, XI}, "occurred") in reported("Лидеры ответили на вопросы.", title)
    assert reported("Источник сослался на заявления для прессы, сделанные ранее.") == []


# --- names in a transcript -----------------------------------------------------------------

def test_a_surname_an_editor_adds_in_brackets_completes_the_name_in_its_case():
    from ruchina.extract.language_people import people_finder

    finder = people_finder("ru")
    text = "Уважаемые Галина Петровна [Смирнова], Олег Иванович [Кузнецов]! Спросим Алексея [Лихачёва]."
    assert [p.name for p in finder.find(text, [])] == ["Galina Smirnova", "Oleg Kuznetsov", "Alexei Likhachev"]
    # a bracket that is a stage note, or left open, completes no name
    assert finder.find("Уважаемый Игорь Викторович! [Аплодисменты] Ольга [Смирнова", []) == []


# --- offices -----------------------------------------------------------------------------

def test_an_office_with_its_country_in_the_genitive_is_the_person_the_article_names():
    body = ("Владимир Путин провёл переговоры с Си Цзиньпином. "
            "Председатель КНР прибыл с официальным визитом в Российскую Федерацию.")
    assert ("visit", {XI}, "occurred") in reported(body)
    # the office of a body of the country (the government's chairman) is not the head of state
    body = ("Владимир Путин провёл переговоры с Си Цзиньпином. "
            "Председатель Правительства Российской Федерации прибыл с визитом в Казань.")
    assert ("visit", set(), "occurred") in reported(body)
    # nor is the office of a person the article does not name
    assert reported("Председатель КНР прибыл с официальным визитом в Российскую Федерацию.") == [
        ("visit", set(), "occurred")]


def test_given_names_in_every_case_form_a_stem_that_drops_a_vowel_or_writes_e_for_yo():
    from ruchina.extract.language_people import people_finder

    finder = people_finder("ru")
    text = ("Выступили с Павлом Смирновым, Петра Кузнецова слушали, Федор Орлов ответил, Никите Соколову "
            "и у Ильи Волкова.")
    assert [p.name for p in finder.find(text, [])] == [
        "Pavel Smirnov", "Pyotr Kuznetsov", "Fyodor Orlov", "Nikita Sokolov", "Ilya Volkov"]
    # (a feminine name in its genitive is not a masculine one with an ending: "Валентины" is
    # Valentina's; a patronymic or a surname built on a given name's stem is no given name)
    assert [p.name for p in finder.find("с участием Валентины Смирновой", [])] == ["Valentina Smirnova"]
    assert finder.find("Павлович Смирнов и Павленко Орлов", []) == []
