"""An act told as coming ahead of another event ("met on Friday ahead of X's visit to Y in
August"): the event it comes ahead of is another, still to come, whose owner named before its
word is its person, and a month named after its word that the act's tense would put long before
the article is the coming one (extract/event_tense.py, ``ahead_dates``; event_roles.participants).
Look-alikes: a weekday after the word stays in the act's week; a stated year stays; with no owner
named, the people of the act keep attending what it comes ahead of.

Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.event_compatibility import status_of
from ruchina.extract.extraction import extract_article
from ruchina.knowledge import base

CATALOG = base.entity_catalog()
LUKASHENKO, TOKAYEV, LAVROV, WANG, BEIJING = (CATALOG.named(name).entity_id for name in (
    "Alexander Lukashenko", "Kassym-Jomart Tokayev", "Sergei Lavrov", "Wang Yi", "Beijing"))
FRIDAY = dt.date(2031, 6, 13)


def events(body: str) -> dict[str, object]:
    found = extract_article("ahead", None, None, body, FRIDAY, "en").events
    return {min(e.types()): e for e in found}


def days(event) -> tuple[dt.date, dt.date, str]:
    return event.date.first, event.date.last, event.date.precision


def test_a_visit_the_talks_come_ahead_of_is_its_owner_s_and_in_the_coming_month():
    found = events("Sergei Lavrov and Wang Yi met in Moscow on Friday ahead of Alexander Lukashenko's visit "
                   "to Beijing in August.")
    assert found["meeting"].participants == {LAVROV, WANG}
    visit = found["visit"]
    assert visit.participants == {LUKASHENKO}
    assert visit.location_id == BEIJING
    assert days(visit) == (dt.date(2031, 8, 1), dt.date(2031, 8, 31), "month")
    assert status_of(visit) == "planned"


def test_a_weekday_after_the_word_stays_in_the_week_of_the_act():
    # (told on Friday: the talks on Monday, the summit they came ahead of on that Wednesday)
    found = events("Alexander Lukashenko and Kassym-Jomart Tokayev held talks on Monday ahead of the summit "
                   "in Astana on Wednesday.")
    assert days(found["summit"]) == (dt.date(2031, 6, 11), dt.date(2031, 6, 11), "day")


def test_a_stated_year_stays_before_the_article():
    found = events("Sergei Lavrov and Wang Yi met in Moscow in May 2030 ahead of Alexander Lukashenko's visit "
                   "to Beijing in June 2030.")
    assert days(found["visit"])[:2] == (dt.date(2030, 6, 1), dt.date(2030, 6, 30))
    assert status_of(found["visit"]) == "occurred"


def test_with_no_owner_named_the_act_s_people_keep_attending_what_it_comes_ahead_of():
    found = events("Alexander Lukashenko and Kassym-Jomart Tokayev held talks on Monday ahead of the summit "
                   "in Astana on Wednesday.")
    assert found["summit"].participants == {LUKASHENKO, TOKAYEV}


def test_an_invitation_s_guest_named_before_the_visit_leaves_the_host_in_it():
    # (the invitation's words put the visit to come too, but the inviter is its host)
    found = events("Alexander Lukashenko invited Kassym-Jomart Tokayev to pay a state visit to Minsk in August.")
    assert found["state_visit"].participants == {LUKASHENKO, TOKAYEV}
