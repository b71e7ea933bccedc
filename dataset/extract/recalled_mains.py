"""A main event told only in sentences that recall a month or a year gone by is no report.

A commentary under a title that names no day ("Summits beside the summits") looks back at
meetings by their month ("In May 2014 the two presidents met in Shanghai, before the
conference had even opened"): the title's event joins the reports of those sentences that carry
no date of their own (the month dates the other event word, "met"), and, dated by the page as a
main event told with no day is, it would become an event held on the page's day. Where none of
the main event's reports names a date and every one of them in the body sits in a sentence whose
other report is dated by a month or a year that ended before the page (and by no day), the page
recalls it by month only: no event, as the recalled meetings are none. A main event with one
report in a sentence of its own ("The summit opens in Vientiane", no date) stays the page's
event of the day.
"""

from __future__ import annotations

import datetime as dt

from ruchina.extract.dates import resolve_dates
from ruchina.extract.event_report import TITLE

#: the grains of a date that recall a period, not a day
_COARSE = frozenset({"month", "year"})


def recalled_by_month(events: list, published: dt.date | None, language: str | None) -> None:
    """Un-marks, in place, the main event told only beside months or years gone by, and drops
    the page's day it assumed: it is left to the background rule (undated, no main event). A
    sentence that also states a day ("joined the group on Tuesday, ... the club set up in 2009,
    at a summit") tells the day's news, whichever word the day dates."""
    main = next((e for e in events if e.main), None)
    if main is None or published is None or language is None or any(m.date is not None for m in main.mentions):
        return
    told = [m for m in main.mentions if m.part != TITLE]
    if not told:
        return  # (a title alone: the page's event of the day)
    dated = [(m.sentence_key, m.date) for e in events if e is not main for m in e.mentions
             if m.date is not None and not m.date_is_inherited]
    recalled = {key for key, date in dated if date.precision in _COARSE and date.last < published}
    if all(m.sentence_key in recalled and _only_gone_by(m.sentence, published, language) for m in told):
        main.main = False
        main.assumed_date = None
        main.__dict__.pop("date", None)


def _only_gone_by(sentence: str, published: dt.date, language: str) -> bool:
    """Whether every date the sentence states is a month or a year that ended before the page."""
    return all(d.precision in _COARSE and d.last < published for d in resolve_dates(sentence, published, language=language))
