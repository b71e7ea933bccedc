"""A discovered name of no known kind that stands in a list of people is a person's: in "Russia's
A, China's B, Laos's C and Peru's D signed", D is listed as the others are. A list is names
joined only by a comma or the language's "and" (names.yaml ``list_joiners``), each after its
country's possessive ("Peru's") or an office ("Russian Prime Minister B", names.yaml ``titles``), the
way a wire story lists leaders; the name is a person's
only after two people of the list: after one, a list of two may join a person and a thing.
(A bare list, "A, B, C and D", is left out: measured, it typed a name right on a live page
whose list of people on stage then went to talks of two, a row too many.)
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ruchina.knowledge.base import read_knowledge_file

PERSON, MISC = "PERSON", "MISC"
#: so many people listed before a name make the list one of people
PEOPLE_BEFORE = 2


@lru_cache(maxsize=None)
def _list_gap() -> re.Pattern[str] | None:
    joiners = read_knowledge_file("names").get("list_joiners") or []
    if not joiners:
        return None
    joined = "|".join(re.escape(word) for word in joiners)
    # (a leader listed by his country's possessive, "Peru's D", or by his office, "Russian Prime Minister
    # B": the list goes on through both, "Chinese Premier A, Russian Prime Minister B, Kazakhstan's C
    # and Tajikistan's D attended")
    titles = "|".join(re.escape(word) for word in sorted(read_knowledge_file("names").get("titles") or [], key=len,
                                                         reverse=True)) or "(?!)"
    return re.compile(r"^\s*,?\s*(?:(?:" + joined + r")\s+)?(?:[A-Z][\w-]*['’]s|(?:[A-Z][\w-]*\s+){0,3}(?:"
                      + titles + r"))\s+$")


def people_in_lists(text: str, discovered: list, linked: list) -> list:
    """The ``discovered`` mentions, each full name of no kind (MISC) listed after two people
    (of ``discovered`` or ``linked``, the text's curated mentions) made a PERSON."""
    gap = _list_gap()
    if gap is None:
        return discovered
    listed = sorted((m for m in discovered + linked if m.entity_type in (PERSON, MISC)), key=lambda m: m.start)
    retyped, people, previous = {}, 0, None
    for mention in listed:
        if previous is None or not gap.match(text[previous.end:mention.start]):
            people = 0
        if (mention.entity_type == MISC and not mention.linked and len(mention.name.split()) >= 2
                and people >= PEOPLE_BEFORE):
            retyped[id(mention)] = replace(mention, entity_type=PERSON)
        people = people + 1 if (mention.entity_type == PERSON or id(mention) in retyped) else 0
        previous = mention
    return [retyped.get(id(m), m) for m in discovered]
