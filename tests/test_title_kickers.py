"""A title's kicker names the story's occasion; the talks its headline tells are the news
(extract/title_kickers.py). Fixtures written for these tests, each beside a look-alike whose
title keeps its first event."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

DAY = dt.date(2019, 6, 14)
BODY = ("Chinese President Xi Jinping and Russian President Vladimir Putin shook hands in the hall "
        "before their delegations sat down. The forum's second day opened with a plenary session.")


def main_event(title, body=BODY):
    (main,) = [e for e in extract_article("p1", title, None, body, DAY, "en").events if e.main]
    return main


def test_the_talks_after_a_kicker_naming_the_forum_are_the_titles_event():
    main = main_event("Eurasian Economic Forum: Xi and Putin hold talks")
    assert main.mentions[0].event_type == "meeting"
    assert {"Q7747", "Q15031"} <= main.participants


def test_the_same_forum_named_in_the_headline_itself_stays_the_titles_event():
    main = main_event("Xi and Putin attend Eurasian Economic Forum plenary")
    assert main.mentions[0].event_type == "forum"


def test_a_kicker_over_a_headline_of_no_ones_talks_keeps_its_summit():
    body = "Leaders of the member states gathered in Dushanbe on Friday and adopted a declaration."
    main = main_event("SCO summit: leaders adopt a declaration in Dushanbe", body)
    assert main.mentions[0].event_type == "summit"


def test_a_speakers_name_before_the_colon_is_no_kicker():
    body = "Vladimir Putin said on Friday that the summit in Dushanbe would open on Monday."
    main = main_event("Putin: the summit will open on Monday", body)
    assert main.mentions[0].event_type == "summit"
