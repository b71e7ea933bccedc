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

A plain (official) visit told the same way, begun in one city and gone on to the capital ("arrived in
Vladivostok on the 20th, beginning his visit to Russia"; "the fourth day of a visit that began on the
20th", from Moscow), is folded only where one article's reports stand in both rows: that article told
the two as one trip. Its reports name the host who received the visitor where they saw him (a governor
or the premier), so the rows share the visitor, not every person (a person the knowledge base gives an
office of another country), and the folded row holds them all.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ruchina.corpus.event_reports import is_specific_place
from ruchina.extract.event_itineraries import holding_place
from ruchina.knowledge.base import entity_catalog, office_countries

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
        _fold(leg, whole, people=False)  # (the same people)
        folded[leg.event_id] = whole.event_id
    _drop_folded(events, folded)


#: the kind of visit whose rows fold only where an article tells both (fold_visits_told_as_one)
VISIT = "visit"


def fold_visits_told_as_one(events: list[Event]) -> None:
    """Fold, in place, two plain-visit rows that begin the same day in two cities of one country,
    share their visitor and hold the reports of one article, into the one with more articles (else
    the longer stay), placed in the country."""
    by_day: dict = {}
    for event in events:
        if event.event_type == VISIT and event.date_precision == "day" and event.start_date is not None:
            by_day.setdefault(event.start_date, []).append(event)
    folded: dict[str, str] = {}
    for rows in by_day.values():
        # (the row most articles tell, else the one of the longest stay: the capital's, not the arrival's day)
        for whole in sorted(rows, key=lambda e: (-len(e.article_ids), -((e.end_date or e.start_date) - e.start_date).days,
                                                 e.event_id)):
            for leg in rows:
                if (leg is whole or leg.event_id in folded or whole.event_id in folded
                        or not _begun_apart(leg, whole)):
                    continue
                _fold(leg, whole, people=True)
                folded[leg.event_id] = whole.event_id
    _drop_folded(events, folded)


def _fold(leg: Event, whole: Event, *, people: bool) -> None:
    """The leg's row into the whole visit's, placed in the country holding both cities (and with
    the leg's people too, where they may differ)."""
    whole.location_id = holding_place(whole.location_id, [leg.location_id])
    if people:
        whole.participant_ids = sorted(set(whole.participant_ids) | set(leg.participant_ids))
    whole.article_events = whole.article_events + leg.article_events
    whole.article_ids = sorted(set(whole.article_ids) | set(leg.article_ids))
    if whole.end_date is not None and leg.end_date is not None:
        whole.end_date = max(whole.end_date, leg.end_date)
    whole.status = "occurred" if "occurred" in (whole.status, leg.status) else whole.status


def _drop_folded(events: list[Event], folded: dict[str, str]) -> None:
    """Drop, in place, the rows folded into others; what was part of one is part of its whole."""
    if not folded:
        return
    events[:] = [event for event in events if event.event_id not in folded]
    for event in events:
        if event.part_of in folded:
            event.part_of = folded[event.part_of]


def _begun_apart(leg: Event, whole: Event) -> bool:
    """Two rows of one plain visit seen begun in two cities: an article in both, a person shared."""
    if not (set(leg.article_ids) & set(whole.article_ids) and set(leg.participant_ids) & set(whole.participant_ids)):
        return False
    if not (leg.location_id and whole.location_id) or leg.location_id == whole.location_id:
        return False
    if not (is_specific_place(leg.location_id) and is_specific_place(whole.location_id)):
        return False
    catalog = entity_catalog()
    if whole.location_id in catalog.places_containing(leg.location_id) or (
            leg.location_id in catalog.places_containing(whole.location_id)):
        return False  # (a venue of the city: the same place at two grains, not two cities)
    country = holding_place(whole.location_id, [leg.location_id])
    if country is None or is_specific_place(country):
        return False
    # (the person shared is the visitor, who holds an office of another country: not the host, whom two
    # guests' visits on one day share, "received X in Kazan and Y in Moscow")
    name = entity_catalog().get(country).name
    return any(office_countries([person]) - {name} for person in set(leg.participant_ids) & set(whole.participant_ids))


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
