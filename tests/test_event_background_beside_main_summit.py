"""A meeting told as held months before the article ("met him in Ankara only last month") is
background, not news, even when its sentence also speaks of the article's main summit: only a
summit the main event, a meeting of two, is told held at is kept undated beside it
(event_sidelines.hosts_main). Its look-alike: talks of two on a named summit's sidelines keep
that summit. Fixtures written for these tests."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

ERDOGAN, TOKAYEV = "Q39259", "kassym-jomart-tokayev"
DAY = dt.date(2024, 7, 18)


def events(title, body):
    return extract_article("t1", title, None, body, DAY, "en").events


def test_a_meeting_months_before_beside_the_main_summit_is_background():
    body = ("The SCO summit opened in Astana on Thursday with the leaders of ten member states. "
            "Kassym-Jomart Tokayev met Recep Tayyip Erdogan in Ankara only last month, and today they sat "
            "side by side at the summit.")
    rows = events("SCO summit opens in Astana", body)
    assert not any(ERDOGAN in e.participants and "meeting" in e.types() for e in rows)


def test_talks_on_a_named_summits_sidelines_keep_the_summit():
    body = "Kassym-Jomart Tokayev met Recep Tayyip Erdogan on Thursday on the sidelines of the SCO summit in Astana."
    rows = events("Tokayev meets Erdogan", body)
    assert any(e.main and e.types() == {"meeting"} for e in rows)
    assert any("summit" in e.types() for e in rows)
