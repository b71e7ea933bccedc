"""A caption printed again right under itself is page text (text/page_layout.py), but a lead that
opens with the same name and office as the caption above it is the story's: a caption printed again
is no longer than the caption, give or take its credit. Fixtures written for these tests."""

from __future__ import annotations

import datetime as dt

from ruchina.text.parsing import parse_article

HEAD = ("Chilean minister heads to Vietnam for port talks\n\n"
        "Published: 9:10am, 4 Mar, 2024\n\n"
        "Chilean Foreign Minister Ana Beltran Soto at a press conference in Santiago. Photo: Handout\n\n")
TAIL = ("The ministry said on Friday that she was invited by her counterpart.\n\n"
        "Officials expect a shipping agreement to be signed in Hanoi.\n")


def paragraphs(text: str) -> list[str]:
    return parse_article(text, "seeds/page.txt", today=dt.date(2026, 1, 1)).paragraphs


def test_a_lead_opening_with_the_captions_name_stays_the_story():
    lead = ("Chilean Foreign Minister Ana Beltran Soto will be in Vietnam on Tuesday and Wednesday for an official "
            "visit that puts ports and fruit exports at the top of the agenda.")
    assert lead in paragraphs(HEAD + lead + "\n\n" + TAIL)


def test_look_alike_the_caption_printed_again_is_page_text():
    again = "Chilean Foreign Minister Ana Beltran Soto at a press conference in Santiago."
    found = paragraphs(HEAD + again + "\n\n" + TAIL)
    assert again not in found
    assert found[0].startswith("The ministry said")
