"""An event whose preparations the text tells is still to come ("Preparations for the summit
in Kazan are under way"), though the sentence speaks in the present or the past of the
preparing; one the text dates before the article was prepared and held. Every text is
written for the test."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

PUBLISHED = dt.date(2025, 3, 20)
LEAD = "Vladimir Putin met Kassym-Jomart Tokayev in Moscow on Tuesday. "


def summits(body: str):
    extraction = extract_article("prepared", "Talks with President of Kazakhstan", None, LEAD + body, PUBLISHED, "en")
    return [m for m in extraction.event_mentions if m.event_type == "summit"]


def test_a_summit_being_prepared_is_to_come():
    found = summits("Preparations for the regional summit in Kazan are under way.")
    assert [m.status for m in found] == ["planned"]


def test_a_summit_whose_preparations_the_text_dates_before_the_article_was_held():
    found = summits("The preparations for the regional summit in Kazan in May 2019 took a year.")
    assert [m.status for m in found] == ["occurred"]
