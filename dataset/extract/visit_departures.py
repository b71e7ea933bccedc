"""The last day of a visit the article dates by its first (its arrival), told apart from it: a report
of the visit that names no one and tells it ended on a later day ("Der Besuch endete am 3. August mit
einem Kommuniqué", after "am 31. Juli 1958 landete X in Peking"), or the visitor leaving the visit's
place on a later day ("2月17日，毛泽东一行离开莫斯科回国", after "1949年12月16日 毛泽东抵达莫斯科"). Left
alone, the visit kept the one day of its arrival; the bare report was dropped as a visit no one makes
(unmade_visits.py), and a departure is no event at all.

A bare report of the end only in an article with one visit that names its visitor and is dated by one
day: with two, which one ended is not known; a departure, of the one visit whose people the sentence names. The later day must lie after the arrival and within STORY_REACH of it (a stay of
weeks); a day written without its year on a page of history is read in the story's year
(story_years.py). A departure is the language's `departures` words (knowledge/events_<language>.yaml)
right before the visit's place, or a place holding it or inside it, in a sentence naming one of the
visit's people; leaving for another city of the trip ("leaves Beijing for Shanghai", the language's
`onward_travel`) ends nothing, leaving for another country on a later day does (visit_leaving_for.py).
"""

from __future__ import annotations

from dataclasses import replace

from ruchina.extract.dates import ResolvedDate, resolve_dates
from ruchina.extract.event_endings import told_as_ended
from ruchina.extract.event_words import listed_words
from ruchina.extract.story_years import STORY_REACH, in_the_storys_year
from ruchina.extract.visit_leaving_for import day_leaving_for_abroad, sentence_around
from ruchina.knowledge.base import entity_catalog

#: at most this many characters between the words of leaving and the place
_GAP = 2


def visits_ended_apart(words, events: list, body: str, body_mentions: list, published) -> None:
    """Give the article's one visit dated by its arrival the later day a report of its end or its
    visitor's departure gives. ``words``: the language's event words."""
    if published is None:
        return
    visits = [e for e in events if e.family == "visit" and e.participants and not e.earlier
              and e.date is not None and e.date.precision == "day" and e.date.first == e.date.last]
    if len(visits) == 1 and (last := _bare_report_ended(words, events, visits[0], published)):
        give_last_day(visits[0], last)
        return
    # (a departure names its visitor: of two visits, the one whose people leave)
    found = [(visit, last) for visit in visits
             if (last := _departure(words.language, visit, body, body_mentions, published)
                 or day_leaving_for_abroad(words.language, visit, body, body_mentions, published))]
    if len(found) == 1:
        give_last_day(*found[0])


def give_last_day(visit, last) -> None:
    """End the visit, dated by its first day, on ``last`` (visit_last_days.py too)."""
    date = visit.date
    for position, mention in enumerate(visit.mentions):
        if mention.date is date:
            visit.add(replace(mention, date=replace(date, last=last)), position)
            break
    else:
        visit.assumed_date = replace(date, last=last)
        visit.__dict__.pop("date", None)


def _later_day(date: ResolvedDate, first, published):
    """The day ``date`` gives after the visit's ``first``, within STORY_REACH (on a page of history,
    in the story's year); None otherwise."""
    day = in_the_storys_year(date, first, published) or date.first
    return day if first < day <= first + STORY_REACH else None


def _bare_report_ended(words, events: list, visit, published):
    """The day a visit report naming no one tells the visit ended on ("Der Besuch endete am 3. August")."""
    for event in events:
        if event is visit or event.family != "visit" or event.participants or event.date is None:
            continue
        for mention in event.mentions:
            date = mention.date
            if (date is None or mention.date_is_inherited or date.char_end == 0 or date.precision != "day"
                    or date.first != date.last):
                continue
            trigger = next((t.span() for t in words.trigger.finditer(mention.sentence)
                            if t.lastgroup == mention.event_type), None)
            if trigger is not None and told_as_ended(words, mention.sentence, trigger, date):
                day = _later_day(date, visit.date.first, published)
                if day is not None:
                    return day
    return None


def _departure(language: str, visit, body: str, body_mentions: list, published):
    """The day the visitor leaves the visit's place, as a sentence of the body tells it."""
    leaving = listed_words(language, "departures")
    if leaving is None or visit.location_id is None:
        return None
    onward = listed_words(language, "onward_travel")
    catalog = entity_catalog()
    around = {visit.location_id, *catalog.places_containing(visit.location_id)}
    places = [m for m in body_mentions if m.entity_type in ("GPE", "LOC", "FAC")]
    people = [m for m in body_mentions if m.entity_type == "PERSON"]
    for match in leaving.finditer(body):
        if onward is not None and onward.match(body, match.start()):
            continue  # ("leaves Beijing for Shanghai": the trip goes on)
        left = next((m for m in places if 0 <= m.start - match.end() <= _GAP), None)
        if left is None or not (left.entity_id in around
                                or visit.location_id in catalog.places_containing(left.entity_id)):
            continue
        start, end = sentence_around(body, match)
        if not any(start <= m.start < end and m.entity_id in visit.participants for m in people):
            continue
        sentence = body[start:end]
        for date in resolve_dates(sentence, published, "past", language):
            if date.precision == "day" and date.first == date.last and (
                    day := _later_day(date, visit.date.first, published)) is not None:
                return day
    return None
