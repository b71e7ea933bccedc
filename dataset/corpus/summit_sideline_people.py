"""Who attended a summit, from the talks held at it. A page often never lists a summit's
guests in one place: it tells who met whom there ("on the sidelines of the summit, A and B
discussed ..."; "A met B at the summit"). Leaders who hold talks at a summit attended it
(benchmarks/gold/README.md), so the people of a meeting that is part of a summit
(event_parts.link_parts: on its days, at its place, sharing a guest or told beside it)
are the summit's people too. Only meetings held in person: a call is no attendance ("A,
who skipped the summit, phoned B"), and a meeting on a day the summit does not cover ("A met
B in the same city the day after the summit closed") is no part of it to begin with. And
only talks of two: a three-way meeting beside a summit is often held with a guest of no seat
at it (an observer state's leader meeting two members), who came for the meeting, not the summit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

# (so many of a summit's people adopting one document at it make it the summit's own, as in one
# article: three may sign a paper at a trilateral meeting beside it)
from ruchina.extract.event_signings import ROLL_SIGNERS

if TYPE_CHECKING:  # (event_rows.py gives the summits the people of their parts)
    from ruchina.corpus.event_rows import Event

#: the kinds of event whose people are at the gathering that holds them: talks in person
ATTENDED_BY_TALKS = frozenset({"meeting"})
#: how many people talks hold whose people all attended the summit: two leaders' talks
TALKS_OF = 2
#: the kinds of event a summit's people adopt together: its documents
ADOPTED_BY_ALL = frozenset({"agreement"})
#: the gatherings that take the people of the talks held at them
GATHERINGS = frozenset({"summit"})


def give_summits_their_talks_people(events: list[Event]) -> None:
    """Add to each summit the people of the meetings that are part of it (and those other
    articles name); then a document part of it that so many of its people adopt, and no one
    else, that it is the summit's own (its declaration, "the summit ended with a communique",
    told by one page beside only the guests that page names) is adopted by every one of them:
    who attended the summit adopted it. A paper of fewer (two leaders' treaty signed at it, a
    trilateral one) keeps its signers."""
    by_id = {event.event_id: event for event in events}
    for event in events:
        whole = by_id.get(event.part_of) if event.part_of else None
        if whole is None or whole.event_type not in GATHERINGS or event.event_type not in ATTENDED_BY_TALKS \
                or len(event.participant_ids) != TALKS_OF:
            continue
        whole.participant_ids = sorted(set(whole.participant_ids) | set(event.participant_ids))
    for event in events:
        whole = by_id.get(event.part_of) if event.part_of else None
        if whole is None or whole.event_type not in GATHERINGS or event.event_type not in ADOPTED_BY_ALL \
                or len(event.participant_ids) < ROLL_SIGNERS or not set(event.participant_ids) <= set(whole.participant_ids):
            continue
        event.participant_ids = sorted(whole.participant_ids)
