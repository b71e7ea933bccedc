"""The one a bare office refers to where the knowledge base names no holder of it among the article's
people: the person the article itself names with that office's title right before his name. A page
that names "Prime Minister Mikhail Fradkov" and then tells "the Prime Minister and Premier Wen Jiabao
held talks" means Fradkov, though the knowledge base gives him no office of today
(article_people.py asks this only of an office it finds no holder for).

A deputy's title ("Deputy Prime Minister X", knowledge/events_<language>.yaml ``deputy_before``) names
no holder of the office; an office the article gives two people this way refers to neither.
"""

from __future__ import annotations

import re

from ruchina.extract.event_words import EventWords
from ruchina.extract.linking import Mention
from ruchina.extract.office_deputies import deputys_office

#: how far before a name its title is looked for
_REACH = 40


def _title_right_before(words: EventWords) -> re.Pattern[str] | None:
    offices = sorted(words.offices, key=len, reverse=True)
    if not offices:
        return None
    return re.compile(rf"\b(?P<office>{'|'.join(re.escape(o) for o in offices)})\s+$")


def titled_holders(words: EventWords, text: str, mentions: list[Mention]) -> dict[str, str]:
    """Each office's role ("Prime Minister") -> the one person ``text`` names right after its title."""
    pattern = _title_right_before(words)
    if pattern is None:
        return {}
    named: dict[str, set[str]] = {}
    for mention in mentions:
        if mention.entity_type != "PERSON" or not mention.linked:
            continue
        before = text[max(0, mention.start - _REACH):mention.start]
        match = pattern.search(before)
        if match and not deputys_office(words.language, before, match.start()):
            named.setdefault(words.office_role(match.group("office")), set()).add(mention.entity_id)
    return {role: next(iter(people)) for role, people in named.items() if len(people) == 1}


def office_subject(words: EventWords, sentence: str, mentions: list[Mention],
                   by_bare_office: dict[str, str]) -> str | None:
    """The person a bare office stands for where it is the guest of a passive host's verb before every name of
    the sentence ("On 10 November the Prime Minister was received by President X"): the one a pronoun of the
    next sentence refers back to first ("Earlier the same day he met Y"), not the host named last. ``mentions``:
    the sentence's, their offsets in it."""
    first_name = min((m.start for m in mentions if m.entity_type == "PERSON"), default=len(sentence))
    office = next(words.bare_office.finditer(sentence, 0, first_name), None)
    verb_start = len(sentence) - len(sentence[office.end():].lstrip()) if office else 0
    if office is None or not words.meeting_hosted_by.match(sentence, verb_start):
        return None
    return by_bare_office.get(office.group("office"))
