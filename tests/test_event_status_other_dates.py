"""A call held on the day of the story that tells of an invitation to a visit still to come
(issue 23 class 4) is occurred: the "next" of the visit's season tells the visit's tense, not
the call's, which its own day dates; and a headline's invitation governs no event of a clause
of its own after it ("invites him to X as the leaders hold a call"). The look-alikes stay
planned: a call dated by a "next" of its own, and a call that is itself the invitation's aim.
Texts written for these tests."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

TUESDAY = dt.date(2031, 11, 18)  # a Tuesday


def statuses(body: str, title: str | None = None) -> dict[str, str]:
    article = extract_article("invitation", title, None, body, TUESDAY)
    found: dict[str, str] = {}
    for mention in article.event_mentions:
        found.setdefault(mention.event_type, mention.status)
    return found


def test_a_call_on_its_day_that_tells_of_an_invitation_for_next_autumn_was_held():
    found = statuses("Narendra Modi has invited Vladimir Putin to make an official visit to New Delhi next autumn, "
                     "telling the Russian president in a phone call on Tuesday that trade had doubled.")
    assert found["call"] == "occurred"
    assert found["visit"] == "planned"


def test_a_call_dated_by_a_next_of_its_own_is_still_to_come():
    found = statuses("Narendra Modi told reporters that he would speak to Vladimir Putin in a phone call "
                     "next Tuesday about the official visit.")
    assert found["call"] == "planned"


def test_a_headline_invitation_does_not_govern_the_call_of_a_clause_after_it():
    title = "Modi invites Putin to Delhi as leaders hold phone call"
    found = statuses("Narendra Modi and Vladimir Putin spoke by phone on Tuesday.", title)
    assert found["call"] == "occurred"


def test_a_call_that_is_the_headline_invitation_s_aim_is_to_come():
    title = "Modi invites Putin to hold a phone call"
    assert statuses("Narendra Modi sent a letter to Vladimir Putin on Tuesday.", title)["call"] == "planned"
