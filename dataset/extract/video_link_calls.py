"""An act two people do together over a video link, told with no event word of its own ("X and Y
launched the pipeline over a video link on Monday", "witnessed, via video link, the groundbreaking"):
the two spoke to each other across it, a call of the two, at no place.

Only where the sentence names two people and no one else, joined as one subject ("X and Y",
"X, Y"), and holds no other event word: one leader's address to a forum by video link is his
part in the forum, and "X and Y addressed the summit by video link" is the summit's. In the
body, only on a day the sentence names: an act by video told with no day is background. Never a
headline's ("X and Y only by video in Z" heads a summit's story; sentence_reports.py asks for none). The
words are each language's ``video_link_acts`` (knowledge/events_<language>.yaml).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from ruchina.extract.date_clauses import clause_dates
from ruchina.extract.event_words import EventWords, listed_words
from ruchina.extract.hosted_guests import without_titles
from ruchina.extract.linking import Mention
from ruchina.extract.tenses import sentence_tense


def video_link_call_triggers(words: EventWords, sentence: str, mentions: list[Mention], published: dt.date | None,
                             in_body: bool) -> list[tuple[str, int, int]]:
    """("call", start, end) of the video link two people act together over; none where the
    sentence tells no such act. ``mentions``: the sentence's, their offsets in it."""
    pattern = listed_words(words.language, "video_link_acts")
    link = pattern.search(sentence) if pattern is not None else None
    if link is None:
        return []
    people = sorted((m for m in mentions if m.entity_type == "PERSON"), key=lambda m: m.start)
    if len({m.entity_id for m in people}) != 2:
        return []
    first = people[0]
    second = next(m for m in people if m.entity_id != first.entity_id)
    gap = _offices(words.offices).sub(" ", sentence[first.end:second.start])  # ("и председатель КНР": a title)
    if not words.subject_gap.match(without_titles(gap, words.leaders) + " "):
        return []  # ("X met officials; Y joined by video link": no one subject)
    if in_body and not any(d.precision == "day" for d in clause_dates(
            sentence, published, sentence_tense(sentence, words.language), words.language)):
        return []  # ("X and Y have launched several plants by video link": background)
    return [("call", link.start(), link.end())]


@lru_cache(maxsize=None)
def _offices(offices: tuple[str, ...]) -> re.Pattern[str]:
    """A language's offices as whole words, lower-case ones too ("председатель")."""
    offices = sorted(offices, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, offices)) + r")\b" if offices else "(?!)", re.IGNORECASE)
