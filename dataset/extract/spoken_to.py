"""The one a speaker speaks to at the event: "Xi told Putin ... during a call" (the two spoke at it,
so the speaker takes part though he only tells), and "Putin told Xi when they met on Sunday" (the
pronoun for the leaders right before the event word, ``leaders_pronouns``, is the speaker and the one
he told). Read by event_roles.participants; a speaker who speaks to no one taking part, "X told
reporters", "X said", is no party to the event."""

from __future__ import annotations

import re

from ruchina.extract.event_words import EventWords
from ruchina.extract.hosted_guests import without_titles

#: a word: the pronoun is one of the two right before the event word ("when they met", "when they first met")
_WORD = re.compile(r"\w+")


def person_spoken_to(words: EventWords, sentence: str, speaker_end: int, named: list, trigger_start: int) -> int | None:
    """Where the person a speaker speaks to starts, when a speaking verb that takes one
    ("told", "assured") and titles alone ("Russia's") lie between them, before the event word."""
    for start, _, _ in named:
        if speaker_end < start < trigger_start:
            gap = sentence[speaker_end:start]
            return start if words.addresses.fullmatch(without_titles(gap)) and gap.strip()[:1].islower() else None
    return None


def told_when_they_met(words: EventWords, sentence: str, named: list, clause_start: int,
                       trigger_start: int) -> tuple[str, ...]:
    """The speaker and the one he told, before a pronoun for the leaders that is the event word's
    subject, right before it ("Putin told Xi when they met": both); () where there is none."""
    pronoun = next((m.start() for m in list(_WORD.finditer(sentence, clause_start, trigger_start))[-2:][::-1]
                    if words.leaders_pronouns.match(m.group())), None)
    if pronoun is None:
        return ()
    at_person = {start: pid for start, _, pid in named}
    pairs = [(pid, at_person[told]) for start, end, pid in named if start < pronoun
             and (told := person_spoken_to(words, sentence, end, named, pronoun)) is not None]
    return pairs[-1] if pairs else ()
