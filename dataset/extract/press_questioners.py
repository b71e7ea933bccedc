"""The reporters of a news conference: they put its questions, they do not take part in its
event.

A page whose title names a news conference or answers to the media's questions prints a
transcript with two kinds of speakers: those the conference is about (the leaders who answer,
the spokesman who gives the floor), whom the article or the knowledge base names, and the
reporters who ask, each a name nobody curated, one after another. Every speaker of a
transcript is taken to attend its main event (transcripts.py); on such a page the reporters
are not its participants. A speaker the knowledge base does not know is a reporter there when
the transcript has at least two of them: a conference of many askers, not an interview, whose
one interviewer is a party to it. The words that make a title name such an event are the
language's (``press_events`` in knowledge/events_<language>.yaml); where a language lists
none, every speaker stays.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ruchina.extract.linking import Mention
from ruchina.knowledge.base import read_knowledge_file

#: the fewest unknown speakers that make the askers of a conference, not one interviewer
MIN_REPORTERS = 2


@lru_cache(maxsize=None)
def _press_events(language: str) -> re.Pattern[str] | None:
    entries = read_knowledge_file(f"events_{language}").get("press_events") or ()
    if not entries:
        return None
    return re.compile(r"(?<!\w)(?:{})(?!\w)".format("|".join(f"(?:{e})" for e in entries)), re.IGNORECASE)


def press_questioners(language: str, title: str | None, labels: list[Mention]) -> frozenset[str]:
    """The entity ids of the reporters among a transcript's speakers (``labels``, from
    transcripts.speaker_labels) on a page whose title names a news conference; none on
    another page."""
    pattern = _press_events(language)
    if pattern is None or not title or not pattern.search(title):
        return frozenset()
    unknown = frozenset(label.entity_id for label in labels if not label.linked)
    return unknown if len(unknown) >= MIN_REPORTERS else frozenset()
