"""A state visit an article tells beside the day's story, with no day of its own: "Xi presented
Putin with the order in Beijing on Friday. Putin arrived in Beijing in the morning on a state
visit that lasts until Sunday". Its visitor takes part in the main event, at the place the
visit is paid to (the main event's, or a country or region holding it): the visit is under way
that day (when it began, the text may not say). Called by event_mentions.py once the main
event is dated, before undated events it tells only in passing are left out.
"""

from __future__ import annotations

from ruchina.knowledge.base import entity_catalog


def state_visits_under_way(events: list, main) -> None:
    """Date a state visit by the main event's day: a visit that names no day, is told as paid, not
    as earlier, whose people are all the main event's and whose place is the main event's or holds
    it. (A state visit to come, or one to another place, is another visit.)"""
    if main.location_id is None or main.date is None or main.earlier or main.family == "visit":
        return
    places = {main.location_id, *entity_catalog().places_containing(main.location_id)}
    for event in events:
        if (event is not main and "state_visit" in event.types() and event.date is None and not event.earlier
                and event.participants and event.participants <= main.participants
                and event.location_id in places and all(m.status == "occurred" for m in event.mentions)):
            event.assumed_date = main.date
            event.__dict__.pop("date", None)
