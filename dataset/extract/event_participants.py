"""Who else takes part in an event, beyond the subject and the object of its event word
(event_roles.py): the people an attendance list names. (A transcript's speakers:
transcripts.py.)

* A list after an attendance cue (knowledge/events_<language>.yaml ``attending``: "Also taking
  part were ...", "В заседании приняли участие ...") in the sentence of an event word: the
  people named after the cue join the report of the last event word before it. (A list in a
  sentence with no event word of its own joins the report before it: event_sentences.py.)
  Only the people the list names, never every name of the article.
"""

from __future__ import annotations

from ruchina.extract.event_words import EventWords
from ruchina.extract.linking import Mention


def listed(words: EventWords, sentence: str, mentions: list[Mention], references: list[tuple[int, str]],
           start: int) -> tuple[str, ...]:
    """The people named (or referred to by office) after ``start``, the end of an attendance
    cue, less those who only speak ("X said")."""
    named = [(m.start, m.entity_id) for m in mentions if m.entity_type == "PERSON" and m.start >= start
             and not words.speaks.match(sentence[m.end:])]
    named += [(position, pid) for position, pid in references if position >= start]
    return tuple(dict.fromkeys(pid for _, pid in sorted(named)))
