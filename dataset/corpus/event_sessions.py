"""A session told in an article that reports no more of its gathering ("the President spoke at
the plenary session of the St Petersburg International Economic Forum") is part of that
gathering's row, which other articles report (benchmarks/gold/README.md: an article that names
only the part reports the part, and the larger event is the key the others list). event_parts.py
links the parts an article reports beside their whole; this links, across the corpus, a summit
or forum told with a session word (extract: EventMention.session, the language's `sessions`
knowledge; or a day its article tells apart from the next, extract/summit_days_told_apart.py) to the one gathering that bears a name it bears (a known event's, "Eastern Economic
Forum"), whose days hold its days and strictly outlast them, at its place. When two rows are such (one
edition told twice over other days) or none is, it is left unlinked. A summit's session gives the
summit its people: who sits at one of its sittings attends it.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from ruchina.corpus.event_parts import GATHERINGS, inside, strictly_shorter
from ruchina.corpus.event_reports import is_known_event_name

SUMMIT = "summit"

if TYPE_CHECKING:  # (event_rows.py links the sessions of the events it makes)
    from ruchina.corpus.event_rows import Event


def link_sessions_to_named_gatherings(events: list[Event]) -> None:
    """Set ``part_of`` of each session-told gathering no article links, to its named gathering."""
    by_name: dict[str, list[Event]] = defaultdict(list)
    for event in events:
        if event.event_type in GATHERINGS and event.start_date and event.end_date and event.date_precision == "day":
            for name in _names(event):
                by_name[name].append(event)
    for event in events:
        if (event.part_of or event.event_type not in GATHERINGS or event.date_precision != "day"
                or not event.start_date or not event.end_date
                or not any(m.session for report in event.article_events for m in report.mentions)):
            continue
        wholes = {whole.event_id: whole for name in _names(event) for whole in by_name.get(name, ())
                  if whole is not event and _holds_session(whole, event)}
        if len(wholes) == 1:
            event.part_of, whole = next(iter(wholes.items()))
            if whole.event_type == event.event_type == SUMMIT:
                # (who sits at a summit's session attends the summit: "the upcoming summit of 23-24
                # June", told with no one, is the one its first day's leaders attend)
                whole.participant_ids = sorted(set(whole.participant_ids) | set(event.participant_ids))


def _names(event: Event) -> set[str]:
    return {name for report in event.article_events for name in report.event_names if is_known_event_name(name)}


def _holds_session(whole: Event, session: Event) -> bool:
    return inside(whole, session) and strictly_shorter(session, whole)
