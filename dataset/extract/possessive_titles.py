"""A possessive pronoun that opens a title before a name ("His foreign minister, Igor Ivanov, held
talks with X", "Sein Außenminister Igor Iwanow traf Y"): the name is the one the title belongs to,
the subject; the owner the pronoun points to is no party to the act. Only a possessive of the
language (events_<language>.yaml ``possessive_pronouns``), a title of a few words between it and the
name, set off by a comma or not, and the name before the event word ("His talks with X": his own)."""

from __future__ import annotations

from ruchina.extract.event_words import listed_words

#: the most words of a title between the pronoun and the name
_TITLE_WORDS = 4


def owner_of_a_titled_name(language: str, sentence: str, pronoun, name_starts: list[int], trigger_start: int) -> bool:
    """Whether ``pronoun`` (a match) is a possessive that a name follows past a title of a few words,
    before the event word at ``trigger_start``."""
    possessive = listed_words(language, "possessive_pronouns")
    if possessive is None or not possessive.fullmatch(pronoun.group().strip()):
        return False
    following = [start for start in name_starts if pronoun.end() < start < trigger_start]
    if not following:
        return False
    words = sentence[pronoun.end():min(following)].replace(",", " ").split()
    return 0 < len(words) <= _TITLE_WORDS
