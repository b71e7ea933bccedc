"""A list of an event word's objects runs on past the reach of the word: "The declaration was
adopted by A, B, C, D and E", "a été adoptée par le président sud-africain A, le président chinois
B, ... et le Premier ministre indien E". Each name after the event word is its object only within a
few words of it (event_roles.OBJECT_REACH), so the end of a long list of leaders, each with a title,
was lost: the declaration of five had three signers. A person joined to the last object chosen by
only the words that join a list (a comma, or "and" after two: "A, B and C") and titles or offices is
one more of the list. Not one after any other word ("signed by A and B, while C watched"): the list
has ended; nor "met A and B", two past the reach, which may be two talks of one with each.
"""

from __future__ import annotations

from ruchina.extract.event_words import EventWords
from ruchina.extract.hosted_guests import joins_the_list


def continues_the_objects(words: EventWords, sentence: str, last_object_end: int | None, start: int,
                          objects: int) -> bool:
    """Whether the person named at ``start`` continues the list of objects whose last chosen one
    ends at ``last_object_end`` (None: no object chosen yet; ``objects``: how many were chosen). A
    list runs on by a comma ("par A, le président chinois B"), or by "and" once it holds two: "met A
    and B" past the reach may be two talks, each of its own (meetings_with_each.py), not one of three."""
    if last_object_end is None or start <= last_object_end:
        return False
    between = sentence[last_object_end:start]
    return joins_the_list(words, between) and ("," in between or objects >= LISTED)


#: so many objects chosen make a list that "and" runs on ("A, B and C")
LISTED = 2
