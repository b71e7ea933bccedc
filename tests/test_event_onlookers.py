"""Onlookers of a spectacle told right before (a parade, an exercise): those a later sentence lists as
"also watched", with nothing after the verb, and those seated together on its stand ("X sat between A
and B on the reviewing stand") are its people too. Not a watcher of something else ("also watched the
match"), nor a seat at another table (short texts written for the tests)."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.knowledge import base

CATALOG = base.entity_catalog()
PUTIN, MODI, LULA, ERDOGAN, TOKAYEV = (CATALOG.named(name).entity_id for name in (
    "Vladimir Putin", "Narendra Modi", "Luiz Inácio Lula da Silva", "Recep Tayyip Erdoğan", "Kassym-Jomart Tokayev"))
SUNDAY = dt.date(2025, 1, 26)
LEAD = ("NEW DELHI, Jan 26 - Prime Minister Narendra Modi and President Vladimir Putin watched on Sunday as "
        "tanks, camel riders and jets passed in the Republic Day parade. ")


def main_people(body: str) -> set[str]:
    [main] = [e for e in extract_article("t", None, None, body, SUNDAY, "en").events if e.main]
    return main.participants


def test_those_who_also_watched_and_those_seated_on_the_stand_are_the_spectacle_s_people():
    body = LEAD + ("Modi sat between Putin and Kassym-Jomart Tokayev on the main stand, under a canopy. "
                   "Brazil's Luiz Inacio Lula da Silva and Turkey's Recep Tayyip Erdogan also watched.")
    assert {PUTIN, MODI, TOKAYEV, LULA, ERDOGAN} <= main_people(body)


def test_a_watcher_of_something_else_and_a_seat_at_dinner_are_not():
    body = LEAD + ("Later Modi sat between Putin and Kassym-Jomart Tokayev at dinner. "
                   "Brazil's Luiz Inacio Lula da Silva and Turkey's Recep Tayyip Erdogan also watched the cricket final.")
    assert main_people(body) == {PUTIN, MODI}
