"""A standfirst printed as a list of bullets under the title: the bullets are one dek, and the
byline and date line under them are the page's head, read for its publication date; beside a
look-alike, a list the story goes on after, which stays the story's. Fixtures written for these
tests; none is copied."""

from __future__ import annotations

import datetime as dt

from ruchina.text.parsing import parse_article

TODAY = dt.date(2026, 1, 1)

STORY = ("OSLO - Norway's fisheries minister Kari Holm will travel to Iceland from Tuesday to Thursday for "
         "talks on cod quotas, her ministry said on Sunday.\n\n"
         "She is expected to meet her counterpart in Reykjavik on Wednesday.\n")


def parse(text: str):
    return parse_article(text, "seeds/page.txt", today=TODAY, url="https://example.test/news/article/holm-iceland")


def test_bullets_under_the_title_are_one_dek_and_the_date_line_below_them_dates_the_page():
    article = parse("Fisheries minister Holm to visit Iceland for quota talks\n\n"
                    "- The talks on cod quotas will be held in Reykjavik on Wednesday, Oslo says\n\n"
                    "- Neither side has said whether a deal will be signed\n\n"
                    "By Ola Berg\n\nPublished: 6:40pm, 12 Mar, 2023\n\n" + STORY)
    assert article.published_date == dt.date(2023, 3, 12)
    assert article.subtitle.startswith("The talks on cod quotas")
    assert article.body.startswith("OSLO - Norway's fisheries minister")
    assert "Neither side" not in article.body


def test_look_alike_a_list_the_story_goes_on_after_stays_the_story():
    article = parse("Fisheries minister Holm to visit Iceland for quota talks\n\n"
                    "- The talks on cod quotas will be held in Reykjavik on Wednesday, Oslo says\n\n"
                    "- Neither side has said whether a deal will be signed\n\n" + STORY)
    assert "Neither side has said" in article.body


def test_a_reading_time_line_between_the_bullets_and_the_date_line_is_the_head_too():
    article = parse("Fisheries minister Holm to visit Iceland for quota talks\n\n"
                    "- The talks on cod quotas will be held in Reykjavik on Wednesday, Oslo says\n\n"
                    "- Neither side has said whether a deal will be signed\n\n"
                    "Reading Time: 4 minutes\n\nPublished: 6:40pm, 12 Mar, 2023\n\n" + STORY)
    assert article.published_date == dt.date(2023, 3, 12)
    assert "Neither side" not in article.body
    assert "Reading Time" not in article.body


def test_look_alike_a_sentence_about_reading_time_stays_the_story():
    article = parse("Fisheries minister Holm to visit Iceland for quota talks\n\n" + STORY
                    + "\nReading time at the national library fell by 4 minutes a day, a survey found.\n")
    assert "Reading time at the national library" in article.body
