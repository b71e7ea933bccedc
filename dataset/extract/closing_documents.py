"""A gathering told as ending with a document ("the summit ended on Saturday with a communique",
"the group wrapped up its two-day summit on Friday with a declaration"), and a visit so told ("Der
Besuch endete am 3. August mit einem gemeinsamen Kommuniqué"): the document was adopted at it, an
agreement of its own beside the gathering, however few words the sentence spends on it. The words
from "with" to the document's noun are its event word.

Only in a sentence that holds a summit's, forum's or visit's own event word before the document: talks
"ended with a joint statement" are read by the agreement words already, and a press conference
"ended with a statement" is no gathering's. The words are each language's ``closing_documents``
(knowledge/events_<language>.yaml), the ending verb with the document after it, the group
``document`` its event word; "ended without a declaration" and "ended with no communique" are none.
"""

from __future__ import annotations

from dataclasses import replace

from ruchina.extract.event_words import EventWords, listed_words

#: the event types of the gatherings a document closes (a visit too: its last day's communique is
#: the visitor's and his hosts')
_GATHERINGS = frozenset({"summit", "forum", "visit", "state_visit"})


def closing_document_triggers(words: EventWords, sentence: str,
                              triggers: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """("agreement", start, end) of each document the sentence tells a gathering ended with;
    ``triggers``: the sentence's event words (type, start, end)."""
    pattern = listed_words(words.language, "closing_documents")
    if pattern is None or not any(t[0] in _GATHERINGS for t in triggers):
        return []
    found = []
    for match in pattern.finditer(sentence):
        start, end = match.span("document")
        if any(kind in _GATHERINGS and t_end <= start for kind, _t_start, t_end in triggers) \
                and not any(t_start < end and start < t_end for _kind, t_start, t_end in triggers):
            found.append(("agreement", start, end))
    return found


def adopted_at_its_close(events: list, words: EventWords | None) -> None:
    """The document a gathering ended with (an agreement read by closing_document_triggers) is
    adopted at that gathering, by its people, at its place, on its last day: the sentence tells
    the gathering's end and the document in one breath ("the summit ended on Saturday with a
    communique"), and a place the document's own clause names is a topic of it ("the Paris
    accord"). Called by event_mentions.py on the events of one article (ArticleEvent)."""
    pattern = listed_words(words.language, "closing_documents") if words is not None else None
    if pattern is None:
        return
    for signing in events:
        top = signing.mentions[0]
        if signing.family != "agreement" or not any(
                match.start("document") == top.scope[0] for match in pattern.finditer(top.sentence)):
            continue
        gathering = next((event for event in events if event is not signing and any(
            m.event_type in _GATHERINGS and (m.part, m.sentence_start) == (top.part, top.sentence_start)
            for m in event.mentions)), None)
        if gathering is None:
            continue
        signing.held_with(gathering, tuple(sorted(gathering.participants | signing.participants)))
        date = signing.date
        if date is not None and date.first < date.last:
            first = signing.mentions[0]  # (it ended with it: the last day)
            signing.add(replace(first, date=replace(date, first=date.last)), 0)
