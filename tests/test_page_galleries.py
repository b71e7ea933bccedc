"""A gallery page, "1 of 4" printed alone over each photo's caption and a credit closing each: the
captions, without their credits, are its story (text/page_galleries.py), where read as any page they
were page text and the story kept only its dek (or, with no dek, nothing but the page's tail). Beside it, the look-alikes: a story with two
counters is no gallery, and counters out of order are none either. Fixtures written for these tests."""

from __future__ import annotations

import datetime as dt

from ruchina.text.parsing import parse_article

HEAD = ("SOUTHERN EYE\n\nNews | Galleries | Video\n\n"
        "In pictures: Mexico's president in Rome and Milan\n\nPosted March 6, 2030 at 9:10 AM\n\n"
        "Four days in Italy, from the Tiber to the Duomo.\n\n")
CAPTIONS = [
    "President Luis Herrera steps off his plane at Fiumicino airport, Rome, on Monday, March 3.",
    "Herrera and the Italian prime minister shake hands before their talks on Tuesday.",
    "The two leaders sign a cultural agreement, Tuesday.",
    "Herrera tours a car factory outside Milan on Wednesday.",
]
CREDITS = ["Photo: Rosa Bianchi / Southern Eye", "Photo: Palazzo Chigi pool", "Photo: Pool",
           "Photo: Marco Neri / Southern Eye"]
TAIL = "More galleries\n\nSpring comes to the Alps\n"


def _page(counters: list[str], head: str = HEAD) -> str:
    return head + "".join(f"{counter}\n\n{caption} {credit}\n\n"
                          for counter, caption, credit in zip(counters, CAPTIONS, CREDITS)) + TAIL


#: the same head with no dek: the first counter stands right under the date line
HEAD_WITHOUT_DEK = HEAD.replace("Four days in Italy, from the Tiber to the Duomo.\n\n", "")


def _paragraphs(text: str) -> list[str]:
    return parse_article(text, "seeds/page.txt", today=dt.date(2031, 1, 1)).paragraphs


def test_a_gallerys_numbered_captions_are_its_story_without_their_credits():
    found = _paragraphs(_page(["1 of 4", "2 of 4", "3 of 4", "4 of 4"]))
    assert found[1:] == CAPTIONS
    assert not any("Photo:" in p or "of 4" in p for p in found)


def test_two_counters_make_no_gallery():
    text = _page(["1 of 2", "2 of 2"])
    assert CAPTIONS[0] not in _paragraphs(text)


def test_counters_out_of_order_make_no_gallery():
    assert CAPTIONS[0] not in _paragraphs(_page(["1 of 4", "3 of 4", "2 of 4", "4 of 4"]))


def test_a_gallery_right_under_the_date_line_is_the_story_not_page_text_below_the_title():
    found = _paragraphs(_page(["1 of 4", "2 of 4", "3 of 4", "4 of 4"], head=HEAD_WITHOUT_DEK))
    assert found == CAPTIONS


def test_two_counters_right_under_the_date_line_stay_page_text():
    found = _paragraphs(_page(["1 of 2", "2 of 2"], head=HEAD_WITHOUT_DEK))
    assert CAPTIONS[0] not in found and "1 of 2" not in found
