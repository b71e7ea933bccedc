"""Event words that tell no event of their own: a possibility hanging on a condition ("a visit
could follow in the spring if ..."; extract/conditional_events.py), a contact named only as the
last one before the story's in a clause of "since" ("the first contact since X met Y last
week"; `passing`), and statements in the plural that talks "produced" (each side's own, no
document of both). Beside each, its look-alike that stays an event: a plan with "will ... if", a
"since" that dates another clause, a joint statement the talks produced."""

from __future__ import annotations

import datetime as dt

import pytest

from ruchina.extract.extraction import extract_article

WEDNESDAY = dt.date(2021, 3, 17)


def told(body: str, language: str = "en") -> list[tuple[str, tuple[str, ...]]]:
    events = extract_article("w", None, None, body, WEDNESDAY, language).events
    return sorted((e.mentions[0].event_type, tuple(sorted(e.participants))) for e in events)


@pytest.mark.parametrize("language, body", [
    ("en", "A visit by Sergei Lavrov to Tokyo could follow in the spring if the two sides settle the fishing "
           "quotas, diplomats said."),
    ("en", "Talks between Narendra Modi and Shinzo Abe might take place in May provided the border dispute "
           "cools."),
    ("es", "Una visita de Serguéi Lavrov a Tokio podría producirse en primavera si ambas partes resuelven las "
           "cuotas de pesca."),
])
def test_a_possibility_on_a_condition_is_no_event(language, body):
    assert told(body, language) == []


def test_a_plan_with_a_condition_stays_a_plan():
    assert told("Sergei Lavrov will visit Tokyo on Friday if the weather allows, diplomats said.") == [
        ("visit", ("sergei-lavrov",))]


def test_the_last_contact_in_a_since_clause_is_no_report():
    body = ("Narendra Modi met Shinzo Abe in Tokyo on Wednesday. It was the first contact at this level since "
            "Foreign Minister Sergei Lavrov met Wang Yi in Guilin last week.")
    assert ("meeting", ("sergei-lavrov", "wang-yi")) not in told(body)


def test_a_since_that_dates_another_clause_leaves_the_meeting():
    body = "Sergei Lavrov, in Beijing since Monday, met Wang Yi on Tuesday."
    assert ("meeting", ("sergei-lavrov", "wang-yi")) in told(body)


def test_statements_the_talks_produced_are_no_agreement():
    body = ("Sergei Lavrov and Wang Yi met in Guilin on Monday, in talks which produced statements but no "
            "movement on the dispute.")
    assert [t for t, _ in told(body)] == ["meeting"]


def test_a_joint_statement_the_talks_produced_is_an_agreement():
    body = "Sergei Lavrov and Wang Yi met in Guilin on Monday, in talks which produced a joint statement."
    assert "agreement" in [t for t, _ in told(body)]
