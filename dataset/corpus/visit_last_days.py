"""A visit lasts until its last part (benchmarks/gold/README.md: a visit's end is its last day).
"Putin arrived in Japan on Thursday ... On Friday the two leaders moved to Tokyo for a second
round of talks": the visit is dated by its arrival alone, and event_parts.py makes the Friday
talks part of it (the visitor is still there on the same trip); so the visit ran to Friday at
least, though no report states its length.

Only a visit dated to the day by one day (its arrival: no report gives its length), and only by
its parts dated to the day: a part is inside its visit by event_parts.py's own reading (its days
within the visit's reach, its place, its visitor), so a later day of a part is a day of the visit.
A visit whose reports give its span keeps it: its parts lie within it already.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ruchina.corpus.event_parts import VISIT_TYPES

if TYPE_CHECKING:  # (event_rows.py ends the visits of the rows it makes)
    from ruchina.corpus.event_rows import Event


def end_visits_with_their_parts(events: list[Event]) -> None:
    """Move the last day of each visit dated by its arrival alone to its latest part's last day."""
    last_part_day = {}
    for event in events:
        if event.part_of and event.end_date and event.date_precision == "day":
            last_part_day[event.part_of] = max(last_part_day.get(event.part_of, event.end_date), event.end_date)
    for visit in events:
        if (visit.event_type in VISIT_TYPES and visit.date_precision == "day" and visit.start_date
                and visit.end_date == visit.start_date and last_part_day.get(visit.event_id, visit.end_date) > visit.end_date):
            visit.end_date = last_part_day[visit.event_id]
