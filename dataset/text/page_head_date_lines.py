"""A date line under the title in another language's words ("Publié le 03/05/2024 à 09h15,
mis à jour à 11h40", "Veröffentlicht am 03.05.2024 um 09:15 Uhr") is page text, not the dek
nor the story's first paragraph: it states the publication date (page_dates.read_date_line with
``any_language``). The layout (page_layout.py) reads date lines in English words alone, so such
a line is taken off here, after it: where the layout took it for the dek, the story keeps its
lead as it was laid out; where it stands first in the story, the story starts after it. A date
further down the story is the story's own."""

from __future__ import annotations

from ruchina.text.markdown import strip_markdown
from ruchina.text.page_dates import read_date_line
from ruchina.text.page_layout import Layout


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
