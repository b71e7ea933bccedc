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
* markdown with YAML front matter (title, date, url, outlet, ...).

The published date is only ever what the source states: nothing here guesses it.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from ruchina.errors import ArticleError
from ruchina.knowledge.base import boilerplate_patterns, outlets
from ruchina.text.header import (
    FRONT_MATTER,
    checked_date,
    checked_text,
    checked_url,
    read_front_matter,
    read_header_lines,
)
from ruchina.text.language import detect_language
from ruchina.text.normalize import count_words, fold_whitespace, normalize_text
from ruchina.text.sentences import iter_sentences

# A title is a short line: longer first lines are the lead paragraph.
TITLE_MAX_WORDS = 25
TITLE_MAX_CHARS = 250
# A subtitle (dek) is one sentence of modest length.
SUBTITLE_MAX_WORDS = 45

_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+(?P<text>.+?)\s*#*$")
_MARKDOWN_BOLD_LINE = re.compile(r"^(\*\*|__)(?P<text>.+?)\1$")
# A sentence end glued to the next sentence: "Putin.Author", "solid.”“The", "said.“But".
# The character before the stop must be lower-case (or a digit or closing bracket), so
# "U.S.-led" and initials never split.
_JAMMED_BOUNDARY = re.compile(r"(?<=[a-z0-9%)][.!?])(?=[“‘\"]?[A-Z])|(?<=[.!?][”’\"])(?=[“‘\"]?[A-Z])")
_SENTENCE_END = re.compile(r"[.!?…][”’\"')\]]*$")
_DATELINE = re.compile(r"^[A-Z][A-Z .'-]{2,40}(?:,\s*[A-Za-z .]+)?\s*(?:\([^)]{1,30}\))?\s*[—–-]\s")
_QUOTE_OPENERS = ("“", '"', "‘", "'", "«")

# Keys of front matter and header blocks, by the field they fill.


@dataclass
class ParsedArticle:
    """What the parser makes of one article file."""

    title: str | None = None
    subtitle: str | None = None
    url: str | None = None
    outlet: str | None = None
    published_date: dt.date | None = None
    language: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    #: How many times the title stood in the file beyond its first appearance.
    title_repeats: int = 0
    #: Boilerplate paragraphs removed from the body, as they stood.
    boilerplate: list[str] = field(default_factory=list)

    @property
    def body(self) -> str:
        return "\n\n".join(self.paragraphs)

    @property
    def n_words(self) -> int:
        return count_words(self.body)


def parse_article(text: str, path: Path | str = "<text>", today: dt.date | None = None) -> ParsedArticle:
    """Parse the decoded text of an article file; raise ArticleError naming ``path`` if it is unusable."""
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

    article.url = checked_url(stated.get("url"), path)
    article.published_date = checked_date(stated.get("date"), path, today)
    article.language = checked_text(stated.get("language"), "language", path)

    # Paragraphs with no text once markdown is gone (rules like "---") separate nothing.
    paragraphs = [p for p in _paragraphs(lines) if _strip_markdown(p)]
    title, subtitle, paragraphs, repeats = _split_header(
        paragraphs,
        stated_title=checked_text(stated.get("title"), "title", path),
        stated_subtitle=checked_text(stated.get("subtitle"), "subtitle", path),
        may_guess=not front_matter and not first_line_is_body,
        # A front matter that names a title field, even empty, has said all there is to say.
        marked_title_allowed=not first_line_is_body and not stated.get("title_field"),
    )
    article.title, article.subtitle, article.title_repeats = title or None, subtitle or None, repeats

    boilerplate_outlet = None
    for paragraph in (_strip_markdown(part) for p in paragraphs for part in _split_jammed(_strip_markdown(p))):
        if not paragraph:
            continue
        named_outlet = _match_boilerplate(paragraph)
        if named_outlet is None:
            article.paragraphs.append(paragraph)
        else:
            article.boilerplate.append(paragraph)
            boilerplate_outlet = boilerplate_outlet or named_outlet

    if not article.paragraphs:
        raise ArticleError(path, "no body text after the header; an article needs at least one paragraph")
    if article.n_words == 0:
        raise ArticleError(path, "the body has no words (only marks or symbols); an article needs text")
    article.outlet = _choose_outlet(checked_text(stated.get("outlet"), "outlet", path), article.url, boilerplate_outlet)
    article.language = article.language or detect_language(article.body)
    return article


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
    if _MARKDOWN_HEADING.match(previous) or _MARKDOWN_BOLD_LINE.match(previous) or _MARKDOWN_HEADING.match(line):
        return False
    return not _SENTENCE_END.search(previous) and line[:1].islower()


def _title_text(paragraph: str) -> str | None:
    """The title inside a markdown title line, or None if the paragraph is not one."""
    for pattern in (_MARKDOWN_HEADING, _MARKDOWN_BOLD_LINE):
        match = pattern.match(paragraph)
        if match:
            return fold_whitespace(match.group("text").strip("*_ "))
    return None


def _comparable(text: str) -> str:
    return re.sub(r"[\W_]+", " ", _strip_markdown(text).casefold()).strip()


def _looks_like_title(paragraph: str) -> bool:
    return (
        len(paragraph) <= TITLE_MAX_CHARS
        and count_words(paragraph) <= TITLE_MAX_WORDS
        and not paragraph.endswith((":", ",", ";"))
        and not paragraph.startswith(("“", '"'))
        and _sentence_count(paragraph) <= 1
    )


def _looks_like_subtitle(paragraph: str) -> bool:
    return (
        count_words(paragraph) <= SUBTITLE_MAX_WORDS
        and not paragraph.startswith(_QUOTE_OPENERS)
        and not _DATELINE.match(paragraph)
        and _title_text(paragraph) is None
        and _sentence_count(paragraph) <= 1
    )


def _sentence_count(paragraph: str) -> int:
    return sum(1 for _ in iter_sentences(paragraph))


def _split_header(
    paragraphs: list[str],
    stated_title: str | None,
    stated_subtitle: str | None,
    may_guess: bool,
    marked_title_allowed: bool,
) -> tuple[str | None, str | None, list[str], int]:
    """Find the title and subtitle among the first paragraphs; return them, the body
    paragraphs, and how many extra copies of the title were dropped.

    ``may_guess`` is false when the header already said what it had to say (front
    matter) or when text ran on from the header line: the first paragraph is then body.
    A markdown heading or bold line first is a title unless text ran on from the header.
    """
    title, subtitle, rest = stated_title, stated_subtitle, paragraphs
    if title is None and marked_title_allowed and paragraphs and _title_text(paragraphs[0]):
        title, rest = _title_text(paragraphs[0]), paragraphs[1:]
    elif title is None and may_guess and paragraphs:
        if len(paragraphs) > 2 and _title_text(paragraphs[1]) and _looks_like_subtitle(paragraphs[0]):
            # A dek printed above the title.
            subtitle = subtitle or _strip_markdown(paragraphs[0])
            title, rest = _title_text(paragraphs[1]), paragraphs[2:]
        elif len(paragraphs) > 1 and _looks_like_title(paragraphs[0]):
            title, rest = _strip_markdown(paragraphs[0]), paragraphs[1:]
    repeats = 0
    if title is not None:
        title_from_text = stated_title is None
        # The title repeated below itself: as a scraping artefact under a title found in
        # the text; as a markdown heading under a title the header states (a plain
        # paragraph that happens to match a stated title is body text).
        while (rest and _comparable(rest[0]) == _comparable(title)
               and (title_from_text or _title_text(rest[0]) is not None)):
            rest, repeats = rest[1:], repeats + 1
        # A one-sentence paragraph right below a title found in the text is its dek.
        if may_guess and title_from_text and subtitle is None and len(rest) > 1 and _looks_like_subtitle(rest[0]):
            subtitle, rest = _strip_markdown(rest[0]), rest[1:]
    return title, subtitle, rest, repeats


# --- body -----------------------------------------------------------------------

# Each with the character it needs: a paragraph without it is not searched (most
# paragraphs hold no markup, and a pattern searched over a long one costs ~60 µs).
_MARKDOWN_INLINE = [
    ("](", re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),  # images
    ("](", re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # links keep their text
    ("**", re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*"), r"\1"),  # **bold**
    ("__", re.compile(r"(?<!\w)__(?=\S)(.+?)(?<=\S)__(?!\w)"), r"\1"),  # __bold__, not snake__case
    ("*", re.compile(r"(?<![\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?![\w*])"), r"\1"),  # *italic*
    ("_", re.compile(r"(?<![\w_])_(?=\S)([^_]+?)(?<=\S)_(?![\w_])"), r"\1"),  # _italic_
    ("`", re.compile(r"`([^`]+)`"), r"\1"),  # code
]
_MARKDOWN_BLOCK_PREFIX = re.compile(r"^(?:#{1,6}\s+|>\s?|[-*+]\s+(?=\S)|\d{1,3}[.)]\s+(?=\S))+")


def _strip_markdown(paragraph: str) -> str:
    text = _MARKDOWN_BLOCK_PREFIX.sub("", paragraph)
    for needed, pattern, replacement in _MARKDOWN_INLINE:
        if needed in text:
            text = pattern.sub(replacement, text)
    if "**" in text:
        text = re.sub(r"\*\*+", "", text)  # bold markers left unpaired
    # Closing hashes of an ATX heading, all of them at once: the canonical seed must read
    # back as written ("0 # #" would lose one "#" per reading).
    if "#" in text:
        text = re.sub(r"(?:\s+#+)+\s*$", "", text)
    if re.fullmatch(r"[-*_=\s]{3,}", text):
        return ""  # a horizontal rule
    # Markup removed can bring a letter next to combining accents ("A![i](j)\u0301"): compose
    # them as reading the file does, so a canonical seed reads back as written.
    return fold_whitespace(unicodedata.normalize("NFC", text))


def _split_jammed(paragraph: str) -> list[str]:
    """Paragraphs whose boundaries were lost in scraping become separate again."""
    return [part.strip() for part in _JAMMED_BOUNDARY.split(paragraph) if part.strip()]


def _match_boilerplate(paragraph: str) -> str | None:
    """For a boilerplate paragraph, the outlet it names (or "" when it names none);
    None when the paragraph is article text."""
    for pattern in boilerplate_patterns():
        match = pattern.match(paragraph)
        if match:
            return (match.groupdict().get("outlet") or "").strip()
    return None


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
