"""A meeting of two leaders on a summit's sidelines and the summit itself: two events.

"Xi and Putin met at the BRICS summit in Kazan" reports both: the two leaders' talks (a
meeting of two, part of the summit) and the summit of many. Meeting and summit are one
family of events (a gathering), and a report of one may stand for the other ("the meeting of
heads of state" is a summit), so the reports of the two would merge, and the talks of two
would take the summit's guests (or the summit the two as its only guests). They are kept
apart, within an article (event_compatibility.compatible) and across articles (corpus/event_merge.py),
when one event is first reported as a meeting of two (or of one who met two others) and the
other as a summit the knowledge base names by its body ("BRICS Summit", "SCO Summit"). A
summit with no such name ("the Astana summit", "the Russia–US summit") may be the leaders'
meeting told another way, and stays with it. Also here: what follows from the split (the
summit's report that names no one, its place, its guests at other grains, the talks of three).
"""

from __future__ import annotations

from dataclasses import replace

from ruchina.extract.event_report import TITLE
from ruchina.extract.event_three_way import three_way_apart, three_way_beside_a_body_summit, told_three_way
from ruchina.extract.summit_bodies import placed_talks_apart
from ruchina.extract.summit_settings import setting_apart
from ruchina.knowledge.base import entity_catalog, office_countries

#: The kinds of report on each side: the talks of two, and the summit they are held at.
MEETING, SUMMIT = "meeting", "summit"
#: Talks on the sidelines name two people, or three: one who met two others ("Putin to meet
#: Xi, Erdogan on the sidelines"); a longer list at a summit is of its guests.
MAX_TALKS_PEOPLE = 3


def sideline_role(event) -> tuple | None:
    """What an event (ArticleEvent) is on a summit's sidelines: ("meeting", its people, False)
    for talks of two or three, ("summit", its people, whether a body's name names it), or None."""
    kinds = event.types()
    people = frozenset(event.participants)
    # (a body's meeting first told as the setting of talks is the gathering, not talks: gathering_settings.py)
    if event.mentions[0].event_type == MEETING and event.mentions[0].setting:
        return SUMMIT, people, True
    # (a meeting only referred back to, "at the BRICS+ meeting", "the meeting", may be the
    # summit told again: the talks of two are reported as such at least once)
    # (nor is a meeting of several days, "guests at the two-day meeting": talks of two last a day)
    if (kinds == {MEETING} and 2 <= len(people) <= MAX_TALKS_PEOPLE and not all(m.refers_back for m in event.mentions)
            and not _days_long(event)):
        return MEETING, people, False
    # (a summit may take in talks told at it, "Putin held talks with both on Tuesday": it is
    # what it was first reported as)
    # (a summit first told as the setting of talks is apart from them, named or not: summit_settings.py)
    if event.mentions[0].event_type == SUMMIT:
        return SUMMIT, people, bool(event.own_names) or event.mentions[0].setting
    return None


def _days_long(event) -> bool:
    """Whether a report of the event dates it to several days ("the two-day meeting")."""
    return any(m.date is not None and m.date.precision == "day" and m.date.first < m.date.last for m in event.mentions)


def roles_apart(a: tuple | None, b: tuple | None) -> bool:
    """Whether two sideline roles are talks of two and a summit a body's name names, or a summit
    of more people than the talks ("the leaders of the five countries" beside "Putin met Xi")."""
    if a is None or b is None or a[0] == b[0]:
        return False
    (_, talks_people, _), (_, summit_people, named) = (a, b) if a[0] == MEETING else (b, a)
    return named or len(summit_people) > len(talks_people)


def roles_told_apart(a: tuple | None, b: tuple | None) -> bool:
    """Whether two events one article tells apart are talks of two and a summit: whatever ties
    both to a third report, they stay two events."""
    return a is not None and b is not None and a[0] != b[0]


def _is(kind: str, event) -> bool:
    role = sideline_role(event)
    return role is not None and role[0] == kind


def held_apart(a, b) -> bool:
    """Whether two events (ArticleEvent) are a meeting of two and the summit it is held at, or
    two meetings one of which is told as three-way (or a three-way report and a body's summit:
    event_three_way.py), or a summit told as the setting of talks and a meeting (summit_settings.py)."""
    return (roles_apart(sideline_role(a), sideline_role(b)) or three_way_apart(a, b) or setting_apart(a, b)
            or placed_talks_apart(a, b) or three_way_beside_a_body_summit(a, b))


def _named_summits(events: list) -> list:
    return [e for e in events if _is(SUMMIT, e) and sideline_role(e)[2]]


def at_summit(main, candidate, events: list) -> bool:
    """Whether a report of a summit that names no one ("the summit of the group runs until
    Thursday") is of the summit the article names rather than of its main event, a meeting of
    two held there."""
    return held_apart(main, candidate) or (_is(MEETING, main) and candidate.mentions[0].event_type == SUMMIT
                                           and bool(_named_summits(events)))


def summits_first(events: list, candidate) -> list:
    """The events a report may join, in order; a summit's report tries the summits the
    article names first (not the meeting of two held at one, told before it)."""
    if candidate.mentions[0].event_type != SUMMIT:
        return events
    named = _named_summits(events)
    return named + [e for e in events if e not in named]


def other_talks(a_people, b_people) -> bool:
    """Two reports naming two or more people each, not the same ones: talks of others on a
    summit's sidelines (Putin with Xi and with Modi on Tuesday, Modi with Xi on Wednesday),
    which an article's own date, standing in for one's day, does not join to the other's."""
    return len(a_people) >= 2 and len(b_people) >= 2 and set(a_people) != set(b_people)


def _sentences(event) -> set[tuple]:
    return {(m.part, m.sentence_start) for m in event.mentions}


def _summits_held_at(meeting, events: list) -> list:
    """The summits a meeting of two is told held at: in one sentence with it ("met on the
    sidelines of the BRICS summit in Kazan")."""
    return [e for e in events if e is not meeting and held_apart(meeting, e) and _sentences(meeting) & _sentences(e)]


def hosts_main(event, events: list) -> bool:
    """Whether ``event`` is the summit (named, or placed) the article's main event, a meeting
    of two, is told held at: reported with it, though no phrase dates it (no background)."""
    main = next((e for e in events if e.main), None)
    return (main is not None and bool(event.location_id or event.own_names) and _is(MEETING, main)
            and event in _summits_held_at(main, events))


def place_sideline_meetings(events: list) -> None:
    """A meeting of two with no place of its own, told held at a summit that has one, is at
    the summit's place ("Modi and Xi met on the sidelines of the BRICS summit in Kazan"); so is a
    summit's sitting with its guests (outreach_sessions.py), in the one place of the article's summit."""
    for event in events:
        if event.location_id is None and _is(MEETING, event):
            places = {summit.location_id for summit in _summits_held_at(event, events) if summit.location_id}
            if len(places) == 1:
                event.add(replace(event.mentions[0], location_id=places.pop()), 0)
        elif event.location_id is None and any(m.outreach for m in event.mentions):
            # (a summit's sitting with its guests, told in a sentence of its own, "This afternoon the seven
            # sat down with the leaders of four emerging economies": at the one place the article's summit has)
            places = {e.location_id for e in events if e.location_id and SUMMIT in e.types()
                      and not any(m.outreach for m in e.mentions) and _holds_the_day(e, event)}
            if len(places) == 1:
                event.add(replace(event.mentions[0], location_id=places.pop()), 0)


def _holds_the_day(summit, session) -> bool:
    """Whether the summit's days hold the session's day (either undated: it may)."""
    if summit.date is None or session.date is None:
        return True
    return summit.date.first <= session.date.first and session.date.last <= summit.date.last


def split_talks_at_summits(words, mentions: list, title_mentions: list, body_mentions: list) -> list:
    """In an article that reports a summit, a meeting report naming three leaders of three
    countries, one named before its event word and two after it ("Putin also met Modi and
    Ramaphosa", "Putin to meet Xi, Erdogan on the sidelines"), is two sets of talks, each of
    two: the leaders at a summit meet two by two. (Three named before the word attend one
    meeting, "A, B and C are attending the meeting"; one who met a leader and his minister, or
    three leaders with no summit told, stay one.) ``words``: the language's event words;
    the mentions of entities in the title and in the body place the names."""
    if not any(m.event_type == SUMMIT and not m.earlier for m in mentions):
        return mentions
    split = []
    for mention in mentions:
        people = mention.participant_ids
        first = None
        # (a meeting its clause tells as three-way, "a three-way meeting with A and B", is one)
        if (mention.event_type == MEETING and len(people) == MAX_TALKS_PEOPLE and not mention.continues
                and len(office_countries(people)) == MAX_TALKS_PEOPLE and not told_three_way(mention)):
            first = _one_who_met_two(words, mention, title_mentions if mention.part == TITLE else body_mentions)
        if first is None:
            split.append(mention)
        else:
            split += [replace(mention, participant_ids=(first, other)) for other in people if other != first]
    return split


def summit_told_again(mentions: list) -> list:
    """A report that refers back to a summit ("the three-day summit, hosted by Putin") in an
    article whose summit reports name one body's summit ("the BRICS summit") is of that
    summit: it takes its name, so that the talks told in it are held apart from it as from
    the summit named. (A summit the article does not refer back to, "a summit of the five",
    or an article naming two, names none.)"""
    names = {n for m in mentions if m.event_type == SUMMIT and not m.earlier for n in m.event_names if _of_summit(n)}
    if len(names) != 1:
        return mentions
    (name,) = names
    return [replace(m, event_names=(*m.event_names, name)) if m.event_type == SUMMIT and m.refers_back and not m.earlier
            and not any(_of_summit(n) for n in m.event_names) else m for m in mentions]


def _of_summit(name: str) -> bool:
    """An event's name that names a summit ("BRICS Summit"), as ArticleEvent.own_names reads names."""
    return name.split()[-1].lower()[:5] == SUMMIT[:5]



def _one_who_met_two(words, mention, entity_mentions: list) -> str | None:
    """The one of a meeting report's three people named before its event word, when the two
    others are named after it; else None."""
    offset = max(mention.sentence_start, 0)
    trigger = next((t for t in words.trigger.finditer(mention.sentence) if t.lastgroup == MEETING), None)
    if trigger is None:
        return None
    placed = {m.entity_id: m.start - offset for m in entity_mentions
              if offset <= m.start < offset + len(mention.sentence) and m.entity_id in mention.participant_ids}
    before = [pid for pid, at in placed.items() if at < trigger.start()]
    after = [pid for pid, at in placed.items() if at >= trigger.end()]
    return before[0] if len(before) == 1 and len(after) == MAX_TALKS_PEOPLE - 1 else None


def same_summit(a, b) -> bool:
    """Whether two events of one article are one summit told twice: the summit a body names at
    one place ("the SCO summit in Kazakhstan") and a report of many at a place in it or
    holding it ("the two-day meeting in Astana", with the list of its guests), or a summit
    named alike, one of them unplaced. The places nest and the people need not agree (each
    report names whom it is about); a meeting of two on the sidelines stays apart (held_apart)."""
    for summit, other in ((a, b), (b, a)):
        role, other_role = sideline_role(summit), sideline_role(other)
        if role and role[0] == SUMMIT and role[2] and (other_role is None or other_role[0] == SUMMIT):
            here, there = summit.location_id, other.location_id
            if here and there:
                return here == there or _nested(here, there) or _nested(there, here)
            # (unplaced, a summit the article names alike: "the three-day summit hosted by Putin")
            return bool(other_role and other_role[2] and summit.own_names & other.own_names)
    return False


def _nested(inner: str, outer: str) -> bool:
    return outer in entity_catalog().places_containing(inner)
