"""A story's dateline as extraction reads it (extract/datelines.py): its city is the
article's place line when the page prints none, and the lead is the first sentence after a
dateline that stands alone. Texts written for these tests in the shape of agency copy; each
beside a look-alike that must not do what it does."""

from __future__ import annotations

import datetime as dt

import pytest

from ruchina.extract.datelines import dateline_place_line, lead_start
from ruchina.extract.extraction import extract_article

MOSCOW, BEIJING, ASTANA = "Q649", "Q956", "Q1520"
DAY = dt.date(2025, 5, 16)


def main_event(body: str, language: str = "en", place: str | None = None):
    extraction = extract_article("a", None, None, body, DAY, language, place=place)
    mains = [event for event in extraction.events if event.main]
    return mains[0] if mains else None


@pytest.mark.parametrize("body, expected", [
    ("BEIJING, May 16 (Reuters) - Vladimir Putin met Kassym-Jomart Tokayev.", "Beijing"),
    ("ST. PETERSBURG, May 16 (Reuters) - Vladimir Putin met Kassym-Jomart Tokayev.", "St. Petersburg"),
    ("МОСКВА, 16 мая. /ТАСС/. Владимир Путин провел переговоры с Си Цзиньпином.", "Москва"),
    ("新华社北京5月16日电 国家主席习近平同来访的客人举行会谈。", "北京"),
    # a dateline with no date names its city too
    ("ASTANA, Kazakhstan (Reuters) - Vladimir Putin met Kassym-Jomart Tokayev.", "Astana"),
    ("BEIJING (AP) — Vladimir Putin met Kassym-Jomart Tokayev.", "Beijing"),
    # look-alikes: a city that opens a sentence
    ("Beijing, May 16 is the day the two leaders chose for their talks.", None),
    ("Moscow and Beijing agreed on the agenda. Vladimir Putin met Kassym-Jomart Tokayev.", None),
    ("МОСКВА и Пекин согласовали повестку.", None),
])
def test_the_dateline_city_is_the_place_line(body, expected):
    assert dateline_place_line(body) == expected


def test_a_dateline_city_places_a_meeting_no_sentence_places():
    event = main_event("BEIJING, May 16 (Reuters) - Russian President Vladimir Putin met Kassym-Jomart Tokayev "
                       "on Thursday. They discussed trade.")
    assert event.location_id == BEIJING
    # look-alike: the same city opening a sentence is no dateline, and places nothing
    event = main_event("Beijing watched closely. Russian President Vladimir Putin met Kassym-Jomart Tokayev "
                       "on Thursday. They discussed trade.")
    assert event is None or event.location_id is None


def test_an_undated_dateline_places_a_meeting_and_a_label_in_capitals_places_nothing():
    event = main_event("ASTANA, Kazakhstan (Wirewire) - Russian President Vladimir Putin met Kassym-Jomart Tokayev "
                       "on Thursday. They discussed trade.")
    assert event.location_id == ASTANA
    event = main_event("UPDATE - Russian President Vladimir Putin met Kassym-Jomart Tokayev on Thursday. "
                       "They discussed trade.")
    assert event is None or event.location_id is None


def test_a_sentence_s_place_wins_over_the_dateline_and_a_call_has_none():
    event = main_event("BEIJING, May 16 (Reuters) - Russian President Vladimir Putin met Kassym-Jomart Tokayev "
                       "in Astana on Thursday.")
    assert event.location_id == ASTANA
    call = main_event("BEIJING, May 16 (Reuters) - Russian President Vladimir Putin held a phone call with "
                      "Kassym-Jomart Tokayev on Thursday.")
    assert call.mentions[0].event_type == "call" and call.location_id is None


def test_a_page_s_own_place_line_wins_over_its_dateline():
    event = main_event("BEIJING, May 16 (Reuters) - Russian President Vladimir Putin met Kassym-Jomart Tokayev "
                       "on Thursday.", place="The Kremlin, Moscow")
    assert event.location_id == MOSCOW


def test_a_russian_agency_dateline_places_the_talks_in_the_lead_after_it():
    for body in ("МОСКВА, 16 мая. /ТАСС/. Владимир Путин провел переговоры с Си Цзиньпином. Они обсудили торговлю.",
                 "МОСКВА, 16 мая. /ТАСС/.\n\nВладимир Путин провел переговоры с Си Цзиньпином."):
        event = main_event(body, "ru")
        assert event is not None and event.location_id == MOSCOW
    call = main_event("МОСКВА, 16 мая. /ТАСС/. Владимир Путин провел телефонный разговор с Си Цзиньпином.", "ru")
    assert call.mentions[0].event_type == "call" and call.location_id is None
    # look-alike: a city's name as a sentence of its own is no dateline, and no lead is skipped
    unplaced = main_event("Москва. Владимир Путин провел переговоры с Си Цзиньпином.", "ru")
    assert unplaced is None or unplaced.location_id is None


def test_the_lead_starts_after_a_dateline_that_stands_alone_and_nowhere_else():
    body = "МОСКВА, 16 мая. /ТАСС/. Владимир Путин провел переговоры."
    assert body[lead_start(body):].startswith("Владимир Путин")
    alone = "МОСКВА, 16 мая. /ТАСС/.\n\nВладимир Путин провел переговоры."
    assert alone[lead_start(alone):].startswith("Владимир Путин")
    assert lead_start("BEIJING, May 16 (Reuters) - Putin met Tokayev. They talked.") == 0
    assert lead_start("Putin met Tokayev. They talked.") == 0
