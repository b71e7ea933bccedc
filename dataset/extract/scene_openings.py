"""A sentence that opens on "there" ("Dort traf er Y", "There he met Y", "Là, il a rencontré Y",
"Allí se reunió con Y", "Там он встретился с Y") goes on with the scene of the sentence before
it: its day and its place. "Den wirtschaftlichen Teil hatte Li bereits am Montag in St. Petersburg
erledigt. Dort traf er Regierungschef Medwedew": the meeting is Monday's, in St Petersburg. Left
alone, the report names no day (and an undated report of talks held, sharing one person with the
main event, is dropped as background) or takes the page's.

Only a report with no day of its own takes the day, only the one day the sentence before states
(that of a report it holds, else the one its clauses give); only a report placed nowhere takes
the place, the one place the sentence before names. The words are each language's
(knowledge/calendar.yaml, `scene_openers`); English "There was/were ..." is no pointer (the words
of `scene_openers_not_before` may not follow it: "There were talks on Friday" says nothing of a
scene).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from functools import cache

from ruchina.extract.date_clauses import clause_dates
from ruchina.extract.event_report import BODY, LEAD, EventMention
from ruchina.extract.tenses import sentence_tense
from ruchina.knowledge.base import calendar_entry
from ruchina.text.calendar_words import alternation
from ruchina.text.sentences import last_sentence

PLACE_TYPES = ("GPE", "LOC", "FAC")


def scenes_of_the_sentence_before(mentions: list[EventMention], body: str, published: dt.date | None,
                                  places_at: dict[int, str], language: str) -> list[EventMention]:
    """The mentions, each of a sentence opening on "there" given the day and place of the
    sentence before it where it has none. ``places_at``: the places the body names, by where
    each mention of them starts."""
    opener = _opener(language)
    if opener is None or published is None:
        return mentions
    return [_in_the_scene_before(m, mentions, body, published, places_at, language)
            if m.part in (LEAD, BODY) and m.sentence_start >= 0 and opener.match(m.sentence) else m
            for m in mentions]


def _in_the_scene_before(mention: EventMention, mentions: list[EventMention], body: str, published: dt.date,
                         places_at: dict[int, str], language: str) -> EventMention:
    before = _sentence_before(body, mention.sentence_start)
    if before is None:
        return mention
    start, text = before
    end = start + len(text)
    date, location = mention.date, mention.location_id
    if date is None:
        told = {m.date for m in mentions if start <= m.sentence_start < end and m.date is not None}
        days = [d for d in told if d.precision == "day" and d.first == d.last] or [
            # (read in the tense of the report's own sentence: "On Friday he moves on to Shanghai. There
            # he will be joined by ..." is the coming Friday)
            d for d in clause_dates(text, published, sentence_tense(mention.sentence, language), language)
            if d.precision == "day" and d.first == d.last and d.kind != "anniversary"]
        if len({d.first for d in days}) == 1:
            date = days[0]
    if location is None:
        places = {place for at, place in places_at.items() if start <= at < end}
        if len(places) == 1:
            location = places.pop()
    if date is mention.date and location == mention.location_id:
        return mention
    if date is not mention.date:
        return replace(mention, date=date, location_id=location, date_sentence=text, date_sentence_start=start)
    return replace(mention, location_id=location)


def _sentence_before(body: str, sentence_start: int) -> tuple[int, str] | None:
    """The sentence right before the one at ``sentence_start`` (the last of the paragraph before,
    for a paragraph's first)."""
    paragraph_start = body.rfind("\n\n", 0, sentence_start)
    if not body[max(paragraph_start, 0):sentence_start].strip():
        paragraph_start = body.rfind("\n\n", 0, max(paragraph_start, 0))
    before = last_sentence(body, max(paragraph_start, 0), sentence_start)
    return None if before is None else (before.start, before.text)


@cache
def _opener(language: str) -> re.Pattern[str] | None:
    entry = calendar_entry(language)
    forms = [str(form) for form in entry.get("scene_openers") or []]
    if not forms:
        return None
    not_before = [str(form) for form in entry.get("scene_openers_not_before") or []]
    guard = rf"(?!\s+(?:{alternation(not_before)})(?!\w))" if not_before else ""
    return re.compile(rf"\W*(?:{alternation(forms, capitalised=True)})(?=[\s,]){guard}")
