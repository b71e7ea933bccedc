"""A leader who welcomes a visitor on arrival ("He was met at the airport by Premier X") hosts the
visit (extract/arrival_greeters.py); beside look-alikes: an official who is no head of state or
government at the plane, and a welcome of someone the visit does not have. Fixtures written for
these tests (other people and trips than any benchmark page's)."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

KOSYGIN, LIU, ZHOU, GROMYKO = "alexei-kosygin", "liu-shaoqi", "zhou-enlai", "andrei-gromyko"


def _visits(body: str, published: dt.date):
    events = extract_article("t1", None, None, body, published, "en").events
    return [e for e in events if e.mentions[0].event_type in ("visit", "state_visit")]


def test_the_premier_who_met_the_visitor_at_the_airport_hosts_the_visit():
    (visit,) = _visits("PEKING, Feb. 11 -- Premier Alexei N. Kosygin of the Soviet Union left Peking today at the end "
                       "of a two-day visit. He was met at the airport on his arrival by Premier Chou En-lai.",
                       dt.date(1965, 2, 11))
    assert visit.participants == {KOSYGIN, ZHOU}


def test_look_alike_a_minister_at_the_airport_is_no_host():
    (visit,) = _visits("MOSCOW, Feb. 11 -- Premier Chou En-lai left Moscow today at the end of a two-day visit. "
                       "He was greeted at the airport by Foreign Minister Andrei Gromyko.", dt.date(1965, 2, 11))
    assert visit.participants == {ZHOU}


def test_look_alike_a_welcome_of_another_traveller_adds_no_one_to_the_visit():
    (visit,) = _visits("PEKING, Feb. 11 -- Premier Alexei N. Kosygin left Peking today at the end of a two-day visit. "
                       "In Hanoi, the Vietnamese envoy was met at the airport by Liu Shaoqi's aides.",
                       dt.date(1965, 2, 11))
    assert LIU not in visit.participants
