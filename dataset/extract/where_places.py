"""A place a "where" clause hangs from is the place of the event the clause tells: "Putin is in
Tashkent today, where he held talks with Karimov this morning" puts the talks in Tashkent. The
event word's clause starts at "where" (a relative word ends the clause before it), so the place
before it lies outside the clause and the talks were left with no place.

Only a place right before the relative word (a time word between them at most: "in X today,
where") and after a venue's preposition ("in", "at") or one of where one comes from ("arrived from
Damascus, where he met Assad": the meeting was in Damascus) is taken: "talks on Syria, where ..."
is a topic, not a venue. So is a place a visit's word right before it takes for its object ("will
visit X, where they will ..."). The words are each language's ``where_after_place``
(knowledge/events_<language>.yaml): ``where``, the relative words of a place, ``between``, what may
stand between the place and it, and ``origins``, the prepositions of coming from.

The day of the clause before ("Putin was in Damascus on Tuesday, where he met Assad", "Накануне
он побывал в Дамаске, где встретился с Асадом") is the day of the event the "where" clause tells
when that clause names none of its own (``where_clause_date``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ruchina.extract.dates import ResolvedDate
from ruchina.extract.linking import Mention
from ruchina.knowledge.base import read_knowledge_file


@lru_cache(maxsize=None)
def _words(language: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str] | None, bool] | None:
    """(what may stand between the place and the clause: a time word, a comma and, where the
    clause starts after it, the relative word; the relative word; a preposition of coming from
    right before a place; whether the clause places every event, or only one's own meetings)"""
    data = read_knowledge_file(f"events_{language}").get("where_after_place")
    if not data:
        return None
    where = rf"(?:{'|'.join(data['where'])})\b"
    gap = rf"(?:\s+(?:{'|'.join(data['between'])}))?\s*,\s*(?P<where>{where}\s*)?"
    origins = data.get("origins")
    origin = re.compile(rf"(?<!\w)(?:{'|'.join(origins)})\s+$", re.IGNORECASE) if origins else None
    return re.compile(gap, re.IGNORECASE), re.compile(where, re.IGNORECASE), origin, str(data.get("every_event", "true")) != "false"


def place_before_where(language: str, sentence: str, places: list[Mention], scope: tuple[int, int],
                       venue_before: re.Pattern[str], own_act: bool = False,
                       place_object: re.Pattern[str] | None = None) -> Mention | None:
    """The place the event's clause, opening with "where", hangs from; None when it opens otherwise.
    Where one comes from places only his own acts (``own_act``: a meeting the clause names both
    sides of), not a gathering the clause tells as the setting he left ("flew in from X, where the
    summit ended") nor an act of one person named, which the rest of the story tells of; so does a
    language's rule read only for such acts (``every_event: 'false'``)."""
    words = _words(language)
    if words is None:
        return None
    gap, where, origin, every_event = words
    if not (own_act or every_event):
        return None
    for place in places:
        found = gap.fullmatch(sentence, place.end, scope[0]) if place.end <= scope[0] else None
        if found is None or not (found.group("where") or where.match(sentence, scope[0])):
            continue
        before = sentence[max(0, place.start - 48):place.start]
        if venue_before.search(before) or (origin is not None and own_act and origin.search(before)):
            return place
        # ("will visit Varanasi, where the two will take a boat ride": the visit's place, the object
        # of its word right before it)
        last_word = re.search(r"(\w+)\s+$", before)
        if place_object is not None and last_word and place_object.match(last_word.group(1)):
            return place
    return None


def where_clause_date(language: str, sentence: str, clause_start: int, t_start: int,
                      dates: list[ResolvedDate], group: re.Pattern[str]) -> ResolvedDate | None:
    """The day of the clause a "where" clause hangs from, for the event word at ``t_start`` that
    clause tells with no day of its own: the last day told before the relative word, in the
    clause that holds the place (no stop or semicolon between)."""
    opener = _where_opener(language, sentence, clause_start, t_start)
    if opener is None:
        return None
    if any(mark in sentence[opener.end():t_start] for mark in ";:") or group.search(sentence, opener.end(), t_start):
        return None  # (nor a clause of a group of its own: "where the two presidents watched ...", told apart)
    bound = max(sentence.rfind(";", 0, opener.start()), sentence.rfind(":", 0, opener.start()))
    before = [d for d in dates if bound < d.char_start and d.char_end <= opener.start()]
    return max(before, key=lambda d: d.char_end) if before else None


def where_clause_subject(language: str, sentence: str, clause_start: int, t_start: int, mentions,
                         references, group: re.Pattern[str], pronoun: re.Pattern[str]) -> tuple[str, ...]:
    """The person the sentence opens with, for an event word of a "where" clause that names no one
    before it ("Накануне российский президент побывал в Дамаске, где встретился с X": the
    president met X; Russian writes no subject); none where the clause names its own subject
    ("..., where X received him", "..., where the two presidents signed": ``group``, the language's
    group words), or names it by a pronoun, which the rules of pronouns read (``pronoun``: "where he
    met Y" after "X's tour took in Oslo" is no tour's)."""
    opener = _where_opener(language, sentence, clause_start, t_start)
    if opener is None:
        return ()
    if any(opener.end() <= m.start < t_start for m in mentions if m.entity_type == "PERSON") \
            or any(opener.end() <= r[0] < t_start for r in references) or group.search(sentence, opener.end(), t_start) \
            or pronoun.search(sentence, opener.end(), t_start):
        return ()
    people = sorted([(m.start, m.entity_id) for m in mentions if m.entity_type == "PERSON"]
                    + [(r[0], r[1]) for r in references])
    return (people[0][1],) if people and people[0][0] < opener.start() else ()


def _where_opener(language: str, sentence: str, clause_start: int, t_start: int) -> re.Match | None:
    """The relative word that opens the event word's clause after a comma (", where", ", где"): the
    last one from just before the clause's start up to the event word; None where there is none."""
    words = _words(language)
    if words is None:
        return None
    opener = None
    for match in words[1].finditer(sentence, max(0, clause_start - 12), t_start):
        opener = match
    if opener is None or not sentence[max(0, opener.start() - 3):opener.start()].rstrip().endswith(","):
        return None
    return opener
