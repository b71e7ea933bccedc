"""A visit its sentence names no one for, told in the paragraph of one person's arrival before it:
"Mishustin's plane has landed at Hangzhou airport. He was met at the steps by the ambassador and the
governor. The working visit runs until Tuesday." The visit is the one who arrived; left alone it named
no one and was dropped as a visit no one makes (unmade_visits.py), with the days it states.

The arrival is the language's `arrivals` words (knowledge/events_<language>.yaml: "X's plane has
landed", "X arrived"), with one person named before them in their sentence, in the visit's own
paragraph (a live page's entry, a story's paragraph) and before the visit's sentence. Those who met him
("was met at the steps by X and Y") come after the words and make no visit; two people arriving, or an
arrival in another paragraph, give none ("The visit ends on Wednesday, when the guest flies home" alone
stays no one's).
"""

from __future__ import annotations

import re

from ruchina.extract.event_report import BODY
from ruchina.extract.event_words import listed_words

#: where a sentence ends: its stop and the space after it, or a line break
_SENTENCE_END = re.compile(r"[.!?。！？][\"”’']?\s+|\n")


def visitors_of_arrivals(events: list, body: str, body_mentions: list, language: str) -> None:
    """Give each visit that names no one the one person its paragraph tells arriving before it."""
    pattern = listed_words(language, "arrivals")
    if pattern is None:
        return
    people = [m for m in body_mentions if m.entity_type == "PERSON"]
    for event in events:
        if event.family != "visit" or event.participants or event.earlier:
            continue
        for mention in event.mentions:
            if mention.part != BODY:
                continue
            visitor = _arrived_before(pattern, body, mention.sentence_start, people)
            if visitor is not None:
                event.add_people([visitor])
                break


def _arrived_before(pattern: re.Pattern, body: str, sentence_start: int, people: list) -> str | None:
    """The one person the last arrival of the paragraph before ``sentence_start`` names before its words."""
    paragraph = body.rfind("\n\n", 0, sentence_start)
    paragraph = 0 if paragraph < 0 else paragraph + 2
    found = None
    for cue in pattern.finditer(body, paragraph, sentence_start):
        start = max((m.end() for m in _SENTENCE_END.finditer(body, paragraph, cue.start())), default=paragraph)
        named = {m.entity_id for m in people if start <= m.start < cue.start()}
        found = next(iter(named)) if len(named) == 1 else None
    return found
