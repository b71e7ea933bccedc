"""What a line at the head of a page is, by its shape alone: a headline (short, no full stop at
its end, no day's date), a subtitle (one sentence of modest length), page text (a menu, a date
line, a day's heading), two printings of one headline. page_layout.py decides by these where
the story and its title are."""

from __future__ import annotations

import re

from ruchina.text.markdown import comparable, marked_title, strip_markdown
from ruchina.text.normalize import length_in_words
from ruchina.text.page_chrome import chrome_kind, is_menu_line
from ruchina.text.page_datelines import opens_with_dateline
from ruchina.text.page_dates import read_date_line
from ruchina.text.page_day_headings import day_heading
from ruchina.text.sentences import iter_sentences

# A title is a short line: longer first lines are the lead paragraph.
TITLE_MAX_WORDS = 25
TITLE_MAX_CHARS = 250
# A subtitle (dek) is one sentence of modest length.
SUBTITLE_MAX_WORDS = 45
QUOTE_OPENERS = ("“", '"', "‘", "'", "«")
# A day with its year ("May 9, 2025", "16 May 2024", "18.10.2023", "2024-05-16"): a line holding
# one is a caption or a date line, never a headline; a year alone ("Trade hits record in 2024") is
# a headline's word.
FULL_DATE = re.compile(
    r"(?<![\w.])\d{1,2}(?:st|nd|rd|th)?(?:[\s,./-]+[^\W\d_]+\.?)?[\s,./-]+(?:19|20)\d{2}\b"
    r"|\b\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d{2}\b|\b(?:19|20)\d{2}[./-]\d{1,2}\b|[^\W\d_]+\.?\s+\d{1,2},?\s+(?:19|20)\d{2}\b"
)


def titles_nothing(title: str) -> bool:
    """A "title" that is a date line, a menu word or section name, an id or icon names."""
    return chrome_kind(title) in ("menu", "id", "clock", "icons") or read_date_line(title) is not None


def story_goes_on(paragraphs: list[str]) -> bool:
    """Whether a paragraph of the story stands among these (page text alone is none)."""
    return any(not is_page_text(strip_markdown(p)) for p in paragraphs)


def is_page_text(text: str) -> bool:
    return not text or chrome_kind(text) is not None or read_date_line(text) is not None or day_heading(text) is not None


def looks_like_title(paragraph: str) -> bool:
    return (
        len(paragraph) <= TITLE_MAX_CHARS
        and word_count(paragraph) <= TITLE_MAX_WORDS
        and not paragraph.endswith((":", ",", ";"))
        and not paragraph.startswith(("“", '"'))
        and sentence_count(paragraph) <= 1
    )


def is_headline(text: str) -> bool:
    """A headline: a short line of two words or more that is no sentence ending in a full
    stop (it may ask or exclaim, and run to a few clauses: "X meets Y. What happened next?
    Deals and tea"), holds no day's date (a caption or a date line does) and is no page text."""
    words = word_count(text)
    return (
        2 <= words <= TITLE_MAX_WORDS
        and len(text) <= TITLE_MAX_CHARS
        and not re.search(r"[.:,;。，：；]['’”\"」』]?$", text)  # (Chinese and Japanese full stops too)
        and not text.startswith(("“", '"'))
        and not FULL_DATE.search(text)
        and sentence_count(text) <= 3
        and not is_page_text(text)
    )


def looks_like_subtitle(paragraph: str) -> bool:
    return (
        word_count(paragraph) <= SUBTITLE_MAX_WORDS
        and not paragraph.startswith(QUOTE_OPENERS)
        and not opens_with_dateline(paragraph)
        and marked_title(paragraph) is None
        and sentence_count(paragraph) <= 1
    )


def word_count(text: str) -> float:
    """Words as thresholds count them: runs between spaces, or characters of Chinese or
    Japanese (normalize.length_in_words)."""
    return length_in_words(text)


def sentence_count(paragraph: str) -> int:
    return sum(1 for _ in iter_sentences(paragraph))


def same_headline(first: str, second: str) -> bool:
    """Two printings of one headline: the same words, or the same with the outlet's name
    or a menu word after it ("Xi leaves for Moscow-Xinhua", "Putin lands in Beijing | RT")."""
    a, b = comparable(first), comparable(second)
    if not a or not b:
        return False
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    return word_count(short) >= 3 and long.startswith(short + " ") and is_menu_line(long[len(short) + 1:])
