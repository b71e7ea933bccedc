"""A page's date line as real pages print it beside other bits: the page's age when it was
saved ("UPDATED 3 HOURS AGO", "hace 2 horas") and a date all in digits that the page's
language writes day first ("05/08/2022" on a Spanish or French page is 5 August). Each beside
a look-alike that must not give a date. Written for these tests; none is copied."""

from __future__ import annotations

import datetime as dt

import pytest

from ruchina.text.page_dates import read_date_line
from ruchina.text.parsing import parse_article

D = dt.date
TODAY = dt.date(2026, 1, 1)


@pytest.mark.parametrize(
    "line, date",
    [
        ("MARCH 3, 2021 / 9:05 PM / UPDATED 3 HOURS AGO", D(2021, 3, 3)),
        ("October 12, 2020 / 07:15 / 25 minutes ago", D(2020, 10, 12)),
        ("14 février 2023, 10:02 - il y a 2 jours", D(2023, 2, 14)),
    ],
)
def test_a_date_line_may_carry_the_pages_age(line, date):
    assert read_date_line(line).date == date


@pytest.mark.parametrize(
    "line",
    [
        "Ministers met 3 hours ago in Vilnius, March 3, 2021",  # a sentence, not a date line
        "Reporters waited 4 hours ago March 3, 2021 outside",
    ],
)
def test_look_alikes_with_an_age_are_no_date_lines(line):
    assert read_date_line(line) is None


def test_a_date_in_digits_reads_day_first_on_a_page_in_a_language_that_writes_it_so():
    assert read_date_line("Lisboa - 04/09/2019 08:30 CEST", language="es").date == D(2019, 9, 4)
    assert read_date_line("Publié le 04/09/2019 08:30", language="fr").date == D(2019, 9, 4)
    # (English pages write it either way round: without the address nothing is guessed)
    assert read_date_line("04/09/2019 08:30 CEST", language="en").date is None
    assert read_date_line("04/09/2019 08:30 CEST").date is None
    # (one reading alone exists: the language is not needed)
    assert read_date_line("24/09/2019 08:30", language="en").date == D(2019, 9, 24)


def test_a_spanish_page_is_dated_by_its_digits_line():
    text = ("Internacional\n\nLos cancilleres de Chile y Perú firman un acuerdo en Lima\n\n"
            "Lima - 04/09/2019 08:30 CEST\nActualizado 04/09/2019 11:10 CEST\n\n"
            "Los cancilleres de Chile y Perú firmaron este miércoles un acuerdo sobre el agua en Lima.\n\n"
            "El texto entra en vigor el próximo año.\n")
    article = parse_article(text, "seeds/page.txt", today=TODAY)
    assert article.language == "es"
    assert (article.published_date, article.published_date_source) == (D(2019, 9, 4), "stated")


def test_an_english_page_with_the_same_line_keeps_no_date():
    text = ("World\n\nForeign ministers of Chile and Peru sign water deal in Lima\n\n"
            "Lima - 04/09/2019 08:30 CEST\n\n"
            "The foreign ministers of Chile and Peru signed a water agreement in Lima on Wednesday.\n\n"
            "The text takes effect next year.\n")
    article = parse_article(text, "seeds/page.txt", today=TODAY)
    assert article.published_date is None


def test_a_russian_dateline_names_an_agency_the_list_lacks_between_its_slashes():
    from ruchina.text.page_datelines import read_dateline
    from ruchina.text.page_dates import read_url_date

    address = read_url_date("https://n.example/ru/2021/03/", TODAY)
    assert read_dateline("КАЗАНЬ, 4 марта. /Волга-Информ/. Министры обсудили транзит.", address, TODAY) == D(2021, 3, 4)
    # look-alikes: a day in a sentence, and words in slashes that are no agency's name
    assert read_dateline("КАЗАНЬ, 4 марта министры обсудили транзит.", address, TODAY) is None
    assert read_dateline("КАЗАНЬ, 4 марта. /и/или/ транзит.", address, TODAY) is None
