"""A visit's hosts from the talks inside it (corpus/visit_talks_hosts.py): the leaders of the visit's
country who hold talks with its visitor in talks part of it are its people, as the gold lists a
premier's visit with the premier who hosts him and the president who meets him. Look-alikes: the
foreign minister a visiting minister holds talks with is no host of the visit; talks outside the visit
add no one; a call adds no one."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from ruchina.corpus.event_rows import Event
from ruchina.corpus.visit_talks_hosts import give_visits_their_talks_hosts
from ruchina.knowledge.base import entity_catalog

JUNE_3 = dt.date(2031, 6, 3)


def eid(name: str) -> str:
    return entity_catalog().named(name).entity_id


def event(event_id: str, kind: str, where: str, people: list[str], day: dt.date, part_of: str | None = None,
          last: dt.date | None = None) -> Event:
    return Event(event_id=event_id, event_type=kind, label=event_id, start_date=day, end_date=last or day,
                 date_precision="day", location_id=eid(where), participant_ids=[eid(p) for p in people],
                 status="occurred", article_ids=["a1"], evidence="", article_events=[SimpleNamespace(location_id=eid(where))],
                 part_of=part_of)


def visit_people(*events: Event) -> set[str]:
    give_visits_their_talks_hosts(list(events))
    return {entity_catalog().get(p).name for p in events[0].participant_ids}


def premiers_visit() -> Event:
    return event("visit", "visit", "China", ["Mikhail Mishustin", "Li Qiang"], JUNE_3, last=JUNE_3 + dt.timedelta(days=1))


def test_the_president_who_meets_a_visiting_premier_inside_the_visit_hosts_it_too():
    talks = event("talks", "meeting", "Beijing", ["Xi Jinping", "Mikhail Mishustin"], JUNE_3 + dt.timedelta(days=1),
                  part_of="visit")
    assert visit_people(premiers_visit(), talks) == {"Mikhail Mishustin", "Li Qiang", "Xi Jinping"}


def test_look_alike_a_counterpart_minister_or_talks_outside_the_visit_or_a_call_add_no_host():
    visit = event("visit", "visit", "Beijing", ["Sergei Lavrov", "Xi Jinping"], JUNE_3)
    ministers = event("talks", "meeting", "Beijing", ["Sergei Lavrov", "Wang Yi"], JUNE_3, part_of="visit")
    assert visit_people(visit, ministers) == {"Sergei Lavrov", "Xi Jinping"}
    outside = event("talks", "meeting", "Beijing", ["Xi Jinping", "Mikhail Mishustin"], JUNE_3 + dt.timedelta(days=9))
    assert visit_people(premiers_visit(), outside) == {"Mikhail Mishustin", "Li Qiang"}
    call = event("call", "call", "Beijing", ["Xi Jinping", "Mikhail Mishustin"], JUNE_3, part_of="visit")
    assert visit_people(premiers_visit(), call) == {"Mikhail Mishustin", "Li Qiang"}


def test_look_alike_the_premier_a_presidents_state_visit_also_meets_is_no_host_of_it():
    visit = event("visit", "state_visit", "Moscow", ["Xi Jinping", "Vladimir Putin"], JUNE_3, last=JUNE_3 + dt.timedelta(days=2))
    premier = event("talks", "meeting", "Moscow", ["Xi Jinping", "Mikhail Mishustin"], JUNE_3 + dt.timedelta(days=1),
                    part_of="visit")
    assert visit_people(visit, premier) == {"Xi Jinping", "Vladimir Putin"}
