"""A host's verb whose own clause goes on to a ceremony's word tells that ceremony, not a meeting:
"X and Y welcomed Z at the palace with a guard of honour" is the welcome ceremony (an event of the
type `other`, its people the hosts and the guest), "the president hosted him at a state banquet"
the banquet. Read as a meeting too, the verb made the ceremony's hosts parties to the guest's talks
(a head of state who only greets the guest beside the prime minister who holds them).

The ceremony's word must be the next event word after the verb, in the verb's clause: no stop,
comma, colon or word for "and" between them. "welcomed Z to the palace and held talks with him before
the state banquet" keeps its meeting (the talks come first, after an "and"); so does "received Z, and
in the evening gave a banquet in his honour".
"""

from __future__ import annotations

import re
from functools import lru_cache

from ruchina.extract.event_word_patterns import is_spaced, listed_pattern
from ruchina.extract.event_words import EventWords, event_words
from ruchina.knowledge.base import read_knowledge_file

#: the type of a ceremony's event words (knowledge/events_<language>.yaml ``triggers``)
_CEREMONY = "other"
#: how far a ceremony's word may stand after the host's verb
_REACH = 160
_BREAKS = re.compile(r"[,;:.!?()\"“”«»—–]|\s-\s")


def without_ceremony_hostings(words: EventWords, sentence: str, host_triggers: list[tuple[str, int, int]],
                              triggers: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """The host's verbs of ``host_triggers``, each the word of a meeting, or of the ceremony its clause's
    next event word (of ``triggers``, the sentence's words) names: its hosts and its guest that
    ceremony's people."""
    return [(_CEREMONY, t[1], t[2]) if _hosts_a_ceremony(words, sentence, t, triggers) else t for t in host_triggers]


def _hosts_a_ceremony(words: EventWords, sentence: str, verb: tuple[str, int, int],
                      triggers: list[tuple[str, int, int]]) -> bool:
    after = sorted((t for t in triggers if t[1] >= verb[2]), key=lambda t: t[1])
    if not after or after[0][0] != _CEREMONY or after[0][1] - verb[2] > _REACH:
        return False
    gap = sentence[verb[2]:after[0][1]]
    return not _BREAKS.search(gap) and not _and_words(words.language).search(gap)


@lru_cache(maxsize=None)
def _and_words(language: str) -> re.Pattern[str]:
    """The language's words for "and", whole words where it spaces them (none: a pattern that never matches)."""
    return listed_pattern([w for w in event_words(language).and_words if w],
                          is_spaced(read_knowledge_file(f"events_{language}")))
