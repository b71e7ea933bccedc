"""A date line under the title in another language's words ("Publié le 03/05/2024 à 09h15,
mis à jour à 11h40", "Veröffentlicht am 03.05.2024 um 09:15 Uhr") is page text, not the dek
nor the story's first paragraph: it states the publication date (page_dates.read_date_line with
``any_language``). The layout (page_layout.py) reads date lines in English words alone, so such
a line is taken off here, after it: where the layout took it for the dek, the story keeps its
lead as it was laid out; where it stands first in the story, the story starts after it. A date
further down the story is the story's own, but for one under the head the layout left in the story:
a one-sentence paragraph, a byline or two, then the date line ("<lead> / Par Jeanne Roy (Lyon) /
Publié le ..."): the byline and the date line are page text, the sentence stays the lead."""

from __future__ import annotations

from ruchina.text.head_lines import SUBTITLE_MAX_WORDS
from ruchina.text.markdown import strip_markdown
from ruchina.text.normalize import length_in_words
from ruchina.text.page_chrome import is_short_unfinished
from ruchina.text.page_dates import read_date_line
from ruchina.text.page_layout import BYLINE_MAX_WORDS, Layout
from ruchina.text.sentences import iter_sentences

#: Between the dek and its date line, at most this many bylines ("Par X (Moscou, correspondance)").
HEAD_BYLINES = 2


def _is_date_line(text: str) -> bool:
    return read_date_line(strip_markdown(text), any_language=True) is not None


def take_off_date_lines(layout: Layout, subtitle_stated: bool) -> None:
    """Move the guessed dek, and the story's first paragraphs, that are date lines to the page
    text the layout removed (in page order: they come after what it removed before the story)."""
    if layout.subtitle and not subtitle_stated and _is_date_line(layout.subtitle):
        layout.removed.append(layout.subtitle)
        layout.subtitle = None
    # (a story is never all date lines: its last paragraph stays, as the layout left it)
    while len(layout.paragraphs) > 1 and _is_date_line(layout.paragraphs[0]):
        layout.removed.append(strip_markdown(layout.paragraphs.pop(0)))
    _take_off_head_under_dek(layout, subtitle_stated)


def _take_off_head_under_dek(layout: Layout, subtitle_stated: bool) -> None:
    """"<one sentence> / Par X / Publié le ..." at the story's top (the layout read the sentence as
    a dated lead, "reçu dimanche par ..."): the byline and the date line under it are the head's,
    taken off. Only with story after the date line, and no dek stated or found."""
    if layout.subtitle or subtitle_stated or len(layout.paragraphs) < 3:
        return
    first = strip_markdown(layout.paragraphs[0])
    if length_in_words(first) > SUBTITLE_MAX_WORDS or sum(1 for _ in iter_sentences(first)) != 1:
        return
    for at in range(1, min(HEAD_BYLINES + 1, len(layout.paragraphs) - 2) + 1):
        text = strip_markdown(layout.paragraphs[at])
        if _is_date_line(text):
            # (the sentence stays the story's lead: it tells the story's event, "ont signé lundi au
            # Kremlin un traité", which a dek's line would leave to the headline alone)
            layout.removed.extend(strip_markdown(p) for p in layout.paragraphs[1:at + 1])
            del layout.paragraphs[1:at + 1]
            return
        if not is_short_unfinished(text, BYLINE_MAX_WORDS):
            return
