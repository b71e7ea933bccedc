"""Paragraphs, sentences and quotations of an article body, with their positions, in a
normal form under which copies compare equal (case, quote marks, white space)."""

from __future__ import annotations

import re
from typing import Iterator, NamedTuple

from ruchina.text.sentences import iter_sentences

_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "‚": "'"})
_QUOTATION = re.compile(r"“([^”]{20,})”|\"([^\"]{20,})\"")


class Unit(NamedTuple):
    kind: str  # paragraph, sentence, quotation
    index: int  # 1-based position among units of its kind
    start: int  # character offsets in the body
    end: int
    text: str


def normalize(text: str) -> str:
    text = text.translate(_QUOTES).casefold()
    return " ".join(re.sub(r"[^\w\s'\"%]", " ", text).split())


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
