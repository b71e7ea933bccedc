"""The calendar words of each language (``knowledge/calendar.yaml``) and the one rule that
turns a pattern written there into a regular expression: placeholders ({day}, {month},
{mm}, {year}, {weekday}, {modifier}, {place}, {agency}) become named groups, a space becomes
the white space between words (any, or none, where the language is not spaced), and the
whole is kept from starting or ending inside a word (a spaced language) or a number (a
language without spaces, such as Chinese, where "2024年5月16日" runs on with its text).

Shared by the page's date lines and datelines (page_dates.py) and the dates stated in
sentences (extract/dates.py, extract/date_language.py); nothing here names a word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from ruchina.errors import RuchinaError
from ruchina.knowledge.base import read_knowledge_file

#: A day's and a month's number; a year of this century or the last. \\d takes full-width
#: digits too ("２０２４年５月１６日"), and int() reads them.
DAY = r"(?P<{name}>\d{{1,2}})"
MONTH_NUMBER = r"(?P<{name}>\d{{1,2}})"
YEAR = r"(?P<{name}>(?:19|20|１９|２０)\d{{2}})"
_PLACEHOLDER = re.compile(r"\{(\w+)\}")


@dataclass(frozen=True)
class CalendarWords:
    """One language's calendar words, as calendar.yaml lists them."""

    language: str
    #: form (casefolded) -> month number; the full names (first forms) in order
    months: dict[str, int]
    full_month_names: tuple[str, ...]
    #: the weekdays' full names (first forms), Monday first
    full_weekday_names: tuple[str, ...]
    month_forms: tuple[str, ...]
    #: form (casefolded) -> 0 (Monday) .. 6; forms in the file's order
    weekdays: dict[str, int]
    weekday_forms: tuple[str, ...]
    date_line_weekdays: tuple[str, ...]
    ordinals: tuple[str, ...]
    #: what may follow a year ("2025 года", "2025 г."), on a date line
    year_words: tuple[str, ...] = ()
    spaced: bool = True
    sentences: dict = field(default_factory=dict)
    agencies: tuple[str, ...] = ()
    datelines: tuple[str, ...] = ()
    #: whether a date all in digits puts the day first ("05/08/2022": 5 August)
    numbers_day_first: bool = False
    #: the words of the page's own day and the day before ("today", "вчера"): `lead_days`, else the
    #: `day_words` of offsets 0 and -1
    lead_days: tuple[str, ...] = ()
    #: the title of a page of what happened on one day of the year in years past ("on this day: {month} {day}")
    almanac_headings: tuple[str, ...] = ()

    @property
    def gap(self) -> str:
        return r"\s+" if self.spaced else r"\s*"


@cache
def calendar_languages() -> dict[str, CalendarWords]:
    """Every language calendar.yaml describes, by its code."""
    data = read_knowledge_file("calendar").get("languages") or {}
    return {code: _words(code, entry or {}) for code, entry in data.items()}


def calendar_words(language: str) -> CalendarWords | None:
    return calendar_languages().get(language)


def _words(code: str, entry: dict) -> CalendarWords:
    name = f"knowledge/calendar.yaml: {code}"
    months_lists = entry.get("months") or []
    weekday_lists = entry.get("weekdays") or []
    if len(months_lists) != 12 or (weekday_lists and len(weekday_lists) != 7):
        raise RuchinaError(f"{name}: needs twelve lists of months and seven of weekdays, January and Monday first")
    months: dict[str, int] = {}
    for number, forms in enumerate(months_lists, start=1):
        months.update({str(form).casefold(): number for form in forms})
    weekdays: dict[str, int] = {}
    for number, forms in enumerate(weekday_lists):
        weekdays.update({str(form).casefold(): number for form in forms})
    sentences = entry.get("sentences") or {}
    return CalendarWords(
        language=code,
        months=months,
        full_month_names=tuple(str(forms[0]) for forms in months_lists if forms),
        full_weekday_names=tuple(str(forms[0]) for forms in weekday_lists if forms),
        month_forms=tuple(str(form) for forms in months_lists for form in forms[:1])
        + tuple(str(form) for forms in months_lists for form in forms[1:]),
        weekdays=weekdays,
        weekday_forms=tuple(str(form) for forms in weekday_lists for form in forms),
        date_line_weekdays=tuple(str(form) for form in entry.get("date_line_weekdays") or []),
        ordinals=tuple(str(form) for form in entry.get("ordinals") or []),
        year_words=tuple(str(form) for form in entry.get("year_words") or []),
        spaced=bool(sentences.get("spaced", True)),
        sentences=sentences,
        agencies=tuple(str(form) for form in entry.get("agencies") or []),
        datelines=tuple(str(form) for form in entry.get("datelines") or []),
        numbers_day_first=entry.get("numbers") == "day_first",
        lead_days=tuple(str(form) for form in entry.get("lead_days") or ()) or tuple(
            str(form) for offset, forms in (sentences.get("day_words") or {}).items() if int(offset) in (0, -1)
            for form in forms or ()),
        almanac_headings=tuple(str(form) for form in entry.get("almanac_headings") or ()),
    )


def alternation(words, capitalised: bool = False) -> str:
    """The words as one alternative, the longest first; with ``capitalised``, each also
    with a capital first letter (a sentence may begin with "Вчера")."""
    forms = set(words)
    if not forms:
        return r"(?!)"
    if capitalised:
        forms |= {word[:1].upper() + word[1:] for word in words}
    return "|".join(re.escape(word) for word in sorted(forms, key=lambda w: (-len(w), w)))


def expand(template: str, words: CalendarWords, parts: dict[str, str]) -> re.Pattern[str]:
    """The regular expression a calendar.yaml pattern stands for. ``parts`` gives the
    alternatives of the word placeholders ({month}, {weekday}, {modifier}, {agency}, {place});
    a placeholder used twice gets a numbered group ({modifier} ... {modifier}: modifier,
    modifier_2)."""
    used: dict[str, int] = {}

    def placeholder(match: re.Match) -> str:
        key = match.group(1)
        used[key] = used.get(key, 0) + 1
        name = key if used[key] == 1 else f"{key}_{used[key]}"
        if key in ("day", "day2"):
            return DAY.format(name=name)
        if key in ("mm", "mm2"):
            return MONTH_NUMBER.format(name=name.replace("mm", "month"))
        if key == "year":
            return YEAR.format(name=name)
        base = key.rstrip("2")
        if base not in parts:
            raise RuchinaError(f"knowledge/calendar.yaml: {words.language}: unknown placeholder {{{key}}} in {template!r}")
        return f"(?P<{name}>{parts[base]})"

    body = template.replace(" ?", r"\s*").replace(" ", words.gap)
    body = _PLACEHOLDER.sub(placeholder, body)
    edge_before, edge_after = (r"(?<!\w)", r"(?!\w)") if words.spaced else (r"(?<!\d)", r"(?!\d)")
    try:
        return re.compile(f"{edge_before}(?:{body}){edge_after}")
    except re.error as error:
        raise RuchinaError(f"knowledge/calendar.yaml: {words.language}: {template!r} does not compile ({error})") from error
