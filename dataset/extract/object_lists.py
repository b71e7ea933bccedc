"""A list of an event word's objects runs on past the reach of the word: "The declaration was
adopted by A, B, C, D and E", "a été adoptée par le président sud-africain A, le président chinois
B, ... et le Premier ministre indien E". Each name after the event word is its object only within a
few words of it (event_roles.OBJECT_REACH), so the end of a long list of leaders, each with a title,
was lost: the declaration of five had three signers. A person joined to the last object chosen by
only the words that join a list (a comma, or "and" after two: "A, B and C") and titles or offices is
one more of the list. Not one after any other word ("signed by A and B, while C watched"): the list
has ended; nor "met A and B", two past the reach, which may be two talks of one with each (but a
host's verb receiving a pair, "a reçu jeudi matin, au palais X, A et B", receives both at once).

A head that takes two ("between A and B", "entre M. A et B") makes its "and" run on after one: the
first may stand near the end of the reach ("la rencontre décisive avait eu lieu mardi matin entre A
et B"), the second past it, and without the pair the talks had one side. Not "met A and B": "with"
takes one or many, and the rule above keeps them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ruchina.extract.event_words import EventWords
from ruchina.extract.hosted_guests import joins_the_list
from ruchina.knowledge.base import read_knowledge_file


def continues_the_objects(words: EventWords, sentence: str, last_object_end: int | None, start: int,
                          objects: int, host_verb: bool = False) -> bool:
    """Whether the person named at ``start`` continues the list of objects whose last chosen one
    ends at ``last_object_end`` (None: no object chosen yet; ``objects``: how many were chosen). A
    list runs on by a comma ("par A, le président chinois B"), or by "and" once it holds two: "met A
    and B" past the reach may be two talks, each of its own (meetings_with_each.py), not one of three."""
    if last_object_end is None or start <= last_object_end:
        return False
    between = sentence[last_object_end:start]
    # (a host's verb, ``host_verb``, receives the two of a pair together: "a reçu jeudi matin, au palais X,
    # A et B" is one reception of both, host_meetings.py)
    return joins_the_list(words, between) and (
        "," in between or objects >= LISTED or (objects == 1 and (host_verb or _after_a_pair_head(
            words.language, sentence, last_object_end))))


@lru_cache(maxsize=None)
def _pair_head(language: str) -> re.Pattern[str] | None:
    """A pair head (knowledge/events_<language>.yaml grammar ``pair_heads``) then at most a few words,
    the first object's title and name, up to the end of the text."""
    heads = (read_knowledge_file(f"events_{language}").get("grammar") or {}).get("pair_heads") or []
    return re.compile(r"\b(?:" + "|".join(heads) + r")\s+(?:[\w.'’-]+\s+){0,3}[\w.'’-]+$",
                      re.IGNORECASE) if heads else None


def _after_a_pair_head(language: str, sentence: str, object_end: int) -> bool:
    """Whether the object ending at ``object_end`` is the first after a head that takes two."""
    head = _pair_head(language)
    return bool(head and head.search(sentence, max(0, object_end - 60), object_end))


#: so many objects chosen make a list that "and" runs on ("A, B and C")
LISTED = 2


def reach_start(mentions, trigger_start: int, trigger_end: int) -> int:
    """Where the reach of an event word's objects starts: the end of the event's own name that holds
    the word, where one does ("le 24e sommet entre l'Union européenne et la Chine avec X": X is its
    object, the name's words no gap), else the word's end."""
    return max([m.end for m in mentions if m.entity_type == "EVENT" and m.start <= trigger_start < m.end]
               + [trigger_end])
