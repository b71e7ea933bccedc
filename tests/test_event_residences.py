"""A leader's residence where he receives guests away from his offices (knowledge/entities.yaml
`residence`: the Fort de Brégançon, Camp David) is the place of the talks held there, in every
language the knowledge base names it in; and a guest received there, the visit told only by words
that refer back to it ("Cette visite intervient ..."), is the host's meeting, no visit beside it
(event_visits.visit_holding_main). Beside them, the look-alikes: the same talks in a capital, whose
"this visit" is the guest's visit; and a residence named only as where a leader stays, no event.
Fixtures written for these tests (other leaders, other days)."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.knowledge import base

CATALOG = base.entity_catalog()
BREGANCON = CATALOG.named("Fort de Brégançon").entity_id
CAMP_DAVID = CATALOG.named("Camp David").entity_id
SARKOZY = CATALOG.named("Nicolas Sarkozy").entity_id
MERKEL = CATALOG.named("Angela Merkel").entity_id
PUBLISHED = dt.date(2010, 8, 13)  # a Friday
THURSDAY = dt.date(2010, 8, 12)


def events(body: str, title: str, language: str = "fr"):
    return extract_article("residence", title, None, body, PUBLISHED, language).events


RECEIVED = ("Nicolas Sarkozy a reçu Angela Merkel jeudi au fort de Brégançon, sa résidence d'été. Les deux "
            "dirigeants ont parlé de l'euro et de la Grèce pendant un déjeuner. ")
AGAIN = "Cette visite intervient trois semaines avant le conseil européen de septembre."


def test_talks_at_a_residence_are_placed_there():
    [talks] = [e for e in events(RECEIVED, "Sarkozy reçoit Merkel à Brégançon") if e.family == "gathering"]
    assert talks.location_id == BREGANCON
    assert {SARKOZY, MERKEL} <= talks.participants
    assert (talks.date.first, talks.date.last) == (THURSDAY, THURSDAY)


def test_the_residence_without_its_accents_and_in_english():
    body = ("Angela Merkel held talks with Nicolas Sarkozy at the Fort de Bregancon on Thursday, the French "
            "president's summer retreat on the Mediterranean.")
    [talks] = [e for e in events(body, "Merkel and Sarkozy meet on the Riviera", "en") if e.family == "gathering"]
    assert talks.location_id == BREGANCON


def test_a_guest_received_at_a_residence_makes_no_visit_beside_the_talks():
    found = events(RECEIVED + AGAIN, "Sarkozy reçoit Merkel à Brégançon")
    assert [e for e in found if e.family == "visit"] == []
    [talks] = [e for e in found if e.family == "gathering"]
    assert talks.location_id == BREGANCON


def test_at_camp_david_too():
    body = ("George W. Bush received Tony Blair at Camp David on Thursday for talks on Iraq. "
            "The visit comes a week before the NATO meeting in Brussels.")
    found = events(body, "Bush hosts Blair at Camp David", "en")
    assert [e for e in found if e.family == "visit"] == []
    assert [e.location_id for e in found if e.family == "gathering"] == [CAMP_DAVID]


def test_lookalike_the_same_talks_in_a_capital_keep_the_guests_visit():
    body = RECEIVED.replace("au fort de Brégançon, sa résidence d'été", "à l'Élysée") + AGAIN
    [visit] = [e for e in events(body, "Sarkozy reçoit Merkel à Paris") if e.family == "visit"]
    assert {SARKOZY, MERKEL} <= visit.participants


def test_lookalike_a_residence_named_only_as_where_a_leader_stays_is_no_event():
    body = ("Nicolas Sarkozy passe ses vacances au fort de Brégançon jusqu'à la fin du mois, avec sa famille. "
            "Il rentrera à Paris le 24 août.")
    assert events(body, "Les vacances du président") == []
