"""Russian: the knowledge base's names in their case forms, event words, tense and the
language-independent fallback for a language without resources. Every text here is written
for the test in the style of agency and Kremlin coverage; each one that must find something
has a look-alike beside it that must not."""

from __future__ import annotations

import datetime as dt

import pytest

from ruchina.errors import RuchinaError
from ruchina.extract.extraction import extract_article
from ruchina.extract.language_names import language_matcher
from ruchina.extract.linking import link_entities
from ruchina.knowledge import base

CATALOG = base.entity_catalog()
PUTIN, XI, TOKAYEV, MODI, MOSCOW, ASTANA = (CATALOG.named(name).entity_id for name in (
    "Vladimir Putin", "Xi Jinping", "Kassym-Jomart Tokayev", "Narendra Modi", "Moscow", "Astana"))
PUBLISHED = dt.date(2025, 5, 8)


def names(text: str) -> list[tuple[str, str]]:
    return [(m.surface, m.name) for m in link_entities(text, language="ru")]


def extracted(body: str, title: str | None = None, language: str = "ru"):
    return extract_article("ru-test", title, None, body, PUBLISHED, language)


def reported(body: str, title: str | None = None):
    """(type, participants, status) of every event report, title first."""
    return [(m.event_type, set(m.participant_ids), m.status) for m in extracted(body, title).event_mentions]


# --- names ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("переговоры с Председателем КНР Си Цзиньпином", [("КНР", "China"), ("Си Цзиньпином", "Xi Jinping")]),
    ("встреча Владимира Путина и Си Цзиньпина", [("Владимира Путина", "Vladimir Putin"), ("Си Цзиньпина", "Xi Jinping")]),
    ("делегация прибыла в Пекин, а затем в Москву", [("Пекин", "Beijing"), ("Москву", "Moscow")]),
    ("торговля между Россией и Китаем", [("Россией", "Russia"), ("Китаем", "China")]),
    ("соглашение с Соединёнными Штатами Америки", [("Соединёнными Штатами Америки", "United States")]),
    ("с Соединенными Штатами", [("Соединенными Штатами", "United States")]),  # ё written as е
    ("визит в Гвинею-Бисау", [("Гвинею-Бисау", "Guinea-Bissau")]),
    ("встреча с Сергеем Лавровым", [("Сергеем Лавровым", "Sergei Lavrov")]),
    # (a name the press spells two ways, "Сальман" and "Салман": both forms are the one king)
    ("переговоры с королем Салманом бен Абдель Азизом Аль Саудом",
     [("королем Салманом", "King Salman")]),
])
def test_a_name_is_linked_in_its_case_forms(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    "российско-китайские отношения и китайская сторона",  # adjectives are no mention of a country
    "Путинский стиль и москвичи",  # a word built on a name is another word
    "Китайская кухня",  # the stem of Китай followed by more than an ending
    "Пекинская утка",
])
def test_a_word_built_on_a_name_is_no_mention(text):
    assert names(text) == []


def test_a_name_inside_a_longer_word_is_no_mention():
    assert names("Сиань") == [("Сиань", "Xi'an")]  # a city, not Си
    assert names("Путинград") == []


def test_capitalised_words_of_a_russian_text_are_no_names_but_a_person_is():
    """Capitalised words in Russian are sentence starts, titles and proper adjectives:
    discovery (written for English) would make junk of them. Only a known given name with a
    surname after it is taken for a person the knowledge base lacks."""
    text = ("Президент провёл совещание. Участники Совещания обсудили Вопросы экономики. "
            "Генеральный директор Ирина Смирнова доложила о работе Корпорации.")
    discovered = [(m.surface, m.name, m.entity_type) for m in extracted(text).mentions if not m.linked]
    assert discovered == [("Ирина Смирнова", "Irina Smirnova", "PERSON")]


@pytest.mark.parametrize("text, person", [
    ("встреча с Министром культуры Ольгой Любимовой", "Olga Lyubimova"),  # feminine, instrumental
    ("доклад Валерия Громова о ходе учений", "Valery Gromov"),  # masculine, genitive
    ("с Евгением Солнцевым", "Yevgeny Solntsev"),  # -ий names and the ye of an initial е
    ("беседа с Валентиной Кузьменко", "Valentina Kuzmenko"),  # Валентина, not Валентин; -о does not inflect
    ("с Ольгой Борисовной Любимовой", "Olga Lyubimova"),  # a patronymic between
    ("Алексея Лихачёва", "Alexei Likhachev"),
    ("Председатель Игорь Краснов", "Igor Krasnov"),  # nominative: the surname as written
])
def test_a_person_named_in_any_case_is_discovered_in_its_dictionary_form_and_english_spelling(text, person):
    (mention,) = [m for m in link_entities(text, language="ru") if not m.linked]
    assert (mention.name, mention.entity_type) == (person, "PERSON")


@pytest.mark.parametrize("text", [
    "Уважаемый Игорь Викторович! Рад встрече.",  # a given name and a patronymic: no surname
    "Ольга Москвы не видела.",  # a known place after a given name
    "Роман Толстого вышел в Москве.",  # a novel: Роман is left out of the given names
    "Ирина подготовила доклад.",  # a given name alone
])
def test_a_given_name_without_a_surname_is_no_person(text):
    assert [m.name for m in link_entities(text, language="ru") if not m.linked] == []


def test_a_list_of_people_surname_first_gives_each_person_and_no_title_becomes_a_surname():
    """Participant lists print "Surname Given Patronymic" one after another, a title after each."""
    text = "Участники: Громов Валерий Петрович Министр Кузьменко Ольга Борисовна Губернатор. Статус материала."
    assert [m.name for m in link_entities(text, language="ru") if not m.linked] == ["Valery Gromov", "Olga Kuzmenko"]
    # the same given name and patronymic before a title, with no surname before them: no one
    assert [m.name for m in link_entities("Валерий Петрович Министр обороны", language="ru") if not m.linked] == []


def test_a_russian_person_is_a_participant_of_the_meeting_named_with_him():
    (mention,) = extracted("Владимир Путин провёл рабочую встречу с Министром культуры Ольгой Любимовой.").event_mentions
    assert mention.participant_ids == (PUTIN, "olga-lyubimova")


def test_the_same_text_in_english_still_discovers_names():
    mentions = link_entities("Director General Irina Smirnova reported on the work of the Corporation.")
    assert any(not m.linked and m.name == "Irina Smirnova" for m in mentions)


def test_inside_the_kremlin_is_the_building_and_the_kremlin_said_is_the_presidency():
    building, = [m for m in link_entities("переговоры прошли в Кремле", language="ru")]
    presidency, = [m for m in link_entities("Кремль сообщил о переговорах", language="ru")]
    assert (building.name, presidency.name) == ("Moscow Kremlin", "Kremlin")


def test_the_entities_russian_names_are_its_aliases():
    china = base.entity_catalog().named("China")
    assert {"Китай", "КНР"} <= set(china.names_in_languages)
    assert china.name == "China" and china.entity_id == "Q148"


def test_a_russian_name_of_an_unknown_entity_is_refused_with_the_file_named(monkeypatch):
    real = base.read_knowledge_file

    def reading(name):
        if name == "entities_xx":
            return {"entities": {"Atlantis": ["Атлантида"]}}
        return real(name)

    monkeypatch.setattr(base, "read_knowledge_file", reading)
    with pytest.raises(RuchinaError, match=r"knowledge/entities_xx\.yaml: 'Atlantis' is not a canonical name"):
        base.language_names("xx")
    base.language_names.cache_clear()


def test_every_name_word_matches_its_stem_and_endings_only():
    matcher = language_matcher("ru")
    found = {text: [e for _, _, e, _ in matcher.matches(text)] for text in ("в Москве", "Московский", "Москвичка")}
    assert found == {"в Москве": ["Q649"], "Московский": [], "Москвичка": []}


# --- events -----------------------------------------------------------------------------

TASS_LEAD = ("Президент России Владимир Путин провёл в Кремле переговоры с Председателем "
             "Китайской Народной Республики Си Цзиньпином.")


def test_an_agency_lead_reports_the_talks_of_the_two_leaders_in_the_kremlin():
    (mention,) = extracted(TASS_LEAD).event_mentions
    assert mention.event_type == "meeting"
    assert set(mention.participant_ids) == {PUTIN, XI}
    assert mention.status == "occurred"
    assert mention.location_id == MOSCOW  # "в Кремле": the building (not the presidency), in its city


def test_a_meeting_of_other_leaders_is_not_a_putin_xi_meeting():
    text = "Премьер-министр Индии Нарендра Моди провёл переговоры с Касым-Жомартом Токаевым в Астане."
    (mention,) = extracted(text).event_mentions
    assert set(mention.participant_ids) == {MODI, TOKAYEV}
    assert mention.location_id == ASTANA


@pytest.mark.parametrize("text", [
    "Как договорились в ходе прошлой встречи, стороны продолжат работу над проектом газопровода.",
    "Лидеры России и Китая встречались уже более сорока раз.",
])
def test_a_sentence_that_only_mentions_a_past_meeting_reports_none_now(text):
    reports = extracted(text).event_mentions
    assert all(m.earlier for m in reports)  # none, or the earlier meeting it names


def test_announced_talks_are_planned_and_held_talks_occurred():
    planned = "Владимир Путин и Си Цзиньпин проведут переговоры в Москве."
    held = "Владимир Путин и Си Цзиньпин провели переговоры в Москве."
    assert reported(planned) == [("meeting", {PUTIN, XI}, "planned")]
    assert reported(held) == [("meeting", {PUTIN, XI}, "occurred")]


def test_a_telephone_conversation_is_a_call_and_a_conversation_about_something_is_not():
    call = "Состоялся телефонный разговор Владимира Путина с Президентом Казахстана Касым-Жомартом Токаевым."
    (mention,) = extracted(call).event_mentions
    assert (mention.event_type, set(mention.participant_ids), mention.location_id) == ("call", {PUTIN, TOKAYEV}, None)
    assert extracted("Это был разговор о том, как развивать торговлю.").event_mentions == []


def test_the_talks_named_in_a_title_are_the_articles_event():
    title = "Переговоры с Председателем КНР Си Цзиньпином"
    body = "Владимир Путин и Си Цзиньпин обсудили вопросы двустороннего сотрудничества."
    article = extracted(body, title)
    (event,) = [e for e in article.events if e.main]
    assert {m.event_type for m in event.mentions} == {"meeting"}


def test_words_that_only_look_like_event_words_report_nothing():
    text = "Встречный план и переговорный процесс обсуждались экспертами, визитка лежала на столе."
    assert extracted(text).event_mentions == []


# --- a language without resources -------------------------------------------------------

def test_a_language_without_resources_gets_the_language_independent_parts_only():
    text = "Vladimir Putin e Xi Jinping hanno tenuto colloqui a Mosca. L'incontro si è svolto al Cremlino."
    article = extracted(text, "Incontro a Mosca", language="it")
    assert article.event_mentions == [] and article.events == [] and article.statement_claims == []
    assert {m.name for m in article.mentions} == {"Vladimir Putin", "Xi Jinping"}
    assert all(m.linked for m in article.mentions)


def test_an_article_of_undecided_language_is_read_as_english():
    text = "Putin and Xi held talks in Moscow."
    assert [m.event_type for m in extract_article("x", None, None, text, PUBLISHED, None).event_mentions] == ["meeting"]


# --- one event across languages ---------------------------------------------------------

def test_a_russian_and_an_english_report_of_one_meeting_merge_and_other_meetings_do_not():
    from ruchina.corpus.event_merge import merge_across_articles

    english = extract_article("en-report", None, None, "Russian President Vladimir Putin and Chinese President "
                              "Xi Jinping held talks in the Kremlin on Thursday.", dt.date(2025, 5, 9))
    russian = extract_article("ru-report", None, None, TASS_LEAD, dt.date(2025, 5, 8), "ru")
    a_call = extract_article("ru-call", None, None, "Владимир Путин провёл телефонный разговор с Председателем КНР "
                             "Си Цзиньпином.", dt.date(2025, 2, 24), "ru")
    a_year_before = extract_article("ru-2024", None, None, TASS_LEAD, dt.date(2024, 5, 16), "ru")
    articles = (english, russian, a_call, a_year_before)
    names = {m.entity_id: m.name for x in articles for m in x.mentions}
    events = merge_across_articles([e for x in articles for e in x.events], names)
    by_articles = {tuple(e.article_ids): e for e in events}
    assert set(by_articles) == {("en-report", "ru-report"), ("ru-call",), ("ru-2024",)}
    together = by_articles[("en-report", "ru-report")]
    assert (together.event_type, together.start_date) == ("meeting", dt.date(2025, 5, 8))
    assert together.event_id.isascii()  # ids and labels stay in English


# --- common wording of other outlets (issue 25) -----------------------------------------

LUKASHENKO, MINSK = (CATALOG.named(name).entity_id for name in ("Alexander Lukashenko", "Minsk"))


def test_a_weekday_in_the_genitive_after_a_time_of_day_dates_the_talks_and_the_environment_does_not():
    (talks,) = extracted("Вечером пятницы Александр Лукашенко провёл переговоры с Касым-Жомартом Токаевым "
                         "в Астане.").event_mentions
    assert (talks.date.first, talks.date.precision) == (dt.date(2025, 5, 2), "day")  # the Friday before
    (signing,) = extracted("Александр Лукашенко и Касым-Жомарт Токаев подписали соглашение об охране "
                           "окружающей среды.").event_mentions
    assert signing.date is None  # ("среды": the environment's genitive, no Wednesday)


def test_a_video_conference_held_by_two_and_a_talk_by_video_are_calls_and_a_summit_by_video_is_not():
    assert reported("Александр Лукашенко и Касым-Жомарт Токаев провели видеоконференцию.") == [
        ("call", {LUKASHENKO, TOKAYEV}, "occurred")]
    assert reported("Александр Лукашенко и Касым-Жомарт Токаев пообщались по видеосвязи.") == [
        ("call", {LUKASHENKO, TOKAYEV}, "occurred")]
    assert reported("Александр Лукашенко и Касым-Жомарт Токаев пообщались в Минске.") == [
        ("meeting", {LUKASHENKO, TOKAYEV}, "occurred")]
    assert [m.event_type for m in extracted("Саммит ШОС прошёл в режиме видеоконференции.").event_mentions] == [
        "summit"]


def test_the_eve_of_a_visit_puts_it_ahead_and_the_eve_alone_is_the_day_before():
    assert reported("Накануне визита в Казахстан Александр Лукашенко дал интервью.") == [
        ("visit", {LUKASHENKO}, "planned")]
    (talks,) = extracted("Накануне Лукашенко провёл переговоры с Касым-Жомартом Токаевым в Астане.").event_mentions
    assert (talks.status, talks.date.first) == ("occurred", dt.date(2025, 5, 7))
    # (the act told after the eve of a gathering is the act, held)
    statuses = {m.event_type: m.status for m in extracted(
        "В преддверии саммита ШОС Лукашенко провёл переговоры с Касым-Жомартом Токаевым в Астане.").event_mentions}
    assert statuses == {"summit": "planned", "meeting": "occurred"}


def test_the_eve_of_our_meeting_said_at_it_leaves_it_under_way():
    # (a transcript's "накануне нашего совещания": the meeting is the one the speaker is at)
    (meeting,) = [m for m in extracted("Знаю, что накануне нашего совещания эксперты провели большую "
                                       "работу.").event_mentions if m.event_type == "meeting"]
    assert meeting.status == "occurred"


def test_a_flight_to_a_summit_is_attendance_there_and_a_flight_the_day_after_it_is_not():
    (summit,) = extracted("Александр Лукашенко прилетел в Астану на саммит ШОС.").event_mentions
    assert (summit.event_type, summit.participant_ids, summit.location_id) == ("summit", (LUKASHENKO,), ASTANA)
    assert [m.event_type for m in extracted(
        "Александр Лукашенко прилетел в Астану на следующий день после саммита ШОС.").event_mentions] == ["visit"]


def test_the_leaders_of_two_countries_in_the_genitive_are_the_two_named_before_and_not_an_aide():
    text = ("Александр Лукашенко и Касым-Жомарт Токаев подписали меморандум, сообщил пресс-секретарь "
            "президента Иван Сидоренко. Токаев прибыл в Минск в понедельник. Это первая встреча лидеров "
            "двух стран в этом году.")
    meeting = [m for m in extracted(text).event_mentions if m.event_type == "meeting"]
    assert [set(m.participant_ids) for m in meeting] == [{LUKASHENKO, TOKAYEV}]
    assert [set(m.participant_ids) for m in extracted(
        "Встреча лидеров стран СНГ прошла в Минске.").event_mentions] == [set()]


@pytest.mark.parametrize("text, status", [
    ("Александр Лукашенко нанесёт официальный визит в Казахстан.", "planned"),
    ("Александр Лукашенко прилетит в Астану в понедельник.", "planned"),
    ("Александр Лукашенко нанёс официальный визит в Казахстан.", "occurred"),
    ("Александр Лукашенко прилетел в Астану в понедельник.", "occurred"),
])
def test_the_perfective_future_of_a_trips_verbs_is_a_visit_to_come(text, status):
    assert [(m.event_type, m.status) for m in extracted(text).event_mentions] == [("visit", status)]


# --- a visit's last day told in a sentence of its own -----------------------------------

def _visit_days(body: str) -> tuple[dt.date, dt.date]:
    events = extract_article("ru-test", None, None, body, dt.date(2018, 9, 12), "ru").events
    (visit,) = [e for e in events if {"visit", "state_visit"} & e.types()]
    return visit.date.first, visit.date.last


def test_the_next_sentence_with_the_bare_visit_word_tells_its_last_day():
    body = ("Президент Монголии Халтмаагийн Баттулга находится в России с официальным визитом с 11 сентября. "
            "Визит продлится до 14 сентября.")
    assert _visit_days(body) == (dt.date(2018, 9, 11), dt.date(2018, 9, 14))


def test_a_next_sentence_naming_its_own_visit_tells_no_last_day_of_this_one():
    # (the visit of the next sentence is named by its own visitor and place: perhaps another)
    body = ("Президент Монголии Халтмаагийн Баттулга находится в России с официальным визитом с 11 сентября. "
            "Визит делегации парламента Монголии в Казань продлится до 14 сентября.")
    assert _visit_days(body) == (dt.date(2018, 9, 11), dt.date(2018, 9, 11))
