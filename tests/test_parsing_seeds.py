"""The parser on the five original articles: every field, as a careful reader sees it."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from conftest import SEEDS

from ruchina.text.article_file import read_article_file
from ruchina.text.parsing import parse_article


def parse_seed(stem: str):
    path = SEEDS / f"{stem}.txt"
    return parse_article(read_article_file(path).text, path)


EXPECTED = {
    "000_73309e156c90b8c6": dict(
        title=None,
        subtitle=None,
        url=None,
        outlet=None,
        published_date=dt.date(2023, 11, 11),
        body_starts="Russian President Vladimir Putin and Chinese President Xi Jinping met on Wednesday",
        body_ends="more interconnected and prosperous future.",
        paragraphs=8,
    ),
    "001_34d5bd79dd6ecba0": dict(
        title="‘They Have Each Others’ Backs’: Russia-China ‘Alignment’ Helping Both Nations Prosper - Expert",
        subtitle="Despite increasing Western sanctions against Russia and China, both nations have continued to "
        "prosper, deepening their economic, political, and cultural ties in recent years.",
        url="https://sputnikglobe.com/20231019/they-have-each-others-backs-russia-china-alignment-helping-both-"
        "nations-prosper---expert-1114331159.html",
        outlet="Sputnik",
        published_date=dt.date(2023, 10, 19),
        body_starts="The leaders of most of the world’s nations have converged in Beijing this week",
        body_ends="all the other institutions that are building out a multipolar world for the better.”",
        paragraphs=8,
    ),
    "002_78cbc9635da60a2b": dict(
        title="Putin and Xi to meet in Beijing this week.",
        subtitle="They share a vision for a new international order less dominated by the US and its allies.",
        url=None,
        outlet=None,
        published_date=None,
        body_starts="Russian President Vladimir Putin and Chinese leader Xi Jinping are scheduled to meet",
        body_ends="offering him an opportunity to showcase China’s expanding global ambitions.",
        paragraphs=11,
    ),
    "003_0ffdf3b1fd0ff278": dict(
        title=None,
        subtitle=None,
        url=None,
        outlet="Washington Examiner",
        published_date=None,
        body_starts="Russian President Vladimir Putin and Chinese President Xi Jinping boasted Wednesday",
        body_ends="such as luxury cars and electronic components it uses in military production.",
        paragraphs=17,
    ),
    "004_ed8ed3a4a9ec07fd": dict(
        title="Putin and Xi Forge Alliances Amid Global Uncertainties",
        subtitle="The two leaders underscore their alliance in dealing with U.S. policies while highlighting "
        "their countries' roles as stabilizing forces on the world stage.",
        url=None,
        outlet=None,
        published_date=None,
        body_starts="In a significant meeting, Russian and Chinese leaders emphasize their partnership",
        body_ends="project an image of strength and unity on the global stage.",
        paragraphs=8,
    ),
}


@pytest.mark.parametrize("stem", sorted(EXPECTED))
def test_every_field_of_every_seed(stem):
    article, expected = parse_seed(stem), EXPECTED[stem]
    assert article.title == expected["title"]
    assert article.subtitle == expected["subtitle"]
    assert article.url == expected["url"]
    assert article.outlet == expected["outlet"]
    assert article.published_date == expected["published_date"]
    assert article.language == "en"
    assert article.body.startswith(expected["body_starts"])
    assert article.body.endswith(expected["body_ends"])
    assert len(article.paragraphs) == expected["paragraphs"]


@pytest.mark.parametrize("stem", sorted(EXPECTED))
def test_no_body_holds_markdown_header_or_title_text(stem):
    article = parse_seed(stem)
    body = article.body
    assert "**" not in body and not re.search(r"^#", body, re.M)
    assert not re.search(r"^\s*date\s+\d{4}-", body, re.M | re.I)
    assert "http" not in body
    if article.title:
        assert article.title not in body
    if article.subtitle:
        assert article.subtitle not in body


def test_the_boilerplate_line_is_no_body_text_but_names_the_outlet():
    article = parse_seed("003_0ffdf3b1fd0ff278")
    assert article.boilerplate == ["CLICK HERE TO READ MORE FROM THE WASHINGTON EXAMINER"]
    for stem in EXPECTED:
        assert "CLICK HERE" not in parse_seed(stem).body


def test_a_publisher_footer_is_removed():
    article = parse_seed("001_34d5bd79dd6ecba0")
    assert not any("tune in to our" in p for p in article.paragraphs)
    assert len(article.boilerplate) == 1


def test_jammed_paragraphs_are_separated():
    paragraphs = parse_seed("001_34d5bd79dd6ecba0").paragraphs
    assert any(p.startswith("“The two key leaders") for p in paragraphs)
    assert any(p.startswith("Author, journalist, and geopolitical analyst KJ Noh") for p in paragraphs)
    assert not any("solid.”“The" in p or "Putin.Author" in p for p in paragraphs)


def test_a_repeated_bold_title_is_counted_and_repeated_paragraphs_are_kept():
    article = parse_seed("004_ed8ed3a4a9ec07fd")
    assert article.title_repeats == 1
    repeated = [p for p in article.paragraphs if p.startswith("As part of a state visit")]
    assert len(repeated) == 2, "the body keeps duplicates as the source has them"


def test_one_paragraph_per_line_is_read_as_paragraphs():
    paragraphs = parse_seed("003_0ffdf3b1fd0ff278").paragraphs
    assert paragraphs[2] == "The SCO was founded in 2001 with Russia, China, Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan."
