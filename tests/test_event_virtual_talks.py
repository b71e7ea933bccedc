"""Talks held over a link are a call: "held talks virtually", "a virtual meeting". Not talks
in a sentence that says "virtually" for "almost" ("virtually all areas of trade") or uses
"virtual" as a figure of speech ("a virtual wall"). Every text is written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from ruchina.extract.extraction import extract_article

PUBLISHED = dt.date(2025, 3, 20)


def types(body: str) -> list[str]:
    return [m.event_type for m in extract_article("virtual", None, None, body, PUBLISHED, "en").event_mentions]


@pytest.mark.parametrize("body", [
    "Vladimir Putin and Kassym-Jomart Tokayev held talks virtually on Monday.",
    "Vladimir Putin and Kassym-Jomart Tokayev virtually held talks on Monday.",
])
def test_talks_held_virtually_are_a_call(body):
    assert types(body) == ["call"]


@pytest.mark.parametrize("body", [
    "Vladimir Putin and Kassym-Jomart Tokayev held talks on Monday on virtually all areas of trade.",
    "Vladimir Putin and Kassym-Jomart Tokayev held talks on Monday about a virtual wall rising.",
])
def test_talks_beside_virtually_meaning_almost_or_a_figure_are_a_meeting(body):
    assert types(body) == ["meeting"]
