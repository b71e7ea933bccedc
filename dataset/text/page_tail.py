"""The page text after the story: related stories under a marker line ("Top stories",
"Related news"), a neighbour's headline, an outlet's signature, comment forms. What such
lines say is data (knowledge/boilerplate.yaml, read by page_chrome.py); how the story's
end is found among the last paragraphs is code, here.
"""

from __future__ import annotations

import re

from ruchina.text.normalize import length_in_words
from ruchina.text.page_chrome import CUT_OFF_END, chrome_kind, ends_sentence, is_short_unfinished, is_tail_marker
from ruchina.text.page_dates import page_calendar, read_date_line

#: Page text after the story is looked for among the last paragraphs.
TAIL_PARAGRAPHS = 30
#: At the end, a line this short that ends no sentence is a neighbour's headline or a signature.
TAIL_LINE_MAX_WORDS = 14
#: After a tail marker, a paragraph this long that ends a sentence (not cut off with an
#: ellipsis, as teasers are) is the story going on.
FULL_PARAGRAPH_WORDS = 40
_LINK_ARROW = re.compile(r"^[»›>]\s*")
_SENTENCE_BOUNDARY = re.compile(r"[.!?]\s+(?=[A-Z])")


def trim_tail(paragraphs: list[str]) -> tuple[list[str], list[str]]:
    """The story's paragraphs without the page text after it, and that page text.

    Near the end, a marker line ("Top stories", "Related news") ends the story when only
    teasers follow it; then short lines that end no sentence (a neighbour's headline, an
    outlet's signature), page text and a labelled date line (a print stamp) are dropped from
    the end. The first paragraph stays.
    """
    end = len(paragraphs)
    for i in range(max(1, end - TAIL_PARAGRAPHS), end):
        if is_tail_marker(paragraphs[i]) and not any(_full_paragraph(p) for p in paragraphs[i + 1:]):
            end = i
            break
    while end > 1 and (chrome_kind(paragraphs[end - 1]) or _neighbours_headline(paragraphs[end - 1])
                       or _labelled_date_line(paragraphs[end - 1])):
        end -= 1
    story, tail = paragraphs[:end], paragraphs[end:]
    if story and (stamp := _stamp_ending(story[-1])):
        # ("Filed from Hanoi. This article appeared in print on Friday, March 1, 2019, page A4.": one line)
        story, tail = story[:-1] + [story[-1][:-len(stamp)].rstrip()], [stamp] + tail
    return story, tail


def _stamp_ending(paragraph: str) -> str | None:
    """The labelled date line that ends a paragraph as its last sentence, after another ("Filed
    from X."), or None."""
    for boundary in _SENTENCE_BOUNDARY.finditer(paragraph):
        rest = paragraph[boundary.end():]
        if _labelled_date_line(rest):
            return rest
    return None


def _neighbours_headline(paragraph: str) -> bool:
    """A short last line that ends no sentence: a neighbour's headline or a signature, unless
    it quotes someone ("“We stand together,” Putin said") or goes on in lower case."""
    # (a link's arrow, "» Strike enters its fourth day", is no closing guillemet)
    text = _LINK_ARROW.sub("", paragraph)
    return is_short_unfinished(text, TAIL_LINE_MAX_WORDS) and not any(mark in text for mark in '“”"«»') \
        and not text[:1].islower()


def _labelled_date_line(paragraph: str) -> bool:
    """A date line under a label at the end ("Printed in The Courier, Monday, October 13, 1986,
    page 1.", or a paper's issue number: "«Вечерняя газета», № 112, среда, 5 мая 1976 года, стр. 2."):
    the page's stamp, even where it ends like a sentence."""
    calendar = page_calendar()
    return (bool(calendar.published_label.match(paragraph) or calendar.issue_number.search(paragraph))
            and read_date_line(paragraph, any_language=True) is not None)


def _full_paragraph(paragraph: str) -> bool:
    return length_in_words(paragraph) >= FULL_PARAGRAPH_WORDS and ends_sentence(paragraph) \
        and not CUT_OFF_END.search(paragraph) and chrome_kind(paragraph) is None
