"""The subject of a sentence is the one a pronoun opening its relative clause refers to: "Lula
flew in from Lisbon, where he held his first talks with the king" (Lula held them). The
sentence opens with that person (after a title at most), named as the subject, not in the
possessive ("Lula's trips took in Spain, where he met the king": whose trip is no sure
antecedent), unless of a trip told from its start ("Lula's tour began in Madrid, where he met the
king": the trip the story follows, knowledge: trip_beginnings); the relative clause opens after a
comma with a relative word, a phrase of time at most ("where on Thursday he") and the pronoun.
"""

from __future__ import annotations

import re

from ruchina.extract.dates import unresolved_phrases
from ruchina.extract.event_words import EventWords

#: what may stand before the subject at the start of a sentence: its title ("Russian President"),
#: after a short aside that names no one ("As you know, President Putin is in X, where he ...")
_TITLE_BEFORE = re.compile(r"(?:[A-Z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,3},\s+)?(?:[A-Z][\w.’'-]*\s+){0,4}")
_POSSESSIVE = re.compile(r"\s*['’]s?\b")
#: what may stay of a phrase of time once its date is blanked out: its preposition ("on", "am")
_TIME_LEFT = re.compile(r"\s*(?:[a-zа-яäöüéè]+\s+)?[\s,]*")


def relative_clause_subject(words: EventWords, sentence: str, clause_start: int, trigger_start: int,
                            named: list[tuple[int, int, str]]) -> str | None:
    """The sentence's subject, when the event word's clause is a relative clause opened by a
    pronoun ("…, where he had talks"); else None."""
    if clause_start <= 0 or not named:
        return None
    relative = words.relative_word.search(sentence, max(0, clause_start - 12), clause_start)
    if relative is None or sentence[relative.end():clause_start].strip() or not sentence[:relative.start()].rstrip().endswith(","):
        return None
    pronoun = words.pronoun.search(sentence, clause_start, trigger_start)
    # (a short phrase of time may come first: "where on Thursday he sat down with Y")
    if pronoun is None or not _time_only(words, sentence[clause_start:pronoun.start()]):
        return None
    start, end, pid = min(named)
    if end > relative.start() or not _TITLE_BEFORE.fullmatch(sentence[:start]) or (
            _POSSESSIVE.match(sentence, end) and not words.trip_beginning.match(sentence, end)):
        return None
    return pid


def _time_only(words: EventWords, gap: str) -> bool:
    """Whether the words between a relative clause's start and its pronoun are none, or a date
    with its preposition at most ("on Thursday", "the next day,")."""
    if not gap.strip():
        return True
    phrases = unresolved_phrases(gap, words.language)
    for start, end, _ in phrases:
        gap = gap[:start] + " " * (end - start) + gap[end:]
    return bool(phrases) and bool(_TIME_LEFT.fullmatch(gap))
