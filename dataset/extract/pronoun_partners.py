"""A pronoun and a name joined as one subject: "on Tuesday he and Tokayev held talks". The
pronoun stands for the one the sentence before named, who takes part beside the named partner;
without this the event has the partner alone, and a pair's talks or signing, with one person,
is lost in the article's other events. Read only where no one is named in the sentence before
the pronoun: "Xi said he and Putin had met 40 times" has its "he" in the sentence (the speaker,
reported_speakers.py), not the sentence before."""

from __future__ import annotations

from ruchina.extract.event_words import EventWords


def partner_of_pronoun(words: EventWords, sentence: str, clause_start: int, trigger_start: int,
                       named_starts: list[int]) -> bool:
    """Whether a person named in the event word's clause, before the word, follows a subject
    pronoun and its "and" (the language's ``pronoun_partners``), no one named before that pronoun."""
    for start in named_starts:
        if not clause_start <= start < trigger_start:
            continue
        joined = words.pronoun_partner.search(sentence, clause_start, start)
        if joined is not None and not any(other < joined.start() for other in named_starts):
            return True
    return False
