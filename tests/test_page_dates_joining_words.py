"""Date lines in other languages' words (a label, the date, "à 09h15", "um 09:15 Uhr", "a las
09:15", "в 09:15", "(hora de Moscú)"), taken off the page's head, and a date line all in digits
that reads both ways decided by the story's yearless dateline; each beside a look-alike that must
not give a date or must not move. The fixtures are written for these tests; none is copied."""

from __future__ import annotations

import datetime as dt

import pytest

from ruchina.text.page_dates import read_date_line
from ruchina.text.parsing import parse_article

TODAY = dt.date(2026, 1, 1)
D = dt.date


def parse(text: str, url: str | None = None):
    return parse_article(text, "seeds/page.txt", today=TODAY, url=url)


@pytest.mark.parametrize("line, date, updated", [
    ("Publié le 07/11/2019 à 16h05, mis à jour à 19h30", D(2019, 11, 7), False),
    ("Publié le 07/11/2019 à 16h05 - Mis à jour le 08/11/2019 à 08h10", D(2019, 11, 7), False),
    ("Mis à jour le 08/11/2019 à 08h10", D(2019, 11, 8), True),
    ("Veröffentlicht am 07.11.2019 um 16:05 Uhr", D(2019, 11, 7), False),
    ("Aktualisiert am 08.11.2019 um 08:10 Uhr", D(2019, 11, 8), True),
    ("Publicado el 07/11/2019 a las 16:05", D(2019, 11, 7), False),
    ("Publicado: 07/11/2019 16:05 (hora de Madrid)", D(2019, 11, 7), False),
    ("Опубликовано 7 ноября 2019 в 16:05", D(2019, 11, 7), False),
    ("7 ноября 2019, 16:05 по московскому времени", D(2019, 11, 7), False),
    ("Nov 7, 2019 | 16:05 Tokyo time", D(2019, 11, 7), False),
])
def test_a_date_line_in_any_languages_words(line, date, updated):
    stated = read_date_line(line, language="fr", any_language=True)
    assert stated is not None and (stated.date, stated.updated) == (date, updated)


@pytest.mark.parametrize("line", [
    "Le ministre a signé le 07/11/2019 à Lyon un accord.",  # a sentence: its verbs are no label
    "Die Minister trafen sich am 07.11.2019 um 16:05 Uhr in Bonn",
    "El acuerdo se firmó el 07/11/2019 a las 16:05 en Quito",
    "Министры встретились 7 ноября 2019 в Минске",
    "the talks of 7 November 2019 at a time of tension",  # lower-case words, a sentence's
])
def test_sentences_with_joining_words_are_no_date_lines(line):
    assert read_date_line(line, language="fr", any_language=True) is None


def test_the_layouts_english_reading_is_as_before():
    """The layout reads English forms alone (page_dates.read_date_line's docstring says why)."""
    assert read_date_line("Publié le 07/11/2019 à 16h05") is None
    assert read_date_line("Published on Nov 7, 2019 at 4:05 pm").date == D(2019, 11, 7)


FRENCH_STORY = ("Les ministres de l'Agriculture se sont réunis jeudi à Lyon pour un sommet sur les semences, "
                "a indiqué le ministère.\n\nIls ont adopté une déclaration commune sur les échanges de graines.\n")


def test_a_date_line_under_the_title_is_page_text_not_the_dek():
    article = parse("Les ministres de l'Agriculture réunis à Lyon\n\nPublié le 07/11/2019 à 16h05, mis à jour à "
                    "19h30\n\n" + FRENCH_STORY)
    assert (article.published_date, article.published_date_source) == (D(2019, 11, 7), "stated")
    assert article.subtitle is None
    assert article.body.startswith("Les ministres de l'Agriculture se sont réunis jeudi")


def test_a_date_line_after_the_dek_and_byline_is_page_text_not_the_lead():
    article = parse("Les ministres de l'Agriculture réunis à Lyon\n\nUn accord sur les semences est en vue.\n\n"
                    "Par Jeanne Morel (Lyon)\nPublié le 07/11/2019 à 16h05\n\n" + FRENCH_STORY)
    assert (article.published_date, article.published_date_source) == (D(2019, 11, 7), "stated")
    assert "Publié le" not in article.body
    assert article.body.startswith("Les ministres de l'Agriculture se sont réunis jeudi")


def test_the_first_date_line_is_the_publication_and_an_update_alone_comes_last():
    story = "Les ministres de l'Agriculture réunis à Lyon\n\n{}\n\n" + FRENCH_STORY
    both = parse(story.format("Publié le 07/11/2019 à 16h05\n\nMis à jour le 09/11/2019 à 08h10"))
    assert both.published_date == D(2019, 11, 7)
    update = parse(story.format("Mis à jour le 09/11/2019 à 08h10"),
                   url="https://journal.example/monde/2019/11/08/lyon-semences")
    assert (update.published_date, update.published_date_source) == (D(2019, 11, 8), "url"), \
        "an update's date gives way to the address's"


def test_a_date_in_the_story_is_not_a_page_head_line():
    article = parse("Les ministres de l'Agriculture réunis à Lyon\n\n" + FRENCH_STORY
                    + "\nLa prochaine réunion aura lieu le 07/12/2019 à 10h00 à Nantes.\n")
    assert article.published_date is None
    assert "07/12/2019" in article.body


AGENCY_FLASH = ("Ministers end talks in Kabul\n\nKABUL, Oct. 4 (WNA) --\n\n* Trade ministers from five countries "
                "ended two days of talks in the Afghan capital on Thursday.\n\n* They agreed to meet again next "
                "spring.\n\n(more)\n\n{}\n")


@pytest.mark.parametrize("stamp", ["Published 04-10-2018 11:20 GMT", "Published 10-04-2018 11:20 GMT"])
def test_a_date_line_read_both_ways_is_decided_by_the_yearless_dateline(stamp):
    article = parse(AGENCY_FLASH.format(stamp))
    assert (article.published_date, article.published_date_source) == (D(2018, 10, 4), "stated")


@pytest.mark.parametrize("stamp", [
    "Published 05-10-2018 11:20 GMT",  # the day after the dateline's: neither reading is its day
    "Published 04-11-2018 11:20 GMT",  # 11 April or 4 November: neither is the dateline's day
])
def test_a_date_line_the_dateline_does_not_decide_gives_none(stamp):
    assert parse(AGENCY_FLASH.format(stamp)).published_date is None


def test_an_undated_dateline_decides_nothing():
    text = AGENCY_FLASH.replace("KABUL, Oct. 4 (WNA) --", "KABUL (WNA) --").format("Published 04-10-2018 11:20 GMT")
    assert parse(text).published_date is None


WIRE_STORY = ("Ports of the Gulf agree on shared customs\n\n{}\nThe harbour chiefs of four Gulf states on Tuesday agreed "
              "to share one customs register, their joint office said.\n\nThe register opens next year.\n")


def test_a_time_stamp_printed_on_the_datelines_line_is_the_publication_date():
    article = parse(WIRE_STORY.format("Doha, Nov 6 (GNA) Tuesday, November 6, 2018 18:40 AST"))
    assert (article.published_date, article.published_date_source) == (D(2018, 11, 6), "stated")


def test_look_alike_a_stamp_of_another_day_than_the_datelines_gives_none():
    """The story was filed on the 5th and stamped on the 6th: no date is better than a wrong one."""
    assert parse(WIRE_STORY.format("Doha, Nov 5 (GNA) Tuesday, November 6, 2018 18:40 AST")).published_date is None
