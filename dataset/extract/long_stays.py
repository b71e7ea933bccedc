"""A visit told to last four days or more and named with the country it goes to ("arrived in Moscow
for a five-day official visit to Russia", "a achevé à Shanghai une visite de quatre jours en
Chine"): placed in that country, not in the city of arrival or departure its sentence names. A stay
that long takes its visitor round the country (a weekend in another city, the legs of a tour the
page may not tell), as a reader of the period's press read it; a shorter one ("a three-day state
visit to Russia" beside "arrived in Moscow") stays in its city (visit_grains.py).

Also the days an event word is said to last by the words right before it ("a five-day visit",
"трёхдневный визит") or, where the language puts them there, right after it ("une visite de quatre
jours"): knowledge/event_spans.yaml's `durations`, `durations_after` and `amounts`, English hyphened
counts read by dates.duration_days (event_spans.py reads them too).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from ruchina.extract.dates import duration_days
from ruchina.extract.event_report import FAMILY
from ruchina.extract.event_words import EventWords
from ruchina.extract.linking import Mention
from ruchina.knowledge.base import entity_catalog, read_knowledge_file

#: the days from which a visit is a stay round its country
_LONG_STAY_DAYS = 4
#: how far after the visit's word its country may be named ("visit to Russia", "visite de
#: quatre jours en Chine", "official visit to Russia")
_COUNTRY_REACH = 40


class LengthWords(NamedTuple):
    """A language's words of an event's length (knowledge/event_spans.yaml): counts right before the
    event word, counts right after it, and the amounts their words name ("five" -> 5)."""
    before: tuple[re.Pattern[str], ...]
    after: tuple[re.Pattern[str], ...]
    amounts: dict[str, int]


@lru_cache(maxsize=None)
def length_words(language: str) -> LengthWords:
    data = read_knowledge_file("event_spans").get(language) or {}
    return LengthWords(tuple(re.compile(p, re.IGNORECASE) for p in data.get("durations") or []),
                       tuple(re.compile(p, re.IGNORECASE) for p in data.get("durations_after") or []),
                       {k.casefold(): int(v) for k, v in (data.get("amounts") or {}).items()})


def stated_length(language: str, sentence: str, start: int, end: int) -> int | None:
    """The days the event word at ``start:end`` is said to last by the words right before it (or
    right after it, where the language puts them there), if they say."""
    durations, durations_after, amounts = length_words(language)
    before = sentence[:start]
    stated = next((m for p in durations if (m := p.search(before[-40:]))), None)
    if language == "en":
        return duration_days(before) or (amounts.get(stated.group("amount").casefold()) if stated else None)
    after = sentence[end:end + 90]
    stated = stated or next((m for p in durations_after if (m := p.search(after))), None)
    return amounts.get(stated.group("amount").casefold()) if stated else None


def long_stay_country(words: EventWords, sentence: str, mentions: list[Mention], place: str | None) -> str | None:
    """The country a visit word of its sentence told to last four days or more names right after it,
    where it holds ``place`` (or the sentence places the visit nowhere); else ``place``."""
    catalog = entity_catalog()
    for found in words.trigger.finditer(sentence):
        if FAMILY.get(found.lastgroup) != "visit":
            continue
        days = stated_length(words.language, sentence, *found.span())
        if not days or days < _LONG_STAY_DAYS:
            continue
        for m in mentions:
            if (m.entity_type == "GPE" and found.end() <= m.start <= found.end() + _COUNTRY_REACH
                    and m.entity_id != place and (place is None or m.entity_id in catalog.places_containing(place))):
                return m.entity_id
    return place
