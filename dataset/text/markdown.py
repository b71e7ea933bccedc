"""Markdown in article files: title lines (``# Title``, ``**Title**``) and the markup that
clean text must not keep."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ruchina.text.normalize import fold_whitespace

MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+(?P<text>.+?)\s*#*$")
MARKDOWN_BOLD_LINE = re.compile(r"^(\*\*|__)(?P<text>.+?)\1$")

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
_MARKDOWN_BLOCK_PREFIX = re.compile(r"^(?:#{1,6}\s+|>\s?|[-*+•·▪]\s+(?=\S)|\d{1,3}[.)]\s+(?=\S))+")


def marked_title(paragraph: str) -> str | None:
    """The title inside a markdown title line, or None if the paragraph is not one."""
    for pattern in (MARKDOWN_HEADING, MARKDOWN_BOLD_LINE):
        match = pattern.match(paragraph)
        if match:
            return fold_whitespace(match.group("text").strip("*_ "))
    return None


@lru_cache(maxsize=4096)
def strip_markdown(paragraph: str) -> str:
    """The paragraph's text without markdown. (Cached: the parser asks again for the
    paragraphs it weighs as title, dek or page text; the cache holds one article's worth.)"""
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


@lru_cache(maxsize=4096)
def comparable(text: str) -> str:
    """The text as two printings of one line compare: case, marks and markup ignored."""
    return re.sub(r"[\W_]+", " ", strip_markdown(text).casefold()).strip()
