"""Paragraphs, sentences and quotations of an article body, with their positions, in a
normal form under which copies compare equal (case, quote marks, white space)."""

from __future__ import annotations

import re
from typing import Iterator, NamedTuple

from ruchina.text.normalize import UNSPACED
from ruchina.text.sentences import iter_sentences

# What is compared: quote marks as ASCII ones, full-width forms as ASCII (a copy may print
# "２０２４" for "2024"), the ideographic space as a space, zero-width and bidirectional
# marks dropped. One table: one pass over the text.
_QUOTES = str.maketrans(
    {**{code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}, 0x3000: " ",
     **dict.fromkeys([*range(0x200B, 0x2010), *range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x2060, 0xFEFF]),
     "“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "‚": "'"}
)
_QUOTATION = re.compile(r"“([^”]{20,})”|\"([^\"]{20,})\"")
#: Whether a text holds any character of _QUOTES: str.translate walks a text that is not
#: ASCII character by character through the table (46 µs for a Russian paragraph of 500
#: characters, 2.6 µs for this search; benchmarks/languages.py), so it runs only where it changes something.
_QUOTED = re.compile("[" + "".join(re.escape(chr(code)) for code in _QUOTES) + "]")


class Unit(NamedTuple):
    kind: str  # paragraph, sentence, quotation
    index: int  # 1-based position among units of its kind
    start: int  # character offsets in the body
    end: int
    text: str


def normalize(text: str) -> str:
    if _QUOTED.search(text):
        text = text.translate(_QUOTES)
    text = text.casefold()
    return " ".join(re.sub(r"[^\w\s'\"%]", " ", text).split())


def is_unspaced(normal: str) -> bool:
    """Whether a normalised text is mostly of scripts written without spaces (Chinese,
    Japanese, Thai): a third of its characters or more."""
    if normal.isascii() or not UNSPACED.search(normal):  # (isascii: no scan of English)
        return False
    return len(UNSPACED.findall(normal)) * 3 >= len(normal) - normal.count(" ")


def paragraphs(body: str) -> Iterator[Unit]:
    offset = 0
    for index, paragraph in enumerate(body.split("\n\n"), 1):
        yield Unit("paragraph", index, offset, offset + len(paragraph), paragraph)
        offset += len(paragraph) + 2


def sentences(body: str) -> Iterator[Unit]:
    index = 0
    for paragraph in paragraphs(body):
        for sentence in iter_sentences(paragraph.text):
            index += 1
            yield Unit("sentence", index, paragraph.start + sentence.start, paragraph.start + sentence.end, sentence.text)


def quotations(body: str) -> Iterator[Unit]:
    for index, match in enumerate(_QUOTATION.finditer(body), 1):
        group = 1 if match.group(1) is not None else 2
        yield Unit("quotation", index, match.start(group), match.end(group), match.group(group))
