"""An event a speaker of a transcript tells as the one addressed's: the addressee takes part.

In a printed transcript a speaker often speaks of the other's event: "Mr President, your
meeting with the President of Belarus is scheduled for the end of the year", "Yesterday you
had a meeting with the head of China", "Сегодня у Вас важный телефонный разговор". Such a
sentence names the other side of the event but not the one addressed, who is only "you";
read as it is written, the event is one person's (the Belarusian's), which no report of the
real meeting matches. The addressee of a turn is the one who speaks next (the leader a
reporter's question goes to, the host who answers a guest's speech), or, at the end of the
transcript, the one who spoke last before it. The speaker is no party by the second person
alone ("your meeting" is not the speaker's); "a meeting with you" right after the event word
is the speaker's with the addressee ("в преддверии встречи с Вами": the talks under way).

The second person must stand in the event word's own clause, right before it ("your recent
visit", "you had a meeting", "у Вас ... разговор") or right after it ("встречи с Вами"); a
"you" of another clause ("I told you that the summit ...") or a thanked "you" ("thank you for
the meeting") is no party. The words are the language's (``addressed_before`` and
``addressed_after`` in knowledge/events_<language>.yaml, EventWords' fields of those names);
where a language lists none, nothing is added. Only a transcript (two speaker labels at least:
transcripts.speaker_labels) has an addressee; a letter quoted in a report does not.
"""

from __future__ import annotations

from dataclasses import replace

from ruchina.extract.event_mentions import ArticleEvent
from ruchina.extract.event_report import BODY, EventMention
from ruchina.extract.event_words import EventWords
from ruchina.extract.linking import Mention
from ruchina.extract.transcript_turns import event_words_with_clause_starts, turn_at


def addressees_take_part(words: EventWords, events: list[ArticleEvent], labels: list[Mention]) -> None:
    """Add to each event a transcript's speaker tells in the second person the turn's addressee
    (and the speaker, for "a meeting with you"). ``labels``: the transcript's speaker labels in
    reading order (none: no transcript, nothing changes). Read once the article's reports are
    merged: the addressee's own event of another day ("last week you met X") must not join the
    day's talks with him by the person they share."""
    if not labels:
        return
    for event in events:
        for index, mention in enumerate(event.mentions):
            people = _with_addressee(words, mention, labels)
            if people != mention.participant_ids:
                event.add(replace(mention, participant_ids=people), index)


def _with_addressee(words: EventWords, mention: EventMention, labels: list[Mention]) -> tuple[str, ...]:
    if mention.part != BODY or mention.sentence_start < 0:
        return mention.participant_ids
    told = _told_to_another(words, mention)
    if told is None:
        return mention.participant_ids
    at, with_speaker = told
    turn = turn_at(labels, mention.sentence_start + at)
    if turn is None:
        return mention.participant_ids
    speaker = labels[turn].entity_id
    addressee = next((label.entity_id for label in labels[turn + 1:] if label.entity_id != speaker), None) or next(
        (label.entity_id for label in reversed(labels[:turn]) if label.entity_id != speaker), None)
    if addressee is None:
        return mention.participant_ids
    added = [addressee] + ([speaker] if with_speaker else [])
    return mention.participant_ids + tuple(p for p in added if p not in mention.participant_ids)


def _told_to_another(words: EventWords, mention: EventMention) -> tuple[int, bool] | None:
    """(where in its sentence the event word told in the second person starts, whether the
    speaker takes part too: "a meeting with you"), or None."""
    sentence, (low, high) = mention.sentence, mention.clause
    for found, clause_start in event_words_with_clause_starts(words, sentence, low, high):
        if words.addressed_before.search(sentence[clause_start:found.start()]):
            return found.start(), False
        if words.addressed_after.match(sentence, found.end()):
            return found.start(), True
    return None
