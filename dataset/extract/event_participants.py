"""Who else takes part in an event, beyond the subject and the object of its event word
(event_roles.py): the people an attendance list names. (A transcript's speakers:
transcripts.py.)

* A list after an attendance cue (knowledge/events_<language>.yaml ``attending``: "Also taking
  part were ...", "В заседании приняли участие ...") in the sentence of an event word: the
  people named after the cue join the report of the last event word before it. (A list in a
  sentence with no event word of its own joins the report before it: sentence_reports.py.)
  Only the people the list names, never every name of the article.
* In such a list, a discovered name with a country in brackets after it ("Olga Brin (Republic
  of Kama), Ivan Sokol (Lugovo)": each envoy with the state they represent) is a person's, and
  so is one joined by "and" or a comma to a person's ("Marco Rubio and Steve Witkoff").
"""

from __future__ import annotations

import re

from ruchina.extract.event_words import EventWords
from ruchina.extract.linking import Mention
from ruchina.knowledge.name_rules import name_rules

#: a bracket after a name, holding what the name stands for ("(Republic of Kama)")
_BRACKET = re.compile(r"\s*\(([^()]{1,80})\)")


def name_shaped(mention: Mention) -> bool:
    """A discovered name of two to four capitalised words, of no known type; the particles
    of a name may join them ("Mansur bin Rashid Kama")."""
    particles = name_rules().name_particles
    parts = [p for p in mention.surface.split() if p not in particles]
    return mention.entity_type == "MISC" and not mention.linked and 2 <= len(parts) <= 4 and all(
        p[:1].isupper() for p in parts)


def listed_person(mention: Mention, sentence: str, mentions: list[Mention], words: EventWords | None = None) -> bool:
    """A person's name in a list: a person's, or a name-shaped one with a country in brackets
    after it, or (given the language's ``words``) one joined to a person's by "and" or a comma
    ("Marco Rubio and Steve Witkoff": a pair of envoys, not a pair of a person and a thing).
    ``sentence`` holds the mentions' offsets."""
    if mention.entity_type == "PERSON":
        return True
    if words is not None and name_shaped(mention) and any(
            m.entity_type == "PERSON" and words.subject_gap.match(
                (sentence[m.end:mention.start] if m.end <= mention.start else sentence[mention.end:m.start]) + " ")
            and (m.end <= mention.start or mention.end <= m.start) for m in mentions):
        return True
    bracket = _BRACKET.match(sentence, mention.end) if name_shaped(mention) else None
    return bracket is not None and any(m.entity_type == "GPE" and bracket.start(1) <= m.start < bracket.end(1)
                                       for m in mentions)


def listed(words: EventWords, sentence: str, mentions: list[Mention], references: list[tuple[int, str]],
           start: int) -> tuple[str, ...]:
    """The people named (or referred to by office) after ``start``, the end of an attendance
    cue, less those who only speak ("X said")."""
    named = [(m.start, m.entity_id) for m in mentions if m.start >= start and listed_person(m, sentence, mentions, words)
             and not words.speaks.match(sentence[m.end:])]
    named += [(position, pid) for position, pid in references if position >= start]
    return tuple(dict.fromkeys(pid for _, pid in sorted(named)))
