"""The opening day of the article's main event, told apart from it: "VIENNA -- X and Y ended two
days of talks here today. The meeting opened Saturday at the ambassador's residence". The sentence
of the opening names no one and no place of its own; told before the main event's days were
stretched to the two its lead states (event_spans.py), its day lay outside them, and it stood as
another meeting of no one. Once the main event spans its days, a report of its kind marked as
opening on its first day (EventMention.opens, event_opening_days.py) is a report of it.

Not a report that names people or a place of its own (another meeting that opened that day), nor
one of another kind, nor one opening on another day than the main event's first.
"""

from __future__ import annotations

from dataclasses import replace

from ruchina.extract.event_mentions import ArticleEvent


def fold_opening_reports(events: list[ArticleEvent]) -> None:
    """Join to the main event of several days each report of no one that opened on its first day."""
    main = next((e for e in events if e.main), None)
    if main is None or main.earlier or main.date is None or main.date.precision != "day" or (
            main.date.first == main.date.last):
        return
    for event in list(events):
        if (event is main or event.earlier or event.participants or event.family != main.family
                or event.date is None or event.date.first != main.date.first or event.date.last != main.date.first
                or event.location_id not in (None, main.location_id)
                or not all(m.opens and m.location_id is None and not m.participant_ids for m in event.mentions)):
            continue
        for mention in event.mentions:  # (the day it opened is the first of the main event's, already)
            main.add(replace(mention, date=None))
        events.remove(event)
