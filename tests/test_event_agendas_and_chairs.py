"""A gathering whose agenda is being prepared is the topic of the report, one to come, not its
event ("Ministers prepare the agenda for the autumn summit": no summit is reported); and a Russian
sentence opening on the verb of chairing ("Председательствовал X") adds its chair to the gathering
told right before it (knowledge/events_<language>.yaml: `passing`, `attending`). Fixtures written
for these tests, each beside a look-alike."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

WANG_YI, MISHUSTIN, LUKASHENKO = "wang-yi", "Q4298520", "alexander-lukashenko"
MONDAY = dt.date(2024, 10, 14)

MEETING = "MINSK, Oct 14 - Foreign ministers of the bloc met in Minsk on Monday, Wang Yi among them."


def main_type(title, body, language="en"):
    events = extract_article("t1", title, None, body, MONDAY, language).events
    return next(e for e in events if e.main).mentions[0].event_type


def test_a_summit_whose_agenda_ministers_prepare_is_no_event_of_the_title():
    assert main_type("Foreign ministers prepare the agenda for the autumn summit", MEETING) == "meeting"


def test_a_summit_the_title_reports_is_still_its_event():
    assert main_type("Leaders open the autumn summit in Minsk",
                     "MINSK, Oct 14 - Leaders opened their summit in Minsk on Monday.") == "summit"


def test_the_russian_title_of_an_agenda_prepared_reports_no_summit():
    body = ("МИНСК, 14 октября. Министры иностранных дел провели в понедельник заседание в Минске. "
            "В заседании участвовал Ван И.")
    assert main_type("Министры подготовили повестку осеннего саммита", body, "ru") == "meeting"
    assert main_type("Лидеры открыли осенний саммит", "МИНСК, 14 октября. Лидеры открыли в понедельник саммит в Минске.",
                     "ru") == "summit"


def people_of_the_session(second_sentence):
    body = f"Заседание Совета глав правительств прошло в понедельник в Минске. {second_sentence}"
    events = extract_article("t1", None, None, body, MONDAY, "ru").events
    return set().union(*(e.participants for e in events if e.mentions[0].event_type in ("meeting", "summit")))


def test_a_sentence_opening_on_the_verb_of_chairing_adds_the_chair():
    assert MISHUSTIN in people_of_the_session("Председательствовал Михаил Мишустин.")


def test_a_chair_of_another_time_told_later_in_the_sentence_is_not_added():
    assert MISHUSTIN not in people_of_the_session("В прошлом году в Сочи председательствовал Михаил Мишустин.")
