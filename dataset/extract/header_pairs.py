"""The pair a story's headline names, for a lead that names its people only as a group
("After their talks, the leaders signed a statement", under "Lula hails Ramaphosa as ...")
(issue 23's failure class 5: "the two leaders" still link to the people they are).

Within the text a group word takes the two named before it (event_sentences.py); the lead
has nothing before it but the headline and the standfirst. A report in the lead naming
no one, whose sentence speaks of a group ("the leaders", "the two sides"), is of the two
people the headline and standfirst name, when they name exactly two.
"""

from __future__ import annotations

from dataclasses import replace

from ruchina.extract.event_report import LEAD, EventMention
from ruchina.extract.event_words import EventWords
from ruchina.extract.linking import Mention


def lead_groups_as_header_pair(words: EventWords, mentions: list[EventMention],
                               header_mentions: list[Mention]) -> list[EventMention]:
    pair = tuple(dict.fromkeys(m.entity_id for m in header_mentions if m.entity_type == "PERSON"))
    if len(pair) != 2:
        return mentions
    return [replace(m, participant_ids=pair) if m.part == LEAD and not m.participant_ids
            and words.group.search(m.sentence) else m for m in mentions]
