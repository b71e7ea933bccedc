"""Russian main events (issue 25): what a Kremlin-style Russian page says about its own
event — a denial of attendance that names a second event word, a meeting held over a video
link, a ship's launch, the Patriarch, a transcript label whose surname the page writes in an
editor's brackets, and surnames with ё as English coverage spells them. Every text is
written for these tests in the style of Russian agency and presidency coverage; each one that
must find something has a look-alike beside it that must not."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.extract.language_people import people_finder
from ruchina.knowledge import base

CATALOG = base.entity_catalog()
PUTIN, XI = (CATALOG.named(name).entity_id for name in ("Vladimir Putin", "Xi Jinping"))
DAY = dt.date(2025, 3, 12)
BOTH = "Владимир Путин и Си Цзиньпин провели переговоры в Кремле. "


def extraction(body: str, title: str | None = None):
    return extract_article("ru-main", title, None, body, DAY, "ru")


def reports(body: str, title: str | None = None) -> list[tuple[str, str, set[str]]]:
    return [(m.event_type, m.status, set(m.participant_ids)) for m in extraction(body, title).event_mentions]


def main_event(body: str, title: str | None = None):
    (main,) = [e for e in extraction(body, title).events if e.main]
    return main


# --- a denial of attendance ---------------------------------------------------------------

def test_leaders_who_did_not_attend_take_part_in_neither_event_word_after_the_denial():
    body = BOTH + "Президенты России и Китая не приняли участия в церемонии открытия форума."
    after = [(kind, people) for kind, _, people in reports(body) if kind in ("other", "forum")]
    assert after and all(not people & {PUTIN, XI} for _, people in after)


def test_leaders_who_attended_take_part_in_the_event_words_after_the_cue():
    body = BOTH + "Президенты России и Китая приняли участие в церемонии открытия форума."
    assert ("forum", "occurred", {PUTIN, XI}) in reports(body)


def test_a_denial_in_the_future_leaves_the_event_planned():
    said = reports("Си Цзиньпин не примет участия в саммите в Казани.")
    assert [(kind, status) for kind, status, _ in said] == [("summit", "planned")]
    assert not said[0][2]


def test_a_denial_in_the_past_keeps_the_event_that_took_place_without_him():
    said = reports("Си Цзиньпин не принял участия в саммите в Казани.")
    assert [(kind, status, people) for kind, status, people in said] == [("summit", "occurred", set())]


# --- a meeting over a video link ----------------------------------------------------------

def test_a_meeting_held_by_video_link_is_a_call():
    body = "Владимир Путин по видеосвязи провёл совещание с членами Правительства."
    assert [kind for kind, _, _ in reports(body)] == ["call"]


def test_a_meeting_held_in_the_room_stays_a_meeting():
    body = "Владимир Путин в Кремле провёл совещание с членами Правительства."
    assert [kind for kind, _, _ in reports(body)] == ["meeting"]


# --- a ship's launch ----------------------------------------------------------------------

def test_a_launch_ceremony_is_an_event():
    body = "Владимир Путин принял участие в церемонии спуска на воду нового ледокола."
    assert ("other", "occurred", {PUTIN}) in reports(body)


def test_a_descent_of_another_kind_is_no_event():
    body = "Спуск с горы занял у туристов два часа, а подъём — четыре."
    assert reports(body) == []


# --- the Patriarch ------------------------------------------------------------------------

def test_the_patriarch_named_by_his_title_in_another_case_takes_part():
    patriarch = CATALOG.named("Patriarch Kirill").entity_id
    body = "В Кремле состоялась встреча Владимира Путина с Патриархом Московским и всея Руси Кириллом."
    assert ("meeting", "occurred", {PUTIN, patriarch}) in reports(body)


def test_another_kirill_is_not_the_patriarch():
    patriarch = CATALOG.named("Patriarch Kirill").entity_id
    body = "В Кремле состоялась встреча Владимира Путина с главой фонда Кириллом Дмитриевым."
    assert all(patriarch not in people for _, _, people in reports(body))


# --- a transcript label and a surname in an editor's brackets ------------------------------

TRANSCRIPT = ("Владимир Путин провёл совещание по вопросам атомной отрасли. В.Путин: Павел Игоревич [Ёлкин] "
              "сидит рядом, спросим его. П.Ёлкин: Спасибо, Владимир Владимирович. Блоки готовы. В.Путин: Хорошо.")


def test_a_label_is_the_person_the_page_names_with_the_surname_in_brackets():
    found = extraction(TRANSCRIPT)
    people = {m.surface: m.entity_id for m in found.body_mentions if m.entity_type == "PERSON"}
    assert people["П.Ёлкин"] == people["Павел Игоревич [Ёлкин]"]
    (main,) = [e for e in found.events if e.main]
    assert main.participants == {PUTIN, people["П.Ёлкин"]}


def test_a_label_with_another_initial_is_not_the_bracketed_person():
    body = TRANSCRIPT.replace("П.Ёлкин:", "С.Ёлкин:")
    people = {m.surface: m.entity_id for m in extraction(body).body_mentions if m.entity_type == "PERSON"}
    assert people["С.Ёлкин"] != people["Павел Игоревич [Ёлкин]"]


# --- ё as English coverage spells it ------------------------------------------------------

def test_yo_after_a_consonant_is_e_and_after_a_soft_sign_or_at_the_start_yo():
    finder = people_finder("ru")
    assert finder.transliterate("Дегтярёв") == "Degtyarev"
    assert finder.transliterate("Воробьёв") == "Vorobyov"
    assert finder.transliterate("Ёлкин") == "Yolkin"
    # (е keeps its own rule: "Моисеев" is Moiseyev)
    assert finder.transliterate("Моисеев") == "Moiseyev"


def test_a_russian_interview_is_not_dated_by_its_publication():
    # (given, then published: events_ru.yaml told_after, as English "Interview with ..." is;
    # the look-alike, a news conference reported on the day, is dated by the publication)
    from ruchina.extract.extraction import extract_article

    body = ("Накануне визита в Бразилию Президент ответил на вопросы телеканала.\n\n"
            "В мае 2015 года Президент Бразилии присутствовал на церемонии открытия игр в Сочи.")
    day = dt.date(2023, 2, 2)
    (interview,) = [e for e in extract_article("a", "Интервью телеканалу", None, body, day, "ru").events if e.main]
    assert interview.date is None
    news = extract_article("b", "Пресс-конференция по итогам года", None, body, day, "ru")
    (conference,) = [e for e in news.events if e.main]
    assert conference.date is not None and conference.date.first == day
