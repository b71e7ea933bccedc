"""The phrase that names an event a sentence's act comes ahead of ("Ahead of Tokayev's visit to
China, Wang met ...", "在托卡耶夫访华前夕，王毅……", "накануне визита Путина в Китай"): its event
word's people, place and day are its own, and its people take no part in the act.

Where the language puts the link word first, the phrase runs from it to the next comma (past
the event's own relative clause, ", which both will attend"), or to the end of the sentence (a
phrase after the act, "met ... ahead of Putin's visit to China next month"); where modifiers come
first (Chinese), the link's own words ("在……前夕") open and close it."""

from __future__ import annotations

import re

from ruchina.extract.dates import ResolvedDate
from ruchina.extract.event_words import EventWords
from ruchina.extract.linking import Mention

_PHRASE_END = re.compile(r"[,;，；]|\s[—–]\s")


def linked_spans(words: EventWords, sentence: str) -> list[tuple[int, int]]:
    """Where each phrase of an event the act comes ahead of starts and ends."""
    spans = []
    for link in words.time_link_ahead.finditer(sentence):
        if words.modifiers_first:
            spans.append(link.span())
        else:
            end = _PHRASE_END.search(sentence, link.end())
            while end and (words.event_relative.match(sentence, end.start())
                           or words.gathering_relative.match(sentence, end.start())):
                # (", which both will attend on Tuesday": the event's own clause)
                end = _PHRASE_END.search(sentence, end.end())
            spans.append((link.start(), end.end() if end else len(sentence)))  # (with its comma)
    return spans


def linked_clause(spans: list[tuple[int, int]], t_start: int, clause: tuple[int, int], mentions: list[Mention],
                  references: list[tuple[int, str]], triggers: list[tuple[str, int, int]]) -> tuple[int, int]:
    """The clause of the event word at ``t_start``: the phrase itself, for its own event word
    (from the phrase's start where it names someone: with no owner named, the act's people attend
    it, "X and Y met ahead of the summit"); after it, for the act's word, where the phrase opens
    the clause (no person and no event word between the clause's start and it: "Putin, ahead of
    his visit to China, met Wang" keeps Putin in the act's clause)."""
    people = [m for m in mentions if m.entity_type == "PERSON"]
    start, end = clause
    for span_start, span_end in spans:
        if span_start <= t_start < span_end:
            owned = any(span_start <= p < span_end for p in [m.start for m in people] + [r[0] for r in references])
            return (max(start, span_start) if owned else start), min(end, span_end)
        openers = [m.end for m in people] + [t[2] for t in triggers]
        if start <= span_start and span_end <= t_start and not any(start <= e <= span_start for e in openers):
            start = span_end
    return start, end


def linked_dates(spans: list[tuple[int, int]], t_start: int, dates: list[ResolvedDate]) -> list[ResolvedDate]:
    """The dates of the event word at ``t_start``: a linked phrase's for its own word, and none
    of any phrase's for the act's ("held talks on Monday ahead of the summit on Wednesday")."""
    own = next(((s, e) for s, e in spans if s <= t_start < e), None)
    if own:
        return [d for d in dates if own[0] <= d.char_start < own[1]]
    return [d for d in dates if not any(s <= d.char_start < e for s, e in spans)]


def inside_another(spans: list[tuple[int, int]], position: int, t_start: int) -> bool:
    """Whether ``position`` (a person's name) lies in a linked phrase the event word at
    ``t_start`` is not in: the person is that event's, not the act's."""
    return any(s <= position < e and not s <= t_start < e for s, e in spans)
