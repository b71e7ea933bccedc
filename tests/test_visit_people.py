"""A visit lists its visitor and its host; the other people of the talks held in it (ministers
"also attending", the delegations) take part in the talks only (event_visits.py,
told_with_visitor; benchmarks/gold/README.md, "Visits: who takes part"). Fixtures written for
these tests (other people, other places), beside the look-alikes: the talks keep everyone, and a
visitor told beside two hosts keeps both."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.knowledge import base

CATALOG = base.entity_catalog()
XI, TOKAYEV, WANG_YI, LI_QIANG = (CATALOG.named(name).entity_id for name in (
    "Xi Jinping", "Kassym-Jomart Tokayev", "Wang Yi", "Li Qiang"))
FRIDAY = dt.date(2024, 9, 13)


def events(body: str):
    return extract_article("visit-people", None, None, body, FRIDAY, "en").events


def visits(found):
    return [e for e in found if e.types() & {"visit", "state_visit"}]


def test_the_ministers_attending_the_talks_stay_on_the_talks_not_on_the_visit():
    found = events("Xi Jinping held talks with Kassym-Jomart Tokayev in Beijing on Friday. "
                   "Foreign Minister Wang Yi and Premier Li Qiang also took part in the talks. "
                   "The state visit of Kassym-Jomart Tokayev opened a new chapter between the two capitals.")
    (talks,) = [e for e in found if e.types() == {"meeting"}]
    assert {WANG_YI, XI, TOKAYEV} <= talks.participants
    (visit,) = visits(found)
    assert visit.participants == {XI, TOKAYEV}


def test_a_visitor_told_in_talks_with_two_hosts_keeps_both():
    found = events("Kassym-Jomart Tokayev held talks with Xi Jinping and Li Qiang in Beijing on Friday. "
                   "The state visit of Kassym-Jomart Tokayev opened a new chapter between the two capitals.")
    (visit,) = visits(found)
    assert visit.participants == {XI, TOKAYEV, LI_QIANG}
