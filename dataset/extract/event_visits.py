"""A visit an article tells in passing while it reports the day's story ("Putin attended
the ceremony in Beijing. Earlier, the President, who is in China on a visit, held talks"): the
visit is under way on that day. Called by event_mentions.py on the events of one article
(ArticleEvent), once its main event is dated.
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
