"""An event told as held "here" ("the forum that opened here today", "la cumbre celebrada aquí")
in an article with a place line (a dateline's city, "KAZAN, Oct 22 -"): "here" is where the
story was written, the line's place.

Only in the event's own clause (its scope), and not inside a quotation: a speaker's "here" is
where the speaker stands, which the line does not tell. An event that names a place of its own
keeps it. The words are each language's `here_words` (knowledge/events_<language>.yaml).
"""

from __future__ import annotations

from dataclasses import replace

from ruchina.extract.event_report import EventMention
from ruchina.extract.event_words import listed_words
from ruchina.extract.remote_gatherings import remote_gathering_types

#: quotation marks that open a quotation (a straight one opens and closes it)
_OPENING, _CLOSING, _STRAIGHT = "“«„", "”»", '"'


def _quoted(sentence: str, at: int) -> bool:
    """Whether ``at`` falls inside a quotation of the sentence."""
    before = sentence[:at]
    opened = sum(before.count(c) for c in _OPENING) - sum(before.count(c) for c in _CLOSING)
    return opened > 0 or before.count(_STRAIGHT) % 2 == 1


def placed_here(mentions: list[EventMention], line_place: str | None, language: str) -> list[EventMention]:
    """The reports that name no place but say "here" in their clause, at the place line's place."""
    pattern = listed_words(language, "here_words")
    if line_place is None or pattern is None:
        return mentions
    remote = remote_gathering_types(mentions, language)  # ("the forum is being held online": no one's "here")
    placed = []
    for mention in mentions:
        if mention.location_id is None and not mention.earlier and mention.event_type not in remote:
            start, end = mention.scope
            here = next((m for m in pattern.finditer(mention.sentence, start, end)
                         if not _quoted(mention.sentence, m.start())), None)
            if here is not None:
                mention = replace(mention, location_id=line_place)
        placed.append(mention)
    return placed
