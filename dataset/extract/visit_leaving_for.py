"""The last day of a visit told by its visitor leaving for another country on a later day: "will stay
in the capital until he leaves for Mongolia on Friday", "В пятницу президент вылетает в Улан-Батор".
The leaving is no event, and the next leg may be told as a visit of its own; left alone, the visit
dated by its arrival kept that one day, though the page states the day it ends.

Read with the language's `departures_for` words (knowledge/events_<language>.yaml) right before the
place left for. That place must lie in another country than the visit's: going on to another city
of the same country goes on with the visit (visit_onward_cities.py). The sentence names one of the
visit's people, or no one at all ("the president flies out to ..." by his office): a sentence naming
only others tells their trip. The day, the sentence's one day in its own tense and in the clause of
the leaving, lies after the visit's first day and within a fortnight of it; the visit_departures.py
rules, for a visitor leaving the visit's own place, come first.
"""

from __future__ import annotations

import datetime as dt
import re

from ruchina.extract.dates import resolve_dates
from ruchina.extract.event_words import listed_words
from ruchina.extract.tenses import sentence_tense
from ruchina.knowledge.base import entity_catalog

#: where a sentence ends: its stop and the space after it, or a line break
_SENTENCE_END = re.compile(r"[.!?。！？][\"”’']?\s*|\n")
#: at most this many characters between the words of leaving and the place ("for the" is in the words)
_GAP = 2
#: what parts two clauses
_CLAUSE_BREAK = re.compile(r"[,;:()—–]")
#: a visit longer than this is a stay, not one trip whose end a departure tells
_LONGEST = dt.timedelta(days=14)


def day_leaving_for_abroad(language: str, visit, body: str, body_mentions: list, published) -> dt.date | None:
    """The later day the visit's visitor leaves for another country, as a sentence of the body tells it."""
    leaving = listed_words(language, "departures_for")
    if leaving is None or visit.location_id is None or published is None:
        return None
    catalog = entity_catalog()
    home = _countries(catalog, visit.location_id)
    places = [m for m in body_mentions if m.entity_type in ("GPE", "LOC")]
    people = [m for m in body_mentions if m.entity_type == "PERSON"]
    first = visit.date.first
    for match in leaving.finditer(body):
        bound = next((m for m in places if 0 <= m.start - match.end() <= _GAP), None)
        if bound is None or not home or _countries(catalog, bound.entity_id) & home:
            continue  # (no place, or one in the visit's own country: the trip goes on there)
        start, end = sentence_around(body, match)
        named = {m.entity_id for m in people if start <= m.start < end}
        if named and not named & visit.participants:
            continue  # (someone else's trip)
        sentence = body[start:end]
        cue = (match.start() - start, match.end() - start)
        days = [d.first for d in resolve_dates(sentence, published, sentence_tense(sentence, language), language)
                if d.precision == "day" and d.first == d.last and _same_clause(sentence, cue, d)]
        if len(days) == 1 and first < days[0] <= first + _LONGEST:
            return days[0]
    return None


def sentence_around(body: str, match: re.Match) -> tuple[int, int]:
    """The start and end in the body of the sentence that holds the match (visit_departures.py's
    departures too)."""
    start = max((m.end() for m in _SENTENCE_END.finditer(body, 0, match.start())), default=0)
    end = next((m.start() + 1 for m in _SENTENCE_END.finditer(body, match.end())), len(body))
    return start, end


def _same_clause(sentence: str, cue: tuple[int, int], date) -> bool:
    """Whether the day is told in the leaving's own clause, no comma between them: "leaves for Minsk,
    where he opens the forum on Friday" tells the forum's day, not the leaving's."""
    between = sentence[cue[1]:date.char_start] if date.char_start >= cue[1] else sentence[date.char_end:cue[0]]
    return not _CLAUSE_BREAK.search(between)


def _countries(catalog, place: str) -> set[str]:
    """The country a place is or lies in (the places holding it that nothing holds), itself if nothing does."""
    holding = catalog.places_containing(place)
    return {p for p in holding if not catalog.places_containing(p)} if holding else {place}
