"""A visit an article tells in passing while it reports the day's story ("Putin attended
the ceremony in Beijing. Earlier, the President, who is in China on a visit, held talks"): the
visit is under way on that day. Called by event_mentions.py on the events of one article
(ArticleEvent), once its main event is dated. And a visit told beside its visitor's talks
with one other person is hosted by that person (visit_hosted_by_talks, called by
extraction.py once the article's events are merged); so is a visit of one visitor whose talks
with one other person the article tells in another sentence, in the visit's days and place
(visit_hosted_by_its_talks).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from ruchina.extract.event_report import EVENTS_OF_MANY
from ruchina.extract.one_day_visits import told_as_one_day
from ruchina.knowledge.base import entity_catalog, is_official


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
            event.add_people(sorted(told_with_visitor(event.participants, host)))
            event.assumed_date = main.date
            event.__dict__.pop("date", None)


def visit_holding_main(events: list, main, language: str | None = None) -> None:
    """ "Vladimir Putin held talks in Beijing with Xi Jinping. ... documents were adopted within
    the framework of the visit": a visit the article refers back to ("the visit", "your visit",
    "this visit is special") or dates to the talks' day ("your visit today"), in an article
    whose main event is talks held on a day, is the visit those talks are part of: their people
    (the visitor and the host), their place, their day (when it began, the text does not say).
    It may name some of the talks' people, a place that holds theirs ("You are visiting India"
    under talks in New Delhi) and their day, nothing else: a visit elsewhere, of someone else
    or on another day is another visit. (Talks that neither the text nor the page's place line
    places: the visit must name no place either, for its place may be the visitor's home.)"""
    if (main.family != "gathering" or main.earlier or main.date is None
            or main.mentions[0].event_type in EVENTS_OF_MANY
            or len(main.participants) < 2 or not any(m.status == "occurred" for m in main.mentions)):
        return  # (a summit's guests do not host the visitor: talks only)
    # ("received China's top diplomat ... The visit came after ...": a minister's trip, whose
    # talks with the leader are no leaders' visit; the visit word is the minister's errand. Unless the
    # visit is told as lasting one day, "Cette visite d'une seule journée": the day of the talks is all
    # of it, and the errand is that visit: one_day_visits.py)
    errand = sum(not is_official(person) for person in main.participants) < 2
    places = {main.location_id, *entity_catalog().places_containing(main.location_id)} if main.location_id else set()
    # (an undated arrival stands for the visit only where no other report does)
    told = any(e is not main and e.family == "visit" and ((e.date is not None and _on_day_of(e.date, main.date))
                                                          or any(m.refers_back for m in e.mentions)) for e in events)
    for event in events:
        if (event is main or event.family != "visit"
                or not (any(m.refers_back for m in event.mentions) or event.date is not None
                        or (not told and _arrived_there(event, places)))
                or any(m.earlier for m in event.mentions) or not event.participants <= main.participants
                or event.location_id not in (None, *places) or not _on_day_of(event.date, main.date)
                or (errand and not told_as_one_day(language, event.mentions))):
            continue
        own = event.mentions[0]
        event.held_with(main, tuple(sorted(event.participants | told_with_visitor(event.participants, main))))
        if own.date is not None and not own.date_is_inherited and own.date.char_end > 0:
            # (dated by its own words to the talks' day, "der zweitägige Besuch endet heute": they
            # stay its date, for they tell it ended that day and its duration counts back, event_spans.py)
            # (and a place only its own words give: the visit of two days may have begun in another
            # city than the talks', visit_frame_places.place_visits_by_their_talks)
            event.add(replace(event.mentions[0], date=own.date, date_sentence=None, date_sentence_start=None,
                              location_id=own.location_id), 0)


def told_with_visitor(visitors: set, talks) -> set:
    """Whom the visitor's talks give the visit: the people of the talks' reports that name one
    of the visitors ("talks between Putin and X": the visitor and his host), not those another
    report adds as attending ("the Russian side was represented by ..."): a visit lists the
    visitor and the host, the talks' other people take part in the talks only. When no report
    names the visitor beside anyone (a meeting he chairs, its members listed apart), the reports
    do not tell the host apart from the rest, so the talks' people all stay."""
    named = {p for m in talks.mentions if visitors & set(m.participant_ids) for p in m.participant_ids}
    return named if named - visitors else set(talks.participants)


def _arrived_there(visit, places: set) -> bool:
    """ "Putin arrived in China for a state visit" with no day, in the story of his talks in
    Beijing that day: a visit told as done, to the talks' place or one holding it, is the
    visit under way (a visit told with no place may be the visitor's trip home; one naming no
    visitor, "our envoys arrived in Moscow a century ago", may be anyone's)."""
    return bool(visit.participants) and visit.location_id is not None and visit.location_id in places and all(
        m.status == "occurred" for m in visit.mentions)


def _on_day_of(date, day) -> bool:
    """No date of its own, or the main event's day itself ("your visit today")."""
    return date is None or (date.precision == "day" and date.first == day.first and date.last == day.last)


#: the most characters between a sentence and the next (a paragraph's break and a space)
_NEXT_SENTENCE = 4


def talks_in_visit_told_before(events: list) -> None:
    """ "Next week, I will visit India. During talks with Prime Minister Modi, we will ...": talks
    that refer back ("during talks", "the talks") with no day or place of their own, told right
    after the report of a visit of the same tense, are held in that visit: they take its day
    and place, and whom they are with takes part in the visit (the host). Told after some other
    report, or with a day or place of their own, they are other talks."""
    ends = {m.sentence_end: event for event in events for m in event.mentions if m.sentence_end >= 0}
    for talks in events:
        first = talks.mentions[0]
        if (talks.family != "gathering" or talks.main or talks.date is not None or talks.location_id
                or talks.earlier or not all(m.refers_back for m in talks.mentions) or first.sentence_start < 0):
            continue
        # (the sentence right before: only a space or a paragraph's break between them)
        visit = next((ends[end] for end in range(first.sentence_start, first.sentence_start - _NEXT_SENTENCE, -1)
                      if end in ends), None)
        if (visit is None or visit.family != "visit" or visit.date is None or visit.earlier
                or {m.status for m in visit.mentions} != {m.status for m in talks.mentions}):
            continue
        top = visit.mentions[0]
        visit.add_people(sorted(talks.participants))
        talks.add(replace(first, date=visit.date, location_id=visit.location_id, date_sentence=top.sentence,
                          date_sentence_start=top.sentence_start), 0)


def visit_hosted_by_talks(events: list) -> None:
    """ "Putin will hold talks with X, who will visit Russia on a state visit": a visit told in
    a sentence that reports talks of its visitor with one other person is hosted by that
    person, who takes part in it (as the talks of a visit are the visitor's with the host).
    Not a summit's or a forum's many: only talks of the visitor and one more. Not an official
    either: a visiting minister's talks with his counterpart ("Li would hold talks with defence
    minister Y and visit military academies") are the visit's, not its host's (a visit's host is a
    head of state or government, as in visit_hosted_by_its_talks)."""
    for visit in events:
        if visit.family != "visit" or not visit.participants:
            continue
        sentences = {(m.part, m.sentence_start) for m in visit.mentions}
        for talks in events:
            if (talks is visit or talks.mentions[0].event_type != "meeting"
                    or not visit.participants < talks.participants
                    or len(talks.participants - visit.participants) != 1
                    or any(is_official(person) for person in talks.participants - visit.participants)
                    or not any((m.part, m.sentence_start) in sentences for m in talks.mentions)):
                continue
            visit.add_people(sorted(talks.participants - visit.participants))
            break


#: Events of many guests: a visit to one is hosted by none of the guests the visitor meets.


def visit_hosted_by_its_talks(events: list) -> None:
    """ "The President landed in Hanoi for a state visit. ... He is due to meet To Lam in the
    afternoon": a visit that names only its visitor, in an article telling talks of the visitor
    with one other person, held in the visit's days (or undated; for a visit told by one day, its
    arrival, the two days after it too) at its place or one inside it (or unplaced), is hosted by
    that person (a visit's people are the visitor and the host).
    Talks with two different people (the host and his premier, or two leaders at a summit) do
    not say which one hosts; talks told as past ("their last meeting") are another visit's. A
    visit told as the trip to a summit or a forum, or to an event the sentence names ("arrived
    for the two-day forum"), is hosted by no one the visitor meets there: they are other guests."""
    of_many = {(m.part, m.sentence_start) for e in events if e.types() & EVENTS_OF_MANY for m in e.mentions}
    for visit in events:
        if (visit.family != "visit" or visit.earlier or len(visit.participants) != 1
                or any((m.part, m.sentence_start) in of_many or m.event_names for m in visit.mentions)):
            continue
        hosts = {person for talks in events
                 if talks is not visit and _talks_in_visit(talks, visit) and not _next_stops(events, visit, talks)
                 for person in talks.participants - visit.participants}
        # (the host is a head of state or government: a visiting minister's talks with his
        # counterpart, "Wang will hold talks with Lavrov tomorrow", are the visit's, not its host)
        hosts = {person for person in hosts if not is_official(person)}
        if len(hosts) == 1:
            visit.add_people(sorted(hosts))


def _next_stops(events: list, visit, talks) -> bool:
    """Whether the talks are held in a later stop of the visitor's trip: another visit of his the
    article places elsewhere, begun after this one, on the talks' day ("landed in B on Tuesday and
    held talks with Y; on Monday he had arrived for a state visit to A": Y hosts B, not A). A
    later report of this one visit at its own place is no other stop."""
    if talks.date is None or visit.date is None:
        return False
    return any(other is not visit and other.family == "visit" and not other.earlier and other.date is not None
               and visit.participants <= other.participants and other.location_id is not None
               and other.location_id != visit.location_id and other.date.first > visit.date.first
               and other.date.first <= talks.date.first <= other.date.last
               for other in events)


def _talks_in_visit(talks, visit) -> bool:
    """Talks of the visit's visitor with one other person, not told as past, that the visit's
    days and place could hold."""
    if (talks.mentions[0].event_type != "meeting" or talks.earlier or len(talks.participants) != 2
            or not visit.participants < talks.participants):
        return False
    if talks.date is not None and visit.date is not None and (
            talks.date.first < visit.date.first or talks.date.last > last_day_of(visit.date)):
        return False
    if talks.location_id is None or visit.location_id is None:
        return True
    # (a visit told as the country's beside the city it began in holds talks in another city of
    # that country: "arrived in Johannesburg, beginning a state visit to South Africa", talks in Pretoria)
    places = {visit.location_id} | {m.location_id for m in visit.mentions if m.location_id}
    return bool(places & {talks.location_id, *entity_catalog().places_containing(talks.location_id)})


#: How many days after the one day a visit is dated by (its arrival: "arrived in Moscow on
#: Monday for a state visit") its visitor's talks there are still held in it: visits last a
#: few days, and the report of the arrival is the only day the article gives the visit.
ARRIVAL_REACH = dt.timedelta(days=2)


def last_day_of(date) -> dt.date:
    """A visit told by one day is told by its arrival ("arrived in Pretoria on Monday for a state
    visit", "прибыл в Москву накануне"): its length, when the text gives it, is read later
    (extraction.py), or not at all, so the talks it holds on the next days ("on Tuesday he was
    received by the president") are still in it; further on, they are another trip's."""
    if date.precision == "day" and date.first == date.last:
        return date.first + ARRIVAL_REACH
    return date.last
