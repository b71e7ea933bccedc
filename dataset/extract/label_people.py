"""A transcript's speaker label is no name its turn's first sentence tells an event with.

"CSTO Secretary General Ivan Petrov: Mr Chairman, colleagues, thank you for today's meeting":
the sentence a turn opens holds its speaker's label, and read as written the name before the
colon is the one person of "today's meeting", which then stands apart from the day's summit as
a meeting of his (it shares no one with the summit's people as the lead names them). The label
names who speaks, not who meets: the speaker attends the page's event as every speaker of its
transcript does (transcripts.join_speakers). So a report of that sentence naming no one but the
speaker, by the label alone, on the article's day or none, names no one. A report that names
others beside him keeps him ("X: We held talks with Y yesterday" is his and Y's), and so does
an act other than a gathering ("X: I propose that we move on to the signing": he signs).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from ruchina.extract.event_report import BODY, FAMILY, EventMention
from ruchina.extract.linking import Mention


def without_label_people(mentions: list[EventMention], labels: list[Mention], body_mentions: list[Mention],
                         published: dt.date | None) -> list[EventMention]:
    """The reports with the speaker named only by the label of the turn their sentence opens
    taken out of their people. ``labels``: the transcript's speaker labels (none: nothing changes)."""
    if not labels:
        return mentions
    return [_without_label_person(m, labels, body_mentions, published) for m in mentions]


def _without_label_person(mention: EventMention, labels: list[Mention], body_mentions: list[Mention],
                          published: dt.date | None) -> EventMention:
    if (mention.part != BODY or mention.sentence_start < 0 or len(mention.participant_ids) != 1
            or FAMILY[mention.event_type] != "gathering"):
        return mention  # (a chair's "I propose to move on to the signing": he signs)
    if mention.date is not None and not (published and mention.date.first <= published <= mention.date.last):
        return mention  # (a day of its own: the speaker's act of another day, perhaps)
    (person,) = mention.participant_ids
    start, end = mention.sentence_start, mention.sentence_start + len(mention.sentence)
    label = next((m for m in labels if start <= m.start < end and m.entity_id == person), None)
    if label is None or label.end > start + mention.clause[1]:
        return mention
    if any(m.entity_id == person and label.end <= m.start < end for m in body_mentions):
        return mention  # (named again after the colon: "X: I, X, met ...")
    return replace(mention, participant_ids=())
