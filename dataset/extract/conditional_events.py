"""An event told only as a possibility hanging on a condition ("a meeting between the two leaders
could follow next year if the sides narrow their gap", "podría celebrarse una cumbre si ..."): no
event, neither held nor planned. The words are each language's (knowledge/events_<language>.yaml:
``conditional``, a modal of possibility and the condition's word after it, anywhere in the event
word's clause); a language that lists none has no such event. A plan with a condition told as a
plan ("will meet on Friday if the weather allows": "will", no possibility) stays an event.
"""

from __future__ import annotations

from ruchina.extract.event_words import EventWords, listed_words


def told_on_a_condition(words: EventWords, sentence: str, clause_start: int, clause_end: int) -> bool:
    """Whether the event word's clause holds a possibility on a condition ("could ... if")."""
    pattern = listed_words(words.language, "conditional")
    return bool(pattern and pattern.search(sentence, clause_start, clause_end))
