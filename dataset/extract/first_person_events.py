"""An event to come that a speaker of a transcript tells in the first person: the speaker holds it.

In a printed transcript the people of a sentence are often only "we" or "I": "We will discuss
housing with the governors at a council meeting next week", under the label of the one who
chairs it. Such a report names no one, and an event with no participant tells a reader
nothing; the speaker of the turn is one who holds it. Only a plan is read so: a speaker's
"we" in what is done is as often the country, the government or the audience ("we had three
big forums", "where we meet behind closed doors"). The first person must be the last person
in the clause before the event word: "we know that next week you have a meeting" tells the
other's meeting. Only an event that names no one takes the speaker. The words are the
language's (``first_person`` and ``other_persons`` in knowledge/events_<language>.yaml,
EventWords' fields of those names); where a language lists none, nothing is added.
"""

from __future__ import annotations

from dataclasses import replace

from ruchina.extract.event_mentions import ArticleEvent
from ruchina.extract.event_report import BODY, EventMention
from ruchina.extract.event_words import EventWords
from ruchina.extract.linking import Mention
from ruchina.extract.transcript_turns import event_words_with_clause_starts, turn_at


def speakers_hold_their_events(words: EventWords, events: list[ArticleEvent], labels: list[Mention]) -> None:
    """Give an event to come that names no one the speaker of the transcript turn that tells
    it in the first person (``labels``: the turns' speaker labels in reading order)."""
    if not labels:
        return
    for event in events:
        if event.participants:
            continue
        for index, mention in enumerate(event.mentions):
            at = _told_in_first_person(words, mention)
            turn = None if at is None else turn_at(labels, mention.sentence_start + at)
            if turn is not None:
                event.add(replace(mention, participant_ids=(labels[turn].entity_id,)), index)
                break


def _told_in_first_person(words: EventWords, mention: EventMention) -> int | None:
    """Where in its sentence the event word of a plan told in the first person starts."""
    if mention.part != BODY or mention.sentence_start < 0 or mention.status != "planned":
        return None
    sentence, (low, high) = mention.sentence, mention.scope
    for found, clause_start in event_words_with_clause_starts(words, sentence, low, high):
        speaker = [m.end() for m in words.first_person.finditer(sentence, clause_start, found.start())]
        if speaker and not words.other_persons.search(sentence, speaker[-1], found.start()):
            return found.start()
    return None
