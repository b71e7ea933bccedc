"""A visit an article tells in passing while it reports the day's story ("Putin attended
the ceremony in Beijing. Earlier, the President, who is in China on a visit, held talks"): the
visit is under way on that day. Called by event_mentions.py on the events of one article
(ArticleEvent), once its main event is dated. And a visit told beside its visitor's talks
with one other person is hosted by that person (visit_hosted_by_talks, called by
extraction.py once the article's events are merged).
"""

from __future__ import annotations

from dataclasses import replace

from ruchina.knowledge.base import entity_catalog


def visit_under_way(events: list, main) -> None:
    """ "Putin attended the ceremony in Beijing. Earlier, the President, who is in China on a
    visit, held talks with Xi": a visit with no date of its own, told in a sentence that
    reports the day's story (the main event, or a report given its day), of that story's
    people, at the main event's place or one holding it (China holds Beijing), is under way
    that day: the day is the visit's too (when it began, the text does not say)."""
    if main.location_id is None:
        return
    places = {main.location_id, *entity_catalog().places_containing(main.location_id)}
    day_events = [e for e in events if e is main or (e.assumed_date is main.date and e.date is main.date)]
    sentences = {(m.part, m.sentence_start): e for e in day_events for m in e.mentions}
    for event in events:
        if (event.family != "visit" or event in day_events or event.date is not None or event.earlier
                or not any(m.status == "occurred" for m in event.mentions) or not event.participants
                or event.location_id not in places):
            continue
        told = [sentences[(m.part, m.sentence_start)] for m in event.mentions if (m.part, m.sentence_start) in sentences]
        host = next((other for other in told if event.participants <= other.participants), None)
        if host is not None:
            # (the visitor's talks there are with the host, who takes part in the visit)
            first = event.mentions[0]
            event.add(replace(first, participant_ids=tuple(dict.fromkeys(first.participant_ids
                                                                         + tuple(sorted(host.participants))))), 0)
            event.assumed_date = main.date
            event.__dict__.pop("date", None)


def visit_holding_main(events: list, main) -> None:
    """ "Vladimir Putin held talks in Beijing with Xi Jinping. ... documents were adopted within
    the framework of the visit": a visit the article refers back to ("the visit", "the current
    visit"), naming no one, no place and no day of its own, in an article whose main event is
    talks held at a place on a day, is the visit those talks are part of: their people (the
    visitor and the host), their place, their day (when it began, the text does not say)."""
    if (main.family != "gathering" or main.earlier or main.date is None or main.location_id is None
            or len(main.participants) < 2 or not any(m.status == "occurred" for m in main.mentions)):
        return
    for event in events:
        if event is main or event.family != "visit" or not any(m.refers_back for m in event.mentions) or any(
                m.participant_ids or m.location_id or m.date or m.earlier for m in event.mentions):
            continue
        first = event.mentions[0]
        event.add(replace(first, participant_ids=tuple(sorted(main.participants)), location_id=main.location_id,
                          date=main.date, date_sentence=main.mentions[0].sentence,
                          date_sentence_start=main.mentions[0].sentence_start), 0)


def visit_hosted_by_talks(events: list) -> None:
    """ "Putin will hold talks with X, who will visit Russia on a state visit": a visit told in
    a sentence that reports talks of its visitor with one other person is hosted by that
    person, who takes part in it (as the talks of a visit are the visitor's with the host).
    Not a summit's or a forum's many: only talks of the visitor and one more."""
    for visit in events:
        if visit.family != "visit" or not visit.participants:
            continue
        sentences = {(m.part, m.sentence_start) for m in visit.mentions}
        for talks in events:
            if (talks is visit or talks.mentions[0].event_type != "meeting"
                    or not visit.participants < talks.participants
                    or len(talks.participants - visit.participants) != 1
                    or not any((m.part, m.sentence_start) in sentences for m in talks.mentions)):
                continue
            first = visit.mentions[0]
            host = sorted(talks.participants - visit.participants)
            visit.add(replace(first, participant_ids=tuple(dict.fromkeys(first.participant_ids + tuple(host)))), 0)
            break
