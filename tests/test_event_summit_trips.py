"""A summit and the trips and meetings told around it. Fixtures written for these tests (other
events, other names), each beside a look-alike that must not trigger:
- the summit an arrival on a day is made for ("arrived in Russia on Tuesday for the BRICS summit")
  is under way from that day, at the arrival's place if it names none (event_arrival_days.py):
  reported, not background; not one a trip long past was for, nor one the trip is not for;
- a guest at the summit an article's title reports hosts no visit (event_visits.visit_holding_main);
- "the guests at the two-day meeting" of a summit the article names is that summit, not talks
  of two on its sidelines (event_sidelines.sideline_role); talks of two on one day stay apart;
- German: a weekday with its part of the day ("am Dienstagabend") is that day
  (knowledge/calendar.yaml), and "der zweitägige Gipfel" lasts two days (event_spans.yaml);
- a title's short name links to the full name in the paragraph after a photo's caption.
"""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

MODI, RAMAPHOSA, LULA, PUTIN, XI = "Q1058", "Q1148669", "luiz-inacio-lula-da-silva", "Q7747", "Q15031"


def events(body, title, published, language="en"):
    return extract_article("t1", title, None, body, published, language).events


def summits(found):
    return [e for e in found if "summit" in e.types()]


TRIP_TITLE = "Modi and Putin hold talks in Sochi"
TALKS = "Narendra Modi held talks with Vladimir Putin in Sochi on Wednesday. "
TRIP_DAY = dt.date(2024, 10, 23)


def test_the_summit_a_recent_trip_is_made_for_is_reported():
    # (dated by the arrival, event_arrival_days.py: no background, though no phrase dates the summit)
    body = TALKS + "Modi arrived in Russia on Tuesday for the BRICS summit in Kazan."
    (summit,) = summits(events(body, TRIP_TITLE, TRIP_DAY))
    assert summit.date.first == dt.date(2024, 10, 22) and summit.location_id is not None


def test_the_summit_a_trip_long_past_was_made_for_is_background():
    body = TALKS + "Modi last arrived in Russia in July 2015 for the BRICS summit in Ufa."
    assert summits(events(body, TRIP_TITLE, TRIP_DAY)) == []


def test_a_summit_the_trip_is_not_made_for_is_background():
    body = TALKS + "Modi arrived in Russia on Tuesday, nine years after the BRICS summit in Ufa."
    assert summits(events(body, TRIP_TITLE, TRIP_DAY)) == []


SUMMIT_TITLE = "Ramaphosa opens BRICS summit with Modi and Lula at his side"
SUMMIT_LEAD = "Cyril Ramaphosa opened the BRICS summit in Johannesburg on Tuesday. "


def test_the_guests_at_the_two_day_meeting_are_the_summits():
    body = SUMMIT_LEAD + ("Narendra Modi and Luiz Inacio Lula da Silva were among the guests at the two-day meeting, "
                          "which began on Tuesday morning.")
    found = events(body, SUMMIT_TITLE, dt.date(2023, 8, 22))
    (main,) = [e for e in found if e.main]
    assert {MODI, LULA} <= main.participants
    assert (main.date.first, main.date.last) == (dt.date(2023, 8, 22), dt.date(2023, 8, 23))
    assert not [e for e in found if e is not main and e.types() == {"meeting"}]


def test_talks_of_two_on_one_day_stay_apart_from_the_summit():
    body = SUMMIT_LEAD + "Narendra Modi and Luiz Inacio Lula da Silva held talks on the sidelines on Tuesday."
    found = events(body, SUMMIT_TITLE, dt.date(2023, 8, 22))
    assert [e for e in found if not e.main and e.participants == {MODI, LULA} and e.types() == {"meeting"}]


GERMAN_TITLE = "BRICS-Gipfel in Johannesburg"


def test_german_weekday_with_its_part_of_the_day_and_a_two_day_summit():
    body = ("Der zweitägige Gipfel der BRICS-Staaten hat in Johannesburg begonnen. Der Gipfel wurde am "
            "Dienstagabend mit einem Empfang eröffnet.")
    (main,) = [e for e in events(body, GERMAN_TITLE, dt.date(2023, 8, 23), "de") if e.main]
    assert (main.date.first, main.date.last) == (dt.date(2023, 8, 22), dt.date(2023, 8, 23))


def test_german_summit_with_no_duration_keeps_its_one_day():
    body = ("Der Gipfel der BRICS-Staaten hat in Johannesburg begonnen. Der Gipfel wurde am Dienstagabend mit "
            "einem Empfang eröffnet.")
    (main,) = [e for e in events(body, GERMAN_TITLE, dt.date(2023, 8, 23), "de") if e.main]
    assert (main.date.first, main.date.last) == (dt.date(2023, 8, 22), dt.date(2023, 8, 22))


def test_a_title_short_name_links_past_a_photo_caption():
    title = "Xi welcomes Putin to the forum"
    caption = "Image: Delegates gather in the main hall of the forum. Credit: Pool"
    lead = "Chinese President Xi Jinping welcomed Vladimir Putin to the Belt and Road Forum in Beijing on Wednesday."
    found = extract_article("t1", title, None, caption + "\n\n" + lead, dt.date(2023, 10, 18), "en")
    assert XI in {m.entity_id for m in found.header_mentions}
    # (a name the caption and the lead leave out is not linked from the title)
    far = extract_article("t1", title, None, caption + "\n\n" + "Vladimir Putin came to the forum in Beijing.",
                          dt.date(2023, 10, 18), "en")
    assert XI not in {m.entity_id for m in far.header_mentions}


ASTANA_DAY = dt.date(2024, 7, 5)
TOKAYEV = "kassym-jomart-tokayev"


def _mentions(body, title):
    return extract_article("t1", title, None, body, ASTANA_DAY, "en").event_mentions


def test_an_arrival_for_a_summit_dates_and_places_it():
    body = ("Vladimir Putin held talks with Kassym-Jomart Tokayev in Astana on Friday. Putin arrived in Kazakhstan "
            "on Wednesday for the SCO summit.")
    (summit,) = [m for m in _mentions(body, "Putin and Tokayev hold talks") if m.event_type == "summit"]
    assert summit.date.first == summit.date.last == dt.date(2024, 7, 3)
    assert summit.location_id == "Q232"  # (Kazakhstan: the arrival's place, the summit naming none)


def test_an_arrival_not_for_the_summit_leaves_it_undated():
    body = ("Vladimir Putin held talks with Kassym-Jomart Tokayev in Astana on Friday. Putin arrived in Kazakhstan "
            "on Wednesday, and the SCO summit opened later.")
    (summit,) = [m for m in _mentions(body, "Putin and Tokayev hold talks") if m.event_type == "summit"]
    assert summit.date is None


def _visits(body, title):
    found = extract_article("t1", title, None, body, dt.date(2024, 7, 3), "en").events
    return [e for e in found if e.family == "visit"]


def test_a_guest_at_the_summit_of_the_title_does_not_host_a_visit():
    body = ("Vladimir Putin and Narendra Modi attended the SCO summit in Astana on Wednesday. Putin arrived in "
            "Astana on Wednesday.")
    (visit,) = _visits(body, "SCO summit opens in Astana")
    assert MODI not in visit.participants


def test_the_one_the_visitor_holds_talks_with_hosts_the_visit():
    body = "Vladimir Putin held talks with Narendra Modi in Astana on Wednesday. Putin arrived in Astana on Wednesday."
    (visit,) = _visits(body, "Putin and Modi hold talks in Astana")
    assert MODI in visit.participants
