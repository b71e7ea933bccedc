"""A summit told with its meeting verb last, as German writes it ("ist zu ihrem Jahresgipfel
zusammengekommen"), is one summit, no talks of their own beside it; so the list of its people
the host's guests give right after ("Gastgeber X empfing A, B und C") is the summit's, not taken
by a meeting of no one that, with no day of its own, would leave them out of the article. Texts
written for the test; each beside a look-alike that must not be read so."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.knowledge import base

CATALOG = base.entity_catalog()
RAHMON, PUTIN, XI, MIRZIYOYEV, MODI = (CATALOG.named(name).entity_id for name in (
    "Emomali Rahmon", "Vladimir Putin", "Xi Jinping", "Shavkat Mirziyoyev", "Narendra Modi"))
PUBLISHED = dt.date(2019, 6, 14)
GUESTS = "Gastgeber Emomali Rahmon empfing die Präsidenten Wladimir Putin, Xi Jinping und Schawkat Mirsijojew."


def _extract(title: str, body: str):
    return extract_article("t", title, None, body, PUBLISHED, "de")


def test_a_summit_whose_meeting_verb_comes_last_is_no_meeting_of_its_own():
    body = "Die Gruppe ist am Donnerstag in Duschanbe zu ihrem Jahresgipfel zusammengekommen."
    lead = [m for m in _extract("Gipfel in Duschanbe", body).event_mentions if m.part == "lead"]
    assert [m.event_type for m in lead] == ["summit"]


def test_two_leaders_who_come_together_for_the_summit_still_meet():
    # (the clause names its two people: their talks, held for the summit, are a meeting of theirs)
    body = "Xi Jinping und Narendra Modi sind am Donnerstag in Duschanbe zu einem Gipfel zusammengekommen."
    reports = _extract("Treffen in Duschanbe", body).event_mentions
    assert any(m.event_type == "meeting" and {XI, MODI} <= set(m.participant_ids) for m in reports)


def test_the_host_s_guests_after_a_verb_last_summit_are_the_summit_s_people():
    body = "Die Gruppe ist am Donnerstag in Duschanbe zu ihrem Jahresgipfel zusammengekommen. " + GUESTS
    (summit,) = [e for e in _extract("Gipfel in Duschanbe", body).events if "summit" in e.types()]
    assert summit.participants == {RAHMON, PUTIN, XI, MIRZIYOYEV}


def test_one_guest_received_after_a_summit_is_no_list_of_its_people():
    # (a visitor received alone: talks of the two, not the summit's people)
    body = ("Die Gruppe ist am Donnerstag in Duschanbe zu ihrem Jahresgipfel zusammengekommen. "
            "Gastgeber Emomali Rahmon empfing am Abend den russischen Präsidenten Wladimir Putin.")
    (summit,) = [e for e in _extract("Gipfel in Duschanbe", body).events if "summit" in e.types()]
    assert PUTIN not in summit.participants
