"""One state visit told in two cities of the visited country by different articles: one row.

A state visit begins in one city and goes on to the capital ("the president arrived in Dalian
on a state visit", in one piece; "the state visit opened in Beijing", in another). Each report
places the visit where its article saw it begin, the merge keeps two cities of one country
apart (neither holds the other), and event_parts.py makes the one row a part of the other. Both
rows are the visit itself, not a stop of it: the same kind (a state visit), the same people
(visitor and host), starting on the same day. Such a pair is folded into one row placed in the
country (benchmarks/gold/README.md: a visit over several cities is the country's).

A side trip told as a plain visit ("went on to Shanghai on Tuesday") is a stop of the trip and
keeps its row; so does a visit of other people, another kind, or one starting on another day
(two separate trips, two visitors' visits to one capital on the same days: not one visit).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ruchina.corpus.event_reports import is_specific_place
from ruchina.extract.event_itineraries import holding_place

if TYPE_CHECKING:  # (event_rows.py folds the rows it makes)
    from ruchina.corpus.event_rows import Event

#: the kind of visit whose legs fold: a state visit is one trip a country hosts, named so by its
#: reports; a plain visit's row inside another is a stop (visit_spans.py)
STATE_VISIT = "state_visit"


def fold_state_visit_legs(events: list[Event]) -> None:
    """Fold, in place, each state-visit row that is part of another state-visit row of the same
    people starting the same day in another city of one country into that row."""
    by_id = {event.event_id: event for event in events}
    folded: dict[str, str] = {}
    for leg in events:
        whole = by_id.get(leg.part_of) if leg.part_of else None
        if whole is None or whole.event_id in folded or not _legs_of_one_visit(leg, whole):
            continue
        country = holding_place(whole.location_id, [leg.location_id])
        whole.location_id = country
        whole.article_events = whole.article_events + leg.article_events
        whole.article_ids = sorted(set(whole.article_ids) | set(leg.article_ids))
        whole.end_date = max(whole.end_date, leg.end_date)
        whole.status = "occurred" if "occurred" in (whole.status, leg.status) else whole.status
        folded[leg.event_id] = whole.event_id
    if not folded:
        return
    events[:] = [event for event in events if event.event_id not in folded]
    for event in events:
        if event.part_of in folded:
            event.part_of = folded[event.part_of]


def _legs_of_one_visit(leg: Event, whole: Event) -> bool:
    if not (leg.event_type == whole.event_type == STATE_VISIT and leg.date_precision == whole.date_precision == "day"):
        return False
    if leg.start_date is None or leg.start_date != whole.start_date or whole.end_date is None or leg.end_date is None:
        return False
    if set(leg.participant_ids) != set(whole.participant_ids) or len(leg.participant_ids) < 2:
        return False  # (a visitor and his host, both named alike)
    if not (leg.location_id and whole.location_id) or leg.location_id == whole.location_id:
        return False
    if not is_specific_place(leg.location_id):
        return False
    country = holding_place(whole.location_id, [leg.location_id])
    # (the whole placed in the country already, "the state visit to China", holds the leg's city)
    return country is not None and not is_specific_place(country)
