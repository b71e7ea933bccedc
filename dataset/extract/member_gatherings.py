"""A meeting of a body's members' leaders told with no body's name ("the leaders of the member
states, meeting under the chairmanship of X", "les chefs d'État des pays membres se sont retrouvés
au palais", "Leaders of the ten-nation bloc gather on Thursday, where X will chair the meeting"),
in an article that names one body's summit, is that summit (and the summit a trigger tells by their
gathering, "Leaders of the ten-nation bloc gather on Thursday", is named so): a gathering of the members, which the
article names elsewhere ("on the eve of the SCO summit"), not a meeting of its own. The words of
the members' leaders are knowledge (events_<language>.yaml: member_leaders). Only a meeting of
one person at most (its chair) is so read: two leaders' talks told in the sentence stay theirs,
and an article naming no summit, or the summits of two bodies, keeps its meeting."""

from __future__ import annotations

from dataclasses import replace

from ruchina.extract.event_report import EventMention
from ruchina.extract.event_words import EventWords

SUMMIT, MEETING = "summit", "meeting"


def summits_of_member_leaders(words: EventWords, mentions: list[EventMention]) -> list[EventMention]:
    """Each meeting of the members' leaders made the one body summit the article names."""
    names = {name for m in mentions if m.event_type == SUMMIT for name in m.event_names}
    if len(names) != 1:
        return mentions
    return [replace(m, event_type=SUMMIT, event_names=tuple(sorted(names))) if _of_member_leaders(words, m) else m
            for m in mentions]


def _of_member_leaders(words: EventWords, mention: EventMention) -> bool:
    """A meeting whose word the members' leaders stand before, or a summit told by their gathering
    with no name of its own ("Leaders of the ten-nation bloc gather on Thursday")."""
    if mention.event_type == SUMMIT and mention.event_names:
        return False
    if mention.event_type not in (SUMMIT, MEETING) or mention.officials or mention.continues or len(
            mention.participant_ids) > 1:
        return False
    sentence = mention.sentence
    scope_start, scope_end = mention.scope if mention.scope[1] > 0 else (0, len(sentence))
    kind = mention.event_type
    word = next((w for w in words.trigger.finditer(sentence, scope_start, scope_end) if w.lastgroup == kind), None)
    leaders = words.member_leaders.search(sentence)
    return word is not None and leaders is not None and leaders.start() <= word.start() and (
        kind == SUMMIT or leaders.end() <= word.start())
