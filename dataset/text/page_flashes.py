"""An agency's flash: a page whose story is a run of bulleted lines written all in capitals
("* LEADERS OF KENYA AND PERU HOLD TALKS IN LIMA", "- SUMMIT ADOPTS JOINT STATEMENT"), often
under a dateline on a line of its own and above "(more)". Each bullet is a short line that ends
no sentence, the shape the layout gives a byline, a dek or a neighbour's headline, so the layout
would keep at most one of them; here the run of bullets (with the dateline right above it) is the
story, the page above it is laid out as any page's head, and what follows it is the page's tail.

Only lines in capitals make a flash: bullets in ordinary case are a story's own paragraphs
("* Leaders of the bloc ended a two-day summit ...") and the layout reads them as ever.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ruchina.text.markdown import strip_markdown
from ruchina.text.page_datelines import opens_with_dateline

#: the fewest words a line in capitals holds to be read as a sentence
MIN_WORDS = 4
#: the fewest capital letters it holds (a line of a script without case, Chinese, has none)
MIN_CAPITALS = 12
#: the fewest bullets in capitals that make a flash (one such line alone may be a shouted headline)
MIN_BULLETS = 2

_WORD = re.compile(r"\w+")
#: a menu's separators (bars, or words set apart by runs of spaces): a list of links, not a sentence
_MENU = re.compile(r"[|›»•]|\S {2,}\S")
#: a bullet's mark as the page writes it, markdown kept ("* ", "** ", "- ", "• ")
_BULLET = re.compile(r"^\s*(?:\*{1,2}|[-–—•▪·])\s+(?=\S)")


def written_in_capitals(line: str) -> bool:
    """A line of a few words or more written all in capitals, no menu ("HOME | WORLD | ASIA")."""
    if _MENU.search(line) or any(c.islower() for c in line) or sum(c.isupper() for c in line) < MIN_CAPITALS:
        return False
    words = [w for w in _WORD.findall(line) if any(c.isupper() for c in w)]
    return len(words) >= MIN_WORDS


@dataclass(frozen=True)
class Flash:
    #: where the flash's story starts among the page's paragraphs (its dateline, else its first bullet)
    start: int
    #: the paragraph after its last bullet
    end: int


def find_flash(paragraphs: list[str]) -> Flash | None:
    """The first run of at least MIN_BULLETS paragraphs (markdown kept) that are bullets in
    capitals, with the dateline standing alone right above it; None on a page with none."""
    i = 0
    while i < len(paragraphs):
        if not _capital_bullet(paragraphs[i]):
            i += 1
            continue
        end = i
        while end < len(paragraphs) and _capital_bullet(paragraphs[end]):
            end += 1
        if end - i >= MIN_BULLETS:
            start = i - 1 if i > 0 and opens_with_dateline(strip_markdown(paragraphs[i - 1])) else i
            return Flash(start, end)
        i = end
    return None


def _capital_bullet(paragraph: str) -> bool:
    return bool(_BULLET.match(paragraph)) and written_in_capitals(strip_markdown(paragraph))


def flash_story(head_story: list[str], flash_lines: list[str]) -> tuple[list[str], list[str]]:
    """The story of a flash page, and the page text its head left in the story: of what the head
    left, only a line in capitals ("FLASH -- LEADERS HOLD SUMMIT IN LIMA", the flash's headline)
    is the story's; an outlet's name ("FLASHWIRE") is not. Then the dateline and the bullets."""
    kept = [p for p in head_story if written_in_capitals(p)]
    return kept + flash_lines, [p for p in head_story if not written_in_capitals(p)]
