"""A visit told as lasting one day ("Cette visite d'une seule journée"), naming no one and no day, beside
talks held on one day that share one person: that person's visit of that day, at the talks' place, its
host read from the talks (extract/one_day_visits.py); and, under a headline of the talks, a minister's
visit told as one day's is the visit holding them, no errand (event_visits.visit_holding_main). Beside it, the look-alikes that must stay
background: the same visit not told as one day's, and one beside talks on two days. Fixtures written
for these tests (other people, other visits)."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.extract.one_day_visits import one_day_visits_of_the_days_talks
from ruchina.knowledge import base

CATALOG = base.entity_catalog()
PUTIN = CATALOG.named("Vladimir Putin").entity_id
WANG = CATALOG.named("Wang Yi").entity_id
MOSCOW = CATALOG.named("Moscow").entity_id
PUBLISHED = dt.date(2024, 11, 15)  # a Friday
THURSDAY = dt.date(2024, 11, 14)


def visits(body: str, title: str = "Chronique diplomatique"):
    events = extract_article("one-day", title, None, body, PUBLISHED, "fr").events
    return [e for e in events if e.family == "visit"]


TALKS = ("Le président russe, Vladimir Poutine, a reçu jeudi à Moscou Wang Yi, le ministre chinois des "
         "affaires étrangères. Quelques heures plus tôt, M. Wang s'était entretenu avec Sergueï Lavrov. ")


def test_a_visit_told_as_one_days_is_the_visit_of_the_days_talks():
    [visit] = visits(TALKS + "Cette visite d'une seule journée précède le sommet de décembre.")
    assert {WANG, PUTIN} <= visit.participants
    assert (visit.date.first, visit.date.last) == (THURSDAY, THURSDAY)
    assert visit.location_id == MOSCOW


def test_a_visit_not_told_as_one_days_stays_background():
    assert visits(TALKS + "Cette visite précède le sommet de décembre.") == []


def test_a_one_day_visit_beside_talks_on_two_days_is_nobodys_in_particular():
    body = ("Le président russe, Vladimir Poutine, a reçu jeudi à Moscou Wang Yi, le ministre chinois des "
            "affaires étrangères. Mercredi, M. Wang s'était entretenu avec Sergueï Lavrov. "
            "Cette visite d'une seule journée précède le sommet de décembre.")
    reports = extract_article("one-day", "Chronique diplomatique", None, body, PUBLISHED, "fr").event_mentions
    [visit] = [m for m in one_day_visits_of_the_days_talks("fr", reports) if m.event_type == "visit"]
    assert visit.date is None and visit.participant_ids == ()


def test_a_ministers_one_day_visit_holds_the_headlines_talks():
    [visit] = visits(TALKS + "Cette visite d'une seule journée précède le sommet de décembre.", "Poutine reçoit Wang Yi")
    assert {WANG, PUTIN} <= visit.participants
    assert (visit.date.first, visit.date.last) == (THURSDAY, THURSDAY)


def test_a_ministers_visit_not_told_as_one_days_is_his_errand_under_the_headline():
    assert visits(TALKS + "Cette visite précède le sommet de décembre.", "Poutine reçoit Wang Yi") == []
