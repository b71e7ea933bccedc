"""History a page recalls with its days and their year and with the people who held it ("went to Moscow
to meet X on May 22 and 23, 1972"), however old, is a report of that meeting (extract/recalled_days.py),
its two days read in every language that writes them joined by an "and" (knowledge/calendar.yaml's
`ranges`: "los días 22 y 23 de mayo de 1972"). Beside each, the look-alikes that stay background: the
same history told by its month and year only, a chronicle's entry opening on its day ("May 22, 1972:
...", "May 22, 1972, X and Y held ..."), and a day of old told of no one. Texts written for these tests,
other leaders and other years than any benchmark's."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.dates import resolve_dates
from ruchina.extract.extraction import extract_article
from ruchina.knowledge import base

CATALOG = base.entity_catalog()
NIXON = CATALOG.named("Richard Nixon").entity_id
BREZHNEV = CATALOG.named("Leonid Brezhnev").entity_id
PAGE_DAY = dt.date(2031, 6, 13)  # a Friday
LEAD = {
    "en": "Olaf Scholz will receive Li Qiang in Berlin on Monday, officials said.\n\n",
    "es": "Olaf Scholz recibirá a Li Qiang en Berlín el lunes, según fuentes oficiales.\n\n",
}
MAY_22, MAY_23 = dt.date(1972, 5, 22), dt.date(1972, 5, 23)


def recalled(body: str, language: str = "en") -> list[tuple]:
    """The page's events other than its main one: their people and days."""
    events = extract_article("a", "Lessons from the archive", None, LEAD[language] + body, PAGE_DAY, language).events
    return [(sorted(e.participants), e.date.first, e.date.last) for e in events if not e.main and e.date is not None]


def test_a_meeting_of_old_recalled_with_its_days_is_reported():
    body = ("Richard Nixon went to Moscow to meet Leonid Brezhnev on May 22 and 23, 1972, and came home with "
            "an arms deal.")
    assert recalled(body) == [(sorted([NIXON, BREZHNEV]), MAY_22, MAY_23)]


def test_lookalike_the_same_meeting_by_its_month_and_year_stays_background():
    body = "Richard Nixon went to Moscow to meet Leonid Brezhnev in May 1972, and came home with an arms deal."
    assert recalled(body) == []


def test_lookalike_a_chronicles_entry_opening_on_its_day_stays_background():
    body = "May 22, 1972: Richard Nixon and Leonid Brezhnev hold talks in Moscow."
    assert recalled(body) == []
    assert recalled("May 22, 1972, Richard Nixon and Leonid Brezhnev held talks in Moscow.") == []


def test_lookalike_a_day_of_old_told_of_no_one_stays_background():
    body = "The arms deal signed in Moscow on May 26, 1972, still shapes the talks."
    assert recalled(body) == []


def test_a_spanish_meeting_of_old_recalled_with_its_two_days_is_reported():
    body = ("Richard Nixon y Leonid Brezhnev se vieron por primera vez en Moscú los días 22 y 23 de mayo de 1972 "
            "y firmaron un acuerdo de armas.")
    assert recalled(body, "es") == [(sorted([NIXON, BREZHNEV]), MAY_22, MAY_23)]


def test_two_days_joined_by_and_are_one_span_in_every_language():
    for language, text in [("es", "los días 22 y 23 de mayo de 1972"), ("fr", "les 22 et 23 mai 1972"),
                           ("de", "am 22. und 23. Mai 1972"), ("ru", "22 и 23 мая 1972 года")]:
        [date] = resolve_dates(text, PAGE_DAY, "past", language)
        assert (date.first, date.last) == (MAY_22, MAY_23), language


def test_lookalike_one_leaders_act_of_old_recalled_with_its_day_stays_background():
    body = "Richard Nixon went to Moscow on May 22, 1972, and came home with an arms deal."
    assert recalled(body) == []
