"""Two event words of one sentence, each with a day of its own in its own words, days that lie
apart: two events, however alike their kind ("X will join the forum's meeting by video on Friday
and the summit on Saturday and Sunday": the meeting on Friday, the summit over the two days
after it). Each word's day is the one its own clause states (sentence_reports.py chose it), not
one it took from another sentence. Not one word over several days ("met on Monday and Tuesday":
one report), nor two words whose days overlap ("the summit opened on Tuesday and the leaders met
that day"); only meetings and summits (a visit's arrival on Wednesday and "a state visit that lasts
until Saturday" are one visit). Read by event_compatibility.py within an article.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ruchina.extract.event_mentions import ArticleEvent
    from ruchina.extract.event_report import EventMention

#: the kind of a date no phrase of the sentence states (the publication date standing in)
_PUBLISHED = "published"
#: the family of meetings and summits: a visit's arrival day and the visit's own words ("a state
#: visit that lasts until Saturday") tell one visit, a gathering's two words on days apart two
_GATHERING = "gathering"


def dated_apart_in_one_sentence(a: ArticleEvent, b: ArticleEvent) -> bool:
    """Whether a report of ``a`` and one of ``b`` are two event words of one sentence, each
    dated to the day by its own words, on days that lie apart."""
    if a.family != _GATHERING or b.family != _GATHERING:
        return False  # ("arrived on Wednesday on a state visit that lasts until Saturday": one visit)
    return any(_apart(ma, mb) for ma in a.mentions for mb in b.mentions)


def _apart(a: EventMention, b: EventMention) -> bool:
    if a.sentence_start != b.sentence_start or a.part != b.part or a.sentence != b.sentence:
        return False
    if not (_own_day(a) and _own_day(b)) or a.date.overlaps(b.date):
        return False
    # (each its own words: the scopes of the two event words do not overlap)
    return a.scope[1] <= b.scope[0] or b.scope[1] <= a.scope[0]


def _own_day(mention: EventMention) -> bool:
    date = mention.date
    return (date is not None and date.precision == "day" and date.kind != _PUBLISHED
            and not mention.date_is_inherited and mention.scope[1] > mention.scope[0])
