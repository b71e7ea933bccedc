"""An analysis out a day after the event its title names: the lead's day for the same people's
act dates the main event, not the publication date. Beside look-alikes: a wire story out on the
day, a lead telling other people's day, a day far back. Written for these tests; none is copied."""

from __future__ import annotations

import datetime as dt

import pytest

from ruchina.extract.extraction import extract_article

D = dt.date
WED = D(2023, 5, 17)  # a Wednesday
TITLE = "What the Tokayev-Mirziyoyev phone call says about Central Asia"


def main_day(title: str, body: str, published: dt.date = WED):
    events = extract_article("analysis", title, None, body, published, "en").events
    main = next(e for e in events if e.main)
    return main.date.first if main.date else None


def test_the_leads_day_dates_an_analysiss_main_event():
    body = ("Kassym-Jomart Tokayev and Shavkat Mirziyoyev did not need a summit on Tuesday to show where "
            "they stand.\n\nThe two men spoke for an hour about water and railways.")
    assert main_day(TITLE, body) == D(2023, 5, 16)


@pytest.mark.parametrize(
    "body, day",
    [
        # the lead names no day: the publication's
        ("Kassym-Jomart Tokayev and Shavkat Mirziyoyev spoke for an hour about water and railways.", WED),
        # the lead's day is other people's act
        ("Alexander Lukashenko and Recep Tayyip Erdogan held a summit on Tuesday.\n\n"
         "Kassym-Jomart Tokayev and Shavkat Mirziyoyev spoke for an hour about water.", WED),
        # a day well before the article's is no day of its news
        ("Kassym-Jomart Tokayev and Shavkat Mirziyoyev last held a summit on May 2.\n\n"
         "The two men spoke for an hour about water and railways.", WED),
    ],
)
def test_look_alikes_keep_the_publication_date(body, day):
    assert main_day(TITLE, body) == day
