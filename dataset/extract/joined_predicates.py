"""Two acts one subject does in one clause, the second joined by "and" with no day of its own
("X held talks with Y on Tuesday and signed a joint declaration"): English tells the day once,
for both, so the second event word has the first's day. Without it the signing is undated, and
an undated signing in an article that tells a summit's declaration too is taken for that one
and lost. Not past a comma or a clause of its own (", and on Friday he signed ..." has a day or
a subject of its own: coordinated_subjects.py), nor where a verb of its own's tense stands
between ("met on Tuesday and will sign a treaty": the link is right before the event word)."""

from __future__ import annotations

from ruchina.extract.event_words import EventWords


def shares_the_day(words: EventWords, sentence: str, previous_end: int, t_start: int) -> bool:
    """Whether the event word at ``t_start`` follows the words of the event word before it
    (ending at ``previous_end``) in one clause, joined to it by the grammar's ``predicate_links``."""
    return previous_end <= t_start and bool(words.predicate_link.fullmatch(sentence, previous_end, t_start))
