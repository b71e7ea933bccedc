"""A visit row holds the host country's leaders its own talks (its parts) are with, told by
other articles than those of the visit (corpus/visit_talks_hosts.py): a visiting prime minister's,
the premier and the president; a visiting president's, the president alone. Beside them the
look-alikes: a minister met on the visit, and the premier a visiting president meets, are no hosts;
talks outside the visit and a call add no one (the rows themselves, last). Fixtures written for these
tests."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from ruchina.corpus.event_merge import merge_across_articles
from ruchina.corpus.event_reports import Commonness
from ruchina.corpus.event_rows import Event
from ruchina.corpus.visit_talks_hosts import give_visits_their_talks_hosts
from ruchina.extract.extraction import extract_article
from ruchina.knowledge.base import entity_catalog

PUBLISHED = dt.date(2031, 3, 4)


def _rows(*extractions):
    return merge_across_articles([e for x in extractions for e in x.events], {}, common=Commonness())


def _arrival():
    return extract_article("arrival", "Modi in Beijing", None,
                           "Indian Prime Minister Narendra Modi arrived in Beijing on March 3 for a two-day "
                           "official visit.", PUBLISHED)


def _talks(article_id: str, host: str, visitor: str = "Indian Prime Minister Narendra Modi"):
    return extract_article(article_id, "Talks in Beijing", None,
                           f"{visitor} held talks with {host} in Beijing on March 4.", PUBLISHED)


def _visit(rows):
    (visit,) = [row for row in rows if row.event_type in ("visit", "state_visit") and "arrival" in row.article_ids]
    return visit


def test_the_premier_the_visitor_holds_talks_with_is_a_host_of_the_visit():
    rows = _rows(_arrival(), _talks("premier", "Chinese Premier Li Qiang"))
    assert {"Q1058", "li-qiang"} <= set(_visit(rows).participant_ids)  # (Q1058: Modi's Wikidata id)


def test_look_alike_a_minister_met_on_the_visit_is_no_host():
    rows = _rows(_arrival(), _talks("minister", "Chinese Foreign Minister Wang Yi"))
    assert "wang-yi" not in _visit(rows).participant_ids


def _visit_of_1997(host: str):
    arrival = extract_article("arrival", "Jiang receives Chernomyrdin", None,
                              "Russian Prime Minister Viktor Chernomyrdin arrived in Beijing on June 26 for a three-day "
                              "official visit. President Jiang Zemin received him in Zhongnanhai on June 27.",
                              dt.date(1997, 6, 27))
    talks = extract_article("talks", "Chernomyrdin holds talks", None,
                            f"Russian Prime Minister Viktor Chernomyrdin held talks with {host} in Beijing on June 27.",
                            dt.date(1997, 6, 27))
    return _visit(merge_across_articles([e for x in (arrival, talks) for e in x.events], {}, common=Commonness()))


def test_a_past_premiers_visit_holds_his_talks_and_takes_the_premier_of_the_year_as_host():
    """(a leader of the past has no role today: offices.yaml's terms tell his country and the host's office)"""
    assert "li-peng" in _visit_of_1997("Premier Li Peng").participant_ids


def test_look_alike_the_past_foreign_minister_met_is_no_host():
    visit = _visit_of_1997("Foreign Minister Qian Qichen")
    assert not any("qian" in person for person in visit.participant_ids)


def test_look_alike_the_premier_a_visiting_president_meets_is_no_host_of_his_state_visit():
    arrival = extract_article("arrival", "Tokayev in Beijing", None,
                              "Kazakh President Kassym-Jomart Tokayev arrived in Beijing on March 3 for a two-day "
                              "state visit and held talks with Xi Jinping.", PUBLISHED)
    rows = _rows(arrival, _talks("premier", "Chinese Premier Li Qiang", "Kazakh President Kassym-Jomart Tokayev"))
    assert "li-qiang" not in _visit(rows).participant_ids


# --- the rows themselves: a visit and the talks part of it

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
