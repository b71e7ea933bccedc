"""The people a page names as its own newsroom or as the expert it talks to: they tell of the events,
they attend none of them.

A broadcast's transcript labels its anchor's and its reporters' turns with their job ("JANE DOE,
CORRESPONDENT: ..."), a lead hands over to "our correspondent Jane Doe", an interview page names
who asked ("Interview by Jane Doe") and whom ("Jane Doe, who covers the Kremlin for a weekly, on
..."). Such a person stands beside the leaders in the sentences of the story (the speaker of a
transcript is taken to attend its main event, transcripts.py; a counted group, "the eight", takes
the people named before it), yet is no party to anything the page reports. Only a name the
knowledge base does not know is taken so: a leader or a minister a page quotes keeps his part ("the
minister, interviewed by our correspondent").

The words are each language's (knowledge/events_<language>.yaml): ``newsroom_before``, right before
the name ("our correspondent", "interview by"), and ``newsroom_after``, right after it (", anchor:",
", who covers ... for").
"""

from __future__ import annotations

import re

from ruchina.extract.event_words import listed_words
from ruchina.extract.linking import Mention

#: how far before a name its newsroom words may start ("Our senior Moscow correspondent ")
_BEFORE_REACH = 60
_PERSON = "PERSON"


def newsroom_people(language: str, body: str, mentions: list[Mention]) -> frozenset[str]:
    """The entity ids of the unknown people ``body`` names by their newsroom words (``mentions``:
    its entity mentions, offsets in ``body``)."""
    before, after = listed_words(language, "newsroom_before"), listed_words(language, "newsroom_after")
    found = set()
    for mention in mentions:
        if mention.linked or mention.entity_type not in (_PERSON, "MISC"):
            continue
        if after is not None and after.match(body, mention.end):
            found.add(mention.entity_id)
        elif before is not None and _right_before(before, body, mention.start):
            found.add(mention.entity_id)
    return frozenset(found)


def _right_before(pattern: re.Pattern[str], body: str, start: int) -> bool:
    """Whether a match of ``pattern`` ends right before ``start``, spaces between on one line."""
    end = start
    while end > 0 and body[end - 1] in " \t":
        end -= 1
    return end < start and any(match.end() == end
                               for match in pattern.finditer(body, max(0, start - _BEFORE_REACH), end))


def without_newsroom_people(language: str, body: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` (offsets in ``body``) without those of the people ``newsroom_people`` finds."""
    people = newsroom_people(language, body, mentions)
    return [m for m in mentions if m.entity_id not in people] if people else mentions
