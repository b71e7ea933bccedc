"""An act told in a "when" clause right after a visit's words ("X's visit to Moscow in July, when he
and Y are expected to sign a treaty"), with no day of its own, is held on the visit's days, at its
place: the clause tells what happens during that visit. A pronoun opening the clause ("he", "she")
is the visitor, the one person the clause can point back to there. The words are data in
knowledge/events_<language>.yaml: ``visit_when`` (what stands between the visit's words and the
clause's, ", when") and ``visitor_pronoun`` (the clause's first words that name the visitor).
A "when" clause after other words ("in 2019, when he was ill") dates nothing: only one right after
the visit's own words.
"""

from __future__ import annotations

from dataclasses import replace

from ruchina.extract.event_report import EventMention
from ruchina.extract.event_words import listed_words

#: the kinds of event a visit's days hold (a visit in a visit's clause is another trip)
_ACTS = frozenset({"agreement", "meeting", "other"})
_VISITS = frozenset({"visit", "state_visit"})


def acts_in_a_visits_when_clause(language: str, mentions: list[EventMention]) -> list[EventMention]:
    """The mentions, those of an act with no day of its own told in a visit's "when" clause
    dated by the visit's days, placed at its place if they have none, and with its visitor
    when the clause opens with a pronoun."""
    when, pronoun = listed_words(language, "visit_when"), listed_words(language, "visitor_pronoun")
    if when is None:
        return mentions
    return [_in_the_visit(when, pronoun, m, mentions) if m.event_type in _ACTS and m.date is None else m
            for m in mentions]


def _in_the_visit(when, pronoun, act: EventMention, mentions: list[EventMention]) -> EventMention:
    start = act.clause[0]
    for visit in mentions:
        if (visit.event_type not in _VISITS or visit.date is None or not visit.participant_ids
                or visit.sentence_key != act.sentence_key
                or not visit.clause[1] <= start):
            continue
        link = when.fullmatch(act.sentence, visit.clause[1], start)
        if link is None:
            continue
        people = act.participant_ids
        opening = act.sentence[start:].lstrip()
        if pronoun is not None and pronoun.match(opening):
            people = tuple(dict.fromkeys(visit.participant_ids + people))
        return replace(act, date=visit.date, location_id=act.location_id or visit.location_id,
                       participant_ids=people)
    return act
