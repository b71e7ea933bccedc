"""A dek (subtitle) stands right below its title, above the byline and the page's date line: a
one-sentence paragraph after a date line under the title is the story's lead, not its dek
("Title / Publié le 10/11/2024 à 17h35 / <lead>"; the dek of "Title / <dek> / By X / date /
<lead>" stands before the date line). So is a one-sentence paragraph right under the title that
reports on a stated weekday, a full sentence ending in its stop ("Title / The two presidents met
on Wednesday at the residence outside the capital. / <story>"): a dek sums the story up in words
of no day ("Leaders agree to expand trade after talks"), a lead tells what happened when, and read
as a dek, the story's first report, its place and its day, would be read nowhere."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from ruchina.text.calendar_words import alternation, calendar_languages
from ruchina.text.page_chrome import ends_sentence
from ruchina.text.page_dates import read_date_line
from ruchina.text.page_place_date_lines import date_line_place


def lead_after_a_date_line(paragraph: str, removed_below_title: list[str]) -> bool:
    """Whether ``paragraph`` is the story's lead, not the dek: a sentence (not a note in brackets,
    "(This story was generated from a feed.)", nor a row of links) after page text taken off
    below the title that holds a date line (in any language's words), or under a date line that opens
    with the story's place ("Hamburg, 08.07.2017, 18:05 Uhr"), as under a dateline, whatever it is."""
    if any(map(date_line_place, removed_below_title)):
        return True
    return (_a_sentence(paragraph)
            and any(read_date_line(text, any_language=True) is not None for text in removed_below_title))


def dated_lead(paragraph: str) -> bool:
    """Whether ``paragraph``, one sentence right under the title, is the story's lead: a sentence
    ending in its stop that names a weekday as a sentence dates by it (calendar.yaml's ``weekdays``
    of any language: "on Wednesday", "в среду", "周三"), or the page's own day or the day before
    (its ``lead_days``: "arrived in Moscow today", "вчера"). A dek that ends in no stop ("Putin met
    Xi on Thursday; Modi met Putin on Friday"), or names no day, stays the dek."""
    return _a_sentence(paragraph) and _weekday().search(paragraph) is not None


#: A list item's mark at the start of a raw paragraph ("- ", "* ", "• ").
_BULLET = re.compile(r"\s{0,3}[-*•]\s+\S")


def bullets_of_the_dek(dek: str, following: list[str], is_page_text: Callable[[str], bool],
                       plain: Callable[[str], str]) -> int:
    """How many of the raw paragraphs ``following`` a dek printed as a list item carries on: a
    standfirst of bullets ("- Talks will be held in X on Monday, officials say / - No meeting with
    Y is confirmed / By Jane Doe / Published: ...") is one dek, and the bullets after its first
    are the head's text, not the story's lead, as the byline and date line under them show. Only a
    run of one-sentence bullets that page text (a byline, a date line) closes: bullets the story
    goes on after are its own list."""
    if not _BULLET.match(dek):
        return 0
    count = 0
    while count < len(following) and _BULLET.match(following[count]) and len(plain(following[count]).split()) <= 45 \
            and not _two_sentences(plain(following[count])):
        count += 1
    return count if count and count < len(following) and is_page_text(plain(following[count])) else 0


def _two_sentences(text: str) -> bool:
    return re.search(r"[.!?]\s+[A-Z]", text) is not None


def _a_sentence(paragraph: str) -> bool:
    return ends_sentence(paragraph) and not paragraph.startswith(("(", "["))


@cache
def _weekday() -> re.Pattern[str]:
    spaced = {form for words in calendar_languages().values() if words.spaced
              for form in (*words.weekdays, *words.lead_days)}
    unspaced = {form for words in calendar_languages().values() if not words.spaced
                for form in (*words.weekdays, *words.lead_days)}
    return re.compile(rf"(?<!\w)(?:{alternation(spaced)})(?!\w)|{alternation(unspaced)}", re.IGNORECASE)
