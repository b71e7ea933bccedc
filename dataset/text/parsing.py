"""Turn the text of one article file into the fields of one articles row.

Article files come in the shapes people save them in:

* plain text with an optional header line ``date YYYY-MM-DD [url]`` (indented or not,
  and sometimes running straight into the first paragraph), or a block of
  ``Key: value`` header lines (Title, Date, URL, Source, ...);
* an optional title line, plain or in markdown (``**Title**``, ``# Title``), sometimes
  repeated, with an optional one-sentence subtitle just before or after it;
* paragraphs separated by blank lines or one per line, hard-wrapped or not, and
  paragraphs whose boundaries were lost in scraping ("solid.”“The");
* publisher boilerplate lines ("CLICK HERE TO READ MORE FROM ...");
* markdown with YAML front matter (title, date, url, outlet, ...);
* the text of a saved news page, with the page around the story: menus, a neighbour's
  headline, date lines, captions and credits before it, related stories after it
  (page_layout.py finds the story and its title, page_chrome.py tells page text from
  paragraphs).

The published date is only ever what the source states: the header, the page's date line,
the story's dateline or the article's address (page_dates.py), with where it was read;
nothing here guesses it from the body's events.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from ruchina.errors import ArticleError
from ruchina.knowledge.base import outlets
from ruchina.text.header import (
    EARLIEST_DATE,
    FRONT_MATTER,
    FUTURE_TOLERANCE,
    checked_date,
    checked_text,
    checked_url,
    read_front_matter,
    read_header_lines,
)
from ruchina.text.language import detect_language
from ruchina.text.markdown import MARKDOWN_BOLD_LINE, MARKDOWN_HEADING, strip_markdown
from ruchina.text.normalize import count_words, fold_whitespace, normalize_text
from ruchina.text.page_bylines import byline_place
from ruchina.text.page_chrome import chrome_kind, credits_the_photo_above, match_boilerplate
from ruchina.text.page_dateline_days import read_date_line_by_dateline, story_day
from ruchina.text.page_datelines import dateline_place, read_dateline
from ruchina.text.page_dates import page_calendar, read_url_date
from ruchina.text.page_day_headings import latest_day_heading
from ruchina.text.page_flashes import find_flash, flash_story
from ruchina.text.page_galleries import gallery_story
from ruchina.text.page_head_date_lines import take_off_date_lines
from ruchina.text.page_layout import lay_out
from ruchina.text.page_place_date_lines import date_line_place, place_above_date_line
from ruchina.text.page_tail import trim_tail
from ruchina.text.page_yearless_dates import read_yearless_date_line

#: Where a publication date was read: the file's header or the page's date line, the
#: story's dateline, the article's address.
DATE_SOURCES = ("stated", "dateline", "url")
#: A dateline opens one of the story's first paragraphs.
DATELINE_PARAGRAPHS = 3
#: the first paragraphs a labelled date line ("Published ...", "Posted: ...") is the page's in
#: (a forum thread's title, its reply bar and its first poster's name stand above it)
LABELLED_DATE_PARAGRAPHS = 5
#: A date line right under the story stamps it ("18/10/2023 15:40"); further down the page,
#: the lines are other stories' (their teasers' dates).
FOOT_DATE_LINES = 2

# A sentence end glued to the next sentence: "Putin.Author", "solid.”“The", "said.“But".
# The character before the stop must be lower-case (or a digit or closing bracket), so
# "U.S.-led" and initials never split.
_JAMMED_BOUNDARY = re.compile(r"(?<=[a-z0-9%)][.!?])(?=[“‘\"]?[A-Z])|(?<=[.!?][”’\"])(?=[“‘\"]?[A-Z])")
_SENTENCE_END = re.compile(r"[.!?…。！？][”’\"')\]」』）]*$")  # in any script
_HAS_WORD = re.compile(r"[^\W_]")  # a letter or digit, in any script
# A colon glued to the quote it opens: 'reads, in part:"Founded' -> 'reads, in part: "Founded'.
_GLUED_QUOTE = re.compile(r"(?<=[^\W\d_]):(?=[“\"«][^\W\d_])")


@dataclass
class ParsedArticle:
    """What the parser makes of one article file."""

    title: str | None = None
    subtitle: str | None = None
    url: str | None = None
    outlet: str | None = None
    published_date: dt.date | None = None
    #: Where the date was read (one of DATE_SOURCES); None when nothing states one.
    published_date_source: str | None = None
    language: str | None = None
    #: Where the story says it is from, as written: the place line beside the date ("The
    #: Kremlin, Moscow"); None when the file states none. Extraction reads it.
    place: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    #: How many times the title stood in the file beyond its first appearance.
    title_repeats: int = 0
    #: Page text and boilerplate removed from the body, as they stood.
    boilerplate: list[str] = field(default_factory=list)

    @property
    def body(self) -> str:
        return "\n\n".join(self.paragraphs)

    @property
    def n_words(self) -> int:
        return count_words(self.body)


def parse_article(text: str, path: Path | str = "<text>", today: dt.date | None = None,
                  url: str | None = None) -> ParsedArticle:
    """Parse the decoded text of an article file; raise ArticleError naming ``path`` if it
    is unusable. ``url`` is the article's address as the curator gives it, over the file's."""
    today = today or dt.date.today()
    text = normalize_text(text)
    article = ParsedArticle()
    stated: dict[str, Any] = {}

    front_matter = FRONT_MATTER.match(text)
    if front_matter:
        stated = read_front_matter(front_matter.group("yaml"), path)
        text = text[front_matter.end():]
        lines, first_line_is_body = text.split("\n"), False
    else:
        stated, lines, first_line_is_body = read_header_lines(text.split("\n"), path)

    article.url = checked_url(url if url is not None else stated.get("url"), path)
    article.published_date = checked_date(stated.get("date"), path, today)
    if article.published_date is not None:
        article.published_date_source = _checked_source(stated.get("date_source"), path)
    article.language = checked_text(stated.get("language"), "language", path)
    article.place = checked_text(stated.get("place"), "place", path)

    # Paragraphs with no text once markdown is gone (rules like "---") separate nothing.
    paragraphs = [p for p in _paragraphs(lines) if strip_markdown(p)]
    # (an agency's flash: its bullets in capitals are the story, the page above them its head)
    flash = None if front_matter else find_flash(paragraphs)
    layout = lay_out(
        paragraphs[:flash.start] if flash else paragraphs,
        stated_title=checked_text(stated.get("title"), "title", path),
        stated_subtitle=checked_text(stated.get("subtitle"), "subtitle", path),
        front_matter=bool(front_matter),
        title_field=bool(stated.get("title_field")),
        text_on_header_line=first_line_is_body,
        url=article.url,
    )
    if not front_matter:  # ("Publié le 03/05/2024 à 09h15": a date line in words the layout does not read)
        take_off_date_lines(layout, subtitle_stated=bool(stated.get("subtitle")))
    article.title, article.subtitle, article.title_repeats = layout.title, layout.subtitle, layout.title_repeats
    article.boilerplate.extend(layout.removed)

    pieces = _rejoin_broken([piece for p in layout.paragraphs
                             for piece in map(strip_markdown, _split_jammed(strip_markdown(p))) if piece])
    tail: list[str] = []
    if flash:
        pieces, head_text = flash_story(pieces, [strip_markdown(p) for p in paragraphs[flash.start:flash.end]])
        article.boilerplate.extend(head_text)
        tail = [strip_markdown(p) for p in paragraphs[flash.end:]]
    elif not front_matter:
        # (a gallery's numbered captions, "1 of 6" over each: its story, their credits page text)
        pieces, gallery_text = gallery_story(pieces)
        article.boilerplate.extend(gallery_text)
        pieces, tail = trim_tail(pieces)
    for paragraph in pieces:
        kind = chrome_kind(paragraph)
        if kind is None:
            article.paragraphs.append(_GLUED_QUOTE.sub(": ", paragraph))
            continue
        article.boilerplate.append(paragraph)
        if kind == "credit" and article.paragraphs and credits_the_photo_above(paragraph, article.paragraphs[-1]):
            article.boilerplate.insert(-1, article.paragraphs.pop())  # the caption the credit line closes
    article.boilerplate.extend(tail)
    # A publisher's line may name the outlet ("CLICK HERE TO READ MORE FROM THE DAILY PLANET").
    boilerplate_outlet = next((name for name in map(match_boilerplate, article.boilerplate) if name is not None), None)
    if not article.paragraphs:
        raise ArticleError(path, "no body text after the header; an article needs at least one paragraph")
    if article.n_words == 0:
        raise ArticleError(path, "the body has no words (only marks or symbols); an article needs text")
    article.language = article.language or detect_language(article.body)
    if article.place is None and not any(map(dateline_place, article.paragraphs[:DATELINE_PARAGRAPHS])):
        # ("Jane Doe in Kazan": filed there; "Kazan, 22.10.2024, 10:15": the same)
        # ("LONDON" on the line above "Wed 1 Apr 2009 21.15 BST": the same, in two lines)
        article.place = (byline_place(layout.removed) or next(filter(None, map(date_line_place, layout.removed)), None)
                         or place_above_date_line(layout.removed))
    if article.published_date is None:  # after the language: "05/08/2022" reads as its pages write it
        article.published_date, article.published_date_source = _date_the_page_states(
            layout.removed, article.paragraphs, article.url, today, foot=tail[:FOOT_DATE_LINES],
            language=article.language, title=article.title, tail=tail)
    article.outlet = _choose_outlet(checked_text(stated.get("outlet"), "outlet", path), article.url, boilerplate_outlet)
    return article


def _checked_source(value: Any, path: Path | str) -> str:
    if value is None:
        return "stated"
    if value not in DATE_SOURCES:
        raise ArticleError(path, f"the date_source {value!r} is not one of {', '.join(DATE_SOURCES)}")
    return value


def _date_the_page_states(page_text: list[str], paragraphs: list[str], url: str | None,
                          today: dt.date, foot: list[str] = (), language: str | None = None,
                          title: str | None = None, tail: list[str] = ()) -> tuple[dt.date | None, str | None]:
    """The publication date the page states, with where it was read: its date line
    ("Published May 16,2024"), the story's dateline, its address, a date line printed
    right under the story ("18/10/2023 15:40"); an "Updated" line only when nothing else
    gives one, or when the address gives its day too. (None, None) when nothing states one: the body's events never date the
    article."""
    url_date = read_url_date(url, today)
    hint = url_date.date if url_date else None
    # (a dateline on a line of its own is among the page's lines the layout took off the story)
    day = story_day([*page_text, *paragraphs[:DATELINE_PARAGRAPHS]])  # decides "12-09-2014", which reads both ways
    updated = None
    for line in page_text:
        stated = read_date_line_by_dateline(line, hint, language, day)
        if stated is None or stated.date is None or not _plausible(stated.date, today):
            continue
        if not stated.updated:
            return stated.date, "stated"
        updated = updated or stated.date
    for line in page_text if updated is None else ():  # "21 October, 07:05" under the headline
        date = read_yearless_date_line(line, url_date)
        if date is not None and _plausible(date, today):
            return date, "stated"
    if updated is not None and updated == hint:
        # The page's update line and its address give one day: the outlet's own date, over the
        # dateline's (the day where the reporter filed, in his time zone: "July 14" under a page
        # of the 15th in India). An update line alone still gives way to the dateline.
        return updated, "stated"
    for paragraph in paragraphs[:DATELINE_PARAGRAPHS]:
        date = read_dateline(paragraph, url_date, today)
        if date is not None:
            return date, "dateline"
    for paragraph in paragraphs[:LABELLED_DATE_PARAGRAPHS]:
        # "Published 2 October 2007" under a dek of two sentences that the layout took for the
        # lead: a labelled date line is the page's, wherever the head ends (a bare date there
        # may head an almanac's or a live page's section); and a thread's first post, "Posted:
        # Mon Dec 28, 2020 3:41 pm" under its title and the poster's name.
        line = strip_markdown(paragraph)
        if not page_calendar().published_label.match(line):
            continue
        stated = read_date_line_by_dateline(line, hint, language, day)
        if stated is not None and stated.date is not None and not stated.updated and _plausible(stated.date, today):
            return stated.date, "stated"
    if hint is not None:
        return hint, "url"
    for line in foot:
        stated = read_date_line_by_dateline(line, hint, language, day)
        if stated is not None and stated.date is not None and not stated.updated and _plausible(stated.date, today):
            return stated.date, "stated"
    labelled = _labelled_foot_date(tail, language, day, today)
    if labelled is not None:
        return labelled, "stated"
    if updated is not None:
        return updated, "stated"
    heading = latest_day_heading([*page_text, *paragraphs], url, today, title)  # a live page's "Friday 24 June"
    return (heading, "stated") if heading is not None and _plausible(heading, today) else (None, None)


def _labelled_foot_date(tail: list[str], language: str | None, day, today: dt.date) -> dt.date | None:
    """The date of the one "Published: ..." line below the story, further down than the lines
    right under it (a "read also" link and a photo between them), when no other line of the tail
    holds a date first: a page that prints its date only at its foot. Two labelled lines are a
    list of teasers, each with its own date; an "Updated" line alone is not the day it came out."""
    found = None
    for line in tail:
        stated = read_date_line_by_dateline(line, None, language, day)
        if stated is None or stated.date is None:
            continue
        labelled = page_calendar().published_label.match(line) and not stated.updated
        if not labelled or found is not None:
            return None  # another stamp first, or a second labelled line: a list of other stories
        found = stated.date
    return found if found is not None and _plausible(found, today) else None


def _plausible(date: dt.date, today: dt.date) -> bool:
    return EARLIEST_DATE <= date <= today + FUTURE_TOLERANCE


# --- paragraphs -----------------------------------------------------------------


def _paragraphs(lines: list[str]) -> list[str]:
    """Group lines into paragraphs: blank lines separate them; so does each line break,
    unless the line was hard-wrapped (it stops mid-sentence and the next goes on in
    lower case)."""
    paragraphs: list[str] = []
    current: list[str] = []
    for line in lines:
        if not line:
            if current:
                paragraphs.append(" ".join(current))
                current = []
            continue
        if current and _continues(current[-1], line):
            current.append(line)
        else:
            if current:
                paragraphs.append(" ".join(current))
            current = [line]
    if current:
        paragraphs.append(" ".join(current))
    return paragraphs


def _continues(previous: str, line: str) -> bool:
    if MARKDOWN_HEADING.match(previous) or MARKDOWN_BOLD_LINE.match(previous) or MARKDOWN_HEADING.match(line):
        return False
    return not _SENTENCE_END.search(previous) and line[:1].islower()


# --- body -----------------------------------------------------------------------

def _rejoin_broken(paragraphs: list[str]) -> list[str]:
    """A sentence broken across paragraphs (a machine translation's or a scraper's line
    breaks: "Foreign agencies reported that the president" / "arrived in the capital on
    Monday.") is one paragraph again: the first ends no sentence, the next opens with a word
    in lower case ("iPhone" is not one). A paragraph of marks alone ("#", ": : :") begins no
    sentence: joined to the next, a lone "#" would print as a markdown heading."""
    joined: list[str] = []
    for paragraph in paragraphs:
        first_word = paragraph.split(maxsplit=1)[0]
        if (joined and first_word.isalpha() and first_word.islower() and not _SENTENCE_END.search(joined[-1][-12:])
                and _HAS_WORD.search(joined[-1])):
            joined[-1] = f"{joined[-1]} {paragraph}"
        else:
            joined.append(paragraph)
    return joined


def _split_jammed(paragraph: str) -> list[str]:
    """Paragraphs whose boundaries were lost in scraping become separate again."""
    return [part.strip() for part in _JAMMED_BOUNDARY.split(paragraph) if part.strip()]


def _choose_outlet(stated: str | None, url: str | None, boilerplate_name: str | None) -> str | None:
    """The stated outlet wins, then the URL's domain, then the name boilerplate gives.
    Each is mapped through the curated outlets; an unknown domain stands as itself."""
    known = outlets()
    if stated:
        return known.from_name(stated) or stated
    host = urlsplit(url).hostname if url else None
    if host and known.from_host(host):
        return known.from_host(host)
    if boilerplate_name:
        return known.from_name(boilerplate_name) or _title_case(boilerplate_name)
    if host:
        return host.removeprefix("www.")
    return None


def _title_case(name: str) -> str:
    name = fold_whitespace(name)
    return name.title() if name.isupper() else name
