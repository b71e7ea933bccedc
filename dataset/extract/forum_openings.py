"""The opening ceremony of a forum told in the forum's own sentence ("the business forum, at whose
opening ceremony X gave a speech", "出席论坛开幕式"): the forum's start, no event of its own. Its
report becomes one of the forum, with its people and day, and merges with the forum's. An opening
ceremony whose sentence names no forum (the Olympic Games') stays a ceremony. The words are each
language's `forum_openings` (knowledge/events_<language>.yaml).
"""

from __future__ import annotations

from dataclasses import replace

from ruchina.extract.event_report import EventMention
from ruchina.extract.event_words import listed_words


def openings_as_forums(mentions: list[EventMention], language: str) -> list[EventMention]:
    """The mentions, a forum's opening ceremony told in a sentence (or title) with the forum's word
    retold as a report of the forum."""
    pattern = listed_words(language, "forum_openings")
    if pattern is None:
        return mentions
    forum_sentences = {(m.part, m.sentence_start) for m in mentions if m.event_type == "forum"}
    return [replace(m, event_type="forum") if m.event_type == "other" and (m.part, m.sentence_start) in forum_sentences
            and pattern.search(m.sentence, *m.clause) else m for m in mentions]
