"""A document told adopted or signed at a gathering its own sentence names and dates ("as recorded in
the Joint Statement adopted at the Russia-ASEAN Summit in Singapore in 2018"): the gathering's day is
the document's, held or earlier as the gathering is, and its place where the document has none. The
date after the gathering's name is read as the gathering's own, which left the document undated, so
that it was taken for a document of the story's day and its event. The words are the language's
(knowledge/events_<language>.yaml, `adopted_at`); a language without them is left as it is.
"""

from __future__ import annotations

from dataclasses import replace

from ruchina.extract.event_words import listed_words

#: the events a document is told adopted at
GATHERINGS = frozenset({"summit", "forum", "meeting"})


def dated_by_their_gathering(mentions: list, language: str) -> list:
    """``mentions`` (EventMention), each undated document told adopted at a dated gathering of its
    sentence dated and placed by it."""
    adopted_at = listed_words(language, "adopted_at")
    if adopted_at is None:
        return mentions
    result = []
    for mention in mentions:
        if mention.event_type == "agreement" and mention.date is None and mention.in_body and adopted_at.search(
                mention.sentence):
            gathering = next((g for g in mentions if g.event_type in GATHERINGS and g.date is not None and g.in_body
                              and g.sentence_start == mention.sentence_start), None)
            if gathering is not None:
                mention = replace(mention, date=gathering.date, earlier=gathering.earlier, status=gathering.status,
                                  location_id=mention.location_id or gathering.location_id)
        result.append(mention)
    return result
