"""The place of an event an answer in a transcript tells of, taken from the question it answers.

In an interview or a forum's questions and answers the question names the place and the
answer only the event: "X: Will you go to Oslo for the games? Putin: I plan to attend the
opening ceremony." The ceremony is Oslo's. An answer's event word with no place of its own
takes the one place the question before it names as a destination or venue, when:

- its sentence opens the answer (the speaker's label is in it, before the event word);
- the turn before is another speaker's and ends with a question mark ("?"), so it is a
  question and this is its answer; a statement before the answer moves no place;
- that turn names exactly one place after a venue preposition ("to Oslo", "in Oslo"); two
  places leave the answer's event without one, as before.
"""

from __future__ import annotations

from dataclasses import replace

from ruchina.extract.event_report import EventMention
from ruchina.extract.event_words import EventWords
from ruchina.extract.linking import Mention

_PLACE_TYPES = ("GPE", "FAC", "LOC")
#: how far before a place its venue preposition may start ("in the city of ")
_PREPOSITION_REACH = 24
#: how far into its sentence an answer's label may start (a title before the name)
_LABEL_REACH = 120


def place_answers(words: EventWords, mentions: list[EventMention], labels: list[Mention], body: str,
                  body_mentions: list[Mention]) -> list[EventMention]:
    """``mentions`` with the place of the question each placeless answer answers."""
    if len(labels) < 2:
        return mentions
    result = []
    for mention in mentions:
        place = None
        if mention.location_id is None and mention.in_body and mention.sentence_start >= 0:
            place = _question_place(words, mention, labels, body, body_mentions)
        result.append(replace(mention, location_id=place) if place else mention)
    return result


def _question_place(words: EventWords, mention: EventMention, labels: list[Mention], body: str,
                    body_mentions: list[Mention]) -> str | None:
    start, end = mention.sentence_start, mention.sentence_end
    turn = next((i for i, label in enumerate(labels) if start <= label.start < end), None)
    # (turn 0 answers nothing; a label far into the sentence does not open it)
    if not turn or labels[turn].start - start > _LABEL_REACH:
        return None
    answer, question = labels[turn], labels[turn - 1]
    if answer.entity_id == question.entity_id or not body[question.end:answer.start].rstrip().endswith("?"):
        return None
    places = {
        m.entity_id for m in body_mentions
        if m.entity_type in _PLACE_TYPES and question.end <= m.start < answer.start
        and words.venue_before.search(body[max(0, m.start - _PREPOSITION_REACH):m.start])
    }
    return places.pop() if len(places) == 1 else None
