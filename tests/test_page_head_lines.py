"""The lines of a page's head read for what they are: a date line with the page's age in words
("Updated a day ago") or with the time glued to the year by a scrape ("May 3, 20248:15 AM") is
page text, never the dek; an address whose outlet's name is as wordy as the story's own words
spells the story's headline, not the outlet's name. Each shape beside a look-alike that must stay.
Every fixture is written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from ruchina.text.page_address import slug_words
from ruchina.text.page_dates import read_date_line
from ruchina.text.parsing import parse_article

TODAY = dt.date(2026, 1, 1)
HEADLINE = "Scholz and Sánchez agree to speed up the Pyrenees power link"
LEAD = ("MADRID, March 2 (Newswire) - German Chancellor Olaf Scholz and Spanish Prime Minister Pedro Sánchez "
        "agreed on Saturday to speed up work on a power line under the Pyrenees.")
MORE = "Officials from both governments said the first tenders would follow by the end of the year."


def parse(text: str, url: str | None = None):
    return parse_article(text, "seeds/page.txt", today=TODAY, url=url)


@pytest.mark.parametrize(
    "line",
    ["March 2, 2024 9:15 AM GMT Updated a day ago", "March 2, 20249:15 AM GMT  Updated an hour ago",
     "2 March 202409:15 CET"],
)
def test_a_date_line_with_its_age_in_words_or_a_glued_time_states_its_date(line):
    stated = read_date_line(line)
    assert stated is not None and stated.date == dt.date(2024, 3, 2) and not stated.updated


@pytest.mark.parametrize(
    "line",
    ["Census counted 20249 voters in 2024",  # a number after the year is no time
     "March 2, 202412 members voted",  # digits glued to a year, with no time after them
     "Turnout was up on March 2, 2024 a day ago"],  # a sentence's words beside the date
)
def test_look_alike_a_line_with_digits_after_a_year_is_no_date_line(line):
    assert read_date_line(line) is None


def test_a_date_line_with_the_age_in_words_under_the_headline_is_no_dek():
    article = parse(f"{HEADLINE}\n\nMarch 2, 2024 9:15 AM GMT Updated a day ago\n\n{LEAD}\n\n{MORE}\n")
    assert article.title == HEADLINE and article.subtitle is None
    assert article.published_date == dt.date(2024, 3, 2)


def test_of_two_address_segments_as_wordy_the_later_is_the_storys():
    assert slug_words("https://example.com/la-voz-iberica/europa/2024/03/02/scholz-sanchez-pirineos") == [
        "scholz", "sanchez", "pirineos"]


def test_look_alike_a_wordier_story_segment_before_a_short_one_still_wins():
    assert slug_words("https://example.com/news/scholz-and-sanchez-agree-power-link/amp") == [
        "scholz", "and", "sanchez", "agree", "power", "link"]


def test_the_outlets_name_in_the_address_makes_it_no_title():
    article = parse("Diario Europeo Hoy\n\nEuropa\n\nScholz y Sánchez aceleran la interconexión de los Pirineos\n\n"
                    "2 de marzo de 2024 - 09:15 CET\n\n"
                    "Madrid, 2 mar (Agencia).- El canciller alemán, Olaf Scholz, y el presidente del Gobierno, Pedro "
                    "Sánchez, acordaron este sábado acelerar la interconexión eléctrica.\n\n"
                    "Las primeras licitaciones llegarán antes de fin de año, según fuentes de ambos gobiernos.\n",
                    url="https://example.com/diario-europeo-hoy/europa/2024/03/02/scholz-sanchez-pirineos")
    assert article.title == "Scholz y Sánchez aceleran la interconexión de los Pirineos"


def test_an_archive_masthead_and_an_editors_note_over_the_headline_are_page_text():
    # "THE EVENING MERCURY — From the Archive" over a menu and an editor's note: the headline under them is
    # the title, and the note is no lead.
    article = parse("THE EVENING MERCURY  —  From the Archive\n\nSubscribe | Sign in | Archive home\n\n"
                    "Editor's note: this article is reproduced as it first appeared in print.\n\n"
                    f"{HEADLINE}\n\n{LEAD}\n\n{MORE}\n")
    assert article.title == HEADLINE
    assert article.body.startswith(LEAD)


def test_look_alike_a_headline_with_a_dash_and_a_small_word_stays_the_title():
    # Not in capitals before its dash: a headline, not a masthead over its section.
    headline = "Scholz in Madrid — The Pyrenees Link"
    assert parse(f"{headline}\n\n{LEAD}\n\n{MORE}\n").title == headline
