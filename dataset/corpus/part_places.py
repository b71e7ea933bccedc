"""A part no report places (talks told as "the two leaders spent four hours together on
Monday evening"), part of a visit or a gathering held in a city, took place in that city
(issue 23's failure class 6: places through what the text and the corpus know). The visit's
talks are where the visitor is; a call has no place (`no_place`), and a part that one
report places elsewhere keeps that place. Ids keep the place they were named by.
"""

from __future__ import annotations

from ruchina.corpus.event_reports import is_specific_place
from ruchina.corpus.event_rows import Event

#: the types of parts that take their whole's city: held in person, on one of its days
HELD_THERE = frozenset({"meeting", "agreement", "other"})


def place_parts_by_their_whole(events: list[Event]) -> None:
    by_id = {event.event_id: event for event in events}
    for event in events:
        whole = by_id.get(event.part_of) if event.part_of else None
        if (whole is None or event.location_id is not None or event.event_type not in HELD_THERE
                or whole.location_id is None or not is_specific_place(whole.location_id)):
            continue
        event.location_id = whole.location_id
