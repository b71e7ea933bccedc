"""A summit or forum told as what a trip is for: "Xi's trip to Vladivostok for the Eastern Economic
Forum in September", "Putin will fly to Astana for the SCO summit". The traveller attends it, at
the trip's place where it names none of its own; the trip is the way there, no event of its own
(its day, if it states none, is the gathering's). And a trip named only as what a verb of talking
is about ("the leaders discussed X's trip to Y for the summit in October") tells no tense of its
own: the sentence's past is the talking's, not the gathering's, which is read as to come ("in
October" the next October). Read on one article's event reports (EventMention), before they
are merged, so that such a gathering is not dropped as an undated or year-old past mentioned in
passing. The link word ("for") and the verbs of talking are the language's
(knowledge/events_<language>.yaml: ``trip_purpose``, ``talked_about``).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from ruchina.extract.date_clauses import read_in_tense
from ruchina.extract.event_words import EventWords, event_words, listed_words

#: the gatherings a trip is made for (talks have their own people: "travel to X for talks with Y")
_GATHERINGS = frozenset({"summit", "forum"})
#: the words a gathering's name may hold between the link word and its event word ("for the
#: Group of 20 summit", "for SCO summit", "for the Eastern Economic Forum")
_NAME_WORDS = r"(?:\s+[\w’'.-]+){0,4}\s*$"
#: a possessive's ending right before a word ("Xi's trip")
_POSSESSIVE = re.compile(r"\w['’]s\s+$")


def gatherings_trips_are_for(mentions: list, published: dt.date | None, language: str) -> list:
    """``mentions`` with each summit or forum a trip told right before it in its sentence is for
    ("<trip> to Y for the summit") given the trip's people where it names none and the trip's place
    where it has none; the trip, when it states no day of its own and the gathering no place, leaves them. Where a verb of
    talking comes before the trip's word ("discussed X's trip"), the gathering is to come. Not a
    gathering past other words ("for talks, then the summit"), nor one in another sentence."""
    purpose = listed_words(language, "trip_purpose")
    if purpose is None:
        return mentions
    link = re.compile(rf"(?:{purpose.pattern}){_NAME_WORDS}", re.IGNORECASE)
    talked_about = listed_words(language, "talked_about")
    words = event_words(language)
    taken: set[int] = set()
    result = list(mentions)
    for index, gathering in enumerate(mentions):
        if gathering.event_type not in _GATHERINGS or index == 0:
            continue
        trip = mentions[index - 1]
        if not _trip_right_before(trip, gathering) or not _for_it(link, trip, gathering):
            continue
        told = replace(gathering, participant_ids=gathering.participant_ids or trip.participant_ids,
                       location_id=gathering.location_id or trip.location_id)
        if talked_about is not None and _talked_about(words, talked_about, trip, gathering):
            told = _to_come(told, published, language)
        result[index] = told
        if trip.date is None and gathering.location_id is None:
            # (the trip only tells where the gathering is; "arrived in Russia for the summit on 28
            # December in St Petersburg" tells a visit of its own beside a gathering placed by its own words)
            taken.add(index - 1)
    return [m for i, m in enumerate(result) if i not in taken]


def _trip_right_before(trip, gathering) -> bool:
    """A visit with a traveller and a place, told in the same sentence right before the gathering."""
    return (trip.event_type in ("visit", "state_visit") and bool(trip.participant_ids) and trip.location_id is not None
            and trip.sentence_key == gathering.sentence_key
            and trip.scope[1] <= gathering.scope[0] + 1 and not gathering.setting)


def _for_it(link: re.Pattern[str], trip, gathering) -> bool:
    """The link word ends the trip's part of the sentence, a few name words before the gathering's
    word, with no comma or clause between ("trip to Y for the SCO summit")."""
    between = trip.sentence[trip.scope[0]:gathering.scope[0]]
    found = link.search(between)
    return found is not None and not re.search(r"[,;:]", between[found.start():])


def _talked_about(words: EventWords, talked_about: re.Pattern[str], trip, gathering) -> bool:
    """A verb of talking before the trip's word, which is a noun (after a possessive or a
    determiner: "discussed Xi's trip", "talked about his visit"), not a verb of its own ("discussed
    trade and flew to Y for the summit": that trip is told done)."""
    sentence = trip.sentence
    trip_words = [m for m in words.trigger.finditer(sentence, trip.scope[0], gathering.scope[0]) if m.lastgroup
                  and m.lastgroup.startswith(("visit", "state_visit"))]
    if not trip_words:
        return False
    start = trip_words[-1].start()
    before = sentence[max(0, start - 60):start]
    # (a possessive or a determiner right before the word, or before one word that qualifies it)
    unqualified = re.sub(r"[\w-]+\s+$", "", before)
    noun = any(_POSSESSIVE.search(text) or words.back_reference.search(text) for text in (before, unqualified))
    return noun and talked_about.search(sentence, 0, start) is not None


def _to_come(mention, published: dt.date | None, language: str):
    """The gathering read as to come: planned, its yearless day or month the next one."""
    date = mention.date
    if date is not None and published is not None and date.last < published:
        (date,) = read_in_tense([date], mention.sentence, published, "future", language) or [date]
        if date.last < published:
            return mention  # (its year says so: "the summit in September 2019" was held)
    return replace(mention, status="planned", date=date)
