"""A founding told in passing in a lead with its year right after the verb ("the club that X and
Y set up in 2009") is dated by that year, not by the day the lead reports its news on, and a
lead's report its own words date more than a year before the article is the story's background:
the lead's next report is the main event (founding_dates.py, event_mentions._headline). A founding
that is the day's news ("was established in Minsk on Tuesday") stays the main event. Fixtures
written for these tests."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

DAY = dt.date(2024, 10, 23)
TITLE = "Bloc grows as leaders gather on the Volga"


def main_event(body, title=TITLE):
    events = extract_article("t1", title, None, body, DAY, "en").events
    main = next(e for e in events if e.main)
    return main.types(), main.date, [e for e in events if "founding" in e.types()]


def test_a_founding_years_before_is_background_and_the_summit_is_the_main_event():
    body = ("Four countries became full members of the group on Tuesday, the largest expansion of the club that "
            "Brazil, Russia, India and China set up in 2009, at a three-day summit that closed in the exhibition hall.")
    types, date, foundings = main_event(body)
    assert types == {"summit"}
    assert all(f.date is None or f.date.last.year == 2009 for f in foundings)


def test_a_founding_that_is_the_days_news_stays_the_main_event():
    body = "A new regional development bank was established in Minsk on Tuesday by five member states."
    types, date, _ = main_event(body, "New development bank founded")
    assert types == {"founding"}
    assert date is not None and date.first == dt.date(2024, 10, 22)
