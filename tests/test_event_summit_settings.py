"""A summit told as the setting of talks ("on the sidelines of a BRICS summit", "на полях
саммита", "al margen de la cumbre") is another event than the talks, named or not
(extract/summit_settings.py, knowledge ``sidelines``); a summit named only as the setting is
no report of it; a setting told again with its day is one summit. Fixtures written for these
tests, with other summits and leaders; each beside a look-alike."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

LULA, RAMAPHOSA, MODI = "luiz-inacio-lula-da-silva", "Q1148669", "Q1058"
TUESDAY = dt.date(2023, 8, 22)


def events(title, body, language="en", day=TUESDAY):
    return extract_article("t1", title, None, body, day, language).events


def main_of(found):
    (main,) = [e for e in found if e.main]
    return main


def test_talks_on_the_sidelines_of_an_unnamed_summit_are_not_the_summit():
    found = events("Lula tells Ramaphosa trade must double at regional meet",
                   "Brazilian President Luiz Inacio Lula da Silva told Cyril Ramaphosa on Tuesday that trade "
                   "between their countries must double.\n\nThe meeting took place on the sidelines of the "
                   "Southern Partners (SP) summit in the port city.")
    main = main_of(found)
    assert main.types() == {"meeting"}
    assert main.participants == {LULA, RAMAPHOSA}


def test_an_unnamed_summit_without_sidelines_words_may_be_the_talks_told_again():
    found = events("Lula tells Ramaphosa trade must double at regional meet",
                   "Brazilian President Luiz Inacio Lula da Silva told Cyril Ramaphosa on Tuesday that trade "
                   "between their countries must double.\n\nThe two-leader summit took place in the port city.")
    assert "summit" in main_of(found).types()


def test_a_summit_named_only_as_the_setting_is_no_event_of_its_own():
    found = events("Lula and Ramaphosa agree to expand grain trade",
                   "Lula and Ramaphosa met at a country lodge near Pretoria on Tuesday, on the sidelines of a "
                   "regional summit.")
    assert [e.types() for e in found] == [{"meeting"}]


def test_the_setting_told_again_with_its_day_is_one_summit_after_the_talks():
    found = events("Lula and Ramaphosa agree to expand grain trade",
                   "Lula and Ramaphosa met on Tuesday on the sidelines of a regional summit in Johannesburg."
                   "\n\nThe main session of the summit is on Thursday.")
    main = main_of(found)
    assert main.types() == {"meeting"} and main.date.first == TUESDAY
    assert main.location_id == "johannesburg"  # (the talks are at their setting's place)
    (summit,) = [e for e in found if "summit" in e.types()]
    assert len(summit.mentions) == 2 and summit.location_id == "johannesburg"
    assert summit.date.first == dt.date(2023, 8, 24)
    assert summit.participants >= {LULA, RAMAPHOSA}  # (those who met at a summit attend it)


def test_the_setting_of_an_earlier_meeting_is_earlier_too():
    found = events("Lula and Ramaphosa agree to expand grain trade",
                   "Lula and Ramaphosa held talks in Pretoria on Tuesday.\n\nTheir previous meeting took place "
                   "in Brasilia in May 2021, on the sidelines of a regional summit.")
    assert [e.types() for e in found] == [{"meeting"}]


def test_a_summit_on_its_sidelines_in_russian_is_apart_from_the_talks():
    found = events("Путин и Токаев провели переговоры в Бишкеке",
                   "Президент России Владимир Путин и Президент Казахстана Касым-Жомарт Токаев провели во "
                   "вторник переговоры на полях саммита Содружества в Бишкеке.\n\nОсновные мероприятия саммита "
                   "пройдут в четверг, 24 августа.", language="ru")
    main = main_of(found)
    assert main.types() == {"meeting"} and main.date.first == TUESDAY
    (summit,) = [e for e in found if "summit" in e.types()]
    assert len(summit.mentions) == 2 and summit.location_id == "bishkek"
