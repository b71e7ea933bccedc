"""The people a sentence names only as the source of what it says ("Kremlin aide Y says ...",
"according to aide Y, ..."): they are no group that a later "the two" or "the leaders" refers
back to. "Aide Y says Putin told Xi ... The two met for an hour": the two are Putin and Xi.

One who speaks to someone ("Putin told Xi") is no mere source: a speaking verb that takes the
person spoken to (``addresses``) keeps its subject in the group.

Nor is one the sentence names only as away (greeted through another, stood in for: away_people.py):
"Putin asked Li to convey his greetings to Xi. The two premiers' meetings ..." are Putin's and Li's.
"""

from __future__ import annotations

from ruchina.extract.away_people import named_away
from ruchina.extract.event_roles import SOURCE_REACH
from ruchina.extract.event_words import EventWords
from ruchina.extract.linking import Mention
from ruchina.extract.spoken_about import speakers_of_a_pair
from ruchina.knowledge.base import entity_catalog, is_official


def group_named(words: EventWords, text: str, offset: int, mentions: list[Mention], named: tuple[str, ...]) -> tuple[str, ...]:
    """The group a sentence that names ``named`` (its people, in order) leaves for a later "the
    two" to refer to: its people less those named only as a source of what it says, when two or
    more remain; none where all are named away; else all of them (``text``: the sentence, starting
    at ``offset`` of the body)."""
    sources = named_as_sources(words, text, offset, mentions)
    # (one named only as away counts for none, though named: "passed greetings to X")
    people = [m for m in mentions if m.entity_type == "PERSON"]
    away = {m.entity_id for m in people if named_away(words.language, text[:max(0, m.start - offset)])}
    away -= {m.entity_id for m in people if not named_away(words.language, text[:max(0, m.start - offset)])}
    group = tuple(pid for pid in named if pid not in sources and pid not in away)
    # (none, where all are away or onlookers: "..., watched by A and B" leaves the group told before)
    return group if len(group) >= 2 else () if away and not group else named


def tellers_named(words: EventWords, text: str, offset: int, mentions: list[Mention]) -> set[str]:
    """The people a sentence names only as the source of what it says who are no leader the
    knowledge base knows (an aide it lacks, a spokesman: "..., said aide Y"): such a one does not
    pair with the next sentence's one person ("Y said ... . X arrived. The two leaders met"), as a
    leader who speaks does ("Putin said ... . Xi arrived. The two met")."""
    catalog = entity_catalog()
    return {pid for pid in named_as_sources(words, text, offset, mentions)
            if catalog.get(pid) is None or is_official(pid)}


def named_as_sources(words: EventWords, text: str, offset: int, mentions: list[Mention]) -> set[str]:
    """The people a sentence names only as the source of what it says ("..., said aide Y"; "X talks to Y
    about the meeting between A and B": spoken_about.py)."""
    sources = speakers_of_a_pair(words.language, text, offset, mentions)
    for mention in mentions:
        if mention.entity_type != "PERSON":
            continue
        start, end = mention.start - offset, mention.end - offset
        after = text[end:]
        spoken_to = (addressed := words.addresses.match(after)) and after[addressed.end():][:1].isupper()
        if (words.speaks.match(after) and not spoken_to) or words.source_before.search(
                text[max(0, start - SOURCE_REACH):start]):
            sources.add(mention.entity_id)
    return sources
