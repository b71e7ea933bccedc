"""A gathering's host told by a dash standing for "is", as Russian writes it: "Хозяин саммита —
президент Таджикистана Эмомали Рахмон" (the host of the summit is ...). The dash parts the
event word's clause, so the person after it would be no one's; the host takes part in the
gathering he hosts.

The words that name the host before the gathering's word are the language's
(knowledge/events_<language>.yaml, ``host_copula``); a language without them has none.
"""

from __future__ import annotations

from dataclasses import replace

from ruchina.extract.event_report import EventMention
from ruchina.extract.event_words import EventWords
from ruchina.extract.linking import Mention

#: the gatherings a host holds
HOSTED = frozenset({"summit", "forum"})


def hosts_after_a_dash(words: EventWords, mentions: list[EventMention],
                       body_mentions: list[Mention]) -> list[EventMention]:
    """The mentions, a gathering's whose sentence tells its host by a dash with the people named
    after the dash (the host) among its participants."""
    found = []
    for mention in mentions:
        told = words.host_copula.match(mention.sentence) if mention.event_type in HOSTED and mention.in_body else None
        if told and mention.scope[0] < told.end():
            start = mention.sentence_start + told.end()
            hosts = tuple(m.entity_id for m in body_mentions
                          if m.entity_type == "PERSON" and start <= m.start < mention.sentence_end)
            if hosts:
                # (and, naming the gathering with no day or place of its own, it is the one told before)
                mention = replace(mention, participant_ids=tuple(dict.fromkeys(mention.participant_ids + hosts)),
                                  refers_back=mention.refers_back or (mention.date is None and mention.location_id is None))
        found.append(mention)
    return found
