"""A meeting told as the object of a telling, its people in a relative clause after it that tells who
chaired it ("Volodin told Xi about the 10th meeting of the parliamentary committee, which he and Zhao
Leji co-chaired in Beijing earlier on Tuesday"; "le informó de la décima reunión de la comisión, que
presidió ese mismo día junto al presidente ..., Zhao Leji"): its people are those who chaired it, the
clause's (a "he" there, or no subject at all, is the sentence's subject, who told of it), not the
teller and the one he told. Left alone, the report named no one (and was dropped) or the two of the
telling (and joined their talks).

The words are the language's (knowledge/events_<language>.yaml, `chaired_clause`: the relative word and
the chairing verb of such a clause, `{people}` standing for what names who chaired); a language
without them tells none. Only a meeting: a summit or a forum a clause says someone chaired has guests
besides its chair.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from functools import lru_cache

from ruchina.extract.dates import resolve_dates
from ruchina.extract.event_places import venue_city
from ruchina.extract.event_report import EventMention
from ruchina.knowledge.base import read_knowledge_file

#: how far after the meeting's word its relative clause may begin ("of the China-Russia
#: parliamentary cooperation committee, which")
_REACH = 90


@lru_cache(maxsize=None)
def _clauses(language: str) -> tuple[re.Pattern[str], ...]:
    entries = read_knowledge_file(f"events_{language}").get("chaired_clause") or []
    return tuple(re.compile(str(e).replace("{people}", r"(?P<people>[^.;:!?]{0,160}?)"), re.IGNORECASE)
                 for e in entries)


def meetings_chaired_in_a_clause(words, mentions: list[EventMention], body_mentions: list,
                                 published: dt.date | None) -> list[EventMention]:
    """The mentions, each meeting whose word a chairing relative clause follows given the clause's
    people (two or more, with the sentence's subject for a "he" or no subject), and the one day and the
    venue the clause gives where the report has none ("in Beijing earlier on Tuesday")."""
    clauses = _clauses(words.language)
    if not clauses:
        return mentions
    people = [m for m in body_mentions if m.entity_type == "PERSON"]
    places = [m for m in body_mentions if m.entity_type in ("GPE", "FAC", "LOC")]
    return [_chaired(words, m, clauses, people, places, published) if m.event_type == "meeting"
            and m.sentence_start >= 0 and m.part != "title" else m for m in mentions]


def _chaired(words, mention: EventMention, clauses, people, places, published) -> EventMention:
    sentence, offset = mention.sentence, mention.sentence_start
    word = next((t for t in words.trigger.finditer(sentence) if t.lastgroup == "meeting"), None)
    if word is None:
        return mention
    for clause in clauses:
        found = clause.search(sentence, word.end())
        if found is None or found.start() > word.end() + _REACH:
            continue
        # (who chaired it: those the clause names, to the sentence's end: "que presidió ... junto al
        # presidente ..., Zhao Leji"; and the sentence's subject, where no one opens the clause's people)
        named = [p.entity_id for p in people if offset + found.start() <= p.start < offset + len(sentence)]
        opens = found.start("people")
        subject = next((p.entity_id for p in people if offset <= p.start < offset + word.start()), None)
        told_by_name = any(offset + opens <= p.start <= offset + opens + 1 for p in people)
        chairs = tuple(dict.fromkeys(([subject] if subject and not told_by_name else []) + named))
        if len(chairs) < 2:
            continue
        mention = replace(mention, participant_ids=chairs)
        days = [d for d in resolve_dates(sentence, published, "past", words.language)
                if d.char_start >= found.start() and d.precision == "day" and d.first == d.last]
        if mention.date is None and published is not None and len(days) == 1:
            mention = replace(mention, date=days[0])
        venue = next((p.entity_id for p in places if offset + found.start() <= p.start < offset + len(sentence)
                      and words.venue_before.search(sentence[max(0, p.start - offset - 48):p.start - offset])), None)
        if mention.location_id is None and venue is not None:
            mention = replace(mention, location_id=venue_city(venue))
        return mention
    return mention
