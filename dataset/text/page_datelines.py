"""Datelines: the place and day a story opens with ("BEIJING, Oct. 18 (Xinhua) --", "MOSCOW,
December 30. /TASS/.", "МОСКВА, 16 мая. /ТАСС/.", "新华社北京5月16日电"), and where the story
starts after one. A dateline without a year takes the address's year (page_dates.py). Month
names and other languages' agency datelines are data (knowledge/calendar.yaml).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from ruchina.text.calendar_words import calendar_languages
from ruchina.text.known_places import known_city_names
from ruchina.text.page_dates import (
    MAX_DATE_LINE_CHARS,
    YEAR_GROUP,
    UrlDate,
    day_in_address_year,
    month_of,
    page_calendar,
    plausible_page_date,
    valid_date,
)


@lru_cache(maxsize=None)
def _dateline_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    calendar = page_calendar()
    month = rf"(?i:{calendar.month_pattern})"
    place = r"(?P<place>[A-Z][\w.'’ -]{1,30}?(?:/[A-Z][\w.'’ -]{1,30}?)?)(?:,\s*(?P<region>[A-Z][\w. ]{1,25}?))?"
    not_weekday = rf"(?!(?i:{calendar.weekday_pattern})\))"
    agency = rf"(?:\({not_weekday}(?P<agency>[A-Z][\w .&-]{{1,30}})\)|/\s*(?P<slash>[A-Z][\w-]{{1,20}})\s*/\.?)"
    # "BEIJING, Oct. 18 (Xinhua) --", "MOSCOW, December 30. /TASS/.", "WASHINGTON, May 16, 2024 (AP) —"
    before = re.compile(
        rf"^{place},\s*(?P<month>{month})\.?\s+(?P<day>[0-3]?\d)(?:,?\s*{YEAR_GROUP})?\.?\s*{agency}?\s*(?P<dash>--|[—–-]|:)?"
    )
    # "Tianjin, China – August 31, 2025" on a line of its own
    after = re.compile(rf"^{place}\s*[—–-]\s*(?P<month>{month})\.?\s+(?P<day>[0-3]?\d),?\s*{YEAR_GROUP}\.?$")
    return before, after


# A dateline with no date: "BEIJING (AP) —", "MOSCOW (Sputnik) -", "ST PETERSBURG, Russia -",
# or only the agency: "(MENAFN) The minister said ...".
_DATELINE_WITHOUT_DATE = re.compile(
    r"^(?:(?P<place>[A-Z][A-Z .'-]{2,40}?)\s*(?:,\s*[A-Za-z .]+)?\s*(?:\([^)]{1,30}\))?\s*[—–-]\s"
    r"|\([A-Z][A-Za-z .&-]{1,30}\)\s*[—–-]?\s*[A-Z])"
)


#: a town's name of one to three words, each capitalised (checked after the match)
_TOWN = r"[^\W\d_][^\W\d_'’.-]*(?:[ -][^\W\d_][^\W\d_'’.-]*){0,2}"


@lru_cache(maxsize=None)
def _agency_dateline() -> re.Pattern[str]:
    """A dateline with no date that an agency in brackets marks, its place written in any case:
    "Peking (dpa) -", "PÉKIN (AFP) -", "Moscou (AFP) -", "Moskau/Peking (Reuters) -", "Berlin/
    Peking (dpa) -", "Pekín (EFE).-". The press of German, French and Spanish writes its city in
    capitals or not, so only an agency the knowledge base names (each language's `agencies` in
    calendar.yaml, of every language: agencies file in many) marks it, not any word in brackets
    ("Xi Jinping (links) -" under a photo). An agency's name may carry its service's after a
    hyphen, as "dpa-AFX" and "APA-OTS" do."""
    names = sorted({name for words in calendar_languages().values() for name in words.agencies}, key=len, reverse=True)
    agency = "|".join(re.escape(name) for name in names) or "(?!)"
    return re.compile(
        rf"^(?P<place>{_TOWN})(?P<more>(?:\s?/\s?{_TOWN})+)?\s*\((?:{agency})(?:-\w+)?(?:\s?[/,]\s?(?:{agency})(?:-\w+)?)*\)"
        r"\s?\.?\s?(?:--|[—–-])\s")


def agency_dateline_place(paragraph: str) -> str | None:
    """The city of an undated agency dateline opening the paragraph ("Peking" of "Peking (dpa)
    - ..."); None when none opens it, or when it names two cities ("Moskau/Peking (Reuters)"):
    a story filed from both names neither as where its events are (page_datelines opens the
    story after it all the same)."""
    found = _agency_dateline_match(paragraph)
    return found.group("place") if found and not found.group("more") else None


def _agency_dateline_match(paragraph: str) -> re.Match | None:
    found = _agency_dateline().match(paragraph)
    if found is None:
        return None
    towns = re.split(r"\s?/\s?", found.group("place") + (found.group("more") or ""))
    # ("Peking hat (dpa)" is no town)
    return found if all(map(_capitalised, towns)) else None


def _capitalised(town: str) -> bool:
    """Whether every word of a town's name opens with a capital ("Nur-Sultan", "Rio de Janeiro" no)."""
    return all(word[:1].isupper() for word in re.split(r"[ -]", town.strip()) if word)


_CAPITALS = "A-ZÀ-ÖØ-ÞА-ЯЁ"
# A dateline with no date and a colon for its dash: "BISHKEK: Heads of state met ...", "NEW DELHI,
# India: ...", French spacing "PÉKIN : ..." (capitals of Latin or Cyrillic letters, as in every
# language whose datelines are read). A colon after a word in capitals is as often a label's
# ("UPDATE:", "WATCH:", "EDITOR'S NOTE:", "CHINA:" over a section) or a headline's ("MOSCOW: the
# talks"), so only a city the knowledge base knows, a sentence after it that opens in capitals
# and ends in its stop (colon_dateline_place).
_COLON_DATELINE = re.compile(
    rf"^(?P<place>[{_CAPITALS}][{_CAPITALS}.'’-]+(?:[ -][{_CAPITALS}][{_CAPITALS}.'’-]+){{0,2}})"
    rf"(?:,\s*[{_CAPITALS}][\w .]{{1,25}}?)?\s?:\s+[\"“«„]?[{_CAPITALS}]")
#: the sentence after it ends in its stop, and has words enough to be one
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)]*\s*$")
_MIN_WORDS = 6


def colon_dateline_place(paragraph: str) -> str | None:
    """The city of an undated dateline with a colon opening the paragraph ("BISHKEK: Leaders
    met ..."), as written; None when it opens with no such dateline."""
    found = _COLON_DATELINE.match(paragraph)
    if (found is None or found.group("place").casefold() not in known_city_names()
            or len(paragraph[found.end():].split()) < _MIN_WORDS or not _SENTENCE_END.search(paragraph)):
        return None
    return found.group("place")


# A dateline of a known city written as a name, and a dash: "Moskau - Chinas Staatschef hat ...",
# as newspapers print an agency's story with the agency dropped (German papers above all). A
# name and a dash open other things too ("Peking – das ist ...", "Moskau – Peking – Delhi: ..."
# over a travelogue), so only a city the knowledge base knows, a sentence after it that opens
# with a capital, is no further place, and ends in its stop, with words enough to be one.
_DASH_DATELINE = re.compile(rf"^(?P<place>{_TOWN})\s[—–-]\s(?P<next>[{_CAPITALS}][^\W\d_]*)")


def dash_dateline_place(paragraph: str) -> str | None:
    """The city of an undated dateline of a known city and a dash opening the paragraph
    ("Moskau - Chinas Staatschef ..."), as written; None when it opens with no such dateline."""
    return _undated_place(_DASH_DATELINE.match(paragraph), paragraph)


# The same, with a full stop for the dash: "Стамбул. Президенты России и Турции ...", as a Russian
# agency's tape opens a story with its city and no date. A name and a stop open other things too (a
# heading "Moscow." over a list, "Lima. Peru. 1990." in a caption), so the same guards as the dash's.
# Only the lead is read past it (extract/datelines.lead_start): it places nothing, as "Москва. X провел
# переговоры" may be a page's section word over a story told elsewhere (tests/test_datelines.py).
_STOP_DATELINE = re.compile(rf"^(?P<place>{_TOWN})\.\s(?P<next>[{_CAPITALS}][^\W\d_]*)")


def stop_dateline_place(paragraph: str) -> str | None:
    """The city of an undated dateline of a known city and a full stop opening the paragraph
    ("Стамбул. Президенты ..."), as written; None when it opens with no such dateline."""
    return _undated_place(_STOP_DATELINE.match(paragraph), paragraph)


def stop_dateline_end(paragraph: str) -> int | None:
    """Where such a dateline ends (after its city, before the stop); None when none opens it."""
    return len(stop_dateline_place(paragraph) or "") or None


def _undated_place(found: re.Match | None, paragraph: str) -> str | None:
    if found is None:
        return None
    place = found.group("place")
    cities = known_city_names()
    if (place.casefold() not in cities or not _capitalised(place)
            or found.group("next").casefold() in cities
            or len(paragraph[found.start("next"):].split()) < _MIN_WORDS or not _SENTENCE_END.search(paragraph)):
        return None
    return place


def opens_with_dateline(paragraph: str) -> bool:
    """Whether the paragraph opens with a dateline: the story starts there."""
    match = _dateline_patterns()[0].match(paragraph)
    return (bool(match and _marked_dateline(match)) or bool(_DATELINE_WITHOUT_DATE.match(paragraph))
            or colon_dateline_place(paragraph) is not None or _agency_dateline_match(paragraph) is not None
            or dash_dateline_place(paragraph) is not None
            or any(pattern.match(paragraph) for _, pattern in page_calendar().datelines))


def read_dateline(paragraph: str, url_date: UrlDate | None, today: dt.date) -> dt.date | None:
    """The date of a dateline opening the paragraph: its own year, else the address's year
    (the one that puts the day nearest the address's date); None without a year."""
    found = _find_dateline(paragraph)
    if found is None:
        return None
    month, day, year = found[1:4]
    if month is None:  # (the day alone: the filing day, no date of the page's own)
        return None
    if year is not None:
        date = valid_date(year, month, day)
    elif url_date is not None:
        date = day_in_address_year(month, day, url_date)
    else:
        return None
    return date if date and plausible_page_date(date, today) else None


def dateline_place(paragraph: str) -> str | None:
    """The place a dateline opening the paragraph names ("BEIJING", "МОСКВА", "北京"; "SOCHI"
    of "SOCHI, Russia (AP) —", a dateline with no date), as written; None when the paragraph
    opens with no dateline that names one."""
    found = _find_dateline(paragraph)
    if found:
        return found[0]
    undated = _DATELINE_WITHOUT_DATE.match(paragraph)
    if undated and undated.group("place"):
        return undated.group("place").strip()
    return colon_dateline_place(paragraph) or agency_dateline_place(paragraph) or dash_dateline_place(paragraph)


def dateline_day(paragraph: str) -> tuple[int, int] | None:
    """(month, day) of the dated dateline opening the paragraph, with a year or without; the month
    None for a dateline of the day alone ("ЖЕНЕВА, 14. (ТАСС).")."""
    found = _find_dateline(paragraph)
    return (found[1], found[2]) if found else None


def dateline_end(paragraph: str) -> int | None:
    """Where the dated dateline opening the paragraph ends ("МОСКВА, 16 мая. /ТАСС/" of
    "МОСКВА, 16 мая. /ТАСС/. Владимир Путин ..."); None when it opens with none."""
    found = _find_dateline(paragraph)
    return found[4] if found else None


def _find_dateline(paragraph: str) -> tuple[str, int, int, int | None, int] | None:
    """(place, month, day, year or None, end) of the dated dateline opening the paragraph."""
    before, after = _dateline_patterns()
    match = before.match(paragraph)
    if match and not _marked_dateline(match):
        match = None
    # "Tianjin, China – August 31, 2025": only as a line of its own, with its country
    if match is None and len(paragraph) <= MAX_DATE_LINE_CHARS:
        match = after.match(paragraph)
        if match and not match.group("region"):
            match = None
    if match is not None:
        month = page_calendar().months[match.group("month").casefold()]
        year = int(match.group("year")) if match.group("year") else None
        return match.group("place").strip(), month, int(match.group("day")), year, match.end()
    # Another language's agency dateline ("МОСКВА, 16 мая. /ТАСС/.", "新华社北京5月16日电"): the
    # agency marks it, as "/TASS/" does an English one.
    for words, pattern in page_calendar().datelines:
        match = pattern.match(paragraph)
        if match:
            year, month = match.groupdict().get("year"), match.groupdict().get("month")
            # ("ЖЕНЕВА, 14. (ТАСС).": the day alone, its month the page's or the one before)
            return (match.group("place"), month_of(words, month) if month else None, int(match.group("day")),
                    int(year) if year else None, match.end())
    return None


def _marked_dateline(match: re.Match) -> bool:
    """A dateline's place is written in capitals ("BEIJING") and followed by a dash, or the
    date is followed by the agency ("(Xinhua)", "/TASS/"): "Putin, May 16 ..." opens a
    sentence, not a dateline."""
    if match.group("agency") or match.group("slash"):
        return True
    letters = [ch for ch in match.group("place") if ch.isalpha()]
    return bool(match.group("dash")) and len(letters) >= 2 and all(ch.isupper() for ch in letters)
