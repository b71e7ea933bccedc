"""The parser on the shapes article files come in, written for the tests: none of
these names, places or layouts is taken from the seeds."""

from __future__ import annotations

import datetime as dt

import pytest

from ruchina.errors import ArticleError
from ruchina.text.parsing import parse_article

TODAY = dt.date(2026, 11, 22)


def parse(text: str):
    return parse_article(text, "seeds/test.txt", today=TODAY)


def test_markdown_with_front_matter():
    article = parse(
        "---\n"
        "title: Lavrov and Wang Yi hold talks in Vientiane\n"
        "date: 2024-07-25\n"
        "url: https://www.reuters.com/world/asia-pacific/lavrov-wang-2024-07-25/\n"
        "description: The ministers met on the sidelines of an ASEAN meeting.\n"
        "---\n\n"
        "# Lavrov and Wang Yi hold talks in Vientiane\n\n"
        "Russian Foreign Minister Sergei Lavrov met his Chinese counterpart **Wang Yi** on Thursday.\n\n"
        "They discussed [security in Eurasia](https://example.org/eurasia) and *trade*.\n"
    )
    assert article.title == "Lavrov and Wang Yi hold talks in Vientiane"
    assert article.subtitle == "The ministers met on the sidelines of an ASEAN meeting."
    assert article.published_date == dt.date(2024, 7, 25)
    assert article.outlet == "Reuters"
    assert article.paragraphs == [
        "Russian Foreign Minister Sergei Lavrov met his Chinese counterpart Wang Yi on Thursday.",
        "They discussed security in Eurasia and trade.",
    ]


def test_front_matter_outlet_is_mapped_to_its_canonical_name():
    article = parse("---\ntitle: A\noutlet: the new york times\n---\nBody text here.\n")
    assert article.outlet == "The New York Times"


def test_front_matter_with_a_datetime_and_no_title_takes_the_heading():
    article = parse("---\ndate: 2024-05-16T08:30:00Z\n---\n# Summit in Harbin\n\nLeaders met in Harbin.\n")
    assert article.published_date == dt.date(2024, 5, 16)
    assert article.title == "Summit in Harbin"
    assert article.body == "Leaders met in Harbin."


def test_key_value_header_block():
    article = parse(
        "Title: Kazakhstan hosts ministers\nSource: TASS\nDate: 2024-05-21\n\n"
        "Foreign ministers gathered in Astana on Tuesday.\n\nThey prepared the July summit.\n"
    )
    assert (article.title, article.outlet, article.published_date) == (
        "Kazakhstan hosts ministers", "TASS", dt.date(2024, 5, 21)
    )
    assert article.paragraphs[0] == "Foreign ministers gathered in Astana on Tuesday."


def test_indented_seed_header_with_url_and_unknown_domain():
    article = parse("   date 2022-02-04 https://news.example.com/a/b\n\nOlympic talks\n\nThe leaders met in Beijing.\n")
    assert article.published_date == dt.date(2022, 2, 4)
    assert article.url == "https://news.example.com/a/b"
    assert article.outlet == "news.example.com", "an unknown domain stands as the outlet"
    assert article.title == "Olympic talks"


def test_header_running_into_the_body_leaves_no_title():
    article = parse("date 2019-06-05 Leaders met in Moscow on Wednesday. They signed a statement.\n\nMore text.")
    assert article.title is None
    assert article.paragraphs[0] == "Leaders met in Moscow on Wednesday. They signed a statement."


def test_hard_wrapped_paragraphs_are_joined():
    article = parse(
        "A long title about a summit\n\nThe delegations arrived in the city\nof Samarkand late on Thursday,\n"
        "officials said. Talks begin today.\nA second paragraph starts here.\n"
    )
    assert article.paragraphs == [
        "The delegations arrived in the city of Samarkand late on Thursday, officials said. Talks begin today.",
        "A second paragraph starts here.",
    ]


def test_a_long_first_line_is_the_lead_not_a_title():
    lead = ("Officials from both governments said on Monday that the talks, which lasted more than four hours "
            "in the capital, produced agreements on energy, transport and a new payment system.")
    article = parse(lead + "\nA second paragraph.\n")
    assert article.title is None
    assert article.paragraphs[0] == lead


def test_crlf_bom_and_invisible_characters_are_normalised():
    article = parse("\ufeffdate 2024-01-02\r\n\r\nTitle\u200b here\r\n\r\nBody\u202e text\x07 here.\r\n")
    assert article.title == "Title here"
    assert article.body == "Body text here."


@pytest.mark.parametrize(
    "line",
    [
        "READ MORE: Putin says ties are at their best",
        "Most read: 1. Ferry strike enters third day 2. Budget talks stall in parliament",
        "More galleries: Harvest festival in Lyon | Floods, a year on",
        "Sign up for our daily newsletter",
        "Advertisement",
        "(Reporting by Jane Doe; Editing by John Roe)",
    ],
)
def test_publisher_lines_are_not_body_text(line):
    article = parse(f"Title of a story\n\nFirst paragraph. It has text.\n\n{line}\n\nLast paragraph of text.\n")
    assert article.paragraphs == ["First paragraph. It has text.", "Last paragraph of text."]
    assert article.boilerplate == [line]


def test_boilerplate_names_an_outlet_missing_from_the_curated_list():
    article = parse("Body text that matters. It goes on.\nCLICK HERE TO READ MORE FROM THE DAILY PLANET\n")
    assert article.outlet == "The Daily Planet"


def test_a_sentence_about_the_most_read_story_is_kept():
    article = parse("Title\n\nFirst paragraph. It has text.\n\nMost readers said: the summit changed nothing.\n\nEnd.")
    assert "Most readers said" in article.body


def test_a_body_that_mentions_clicking_is_kept():
    article = parse("Title\n\nUsers must click here to read more from the archive, the ministry said. It was new.\n\nEnd.")
    assert "click here to read more" in article.body


@pytest.mark.parametrize(
    "text, problem",
    [
        ("date 2023-02-30\n\nBody.", "impossible"),
        ("date 2023-13-01 Body.", "impossible"),
        ("date 2099-01-01\n\nBody.", "not a plausible publication date"),
        ("---\ntitle: [a, b]\n---\nBody.", "title must be text"),
        ("---\ntitle: 'unclosed\n---\nBody.", "not valid YAML"),
        ("---\n- a list\n---\nBody.", "must be a YAML mapping"),
        ("---\ndate: yesterday-ish\n---\nBody.", "is not a date"),
        ("---\nurl: ftp://x\n---\nBody.", "not an http(s) address"),
        ("date 2023-01-01 https://example.com/x\n\n**Only a title**\n", "no body text"),
    ],
)
def test_unusable_text_is_refused_with_the_file_and_the_problem(text, problem):
    with pytest.raises(ArticleError) as caught:
        parse(text)
    message = str(caught.value)
    assert message.startswith("seeds/test.txt: ")
    assert problem in message
    assert "\n" not in message
