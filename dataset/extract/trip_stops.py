"""The next stop of a trip told in the same clause by its place and day alone, after the first
stop's visit: "X travels to A on Monday and to B on Tuesday" is a visit to A on Monday and one to
B on Tuesday (issue 23, class 7: one visit per stop). The words that join the next stop to the
first ("and to", "then to") are the language's (knowledge/events_<language>.yaml
``next_stop``); a language without them has none. Only a place right after those words and a day
right after the place: "and to the press on Tuesday" names no place, "and to B" with no day of
its own says nothing of when.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from ruchina.extract.date_clauses import clause_dates
from ruchina.extract.event_words import listed_words
from ruchina.extract.tenses import sentence_tense

#: the most characters between the next stop's place and its day (" on ")
_TO_DAY = 5


def next_stops(mentions: list, body_mentions: list, published: dt.date | None, language: str) -> list:
    """``mentions`` with a visit added for each next stop told right after a visit's day."""
    link = listed_words(language, "next_stop")
    if link is None:
        return mentions
    link = re.compile(rf"\s*(?:{link.pattern})\s+(?:the\s+)?", re.IGNORECASE)  # (the words, then the place)
    places = [m for m in body_mentions if m.entity_type == "GPE"]
    result = []
    for mention in mentions:
        result.append(mention)
        stop = _next_stop(link, mention, places, published, language)
        if stop is not None:
            result.append(stop)
    return result


def _next_stop(link: re.Pattern[str], visit, places: list, published, language: str):
    date = visit.date
    if (visit.event_type != "visit" or visit.location_id is None or visit.earlier or date is None
            or date.precision != "day" or date.char_end <= 0 or visit.sentence_start < 0):
        return None
    sentence = visit.sentence
    joined = link.match(sentence, date.char_end)
    if joined is None:
        return None
    place = next((p for p in places if p.start - visit.sentence_start == joined.end()), None)
    if place is None or place.entity_id == visit.location_id:
        return None
    place_end = place.end - visit.sentence_start
    day = next((d for d in clause_dates(sentence, published, sentence_tense(sentence, language), language)
                if d.precision == "day" and 0 <= d.char_start - place_end <= _TO_DAY), None)
    if day is not None and day.kind == "weekday" and day.first <= date.last:
        # (the next stop comes after the first: its bare weekday is the first of its name after
        # the first stop's day, "on Monday and to B on Tuesday", not the one before the page)
        later = dt.timedelta(days=7 * -(-((date.last - day.first).days + 1) // 7))
        day = replace(day, first=day.first + later, last=day.last + later)
    if day is None or day.first <= date.last:
        return None
    return replace(visit, location_id=place.entity_id, date=day, scope=(joined.start(), day.char_end))
