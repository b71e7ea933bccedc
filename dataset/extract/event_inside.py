"""Talks, a ceremony or a signing held inside the article's main visit, summit or forum ("During
his visit, he will hold talks"): they take its day and place. Called by event_mentions.py on
the events of one article (ArticleEvent), once its main event is marked.
"""

from __future__ import annotations

from dataclasses import replace

from ruchina.extract.event_report import BODY, LEAD, ONE_DAY_TYPES, TITLE
from ruchina.knowledge.base import entity_catalog

#: Events that hold others, and the kinds held in them.
CONTAINER_TYPES = frozenset({"visit", "state_visit", "summit", "forum"})
INSIDE_TYPES = frozenset({"meeting", "other", "agreement"})


def inside_main_event(events: list) -> None:
    """Talks, a ceremony or a signing with no date or place of its own that a sentence of the
    main visit, summit or forum puts in it ("During his visit, he will hold talks") take its
    date and place; in a visit, the visitor's talks are with the host. (Another sentence's
    meeting may be another one.) A visit to come whose day is not told holds the talks to
    come that refer back to it below its lead ("our meeting will take place ...")."""
    main = next((e for e in events if e.main), None)
    if main is None or main.earlier or not (main.types() & CONTAINER_TYPES):
        return
    if main.date is None and not all(m.status == "planned" for m in main.mentions):
        return  # (a visit to come may be told with no day: "on the eve of my upcoming visit")
    sentences = {(m.part, m.sentence_start) for m in main.mentions}
    for event in events:
        if main.date is None and not all(m.status == "planned" for m in event.mentions):
            continue  # (in a visit to come only what is to come is held)
        if (event is main or event.earlier or event.date is not None or not _in_place_of(event, main)
                or not event.types() <= INSIDE_TYPES
                or not any((m.part, m.sentence_start) in sentences
                           # (the lead's "during the talks with X" under a title of the visit)
                           or (m.part != TITLE and m.refers_back and main.mentions[0].part == TITLE)
                           # ("our meeting will take place ..." below a lead of the visit to come)
                           or (m.part == BODY and m.refers_back and main.date is None and main.mentions[0].part == LEAD)
                           for m in event.mentions)):
            continue
        first = event.mentions[0]
        host = main.family == "visit" and event.participants <= main.participants
        if main.family == "visit" and event.participants and not host:
            # ("will visit India ... during the talks with Modi": the host takes part in the visit)
            top = main.mentions[0]
            main.add(replace(top, participant_ids=top.participant_ids + tuple(sorted(event.participants))), 0)
            host = True
        people = tuple(sorted(main.participants)) if host else first.participant_ids
        # (talks of one day inside a visit of several are held on one of its days, which the
        # text does not say: they take its place and people, not all its days)
        several_days = main.date is not None and (main.date.last > main.date.first or _told_on_other_days(main))
        date = None if main.date is None or (event.types() <= ONE_DAY_TYPES and several_days) else main.date
        event.add(replace(first, date=date, location_id=first.location_id or main.location_id,
                          participant_ids=people, date_sentence=main.mentions[0].sentence,
                          date_sentence_start=main.mentions[0].sentence_start), position=0)


def _told_on_other_days(main) -> bool:
    """Whether the sentence that dates the main event also tells a later day of it: "will travel on
    Sunday for a visit that runs until Wednesday" is a visit of days before its span is stretched to
    them (event_spans.py), and the talks it holds fall on one of them, not on its first. (A later
    day another sentence gives, "leaves for Shanghai tomorrow", may be of another leg.)"""
    date = main.date
    dating = next((m for m in main.mentions if m.date is date), None)
    return dating is not None and any(
        m.sentence_start == dating.sentence_start and m.part == dating.part and m.date is not None
        and m.date.precision == "day" and m.date.first > date.first for m in main.mentions)


def _in_place_of(event, main) -> bool:
    """Told with no place, at the main event's, or at a place inside it: "X, on a state visit to
    China, held talks with Y in Beijing" holds the talks in the visit, at the place they name."""
    place = event.location_id
    return place is None or place == main.location_id or (
        main.location_id is not None and main.location_id in entity_catalog().places_containing(place))
