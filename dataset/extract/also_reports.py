"""A held report told with "also" and no day of its own, right after a dated report of one of its
people: "Hu Jintao met Medvedev in Toyako on Wednesday. He also met Sarkozy." The second meeting is
told as more of the same occasion, on its day and, where the report names no place, at its place;
left undated, a held report is background and leaves the article (event_mentions._background). Only
the report right before it lends its day, and only one day told of one of the same people; a report
with a day of its own ("He also met Z on Wednesday") or with no "also" keeps what it has. The words are
each language's, ``also_words`` in knowledge/events_<language>.yaml ("also", "auch", "également"),
looked for in the report's own part of its sentence. Called by dates_sentence_before.py.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ruchina.extract.event_report import BODY, LEAD, EventMention
from ruchina.extract.event_word_patterns import is_spaced
from ruchina.knowledge.base import read_knowledge_file


@lru_cache(maxsize=None)
def _also_words(language: str) -> re.Pattern[str] | None:
    data = read_knowledge_file(f"events_{language}") or {}
    words = data.get("also_words") or []
    if not words:
        return None
    edge = r"\b" if is_spaced(data) else ""
    return re.compile(edge + "(?:" + "|".join(words) + ")" + edge, re.IGNORECASE)


def dated_as_told_on(mentions: list[EventMention], language: str) -> list[EventMention]:
    """The reports, each undated held one told with "also" right after a report of one day of one of
    its people dated by that day (and placed at its place where it names none)."""
    also = _also_words(language)
    if also is None:
        return mentions
    result = list(mentions)
    for index, mention in enumerate(mentions):
        before = result[index - 1] if index else None
        if (before is None or mention.date is not None or mention.status != "occurred"
                or mention.part not in (BODY, LEAD) or before.part not in (BODY, LEAD)
                or not 0 <= before.sentence_start < mention.sentence_start):
            continue
        day = before.date
        if (day is None or day.precision != "day" or day.first != day.last or before.status != "occurred"
                or not set(before.participant_ids) & set(mention.participant_ids)
                or not also.search(mention.sentence, *mention.scope)):
            continue
        result[index] = replace(mention, date=day, date_sentence=before.sentence,
                                date_sentence_start=before.sentence_start,
                                location_id=mention.location_id or before.location_id)
    return result
