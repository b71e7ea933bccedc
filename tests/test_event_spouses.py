"""One named as a leader's spouse ("Xi and his wife Peng Liyuan arrived", "mit seiner Frau ...",
"su esposa, ...") travels with him and takes part in none of the visit's events (away_people.py, each
language's `spouses`); the leader does. Texts written for these tests, other couples than any page
read; each beside a look-alike in which the one named is there in her own right."""

from __future__ import annotations

import datetime as dt

import pytest

from ruchina.extract.extraction import extract_article
from ruchina.knowledge import base

CATALOG = base.entity_catalog()
XI = CATALOG.named("Xi Jinping").entity_id
FRIDAY = dt.date(2023, 4, 14)

ARRIVALS = {
    "en": "Xi Jinping and his wife Peng Liyuan arrived in Madrid on Thursday for a state visit.",
    "de": "Barack Obama ist mit seiner Frau Michelle Obama am Donnerstag zu einem Staatsbesuch in Peking eingetroffen.",
    "fr": "Barack Obama est arrivé jeudi à Pékin avec son épouse Michelle Obama pour une visite d'État.",
    "es": "Barack Obama llegó el jueves a Pekín con su esposa, Michelle Obama, para una visita de Estado.",
}
VISITOR = {"en": XI, "de": "barack-obama", "fr": "barack-obama", "es": "barack-obama"}


@pytest.mark.parametrize("language", sorted(ARRIVALS))
def test_a_leader_s_spouse_is_none_of_the_visit_s_people(language):
    events = extract_article("s", None, None, ARRIVALS[language], FRIDAY, language).events
    (visit,) = [e for e in events if {"visit", "state_visit"} & e.types()]
    assert visit.participants == {VISITOR[language]}


def test_look_alike_one_who_meets_the_leader_in_her_own_right_is_at_the_meeting():
    body = "Xi Jinping met Ursula von der Leyen in Beijing on Thursday."
    events = extract_article("s", None, None, body, FRIDAY, "en").events
    (meeting,) = [e for e in events if "meeting" in e.types()]
    assert len(meeting.participants) == 2 and XI in meeting.participants
