"""Where those who tell of an event sit is not where it happens: "Before that he will travel to X
for a meeting with Y, officials in New Delhi said" puts the meeting in X (or nowhere), never in
New Delhi, the seat of the officials who told it; "sources in Beijing familiar with the plans say",
"said diplomats in Moscow" the same.

The words are each language's ``speaker_seats`` (knowledge/events_<language>.yaml): ``speakers``, a
speaker's word and its preposition right before the place, and ``verbs``, a telling verb close
after the place (a few words, no comma between) or right before the speaker. Both are needed: "a
meeting of senior officials in Geneva" names no one telling anything, and is held in Geneva.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ruchina.extract.event_word_patterns import is_spaced, listed_pattern
from ruchina.extract.linking import Mention
from ruchina.knowledge.base import read_knowledge_file

#: how far after the place the telling verb may stand ("sources in Beijing familiar with the plans said")
AFTER = 40
#: how far before the speaker's word the telling verb may stand ("said senior diplomats in Moscow")
BEFORE = 24
_BREAK = re.compile(r"[,;:.!?()—–]")


def speaker_seat(language: str, sentence: str, place: Mention) -> bool:
    """Whether the place is only where the speakers of the sentence sit ("officials in X said")."""
    words = _seat_words(language)
    if words is None:
        return False
    speakers, verbs = words
    speaker = next((m for m in speakers.finditer(sentence, max(0, place.start - 64), place.start)
                    if not sentence[m.end():place.start].strip()), None)
    if speaker is None:
        return False
    after = verbs.search(sentence, place.end, place.end + AFTER)
    if after is not None and not _BREAK.search(sentence, place.end, after.start()):
        return True
    before = sentence[max(0, speaker.start() - BEFORE):speaker.start()]
    return any(not _BREAK.search(before, told.end()) for told in verbs.finditer(before))


@lru_cache(maxsize=None)
def _seat_words(language: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    data = read_knowledge_file(f"events_{language}")
    seats = data.get("speaker_seats") or {}
    if not seats.get("speakers") or not seats.get("verbs"):
        return None
    spaced = is_spaced(data)
    return listed_pattern(seats["speakers"], spaced), listed_pattern(seats["verbs"], spaced)
