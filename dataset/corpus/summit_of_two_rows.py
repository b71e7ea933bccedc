"""The type of an events row whose reports call one gathering a "summit" in one article and a
meeting in another: two leaders' "informal summit" that one outlet tells as "two days of
informal talks" and another as "una cumbre informal de dos días". An event of the `summit` type is
a gathering of a body or of many; two or three leaders alone meet (extract/summits_of_two.py makes
the same call within one article, where the story tells them meeting). The row is a meeting when

* another article tells it only as a meeting, in a report that names two or more people: the
  talks told (within one article, summits_of_two.py has decided);
* every summit report of it names no more than those two people, no event's name (no
  body's summit, which leaders attend), and is no setting of talks ("on the sidelines of the
  summit": another event, which event_sidelines.py keeps apart).

A summit any report names by a body or by more people ("the BRICS summit", "the leaders of five
states meet on Tuesday", naming three of them) stays one, whatever its meeting reports: across
articles, three leaders' talks are as often a body's summit told by its people.

The other way round, a row most of whose reports tell a meeting is a summit where one report calls
it so by the word alone (no body's name, no setting of other talks) and the row names four leaders
or more, people the knowledge base knows in no official's role: "the four leaders met through the
night in Minsk ... the summit had been agreed on Sunday" (summit_of_many). Three leaders' meeting
stays one (a three-way meeting), and so do a guest's talks with his host and their ministers and
aides beside a word of the summits he has attended.
"""

from __future__ import annotations

from ruchina.extract.event_mentions import ArticleEvent
from ruchina.knowledge.base import entity_catalog, is_official

SUMMIT, MEETING = "summit", "meeting"
#: the people a summit row may name and be their meeting
TWO = 2
#: the fewest leaders a meeting row names to be the summit a report of it calls it
MANY = 4


def summit_of_two_as_meeting(cluster: list[ArticleEvent], event_type: str) -> str:
    """``event_type``, or `meeting` for a summit of two its other reports tell as their meeting."""
    if event_type != SUMMIT:
        return event_type
    mentions = [m for e in cluster for m in e.mentions]
    met = [set(m.participant_ids) for e in cluster if e.types() == {MEETING}
           for m in e.mentions if len(set(m.participant_ids)) >= 2]
    summits = [m for m in mentions if m.event_type == SUMMIT]
    if not met or any(m.event_names or m.setting or len(set(m.participant_ids)) > TWO for m in summits):
        return event_type
    if any(e.event_names for e in cluster):
        return event_type
    people = set().union(*met)
    if len(people) != TWO or not all(set(m.participant_ids) <= people for m in summits):
        return event_type
    return MEETING


def summit_of_many(cluster: list[ArticleEvent], event_type: str) -> str:
    """``event_type``, or `summit` for a meeting of four or more leaders a report calls a summit."""
    if event_type != MEETING:
        return event_type
    catalog = entity_catalog()
    if len({p for e in cluster for p in e.participants if catalog.get(p) is not None and not is_official(p)}) < MANY:
        return event_type
    summits = [m for e in cluster for m in e.mentions if m.event_type == SUMMIT]
    return SUMMIT if any(not m.event_names and not m.setting for m in summits) else event_type
