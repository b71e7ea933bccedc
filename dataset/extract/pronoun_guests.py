"""A guest told by an object pronoun after the host's verb: "Mao reached Moscow on 16 December.
Stalin received him in the Kremlin that same evening." The verb and the pronoun tell a meeting
(host_meetings.py: the language's ``guest_pronouns`` after its ``meeting_hosts``); the host is the one
named before the verb, and the guest the person the text named last before the sentence (the one
the pronoun stands for), who joins the meeting's people. Only a meeting that has its host already and
a person named before it other than the host; with none, the host alone met no one: no meeting."""

from __future__ import annotations

from dataclasses import replace

from ruchina.extract.event_report import BODY, LEAD, EventMention
from ruchina.extract.event_words import EventWords
from ruchina.extract.linking import Mention


def guests_named_by_pronouns(words: EventWords, mentions: list[EventMention],
                             body_mentions: list[Mention]) -> list[EventMention]:
    """The mentions, each meeting told by a host's verb and a guest's pronoun joined by that guest."""
    people = [m for m in body_mentions if m.entity_type == "PERSON"]
    found = []
    for mention in mentions:
        if (mention.event_type == "meeting" and mention.part in (LEAD, BODY) and mention.sentence_start >= 0
                and mention.participant_ids and _told_by_pronoun(words, mention.sentence)):
            before = [m.entity_id for m in people if m.start < mention.sentence_start]
            if before and before[-1] not in mention.participant_ids:
                mention = replace(mention, participant_ids=mention.participant_ids + (before[-1],))
            elif len(mention.participant_ids) < 2:
                continue  # ("Stalin arrived. He received him": no guest told, no meeting of one)
        found.append(mention)
    return found


def _told_by_pronoun(words: EventWords, sentence: str) -> bool:
    return any(words.guest_pronoun.match(sentence[verb.end():]) for verb in words.meeting_host.finditer(sentence))
