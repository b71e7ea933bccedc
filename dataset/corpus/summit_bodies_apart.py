"""Reports of the summits of two bodies are two events, however near their days and people:
the BRICS summit of a Tuesday and the APEC summit of that Friday, both held by video with the
same leaders on screen, or the CSTO summit the day before the SCO summit in one city. A report
names its body's summit when the article gives it a summit name (extract/summit_bodies.py
names a summit by the body told beside its word): the knowledge base's event named "<body>
summit" ("BRICS Summit"), or "<body> Summit" of an organisation the knowledge base knows; a
report told in its article's title or lead names the bodies named there.
Two reports that each name a body's summit, and no body alike, never merge (event_merge.py's
cluster asks this); a report that names none may join either. Reports of a body's summit need
not name the same guests: one names the two leaders on screen, another all five; when one of
them names the body and the other names it or none, one names some of the other's guests.
A report told as a summit that names a body's summit and one that names none, each dated to a day, days apart
(more than FIRM_DAYS_APART) are two events too, whoever they name and wherever: the BRICS summit a
leader chairs by video from his residence on the 17th is not the gathering he chaired from there
on the 10th, however loosely each's weekday was read.
"""

from __future__ import annotations

from functools import lru_cache

from ruchina.corpus.event_reports import FIRM_DAYS_APART, Report, gap
from ruchina.extract.event_report import LEAD, TITLE
from ruchina.knowledge.base import entity_catalog

SUMMIT = "summit"
#: The last word of a summit's name ("BRICS Summit", "Collective Security Treaty Organization Summit").
_SUMMIT_WORD = " Summit"


def body_summits(report: Report) -> frozenset[str]:
    """The names of the bodies' summits a report gives: its title's and lead's, when it is told
    there (an article's own summit, which a later sentence's "the summit of another body he had
    chaired the day before" the article joined to it does not name), else any of its sentences'."""
    return _told_bodies(report.event)


def row_body_summits(article_events) -> frozenset[str]:
    """The names of the bodies' summits an events row's reports give (each as body_summits reads
    it): what tells a summit of one body from another's held in its city on its days."""
    return frozenset().union(*(_told_bodies(event) for event in article_events))


def _told_bodies(event) -> frozenset[str]:
    mentions = event.mentions
    headed = [m for m in mentions if m.part in (TITLE, LEAD)]
    return _bodies(frozenset(n for m in (headed or mentions) for n in m.event_names))


@lru_cache(maxsize=4096)
def _bodies(names: frozenset[str]) -> frozenset[str]:
    return frozenset(name for name in names if name.endswith(_SUMMIT_WORD) and _of_a_body(name))


@lru_cache(maxsize=1024)
def _of_a_body(name: str) -> bool:
    """A known event whose name ends in "Summit", or the summit of a known organisation."""
    catalog = entity_catalog()
    known = catalog.by_name.get(name)
    if known is not None:
        return known.entity_type == "EVENT"
    body = catalog.by_name.get(name[: -len(_SUMMIT_WORD)])
    return body is not None and body.entity_type == "ORG"


def other_bodies(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two reports' bodies' summits (body_summits) are of other bodies: each names one, none alike."""
    return bool(a) and bool(b) and a.isdisjoint(b)


def named_days_apart(report: Report, member: Report) -> bool:
    """Whether one of the two is told as a summit only and names a body's summit, and the other names
    none, both dated to a day, their days more than FIRM_DAYS_APART apart: two events. (Talks told
    under a title that names the summit they were held at are no summit's report: a loosely read
    weekday may still tie them to their own talks' other reports.)"""
    if not (report.by_day and member.by_day) or gap(report, member) <= FIRM_DAYS_APART:
        return False
    (told, bodies), (member_told, member_bodies) = body_summit_told(report), body_summit_told(member)
    return (told and bool(bodies) and not member_bodies) or (member_told and bool(member_bodies) and not bodies)


def body_summit_told(report: Report) -> tuple[bool, frozenset[str]]:
    """(whether the report is told as a summit only, the bodies' summits it names): what
    some_of_its_guests asks of a report another joins."""
    return all(m.event_type == SUMMIT for m in report.event.mentions), body_summits(report)


def some_of_its_guests(report: Report, member_people: frozenset[str], member: tuple[bool, frozenset[str]]) -> bool:
    """Whether a report and a member, both told as a summit, one naming some of the leaders the
    other names (two of five on screen, all five in the lead), are of one summit whoever each
    names: when one of them names a body's summit and the other names none or that body's.
    Two summits no body names (another body's on that day with some of the same leaders) are
    left to the people they name."""
    member_summit, member_bodies = member
    summit, bodies = body_summit_told(report)
    if not (member_summit and summit and (bodies or member_bodies)) or other_bodies(bodies, member_bodies):
        return False
    return report.people <= member_people or member_people <= report.people


def guests_a_third_names(report: Report, member_people: frozenset[str], member: tuple[bool, frozenset[str]],
                         people_sets: dict) -> bool:
    """Whether a report and a member, each naming other leaders of a body's summit (Putin on
    screen; Xi and Modi due there in August), name only guests that a third report of the
    cluster names (all six in the hall and on screen): both are of that third's summit, so of
    one summit. ``people_sets``: the cluster's people, each with what its reports were told as
    (event_merge._Cluster)."""
    member_summit, member_bodies = member
    if not (member_summit and member_bodies):
        return False
    return any(member_people <= people and not other_bodies(member_bodies, told[1])
               and some_of_its_guests(report, people, told)
               for people, kinds in people_sets.items() for *_, told in kinds)
