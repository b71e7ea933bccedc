"""A gallery page: its story told by numbered captions, a counter printed alone over each ("1 of 6")
and a photo credit closing each caption ("... on Monday. Photo: Jane Doe / Agency"). Read as any page,
each caption is page text (a caption ending on its credit), and the story keeps only the dek above
them; yet on such a page the captions are all the story there is.

Where the story's paragraphs hold at least MIN_COUNTERS counters of one count, numbered in order,
each right over a paragraph, the counters are page text and each caption is the story's paragraph
without the credit after its last sentence. The counters' words are data
(knowledge/boilerplate.yaml's `gallery_counters`); what follows the last caption ("More galleries")
is left to the tail's rules.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ruchina.knowledge.base import read_knowledge_file
from ruchina.text.markdown import strip_markdown
from ruchina.text.page_chrome import chrome_kind

#: fewer counters than this are a slideshow's line in an ordinary story, no gallery
MIN_COUNTERS = 3
#: where a caption's sentence ends and its credit may begin
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=\S)")


@lru_cache(maxsize=None)
def _counter() -> re.Pattern[str] | None:
    words = read_knowledge_file("boilerplate").get("gallery_counters") or []
    return re.compile(r"^\s*(?:" + "|".join(words) + r")\s*$", re.IGNORECASE) if words else None


def gallery_story(paragraphs: list[str]) -> tuple[list[str], list[str]]:
    """The paragraphs with a gallery's captions as the story (their credits cut), and the page text
    taken off them (counters, credits); the paragraphs as they were where the page is no gallery."""
    counter = _counter()
    if counter is None:
        return paragraphs, []
    found = [(i, match) for i, p in enumerate(paragraphs) if (match := counter.match(p))]
    counts = {match.group("m") for _, match in found}
    if (len(found) < MIN_COUNTERS or len(counts) != 1
            or [int(m.group("n")) for _, m in found] != list(range(1, len(found) + 1))
            or any(i + 1 >= len(paragraphs) or counter.match(paragraphs[i + 1]) for i, _ in found)):
        return paragraphs, []
    at = {i for i, _ in found}
    story, removed = [], []
    for i, paragraph in enumerate(paragraphs):
        if i in at:
            removed.append(paragraph)
        elif i - 1 in at:
            caption, credit = _without_credit(paragraph)
            story.append(caption)
            removed.extend(credit)
        else:
            story.append(paragraph)
    return story, removed


def opens_gallery(paragraphs: list[str]) -> bool:
    """The paragraphs (markdown and all) open on a gallery's first counter: what the layout would take
    for page text below the title (captions ending on their credits) is the story."""
    counter = _counter()
    first = counter.match(strip_markdown(paragraphs[0])) if counter and paragraphs else None
    return (bool(first) and first.group("n") == "1"
            and bool(gallery_story([strip_markdown(p) for p in paragraphs])[1]))


def _without_credit(caption: str) -> tuple[str, list[str]]:
    """The caption without the credit after its last sentence ("Photo: Jane Doe / Agency"), and that credit."""
    pieces = _SENTENCE_END.split(caption)
    if len(pieces) > 1 and chrome_kind(pieces[-1]) is not None:
        return caption[:len(caption) - len(pieces[-1])].rstrip(), [pieces[-1]]
    return caption, []
