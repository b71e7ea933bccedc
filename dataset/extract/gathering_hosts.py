"""A summit's or forum's host told right after its word, in a participle or a relative clause:
"the summit, hosted by Kenyan President X", "the meeting of the council, which was chaired by
X", "в заседании совета, которое провёл президент X", "la cumbre, presidida por X". The host
takes part in the gathering he holds, though the clause that names him is no part of the event
word's own (event_roles.py takes no one past it).

The words that name the host right before his name are the language's (knowledge/events_
<language>.yaml, ``hosted_by``); a language without them has none. Between them and the name only
his titles ("Kenyan President", "премьер-министр Индии"): a few words, no mark that ends a clause.
Not a host told after another clause ("attended the summit; the next one will be hosted by X"),
nor a gathering told as earlier (background), nor one who congratulates a host.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ruchina.extract.event_report import EVENTS_OF_MANY, EventMention
from ruchina.extract.event_words import listed_words
from ruchina.extract.linking import Mention

#: how far past the event word's scope the host's words may start (", which was chaired by")
REACH = 25
#: so many title words at most between the host's words and his name
TITLE_WORDS = 4
#: so many more where a comma sets the title off before his name (a title of several words: "chef de l'État")
APPOSED_WORDS = 2
_CLAUSE_END = re.compile(r"[;.:!?()\[\]«»\"“”]")
_ACRONYM = re.compile(r"\s*\((?-i:[A-Z][\w+-]{1,10})\)")


def hosts_of_gatherings(mentions: list[EventMention], body_mentions: list[Mention],
                        language: str) -> list[EventMention]:
    """The mentions, each gathering's with the host its sentence names right after its word
    among its participants."""
    pattern = listed_words(language, "hosted_by")
    if pattern is None:
        return mentions
    return [_with_host(m, pattern, body_mentions) for m in mentions]


def _with_host(mention: EventMention, pattern: re.Pattern[str], body_mentions: list[Mention]) -> EventMention:
    if mention.event_type not in EVENTS_OF_MANY or mention.earlier or not mention.in_body:
        return mention
    sentence, (start, end) = mention.sentence, mention.scope
    told = next((m for m in pattern.finditer(sentence, start) if m.start() - end <= REACH), None)
    # (a body's acronym in brackets after its name ends no clause: "des Gipfels der ... (APEC), den X leitete")
    if told is None or _CLAUSE_END.search(_ACRONYM.sub(" ", sentence[start:told.start()])):
        return mention
    offset = mention.sentence_start
    host = next((m for m in body_mentions if m.entity_type == "PERSON" and offset + told.end() <= m.start
                 and m.start < mention.sentence_end), None)
    if host is None:
        return mention
    gap = sentence[told.end():host.start - offset]
    # (his title may be set off by a comma before his name, and run longer: "sous la présidence du chef
    # de l'État kazakh, X", "chaired by the country's president, X")
    apposed = gap.rstrip().endswith(",")
    titles = gap.rstrip().removesuffix(",") if apposed else gap
    if (_CLAUSE_END.search(gap) or "," in titles or len(titles.split()) > TITLE_WORDS + (APPOSED_WORDS if apposed else 0)
            or host.entity_id in mention.participant_ids):
        return mention
    return replace(mention, participant_ids=mention.participant_ids + (host.entity_id,))
