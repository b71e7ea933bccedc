"""The day of an event told inside a person's relative clause, between commas ("Putin, que el
jueves había presidido en la misma ciudad la cumbre de los BRICS, recibió el miércoles a Xi"): a
day that clause tells, before its closing comma, is that event's; the main clause's day after the
comma ("el miércoles") is the main clause's own event's, however near the event word it stands.

Without it the nearest day won wherever it stood, and a place or an object between the clause's
day and its event word ("en la misma ciudad") put the main clause's day nearer: the summit took
the talks' day and joined them. And the main clause after the closing comma is the next event
word's own from that comma ("recibió el miércoles a Xi para unas conversaciones": the talks'
Wednesday, which stands before their word). A clause that tells no day of its own keeps the sentence's ("X,
who met A, B and C on Monday, flew home": the comma after A closes no clause of a day).
"""

from __future__ import annotations

from ruchina.extract import event_clauses


def relative_clause_dates(words, sentence: str, dates: list, clause_start: int, t_end: int, mentions,
                          references) -> list:
    """``dates``, only those inside the person's relative clause that holds the event word (from
    ``clause_start`` to the first comma after the word ending at ``t_end``) when it tells any."""
    if not event_clauses.antecedent(words, sentence, clause_start, mentions, references):
        return dates
    closing = sentence.find(",", t_end)
    end = closing if closing != -1 else len(sentence)
    inside = [d for d in dates if clause_start <= d.char_start < end]
    return inside or dates


def after_relative_clause(words, sentence: str, triggers: list, index: int, scope_start: int, mentions,
                          references) -> int:
    """Where the scope of the event word ``triggers[index]`` begins: right after the closing comma of
    the person's relative clause that holds the event word before it, when that comma stands
    between the two words; else ``scope_start``."""
    if index == 0:
        return scope_start
    (_, before_start, before_end), t_start = triggers[index - 1], triggers[index][1]
    closing = sentence.find(",", before_end, t_start)
    if closing == -1:
        return scope_start
    relative_start, _ = event_clauses.clause_start(words, sentence, before_start)
    if not event_clauses.antecedent(words, sentence, relative_start, mentions, references):
        return scope_start
    return min(scope_start, closing + 1)
