"""A summit told again as its sitting, and who sat in it (extract/continuing_reports.summit_session,
knowledge ``summit_sessions`` and German ``attending``): "Заседание прошло под председательством X" right
after a summit's report is that summit, and the list of those who took part after it joins the summit;
"leitete die Sitzung, an der neben A auch B teilnahm" lists the summit's people; and talks held "am Rande
des Gipfels" on the eve leave the summit on the day its own report gives (extract/summit_settings.py); the
headline's declaration adopted at the summit its sentence tells has the summit's people (event_signings.py).
Fixtures written for these tests, with another body, city and day than any page read; each beside a
look-alike that must not do it."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

PUTIN, TOKAYEV, LUKASHENKO = "Q7747", "kassym-jomart-tokayev", "alexander-lukashenko"
FRIDAY, THURSDAY = dt.date(2025, 5, 23), dt.date(2025, 5, 22)


def events(title, body, language):
    return extract_article("t1", title, None, body, FRIDAY, language).events


def summits(found):
    return [e for e in found if "summit" in e.types()]


def test_the_session_opening_a_sentence_after_a_summit_is_the_summit_and_its_attendees_join_it():
    found = events("Саммит ЕАЭС в Минске",
                   "МИНСК, 23 мая. Лидеры стран Евразийского экономического союза в пятницу провели в Минске саммит."
                   "\n\nЗаседание прошло под председательством президента Белоруссии Александра Лукашенко."
                   "\n\nВ саммите участвовали Владимир Путин и Касым-Жомарт Токаев.", "ru")
    (summit,) = summits(found)
    assert {PUTIN, TOKAYEV, LUKASHENKO} <= set(summit.participants)
    assert summit.date.first == FRIDAY


def test_the_session_after_a_visit_is_no_summit():
    found = events("Мишустин в Минске",
                   "МИНСК, 23 мая. Михаил Мишустин в пятницу прибыл в Минск с официальным визитом."
                   "\n\nЗаседание прошло под председательством премьер-министра Белоруссии."
                   "\n\nВ заседании участвовали Владимир Путин и Касым-Жомарт Токаев.", "ru")
    assert summits(found) == []


def test_those_a_relative_clause_lists_at_the_session_take_part_in_the_summit():
    found = events("Gipfel in Minsk",
                   "Am Freitag sind die Staatschefs der Eurasischen Wirtschaftsunion in Minsk zusammengekommen. "
                   "Gastgeber Alexander Lukaschenko leitete die Sitzung, an der neben Wladimir Putin auch "
                   "Kassym-Schomart Tokajew teilnahm.", "de")
    (summit,) = summits(found)
    assert {PUTIN, TOKAYEV, LUKASHENKO} <= set(summit.participants)


def test_one_the_relative_clause_says_did_not_take_part_is_not_listed():
    found = events("Gipfel in Minsk",
                   "Am Freitag sind die Staatschefs der Eurasischen Wirtschaftsunion in Minsk zusammengekommen. "
                   "Gastgeber Alexander Lukaschenko leitete die Sitzung, an der Wladimir Putin nicht teilnahm.", "de")
    (summit,) = summits(found)
    assert PUTIN not in summit.participants


def test_talks_on_the_eve_at_the_summits_sidelines_leave_the_summit_on_its_own_day():
    found = events("Gipfel in Minsk",
                   "Am Freitag sind die Staatschefs der Eurasischen Wirtschaftsunion in Minsk zusammengekommen. "
                   "Gastgeber Alexander Lukaschenko leitete die Sitzung.\n\nBereits am Donnerstag hatten Putin und "
                   "Tokajew am Rande des Gipfels miteinander gesprochen.", "de")
    (summit,) = summits(found)
    assert summit.date.first == summit.date.last == FRIDAY
    (talks,) = [e for e in found if e.types() == {"meeting"}]
    assert talks.date.first == THURSDAY and set(talks.participants) == {PUTIN, TOKAYEV}


def test_talks_at_the_sidelines_told_alone_still_date_the_summit():
    found = events("Putin und Tokajew in Minsk",
                   "Am Donnerstag hatten Putin und Tokajew am Rande des Gipfels der Eurasischen Wirtschaftsunion "
                   "in Minsk miteinander gesprochen.", "de")
    (summit,) = summits(found)
    assert summit.date.first == THURSDAY


def test_the_headlines_declaration_adopted_at_the_summit_of_its_sentence_has_the_summits_people():
    found = events("ЛИДЕРЫ ЕАЭС ПРИНЯЛИ В МИНСКЕ ИТОГОВУЮ ДЕКЛАРАЦИЮ",
                   "МИНСК, 23 мая. Главы государств Евразийского экономического союза по итогам саммита в пятницу "
                   "приняли Минскую декларацию.\n\nВ саммите участвовали Владимир Путин и Касым-Жомарт Токаев.", "ru")
    (declaration,) = [e for e in found if e.types() == {"agreement"}]
    assert {PUTIN, TOKAYEV} <= set(declaration.participants)


def test_the_headlines_declaration_beside_a_summit_of_another_sentence_and_day_takes_no_one():
    found = events("ЛИДЕРЫ ЕАЭС ПРИНЯЛИ В МИНСКЕ ИТОГОВУЮ ДЕКЛАРАЦИЮ",
                   "МИНСК, 23 мая. Главы государств Евразийского экономического союза приняли Минскую декларацию."
                   "\n\nВо вторник прошёл саммит, в котором участвовали Владимир Путин и Касым-Жомарт Токаев.", "ru")
    (declaration,) = [e for e in found if e.types() == {"agreement"}]
    assert not declaration.participants
