"""A document signed at talks held in nothing larger ("Foreign Ministers A and B put their names to
the protocol in Beijing after talks"; "the three ministers met in X on Thursday; their joint
communique asks for ..."): part of those talks. event_parts.py links a part only to a larger event
(a visit, a summit); talks are no larger than a signing, so a signing at talks that no visit or
summit holds was in nothing. Here, once every larger whole has been linked, such a signing joins
the one meeting an article of it reports on its day, at its place, of the same people: the act
of those talks. Not a signing of some of a meeting's people (two ministers exchanging the papers
of their own treaty beside a three-way meeting are not its signing), not one of two meetings that
day (no telling which), and not one recalled.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from ruchina.corpus.event_parts import inside

if TYPE_CHECKING:  # (event_rows.py links the parts of the events it makes)
    from ruchina.corpus.event_rows import Event


def link_signings_to_their_talks(events: list[Event]) -> None:
    """Set ``part_of`` of each signing in nothing to the one meeting of the same day and people that an
    article of it reports (see the module's text)."""
    meetings_of: dict[str, list[Event]] = defaultdict(list)
    for event in events:
        if event.event_type == "meeting" and _one_day(event) and event.participant_ids:
            for article_id in event.article_ids:
                meetings_of[article_id].append(event)
    for signing in events:
        if (signing.event_type != "agreement" or signing.part_of or not _one_day(signing)
                or not signing.participant_ids or all(report.earlier for report in signing.article_events)):
            continue
        talks = {id(meeting): meeting for article_id in signing.article_ids for meeting in meetings_of.get(article_id, ())
                 if meeting.start_date == signing.start_date and set(meeting.participant_ids) == set(signing.participant_ids)
                 and inside(meeting, signing)}
        if len(talks) == 1:
            signing.part_of = next(iter(talks.values())).event_id


def _one_day(event: Event) -> bool:
    return event.date_precision == "day" and event.start_date is not None and event.end_date == event.start_date
