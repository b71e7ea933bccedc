"""The publication date a news page states, read from the page itself: its date line
("Published May 16,2024", "15 May, 2024 22:32", "Updated: 2013-09-05 16:40") and the date in
its address (``/2024/05/16/``, ``20240516``, ``2024-05-16``); its dateline ("BEIJING, Oct. 18
(Xinhua) --", "МОСКВА, 16 мая. /ТАСС/.") is page_datelines.py's, with the calendar read here.

A dateline without a year ("MOSCOW, March 14. /TASS/.") gives a date only with a year
from the address; nothing here reads the body's events, so an article that states no
date keeps none.

Regular expressions, not dateparser: on the page lines these were written from, dateparser
took 0.2 to 265 ms a call (about 2 ms on average) and read none of the labelled lines
("Published May 16,2024", "Updated: 2013-09-05 16:40") without the label handling done here
anyway; a build of 100,000 articles a minute leaves well under a millisecond for a whole
article. htmldate reads a page's HTML (trafilatura runs it for saved pages, see
html_article.py), not its text. Month and weekday names are data (knowledge/calendar.yaml);
the labels of a date line are in knowledge/boilerplate.yaml.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit

from ruchina.errors import RuchinaError
from ruchina.knowledge.base import read_knowledge_file
from ruchina.text.calendar_words import CalendarWords, alternation, calendar_languages, expand

#: A date line is short: a longer line is a sentence that happens to hold a date.
MAX_DATE_LINE_CHARS = 120
#: Words other than labels, times and weekdays a date line may carry (an agency or a
#: byline's name: "Xinhua) 18:50, February 04, 2022", "Frank Tomlinson October 18, 2023 3 min read").
MAX_NAME_WORDS = 3
#: Pages older than this are not news pages; years before it in an address are ids.
EARLIEST_PAGE_YEAR = 1990
#: ... except a whole day written as a path's year, month and day ("/1989/05/16/"): a newspaper's
#: archive page keeps the day its story was printed, decades before the web (an id is no valid
#: date in that shape); as far back as a stated date may go (header.py's EARLIEST_DATE)
EARLIEST_ARCHIVE_DAY = dt.date(1900, 1, 1)

YEAR_GROUP = r"(?P<year>(?:19|20)\d{2})"
# (and the French "14h52", one word)
TIME_OF_DAY = re.compile(
    r"\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?\b)?|\b\d{1,2}\s*[ap]\.?m\.?(?![\w])|\b\d{1,2}h\d{2}\b",
    re.IGNORECASE)
_ZONE = re.compile(r"\b(?:GMT|UTC|BST|CET|CEST|EET|MSK|EST|EDT|CST|CDT|PST|PDT|IST|JST|KST|BJT|HKT|SGT|AEST|Z)\b"
                   r"(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?|[+-]\d{2}:?\d{2}\b")
# ("3 min read"; a recording's running time after a mark that ends the line, "Released May 2, 2018 · 48 min")
_READ_TIME = re.compile(r"\b\d+\s*(?:min(?:ute)?s?|hours?)\s+(?:read|watch|listen)\b"
                        r"|(?<=[·•|])\s*\d+\s*(?:min(?:ute)?s?|hours?)\s*$", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+(?:['’.-][^\W\d_]+)*\.?|\d+")
#: a particle in lower case inside a place's name between two capitalised words ("Río de Janeiro,
#: 7 de julio de 2025 - 19:30", "Porto do Sul"): part of the name a date line's place may be
_NAME_PARTICLE = re.compile(r"\b([A-ZÀ-ÖØ-ÞА-ЯЁ][^\W\d_]{1,20})\s+(?:de|da|do|dos|das|del)\s+(?=[A-ZÀ-ÖØ-ÞА-ЯЁ])")
# A year with the time glued to it by a scrape ("February 4, 20222:38 PM"): the year ends there.
_YEAR_END = r"(?!\d(?!\d?[:.]\d\d))"
# Every date a date line can state has its year: a line without one is no date line.
_YEAR_LIKE = re.compile(r"(?:19|20)\d\d")
_NOTHING = re.compile(r"(?!)")
#: a paper's name in quotes opening its stamp ("«Вечерняя газета», № 112, ...")
_QUOTED_NAME = re.compile(r"^\s*[«“„\"][^«»“”„\"]{1,60}[»”“\"]")


@dataclass(frozen=True)
class LineDate:
    """What a date line states: the date (None when it cannot be read for sure, e.g.
    05/06/2024 with nothing to say which is the month) and whether it is an update."""

    date: dt.date | None
    updated: bool


@dataclass(frozen=True)
class UrlDate:
    """The date in a page's address, as far as it goes (a year, a month, a day)."""

    year: int
    month: int | None = None
    day: int | None = None

    @property
    def date(self) -> dt.date | None:
        return dt.date(self.year, self.month, self.day) if self.month and self.day else None


class _Calendar:
    def __init__(self, languages: dict[str, CalendarWords], labels: dict):
        months: dict[str, int] = {}
        weekdays: list[str] = []
        ordinals: list[str] = []
        year_words: list[str] = []
        for words in languages.values():
            for form, number in words.months.items():
                if months.setdefault(form, number) != number:
                    raise RuchinaError(f"knowledge/calendar.yaml: {form!r} names two months in two languages")
            weekdays += [*words.weekday_forms, *words.date_line_weekdays]
            ordinals += words.ordinals
            year_words += words.year_words
        self.months = months
        month = _alternation(months)
        day = rf"(?P<day>[0-3]?\d)(?:{_alternation(ordinals)})?" if ordinals else r"(?P<day>[0-3]?\d)"
        flags = re.IGNORECASE
        self.written = [
            re.compile(rf"(?<![\w]){day}\s*(?:of\s+)?(?P<month>{month})\.?,?\s*{YEAR_GROUP}{_YEAR_END}", flags),
            re.compile(rf"(?<![\w])(?P<month>{month})\.?\s*{day},?\s*{YEAR_GROUP}{_YEAR_END}", flags),
        ]
        # Each other language's way of writing a whole date in words ("16. Mai 2024", "2024年5月16日");
        # dates all in digits are read below, both ways where they could be.
        self.explicit = [
            (words, expand(template, words, {"month": alternation(words.month_forms, capitalised=True)}))
            for code, words in languages.items() if code != "en"
            for template in (words.sentences.get("patterns") or {}).get("explicit") or []
            if _has_words(template)
        ]
        self.datelines = [
            (words, re.compile("^" + expand(template, words, _dateline_parts(words)).pattern))
            for words in languages.values() for template in words.datelines
        ]
        self.iso = re.compile(rf"(?<!\d){YEAR_GROUP}(?P<sep>[-/])(?P<month>[01]?\d)(?P=sep)(?P<day>[0-3]?\d)(?!\d)")
        self.numeric = re.compile(rf"(?<![\d.])(?P<a>[0-3]?\d)(?P<sep>[./-])(?P<b>[0-3]?\d)(?P=sep){YEAR_GROUP}(?!\d)")
        #: languages whose all-digit dates put the day first ("05/08/2022" on a Spanish page is 5 August)
        self.day_first = frozenset(code for code, words in languages.items() if words.numbers_day_first)
        self.weekday_pattern = _alternation(weekdays)
        self.weekday = re.compile(rf"\b(?:{self.weekday_pattern})\b\.?,?", flags)
        self.year_word = re.compile(rf"(?<!\w)(?:{alternation(year_words)})(?!\w)", flags)
        self.published_label = re.compile(rf"\b(?:{_alternation(labels['published'])})\b", flags)
        self.updated_label = re.compile(rf"\b(?:{_alternation(labels['updated'])})\b", flags)
        # "来源：新华社": a label and the name after it, up to a space
        self.source_label = re.compile(rf"(?<!\w)(?:{_alternation(labels.get('source') or [])})\s*[:：]\s*\S{{1,30}}")
        # "UPDATED 4 HOURS AGO", "hace 3 horas": the page's age when it was saved, no date of its own
        self.page_age = re.compile("|".join(f"(?:{pattern})" for pattern in labels.get("page_age") or []) or "(?!)", flags)
        self.print_page = re.compile("|".join(f"(?:{pattern})" for pattern in labels.get("print_page") or []) or "(?!)", flags)
        self.issue_number = re.compile(
            "|".join(f"(?:{pattern})" for pattern in labels.get("issue_number") or []) or "(?!)", flags)
        self.local_time = re.compile("|".join(f"(?:{pattern})" for pattern in labels.get("local_time") or []) or "(?!)")
        self.joining_words = frozenset(word.casefold() for word in labels.get("joining_words") or ())
        self.month_pattern = month
        # "New Delhi, Mar 29 (Agency) Thursday, March 29, 2012 21:05 IST": a dateline's yearless day
        # before the date it repeats
        self.yearless = re.compile(rf"(?<![\w])(?P<month>{month})\.?\s*(?P<day>[0-3]?\d)(?![\d:])", flags)


def _has_words(template: str) -> bool:
    return "{month}" in template or any(ch.isalpha() for ch in re.sub(r"\{\w+\}|\\.", "", template))


def _dateline_parts(words: CalendarWords) -> dict[str, str]:
    """A dateline's place: a few words of letters (capitals are checked after), or a few
    characters where the language writes no spaces ("新华社北京5月16日电")."""
    place = r"[^\W\d_][^\W\d_'’.-]*(?:[ -][^\W\d_]+){0,3}" if words.spaced else r"[^\W\d_]{1,10}?"
    return {"month": alternation(words.month_forms, capitalised=True), "place": place,
            "agency": alternation(words.agencies) or r"(?!)"}


def _alternation(words) -> str:
    return "|".join(re.escape(word) for word in sorted(set(words), key=len, reverse=True))


@lru_cache(maxsize=None)
def page_calendar() -> _Calendar:
    return _Calendar(calendar_languages(), read_knowledge_file("boilerplate")["date_labels"])


def month_of(words: CalendarWords, month: str) -> int:
    return int(month) if month.isdigit() else words.months[month.casefold().rstrip(".")]


def valid_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _dates_in(line: str, hint: dt.date | None, language: str | None = None) -> list[tuple[int, int, dt.date | None]]:
    """Every date written in the line: (start, end, date); the date None when the line
    writes one that cannot be read for sure (05/06/2024 with no hint, on a page in a
    language that writes its digits either way round)."""
    calendar = page_calendar()
    found: list[tuple[int, int, dt.date | None]] = []
    taken: list[tuple[int, int]] = []

    def add(match: re.Match, date: dt.date | None) -> None:
        if not any(start < match.end() and match.start() < end for start, end in taken):
            taken.append(match.span())
            found.append((match.start(), match.end(), date))

    for pattern in calendar.written:
        for match in pattern.finditer(line):
            month = calendar.months[match.group("month").casefold()]
            add(match, valid_date(int(match.group("year")), month, int(match.group("day"))))
    for words, pattern in calendar.explicit:
        for match in pattern.finditer(line):
            add(match, valid_date(int(match.group("year")), month_of(words, match.group("month")), int(match.group("day"))))
    for match in calendar.iso.finditer(line):
        add(match, valid_date(int(match.group("year")), int(match.group("month")), int(match.group("day"))))
    for match in calendar.numeric.finditer(line):
        first, second, year = int(match.group("a")), int(match.group("b")), int(match.group("year"))
        if match.group("sep") == "." or language in calendar.day_first:  # 18.10.2023, 05/08/2022 on a Spanish page
            readings = {valid_date(year, second, first)}
        else:  # 5/16/2024 or 16/5/2024: whichever reading exists; both, only with a hint
            readings = {valid_date(year, first, second), valid_date(year, second, first)} - {None}
        if len(readings) == 1:
            add(match, readings.pop())
        elif readings:
            add(match, hint if hint in readings else None)
    return sorted(found, key=lambda item: item[0])


#: The small words an English date line joins its label, date and time with ("Published on ... at ...").
ENGLISH_JOINING_WORDS = frozenset(("on", "at", "by", "of"))


@lru_cache(maxsize=4096)
def read_date_line(line: str, hint: dt.date | None = None, language: str | None = None, *,
                   any_language: bool = False) -> LineDate | None:
    """The date a date line states (see _read_date_line); in a line of cells ("Source: Agency |
    2019-06-06 08:17:45 | Editor: name") the one cell that is a date with its time or label.

    ``any_language``: with every language's joining words and local times too ("Publié le
    03/05/2024 à 09h15", "um 09:15 Uhr", "16:40 (hora de Moscú)": knowledge/boilerplate.yaml),
    as the publication date is read. The page's layout reads English forms alone: read there as
    page text, such a line under the title leaves the lead under it to be taken for the dek
    (page_layout.py), which the stand-ins measured worse (2026-12-03: unseen3 main events right
    10/13 -> 8/13) and is left to a rule of the layout's own."""
    joining = page_calendar().joining_words if any_language else ENGLISH_JOINING_WORDS
    stated = _read_date_line(line, hint, language, joining)
    if stated is not None or "|" not in line or len(line) > MAX_DATE_LINE_CHARS:
        return stated
    calendar = page_calendar()
    cells = [cell.strip() for cell in line.split("|")]
    dated = [(cell, _read_date_line(cell, hint, language, joining)) for cell in cells if _YEAR_LIKE.search(cell)]
    if len(dated) == 1 and dated[0][1] is not None and (
            TIME_OF_DAY.search(dated[0][0]) or calendar.published_label.search(dated[0][0])):
        return dated[0][1]
    return None


def _read_date_line(line: str, hint: dt.date | None, language: str | None, joining: frozenset[str]) -> LineDate | None:
    """The date a date line states, or None when the line is not a date line.

    A date line holds a date and nothing a sentence holds: labels ("Published", "Updated:"),
    a weekday, a time and zone, a reading time, marks; at most a few capitalised words (an
    agency or byline), and those only beside a label or a time. "Victory Day, May 9, 2025"
    is a headline, "Putin in Beijing, May 16, 2024." a caption: neither is a date line.
    ``hint`` (the address's date) decides a numeric date that reads both ways; so does the
    page's ``language`` where it writes the day first.
    """
    if len(line) > MAX_DATE_LINE_CHARS or not _YEAR_LIKE.search(line):
        return None
    dates = _dates_in(line, hint, language)
    if not dates:
        return None
    calendar = page_calendar()
    rest, cursor, labelled = [], 0, []
    for start, end, date in dates:
        before = line[cursor:start]
        labelled.append((date, bool(calendar.updated_label.search(before))))
        rest.append(before)
        cursor = end
    rest.append(line[cursor:])
    leftover = _without_repeated_day(calendar, " ".join(rest), dates[0][2])
    # ("«Вечерняя газета», № 112, среда, 5 мая 1976 года, стр. 2": a paper's stamp, its name in quotes)
    issue = calendar.issue_number.search(leftover)
    if issue:
        leftover = _QUOTED_NAME.sub(" ", leftover)
    has_label = bool(calendar.published_label.search(leftover) or calendar.updated_label.search(leftover)
                     or calendar.source_label.search(leftover) or issue)
    has_time = bool(TIME_OF_DAY.search(leftover) or _READ_TIME.search(leftover))
    local_time = calendar.local_time if joining is not ENGLISH_JOINING_WORDS else _NOTHING
    for pattern in (calendar.page_age, calendar.print_page, calendar.issue_number, calendar.source_label, _READ_TIME, TIME_OF_DAY, local_time, _ZONE,
                    calendar.published_label, calendar.updated_label, calendar.weekday, calendar.year_word):
        leftover = pattern.sub(" ", leftover)
    words = [word for word in _WORD.findall(_NAME_PARTICLE.sub(r"\1 ", leftover)) if word.casefold() not in joining]
    if words:
        names = all(word[:1].isupper() and not word.isdigit() for word in words)
        if not (names and len(words) <= MAX_NAME_WORDS and (has_label or has_time)):
            return None
    published = [date for date, updated in labelled if not updated]
    if published:
        return LineDate(published[0], updated=False)
    return LineDate(labelled[0][0], updated=True)


def _without_repeated_day(calendar: _Calendar, leftover: str, date: dt.date | None) -> str:
    """The line's words but a yearless day that repeats its date's ("New Delhi, Mar 29 (Agency)
    Thursday, March 29, 2012": a dateline's day, then the page's date line); a yearless day of another
    date is left, so that such a line stays no date line."""
    if date is None:
        return leftover
    return calendar.yearless.sub(
        lambda m: " " if (calendar.months[m.group("month").casefold().rstrip(".")], int(m.group("day")))
        == (date.month, date.day) else m.group(0), leftover)


# --- the page's address -----------------------------------------------------------

_URL_PATTERNS = (
    # /2024/05/16/, /2024/5/16/, 2024-05-16, 2013-09/05, _2024_05_16
    re.compile(rf"(?<![\d]){YEAR_GROUP}[/_-](?P<month>[01]?\d)[/_-](?P<day>[0-3]?\d)(?![\d])"),
    # /2022/0204/ (year, then month and day together)
    re.compile(rf"/{YEAR_GROUP}/(?P<month>[01]\d)(?P<day>[0-3]\d)(?=[/_.-]|$)"),
    # 20240516, exactly eight digits
    re.compile(rf"(?<![\d]){YEAR_GROUP}(?P<month>[01]\d)(?P<day>[0-3]\d)(?![\d])"),
)
# /15-09-2022/, 15.09.2022: day and month before the year, one path word of its own
_URL_YEAR_LAST = re.compile(rf"(?<![^/_-])(?P<a>[0-3]?\d)([-_.])(?P<b>[0-3]?\d)\2{YEAR_GROUP}(?=[/_.-]|$)")
_URL_MONTH = re.compile(rf"/{YEAR_GROUP}[/-](?P<month>[01]?\d)(?=/)")
_URL_YEAR = re.compile(rf"/{YEAR_GROUP}(?=/)")


@lru_cache(maxsize=None)
def _url_month_word() -> re.Pattern:
    """/2017/sep/05/: the month as a word between the year and the day, one path word each
    (the month words of every language calendar.yaml lists)."""
    months = _alternation(name for name in page_calendar().months if name.isalpha())
    return re.compile(rf"/{YEAR_GROUP}/(?P<month>{months})/(?P<day>[0-3]?\d)(?=/|$)", re.IGNORECASE)


def read_url_date(url: str | None, today: dt.date) -> UrlDate | None:
    """The date in a page's address (its path), as far as it goes; None when there is none."""
    if not url:
        return None
    path = urlsplit(url).path
    for pattern in _URL_PATTERNS:
        for match in pattern.finditer(path):
            date = valid_date(int(match.group("year")), int(match.group("month")), int(match.group("day")))
            if date and (plausible_page_date(date, today) or (pattern is _URL_PATTERNS[0]
                                                              and EARLIEST_ARCHIVE_DAY <= date < today)):
                return UrlDate(date.year, date.month, date.day)
    for match in _url_month_word().finditer(path):
        month = page_calendar().months[match.group("month").casefold()]
        date = valid_date(int(match.group("year")), month, int(match.group("day")))
        if date and plausible_page_date(date, today):
            return UrlDate(date.year, date.month, date.day)
    for match in _URL_YEAR_LAST.finditer(path):
        year, first, second = int(match.group("year")), int(match.group("a")), int(match.group("b"))
        readings = {valid_date(year, second, first), valid_date(year, first, second)} - {None}
        readings = {date for date in readings if plausible_page_date(date, today)}
        if len(readings) == 1:
            date = readings.pop()
            return UrlDate(date.year, date.month, date.day)
        if readings:  # 03-04-2022 reads both ways: the year is sure, the day is not guessed
            return UrlDate(year)
    for pattern in (_URL_MONTH, _URL_YEAR):
        match = pattern.search(path)
        if match:
            year = int(match.group("year"))
            month = int(match.groupdict().get("month") or 0) or None
            if EARLIEST_PAGE_YEAR <= year <= today.year and (month is None or 1 <= month <= 12):
                return UrlDate(year, month)
    return None


def plausible_page_date(date: dt.date, today: dt.date) -> bool:
    return dt.date(EARLIEST_PAGE_YEAR, 1, 1) <= date <= today + dt.timedelta(days=2)


def day_in_address_year(month: int, day: int, url_date: UrlDate) -> dt.date | None:
    """A day stated with no year, in the address's year: the one of it and the years beside
    it that puts the day nearest the address's date (a December dateline, a January address)."""
    if url_date.month is None:
        return valid_date(url_date.year, month, day)
    anchor = dt.date(url_date.year, url_date.month, url_date.day or 15)
    dates = [d for d in (valid_date(year, month, day) for year in (url_date.year - 1, url_date.year, url_date.year + 1)) if d]
    return min(dates, key=lambda d: abs((d - anchor).days)) if dates else None
