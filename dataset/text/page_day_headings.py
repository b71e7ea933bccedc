"""A live page's day headings that write no year ("Friday 24 June", "Thursday, June 23",
"vendredi 24 juin", "пятница, 24 июня"): a line of a weekday, a day and a month and nothing
else, above that day's entries. Its year is one the page states elsewhere; a weekday falls on
a given day in about one year in seven, so a year is taken only where the weekday agrees.

A page that states no date of its own may still carry its year in its address, as a folder
(/2016/) or as a word of its slug ("/live/sco-summit-tashkent-2016"): its publication date is
then the latest of its day headings whose weekdays agree with that year (a live page is last
written on its latest day). With no year in its address, a year its title writes as a word of
its own ("SCO summit in Aktau 2018 - as it happened") is that year, where every heading's weekday
agrees with it (one that does not leaves the year to the summit edition the page follows)."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from urllib.parse import unquote, urlsplit

from ruchina.text.calendar_words import calendar_languages
from ruchina.text.page_dates import EARLIEST_PAGE_YEAR, page_calendar, read_url_date, valid_date
from ruchina.text.page_summit_years import summit_edition_year

#: A year in the address's words, one word of its own ("...-tashkent-2016", "2016_summit").
_SLUG_YEAR = re.compile(r"(?<![^/_.-])(?P<year>(?:19|20)\d{2})(?=[/_.-]|$)")
#: A year in a title, a word of its own ("Yekaterinburg 2009 - as it happened"; not "2009-10").
_TITLE_YEAR = re.compile(r"(?<![\w/.:-])(?P<year>(?:19|20)\d{2})(?![\w/.:-]|-\d)")
_ORDINAL = r"(?:st|nd|rd|th|er|\.)?"


@lru_cache(maxsize=None)
def _weekday_numbers() -> dict[str, int]:
    """Every language's weekday forms (casefolded), with their number (Monday 0); a date line's
    short or nominative form ("Thu", "пятница") takes the number of the form it shares its
    first three letters with. A form two languages give two numbers is left out."""
    numbers: dict[str, int] = {}
    clashes: set[str] = set()
    for words in calendar_languages().values():
        forms = dict(words.weekdays)
        for short in words.date_line_weekdays:
            matching = {n for form, n in words.weekdays.items() if form[:3] == short.casefold()[:3]}
            if len(matching) == 1:
                forms.setdefault(short.casefold(), matching.pop())
        for form, number in forms.items():
            if numbers.setdefault(form, number) != number:
                clashes.add(form)
    return {form: number for form, number in numbers.items() if form not in clashes}


@lru_cache(maxsize=None)
def _heading_patterns() -> tuple[re.Pattern[str], ...]:
    weekday = "|".join(re.escape(form) for form in sorted(_weekday_numbers(), key=len, reverse=True))
    month, day = page_calendar().month_pattern, r"(?P<day>[0-3]?\d)"
    weekday = rf"(?P<weekday>{weekday})\.?,?"
    return tuple(re.compile(rf"^\s*{body}\s*$", re.IGNORECASE) for body in (
        rf"{weekday}\s+(?:the\s+|den\s+|le\s+|el\s+)?{day}{_ORDINAL}\s+(?:of\s+|de\s+)?(?P<month>{month})\.?",
        rf"{weekday}\s+(?P<month>{month})\.?\s+{day}{_ORDINAL}",
    ))


def day_heading(line: str) -> tuple[int, int, int] | None:
    """(weekday, month, day) of a line that is a day heading with no year, else None."""
    if len(line) > 40:
        return None
    for pattern in _heading_patterns():
        match = pattern.match(line)
        if match:
            return (_weekday_numbers()[match.group("weekday").casefold()],
                    page_calendar().months[match.group("month").casefold().rstrip(".")], int(match.group("day")))
    return None


def heading_in_year(line: str, year: int) -> dt.date | None:
    """The day a yearless day heading names in ``year``, when its weekday falls on it then."""
    heading = day_heading(line)
    if heading is None:
        return None
    weekday, month, day = heading
    date = valid_date(year, month, day)
    return date if date is not None and date.weekday() == weekday else None


def heading_near(line: str, near: dt.date, within: dt.timedelta) -> dt.date | None:
    """The day a yearless day heading names within ``within`` of ``near``, its weekday agreeing."""
    for year in (near.year, near.year - 1, near.year + 1):
        date = heading_in_year(line, year)
        if date is not None and abs(date - near) <= within:
            return date
    return None


def address_year(url: str | None, today: dt.date) -> int | None:
    """The year the address states: its date's, else one word of its path that is a year alone."""
    url_date = read_url_date(url, today)
    if url_date is not None:
        return url_date.year
    if not url:
        return None
    years = {int(m.group("year")) for m in _SLUG_YEAR.finditer(unquote(urlsplit(url).path))}
    years = {year for year in years if EARLIEST_PAGE_YEAR <= year <= today.year}
    return years.pop() if len(years) == 1 else None


def title_year(title: str | None, today: dt.date) -> int | None:
    """The one year a title writes as a word of its own ("... in Aktau 2018 - as it happened"),
    not a year of a page later than today; None for a title of no year or of two ("2018 vs 2014")."""
    years = {int(m.group("year")) for m in _TITLE_YEAR.finditer(title or "")}
    years = {year for year in years if EARLIEST_PAGE_YEAR <= year <= today.year}
    return years.pop() if len(years) == 1 else None


def _agreeing_year(headings: list[str], year: int | None) -> int | None:
    """``year`` when every heading's weekday falls on its day in it, else None."""
    if year is None or any(heading_in_year(line.strip(), year) is None for line in headings):
        return None
    return year


def latest_day_heading(lines: list[str], url: str | None, today: dt.date, title: str | None = None) -> dt.date | None:
    """The latest day the page's yearless day headings name in the address's year, when every
    one of them agrees with that year (one that does not says the year is another's); with no
    year in the address, in the year of the summit edition the page follows, on whose days they
    fall (page_summit_years.py); a title's year only where every heading agrees with it (a
    title may name another year than its page's: "ten years after 2014")."""
    headings = [line for line in lines if day_heading(line.strip()) is not None]
    if not headings:
        return None
    year = address_year(url, today) or _agreeing_year(headings, title_year(title, today)) or summit_edition_year(
        [day_heading(line.strip()) for line in headings], "\n".join([title or "", *lines]))
    if year is None:
        return None
    days = [heading_in_year(line.strip(), year) for line in headings]
    if any(day is None for day in days):
        return None
    latest = max(days)
    return latest if latest <= today else None
