"""A credit line that carries its own caption ("Photo: X greets Y in Lima. (Pool photo)") closes
that caption, not the story's paragraph above it (text/page_chrome.py): only a credit line of
names and agencies ("Maria Lopez | AFP | Getty Images") makes the short paragraph above it a
caption. Fixtures written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from ruchina.text.parsing import parse_article

STORY = ("Premier arrives in Lima for talks\n\n"
         "The Chinese premier arrived in Peru on Tuesday for a three-day official visit.\n\n"
         "He landed in Lima in the afternoon and held talks with the president. Both sides praised the port deal.\n\n")
TALKS = "He landed in Lima in the afternoon and held talks with the president. Both sides praised the port deal."


def paragraphs(text: str) -> list[str]:
    return parse_article(text, "seeds/page.txt", today=dt.date(2026, 1, 1)).paragraphs


@pytest.mark.parametrize("credit_line", [
    "Photo: The president greets the premier at the palace in Lima. (Agency photo)",
    "[Photo] The president greets the premier at the palace in Lima on Tuesday. Credit: Pool photo",
])
def test_a_credit_line_holding_its_own_caption_leaves_the_paragraph_above_it(credit_line):
    found = paragraphs(STORY + credit_line + "\n\nThe premier flies home on Thursday.\n")
    assert TALKS in found
    assert credit_line not in found


@pytest.mark.parametrize("credit_line", [
    "Maria Lopez | AFP | Getty Images",
    "Photo: J. R. Smith / AFP",
])
def test_look_alike_a_credit_line_of_names_takes_the_short_caption_above_it(credit_line):
    text = STORY.replace(TALKS, "The president greets the premier at the palace in Lima on Tuesday.")
    found = paragraphs(text + credit_line + "\n\nThe premier flies home on Thursday.\n")
    assert "The president greets the premier at the palace in Lima on Tuesday." not in found
    assert found[-1] == "The premier flies home on Thursday."
