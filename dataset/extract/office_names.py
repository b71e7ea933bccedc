"""Whether a person's name follows an office's words ("President of China Xi Jinping", "the Chinese
President, Xi Jinping"): then the office names him anyway and is no reference of its own to its
holder (event_roles.office_references). A name further on, past the clause's verb, is another's
("президент России провел переговоры с Макроном": the one met)."""

from __future__ import annotations


def named_after(sentence: str, position: int, names_at: set[int], *, next_word: bool = False) -> bool:
    """A person's name after ``position`` past spaces and commas: within 60 characters and past at most two
    words in lower case (a title's, not a clause's), or with ``next_word`` the very next word."""
    window = sentence[position:position + 60]
    first = position + len(window) - len(window.lstrip(" ,"))
    if next_word:
        return first in names_at
    return any(first <= start <= position + 60 and sum(w[0].islower() for w in sentence[first:start].split()) <= 2
               for start in names_at)
