"""A dek (subtitle) stands right below its title, above the byline and the page's date line: a
one-sentence paragraph after a date line under the title is the story's lead, not its dek
("Title / Publié le 10/11/2024 à 17h35 / <lead>"; the dek of "Title / <dek> / By X / date /
<lead>" stands before the date line)."""

from __future__ import annotations

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
    return (ends_sentence(paragraph) and not paragraph.startswith(("(", "["))
            and any(read_date_line(text, any_language=True) is not None for text in removed_below_title))
