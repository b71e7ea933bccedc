"""A place listed after a topic's place with a comma ("über die Lage auf dem Balkan, in Libyen")
is one more thing spoken of, not where the talks were held; a German place told by its kind of
town ("in der russischen Großstadt Kasan") is the venue (knowledge/events_de.yaml topic_before,
venue_prepositions). Fixtures written for these tests; each beside a look-alike."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

DAY = dt.date(2021, 3, 23)


def _meeting_place(body):
    events = extract_article("t1", "Lawrow trifft Wang", None, body, DAY, "de").events
    (meeting,) = [e for e in events if "meeting" in e.types()]
    return meeting.location_id


def test_a_second_place_of_a_topic_after_a_comma_is_no_venue():
    body = ("Der russische Außenminister Sergej Lawrow war schon am Dienstag angereist und hatte mit Wang Yi "
            "über die Lage auf dem Balkan, in Syrien und über das Abkommen mit Iran gesprochen.")
    assert _meeting_place(body) is None


def test_look_alike_talks_held_in_a_country_are_placed_there():
    body = "Der russische Außenminister Sergej Lawrow hat am Dienstag in Syrien mit Wang Yi gesprochen."
    assert _meeting_place(body) is not None


def test_a_town_told_by_its_kind_is_the_venue():
    body = "Sergej Lawrow und Wang Yi haben sich am Dienstag in der russischen Großstadt Kasan getroffen."
    assert _meeting_place(body) == "kazan"
