"""English sentences that name an event without reporting one, each beside its look-alike that
reports one. Written for these tests (other names and places than the benchmark pages).

- An event word after "days after" / "weeks after" dates another event ("heads to Japan days after
  the tense Geneva meeting"): knowledge/events_en.yaml, time_reference.
- An event nobody has spoken of ("Neither side has mentioned a meeting with X"): not_held.
- The noun "land" ("the explorers sight land in Iceland") is no landing: the visit word.
- A joint document published ("Tokyo and New Delhi publish joint documents") is an agreement.
- A habit told of the series an event belongs to ("held talks on Thursday, the fourth of the
  annual meetings the two governments agreed to hold every year") leaves the talks one event
  (extract/series_members.py); a habit of the talks themselves ("they hold talks every year") does not.
"""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

MODI, ABE = "Q1058", "Q132345"
THURSDAY = dt.date(2019, 6, 13)


def events(body: str, title: str | None = None):
    return extract_article("p1", title, None, body, THURSDAY, "en").events


def families(body: str, title: str | None = None) -> list[str]:
    return sorted(e.family for e in events(body, title))


def test_an_event_told_days_before_the_story_dates_it_only():
    found = events("NEW DELHI - Narendra Modi will fly to Japan on Sunday, his office said.",
                   "Modi heads to Japan days after the tense Geneva meeting")
    assert [e for e in found if e.family == "gathering"] == []


def test_the_look_alike_meeting_in_the_title_is_reported():
    found = events("NEW DELHI - Narendra Modi met Shinzo Abe in Geneva on Thursday, his office said.",
                   "Modi meets Abe in Geneva")
    assert [e.participants for e in found if e.family == "gathering"] == [{MODI, ABE}]


def test_a_meeting_nobody_has_mentioned_is_none():
    assert families("Neither side has mentioned a meeting with Prime Minister Shinzo Abe.") == []


def test_a_meeting_both_sides_announced_is_planned():
    found = events("Both sides have announced a meeting of Narendra Modi with Prime Minister Shinzo Abe on Saturday.")
    assert [e.participants for e in found if e.family == "gathering"] == [{MODI, ABE}]


def test_land_sighted_is_no_landing():
    assert families("The explorers of the expedition sight land in Iceland.") == []


def test_a_leader_who_lands_in_a_city_visits_it():
    assert families("Narendra Modi will land in Tokyo on Sunday.") == ["visit"]


def test_joint_documents_published_are_an_agreement():
    assert "agreement" in families("Tokyo and New Delhi publish joint documents on trade on Thursday.")


def test_a_statement_one_side_publishes_is_none():
    assert "agreement" not in families("The ministry published a statement on trade on Thursday.")


def test_an_event_one_of_a_series_held_every_year_is_one_event():
    found = events("Narendra Modi and Shinzo Abe held talks in Tokyo on Thursday, the fourth of the annual meetings "
                   "the two governments agreed to hold every year.")
    assert [e.participants for e in found if e.family == "gathering"] == [{MODI, ABE}]


def test_talks_held_every_year_are_a_habit():
    assert families("Narendra Modi and Shinzo Abe hold talks in Tokyo every year.") == []
