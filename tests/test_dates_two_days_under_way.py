"""Days an event lasts, told in ways real pages tell them: two days joined by "and" ("on March 4
and 5"), and a visit under way on the day of the article ("is paying a visit from Monday to
Wednesday and will address parliament": the visit is held, only the address is to come).
Each beside a look-alike. Written for these tests; none is copied."""

from __future__ import annotations

import datetime as dt

import pytest

from ruchina.extract.dates import resolve_dates
from ruchina.extract.extraction import extract_article

D = dt.date
MON = D(2023, 3, 6)  # a Monday


@pytest.mark.parametrize(
    "sentence, first, last",
    [
        ("The ministers will meet in Tallinn on March 8 and 9.", D(2023, 3, 8), D(2023, 3, 9)),
        ("The fair in Porto on 8 and 9 March drew crowds.", D(2023, 3, 8), D(2023, 3, 9)),
    ],
)
def test_two_days_joined_by_and_are_one_events_days(sentence, first, last):
    (date,) = resolve_dates(sentence, MON)
    assert (date.first, date.last) == (first, last)


@pytest.mark.parametrize(
    "sentence",
    [
        "Votes in Tallinn on March 8 and 12 were close.",  # days apart: each its own
        "Growth of between 3 and 4 percent is expected.",
    ],
)
def test_look_alikes_joined_by_and_are_no_range(sentence):
    assert all(d.first == d.last for d in resolve_dates(sentence, MON))


def visit_status(body: str) -> set[str]:
    events = extract_article("visit", None, None, body, MON, "en").events
    (visit,) = [e for e in events if e.types() & {"visit", "state_visit"}]
    return {m.status for m in visit.mentions}


def test_a_visit_under_way_is_held_though_the_sentence_tells_a_plan_after_it():
    body = "Prime Minister Luis Arce is paying an official visit to Chile from Monday to Wednesday and will address parliament."
    assert visit_status(body) == {"occurred"}


@pytest.mark.parametrize(
    "body",
    [
        # a cue of the future before the visit's word: announced, not under way
        "Prime Minister Luis Arce will pay an official visit to Chile from Monday to Wednesday.",
        # its days begin after the article's: to come
        "Prime Minister Luis Arce is paying an official visit to Chile from Tuesday to Thursday and will address parliament.",
    ],
)
def test_look_alikes_a_visit_to_come(body):
    assert visit_status(body) == {"planned"}
