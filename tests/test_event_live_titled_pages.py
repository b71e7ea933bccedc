"""A live page whose entry stamps were cut away is still told by its title ("... - live updates")
and its one-line entry headings: its undated held reports are of the page's day
(live_entry_reports.py). Beside it, the things such a page needs read: a list of speakers and a
host after the gathering's report joins that report ("X hosted the event; A and B also spoke",
gathering_presence.py), "the Indian prime minister" after an opening participle is the subject
("Speaking at the summit, the French president said", opening_offices.py), a place in a
person's "whose" aside is no venue, and one who "met the two leaders" meets them both.
Texts written for these tests, each beside a look-alike that must not trigger."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.knowledge import base

CATALOG = base.entity_catalog()
DAY = dt.date(2031, 6, 12)
SCHOLZ, ALBANESE, MACRON, MODI = (CATALOG.named(n).entity_id for n in
                                 ("Olaf Scholz", "Anthony Albanese", "Emmanuel Macron", "Narendra Modi"))

ENTRIES = "\n\n".join([
    "After the forum, Olaf Scholz drove to Potsdam and met Anthony Albanese at the Sanssouci palace.",
    "Albanese: trade talks must go on",
    "Scholz and Emmanuel Macron laid a wreath at the memorial in the Tiergarten.",
    "Scholz lands",
    "Emmanuel Macron greeted the chancellor at the airport.",
])


def _held(title: str, body: str) -> dict[str, dt.date | None]:
    found = extract_article("live", title, None, body, DAY, "en").event_mentions
    return {m.event_type: (m.date.first if m.date else None) for m in found if m.in_body}


def test_a_titled_live_page_with_entry_headings_dates_its_undated_held_reports_by_the_page():
    held = _held("Leaders in Berlin for the climate forum - live updates", ENTRIES)
    assert held["meeting"] == DAY and held["other"] == DAY


def test_a_page_titled_live_with_no_entry_headings_keeps_them_undated():
    plain = "\n\n".join(p for p in ENTRIES.split("\n\n") if p.endswith("."))
    held = _held("Leaders in Berlin for the climate forum - live updates", plain)
    assert held["meeting"] is None


def test_entry_headings_under_a_title_that_is_no_live_page_keep_them_undated():
    held = _held("Leaders in Berlin for the climate forum", ENTRIES)
    assert held["meeting"] is None


def _people(title: str, body: str, kind: str) -> set[str]:
    found = extract_article("p", title, None, body, DAY, "en").event_mentions
    return {pid for m in found if m.event_type == kind for pid in m.participant_ids}


def test_a_host_and_speakers_told_after_the_forum_are_its_people():
    body = ("Speaking at the Berlin Climate Forum, Olaf Scholz said the goals were in reach. Anthony Albanese "
            "hosted the event; Emmanuel Macron and Narendra Modi also spoke.")
    assert {SCHOLZ, ALBANESE, MACRON, MODI} <= _people("Leaders meet for the Climate Forum - live", body, "forum")


def test_speakers_of_another_occasion_are_no_people_of_the_forum():
    body = ("Speaking at the Berlin Climate Forum, Olaf Scholz said the goals were in reach. Anthony Albanese "
            "and Emmanuel Macron spoke to reporters later.")
    assert MACRON not in _people("Leaders meet for the Climate Forum - live", body, "forum")


def test_an_office_after_an_opening_participle_is_the_sentence_subject():
    body = ("Emmanuel Macron flew in overnight. Speaking at the Berlin Climate Forum, the French president "
            "said the goals were in reach.")
    assert MACRON in _people("t", body, "forum")
    # (an opening that is no participle's phrase: "In Berlin," sets no subject apart; the office stays unread)
    other = ("Emmanuel Macron flew in overnight. In Berlin, the French president said the goals of the Berlin "
             "Climate Forum were in reach.")
    assert MACRON not in _people("t", other, "forum")


def test_a_place_in_a_whose_aside_is_no_venue_and_the_one_who_met_the_two_leaders_meets_both():
    body = ("Olaf Scholz welcomed Anthony Albanese to the chancellery. Anna Kowalczyk, whose son is held in Iran "
            "on spying charges, met the two leaders.")
    found = [m for m in extract_article("w", "t", None, body, DAY, "en").event_mentions
             if m.sentence.startswith("Anna")]
    (meeting,) = found
    assert meeting.location_id != CATALOG.named("Iran").entity_id
    assert {SCHOLZ, ALBANESE} <= set(meeting.participant_ids) and len(meeting.participant_ids) == 3
