"""The occasion of a celebration: the anchor day a parade or a festivity is held on.

"Came to the celebration of Victory" names no year and no date, yet the celebration is
held on the anchor's day (knowledge/anchors.yaml, 9 May): in the publication's year, or
the nearest such day to it. A report so dated, or dated by the anchor's anniversary ("the
80th anniversary of Victory"), or on the anchor's day by a date phrase ("the celebration of
Victory on 9 May"), is of the celebration the knowledge base names for the anchor
("Victory Day"): that name ties the reports of one day's celebration across articles that
share no one but the host. A celebration dated otherwise ("last year's parade") is left
as it is: its date is its own.
"""

from __future__ import annotations

import datetime as dt

from ruchina.extract.dates import ResolvedDate
from ruchina.knowledge.anchors import Anchor, anchors

#: event types held on the day of their occasion (the parade of a Victory Day anniversary)
CELEBRATIONS = frozenset({"parade"})
#: how far after the event word the anchor's name may begin ("на празднование Победы")
_REACH = 25


def celebrated(sentence: str, t_end: int, scope_end: int, date: ResolvedDate | None, published: dt.date | None,
               event_type: str = "parade") -> tuple[ResolvedDate | None, tuple[str, ...], bool]:
    """(its date, the name of the celebrated event if any, whether it is still to come) of
    the report whose event word ends at ``t_end``; the date as given, no name, when it is no
    celebration or the sentence names no anchor's celebration. ("Came to the celebration of
    Victory" on 7 May: the celebration, on a day the text does not state, is to come, though
    the coming is past.)"""
    if event_type not in CELEBRATIONS:
        return date, (), False
    given = date
    date, names = _occasion(sentence, t_end, scope_end, date, published)
    # (only a day the text does not state: a past tense with the stated day of a celebration to
    # come, "took part in the celebrations of the 80th anniversary", is the text's to tell)
    return date, names, bool(given is None and date is not None and published and date.first > published)


def _occasion(sentence: str, t_end: int, scope_end: int, date: ResolvedDate | None,
              published: dt.date | None) -> tuple[ResolvedDate | None, tuple[str, ...]]:
    if date is not None and date.kind == "anniversary":
        anchor = _anchor_of_day(date.first)
        return date, (anchor.event,) if anchor else ()
    anchor, (name_start, name_end) = _named_after(sentence[t_end:scope_end])
    if anchor is None:
        return date, ()
    if date is not None:
        same_day = date.precision == "day" and (date.first.month, date.first.day) == (anchor.month, anchor.day)
        return date, (anchor.event,) if same_day else ()
    if published is None:
        return None, ()
    day = _nearest_day(anchor, published)
    # (the date's words are the anchor's name: "Победы" in "на празднование Победы")
    return (ResolvedDate(day, day, "day", anchor.label, t_end + name_start, t_end + name_end, "anniversary"),
            (anchor.event,))


def _named_after(text: str) -> tuple[Anchor | None, tuple[int, int]]:
    """The celebrated anchor whose name begins within _REACH characters of ``text``, and
    where its name stands in ``text``."""
    for anchor in anchors():
        if anchor.event and anchor.day:
            for pattern in anchor.celebrated + anchor.patterns:
                match = pattern.search(text, 0, _REACH + 80)
                if match and match.start() <= _REACH and match.end() > match.start():
                    return anchor, match.span()
    return None, (0, 0)


def _anchor_of_day(day: dt.date) -> Anchor | None:
    return next((a for a in anchors() if a.event and (a.month, a.day) == (day.month, day.day)), None)


def _nearest_day(anchor: Anchor, published: dt.date) -> dt.date:
    """The anchor's day nearest to ``published`` (a text of late December speaks of May's)."""
    days = [dt.date(published.year + step, anchor.month, anchor.day) for step in (-1, 0, 1)]
    return min(days, key=lambda d: (abs((d - published).days), d < published))
