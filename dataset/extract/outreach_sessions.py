"""A summit's sitting with guests from outside its club ("Hu will take part in the outreach session of
the G8 summit", "приняли участие в заседании «восьмерки» с приглашенными странами", "出席八国集团同发展中国家
领导人对话会议") is a meeting of its own, part of the summit: the guests who sit at it attend that
meeting, not the summit their hosts hold, whose people are its members' leaders (benchmarks/gold/
README.md: a session told apart is its own event, part_of the whole).

Such a report is made a meeting (its word may be the summit's: "the outreach session of the Group of
Eight summit" is found by "summit") and marked (EventMention.outreach), so that the article keeps it
apart from the summit's reports, and the summit's apart from it (event_mentions.merge_within_article);
the corpus puts it inside the summit of its days and place (corpus/event_parts.py). A summit's own
plenary ("the plenary session of the summit") is no outreach: it stays the summit's session; and talks
of two leaders the same day ("Putin met Hu before the session with the guests") are told by their own
word, outside the sitting's clause.

The words are each language's (events_<language>.yaml, `outreach_sessions`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from ruchina.extract.event_report import EventMention
from ruchina.extract.event_words import event_words, listed_words
from ruchina.extract.linking import Mention

if TYPE_CHECKING:  # (event_mentions.py asks whether a report is told apart from an event)
    from ruchina.extract.event_mentions import ArticleEvent

#: the event words a sitting with guests may be found by: the summit's own, or a meeting's
_SITTING_TYPES = frozenset({"summit", "meeting"})
#: the type a sitting with guests is: a meeting of its own (part of the summit, corpus/event_parts.py)
_MEETING, _SUMMIT = "meeting", "summit"
_PERSON = "PERSON"
#: how the knowledge base's names of a body's summits end ("G8 Summit", "BRICS Summit")
_SUMMIT_NAME_END = "Summit"


def outreach_sessions_as_meetings(mentions: list[EventMention], language: str,
                                  people: Sequence[Mention] = ()) -> list[EventMention]:
    """The mentions, each summit's or meeting's report whose clause tells a sitting with outside
    guests made that sitting: a meeting, marked outreach (not a session of the summit told by it).
    ``people``: the article's entity mentions (offsets in its body), where its guests are listed."""
    words = listed_words(language, "outreach_sessions")
    if words is None:
        return mentions
    found = []
    for mention in mentions:
        told = (words.search(mention.sentence, *mention.clause) if mention.event_type in _SITTING_TYPES
                and not mention.earlier and not mention.officials and not _named_otherwise(mention) else None)
        if told is not None:
            # (nor more people for the report before it: "Earlier that day A and B took part in the
            # session with the invited countries" is a sitting of its own, not the talks told before)
            guests = _guests_listed(language, mention, told, people)
            # (where it lists its guests, its people are those its sentence names: "the eight sat down with
            # A, B and C" seats the guests, not the leaders told before that "the eight" counts)
            own = [p for p in mention.participant_ids if p in _named_in_sentence(mention, people)] if guests \
                else list(mention.participant_ids)
            found.append(replace(mention, event_type=_MEETING, session=False, setting=False, continues=False,
                                 outreach=True, participant_ids=tuple(dict.fromkeys((*own, *guests)))))
            if mention.event_type == _SUMMIT:
                # (the summit its word names, "of the G8 summit in St Petersburg", is told too: by its name
                # and place, with none of the sitting's people or its day, which are the sitting's; but
                # a day told as the summit's opening is its first too: "the summit opened on Sunday with
                # an enlarged dialogue")
                date = mention.date if _told_opening(language, mention) else None
                found.append(replace(mention, participant_ids=(), date=date, session=False, setting=False,
                                     continues=False))
        else:
            found.append(mention)
    return found


def outreach_apart(event: ArticleEvent, mention: EventMention) -> bool:
    """Whether one of ``event`` and ``mention`` tells a summit's sitting with its guests and the
    other does not: two events ("the summit opened on Saturday ... the outreach session on Monday")."""
    return mention.outreach != any(m.outreach for m in event.mentions)


def _guests_listed(language: str, mention: EventMention, told: re.Match[str],
                   people: Sequence[Mention]) -> tuple[str, ...]:
    """The people its sentence names after the sitting's words where it lists its guests by a word of
    inclusion ("autour des huit, X avait convié une douzaine de dirigeants, dont A, B et C"), by a dash
    or a colon after their noun ("with the leaders of four emerging economies — A, B, C and D"), or right
    after the words ("sat the G7 down with A, B and C"): the host and the guests, those named from the
    sitting's words to the sentence's end."""
    if mention.sentence_start < 0:
        return ()
    among = listed_words(language, "outreach_guests")
    after = told.end()
    start, end = mention.sentence_start + after, mention.sentence_start + len(mention.sentence)
    named = [m for m in people if m.entity_type == _PERSON and start <= m.start and m.end <= end]
    # (the word may close the sitting's own words: "with the leaders of four economies — ")
    listed = (among and among.search(mention.sentence, told.start())) or (
        named and not mention.sentence[after:named[0].start - mention.sentence_start].strip())
    return tuple(dict.fromkeys(m.entity_id for m in named)) if listed else ()


def _named_in_sentence(mention: EventMention, people: Sequence[Mention]) -> set[str]:
    """The people its own sentence names (not those a counted group, "the eight", takes from before)."""
    start, end = mention.sentence_start, mention.sentence_start + len(mention.sentence)
    return {m.entity_id for m in people if start <= m.start and m.end <= end}


def _told_opening(language: str, mention: EventMention) -> bool:
    """Whether the report's day stands right after a verb of opening, in its own sentence ("the
    summit opened on Sunday")."""
    date = mention.date
    if date is None or date.char_end == 0 or mention.date_is_inherited:
        return False
    return bool(event_words(language).first_day.search(mention.sentence, max(0, date.char_start - 40),
                                                        date.char_start))


def _named_otherwise(mention: EventMention) -> bool:
    """Whether its sentence names an event the knowledge base knows that is no summit's name ("a
    'BRICS Plus' session with the leaders of invited states"): a format of its own, which its name
    ties to its other reports (and to the summit where the text tells them one), not left to these words."""
    return any(not name.endswith(_SUMMIT_NAME_END) for name in mention.event_names)
