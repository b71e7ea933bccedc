"""The header of an article file: YAML front matter or ``Key: value`` lines, and the
checks of the fields they state (a possible date, a web address).

The published date is only ever what the source states: nothing here guesses it.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from ruchina.errors import ArticleError
from ruchina.text.normalize import fold_whitespace

#: Stated dates outside this range are refused as impossible for a news article.
EARLIEST_DATE = dt.date(1900, 1, 1)
#: How far past today a stated date may lie (time zones, embargoed copies).
FUTURE_TOLERANCE = dt.timedelta(days=2)

_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$")
_DATE_LIKE = re.compile(r"^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}\S*$")
_PARTIAL_DATE = re.compile(r"^(?:19|20)\d{2}(?:-(?:0?[1-9]|1[0-2]))?$")
_URL = re.compile(r"^https?://\S+$", re.IGNORECASE)
# The seed convention: "date 2023-10-19 https://...", the rest of the line optional.
_DATE_HEADER = re.compile(r"^date:?[ ]+(?P<date>\S+)(?:[ ]+(?P<rest>.*))?$", re.IGNORECASE)
# "Title: ...", "URL: ...": a block of these at the top of a plain-text file.
_KEY_VALUE_HEADER = re.compile(
    r"^(?P<key>title|headline|subtitle|subheadline|description|url|link|source|outlet|publisher|"
    r"date|published|published date|publication date|language|author|byline|by|place|location)\s*:\s*(?P<value>.*)$",
    re.IGNORECASE,
)
FRONT_MATTER = re.compile(r"\A---[ ]*\n(?P<yaml>.*?)\n(?:---|\.\.\.)[ ]*(?:\n|\Z)", re.DOTALL)

_FIELD_KEYS = {
    "title": ("title", "headline"),
    "subtitle": ("subtitle", "subheadline", "description", "dek", "summary"),
    "date": ("date", "published", "published_date", "published date", "publication date", "pubdate"),
    # Where the date was read, as the canonical seed states it (stated, dateline, url).
    "date_source": ("date_source", "published_date_source"),
    "url": ("url", "link", "canonical_url", "source_url"),
    "outlet": ("outlet", "source", "publisher", "site_name"),
    "language": ("language", "lang"),
    # Where the page says the story is from: the place printed beside its date ("The
    # Kremlin, Moscow"), as a dateline's place is.
    "place": ("place", "location"),
}


def read_front_matter(block: str, path: Path | str) -> dict[str, Any]:
    try:
        data = yaml.safe_load(block)
    except yaml.YAMLError as error:
        where = getattr(error, "problem_mark", None)
        at = f" at line {where.line + 2}" if where is not None else ""
        raise ArticleError(path, f"the front matter is not valid YAML{at}; fix the block between the --- lines") from None
    except ValueError as error:  # PyYAML reads 2023-13-45 as a date and fails on it
        raise ArticleError(path, f"the front matter holds an impossible value ({error}); fix it") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ArticleError(path, f"the front matter must be a YAML mapping of fields, not a {type(data).__name__}")
    folded = {str(key).strip().lower().replace("-", "_"): value for key, value in data.items()}
    stated: dict[str, Any] = {"title_field": any(key in folded for key in _FIELD_KEYS["title"])}
    for name, keys in _FIELD_KEYS.items():
        for key in keys:
            if folded.get(key.replace(" ", "_")) is not None:
                stated[name] = folded[key.replace(" ", "_")]
                break
    return stated


def read_header_lines(lines: list[str], path: Path | str) -> tuple[dict[str, Any], list[str], bool]:
    """Header fields from the top lines; the remaining lines; whether text shared the header line."""
    stated: dict[str, Any] = {}
    index = 0
    while index < len(lines) and not lines[index]:
        index += 1
    first_line_is_body = False
    while index < len(lines) and lines[index]:
        line = lines[index]
        seed_header = _DATE_HEADER.match(line)
        partial = seed_header and _PARTIAL_DATE.match(seed_header.group("date"))
        if seed_header and (_DATE_LIKE.match(seed_header.group("date")) or partial) and "date" not in stated:
            if not partial:  # "date 2023-10": a month is no publication day, but the line is a header
                stated["date"] = seed_header.group("date")
            rest = (seed_header.group("rest") or "").strip()
            if rest:
                url, _, after = rest.partition(" ")
                if _URL.match(url):
                    stated["url"] = url
                    rest = after.strip()
                if rest:
                    # "date 2023-11-11 Russian President ...": the body starts on this line.
                    lines = lines[:index] + [rest] + lines[index + 1:]
                    first_line_is_body = True
                    break
            index += 1
            continue
        key_value = _KEY_VALUE_HEADER.match(line)
        if key_value and key_value.group("value").strip():
            key = key_value.group("key").lower()
            for name, keys in _FIELD_KEYS.items():
                if key in keys and name not in stated:
                    stated[name] = key_value.group("value").strip()
            index += 1
            continue
        if _URL.match(line) and "url" not in stated and index == 0:
            stated["url"] = line
            index += 1
            continue
        break
    return stated, lines[index:], first_line_is_body


def checked_text(value: Any, name: str, path: Path | str) -> str | None:
    if value is None:
        return None
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        text = fold_whitespace(str(value))
        return text or None
    raise ArticleError(path, f"the {name} must be text, not a {type(value).__name__}")


def checked_url(value: Any, path: Path | str) -> str | None:
    url = checked_text(value, "url", path)
    if url is None:
        return None
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or "." not in parts.netloc or " " in url:
        raise ArticleError(path, f"the url {url!r} is not an http(s) address")
    return url


def checked_date(value: Any, path: Path | str, today: dt.date) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        date = value.date()
    elif isinstance(value, dt.date):
        date = value
    elif isinstance(value, str):
        date = _parse_stated_date(value.strip(), path)
    else:
        raise ArticleError(path, f"the date must be a YYYY-MM-DD date, not a {type(value).__name__}")
    if date < EARLIEST_DATE or date > today + FUTURE_TOLERANCE:
        raise ArticleError(path, f"the date {date.isoformat()} is not a plausible publication date")
    return date


_WRITTEN_DATE_FORMATS = ("%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%d %b %Y", "%b. %d, %Y", "%Y/%m/%d")


def _parse_stated_date(text: str, path: Path | str) -> dt.date:
    iso = _ISO_DATE.match(text)
    if iso:
        year, month, day = map(int, iso.groups())
        try:
            return dt.date(year, month, day)
        except ValueError:
            raise ArticleError(
                path, f"the date {text!r} is impossible ({year:04d}-{month:02d}-{day:02d} does not exist)"
            ) from None
    for fmt in _WRITTEN_DATE_FORMATS:
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ArticleError(path, f"the date {text!r} is not a date; write it as YYYY-MM-DD")
