"""A page of history: its main event was held more than a year before the page ("1949年12月16日 毛泽东
抵达莫斯科", on a page of 2019). What the page tells of those weeks (the talks that evening, the treaty
signed two months on) is its story, not background to the page's own day: the day the story is told
from is the main event's last, and an event a week or more before that, or undated, is background as
before. An event a year or more after the story and well before the page (the decades between, or
"am 1. August" read in the page's year) is no part of the story. Read by event_mentions'
merge_within_article on its events before it drops the background.
"""

from __future__ import annotations

import datetime as dt

from ruchina.extract.event_compatibility import PUBLISHED


def storys_day(events: list, published: dt.date | None, long_before: dt.timedelta) -> dt.date | None:
    """The publication date, or on a page of history (its main event's own date ``long_before`` the
    page or more), that event's last day."""
    main = next((e for e in events if e.main), None)
    if published is None or main is None or main.date is None or main.date.kind == PUBLISHED:
        return published
    return main.date.last if main.date.last < published - long_before else published


def between_story_and_page(event, story: dt.date | None, published: dt.date | None, long_after: dt.timedelta,
                           before_page: dt.timedelta) -> bool:
    """On a page of history, an event ``long_after`` its story or more and ``before_page`` the page:
    told in passing between them, not the story's."""
    return (story is not None and published is not None and story != published and not event.main
            and event.date is not None and event.date.first > story + long_after
            and event.date.last < published - before_page)


def first_report_of_history(mentions: list, published: dt.date | None, long_before: dt.timedelta):
    """On a page whose title and lead report nothing and whose body dates every report it dates
    ``long_before`` the page or more (a gallery of 1959 under "Khrushchev's last trip, in pictures"),
    the first of them told as held on a stated day ("October 2, 1959: ..."): the story the page tells,
    so that the reports of its days are not dropped as background to the page's own day. None where a
    body report is dated nearer the page (a news story retelling history beside its news) or none is
    dated to its day (an essay looking back over years, "sat beside Xi at the parade in September 2015")."""
    if published is None:
        return None
    dated = [m for m in mentions if m.date is not None and m.date.kind != PUBLISHED]
    if not dated or any(m.date.last >= published - long_before for m in dated):
        return None
    return next((m for m in dated if not m.earlier and m.status == "occurred" and m.date.precision == "day"), None)
