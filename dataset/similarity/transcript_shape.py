"""Whether an article prints a transcript: turns under their speakers' labels ("Anna Petrova:
Thank you, Mr President.", "И.Петров: Спасибо."). People in a conversation say the same thing
twice ("Thank you very much.", "I made a note for myself."), so in a transcript a sentence or
quotation said again is speech, not text copied twice by mistake; a paragraph printed twice
still is one.

The shape only: a label opens a paragraph or follows a sentence's end (scraped transcripts
lose their line breaks), holds up to a dozen capitalised words (short lower-case ones such
as "of" between them: "President of Russia Vladimir Putin:") and ends with a colon; "He said:"
and "The statement reads:" are no labels. It takes MIN_TURNS labels, of at least MIN_SPEAKERS
different speakers, each label a name (two words, or an initial and a surname): one "Note:"
line, or a story's "Moscow:" and "Beijing:" sections, make none. Who the speakers are is
extraction's (extract/transcripts.py, by each language's words), which this layer does not
import: the check must not depend on what extraction finds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

#: a speaker's label: where a turn starts, up to a dozen capitalised words (short lower-case
#: ones between them) and a colon
_WORD = r"(?:[^\W\d_](?<=[^\W\d_a-zа-яё])[\w.'’-]*|[a-zа-яё]{1,3})"
_LABEL = re.compile(rf"(?:^|(?<=[.!?…])[»\"”)]?[^\S\n]+)((?:{_WORD}[^\S\n]+){{0,11}}{_WORD})[^\S\n]?:[^\S\n]",
                    re.MULTILINE)
#: the fewest turns, and of different speakers, that make a transcript
MIN_TURNS = 3
MIN_SPEAKERS = 2


def is_transcript(paragraphs: Iterable[str]) -> bool:
    labels = [label for paragraph in paragraphs for match in _LABEL.finditer(paragraph)
              if _names_someone(label := match.group(1))]
    return len(labels) >= MIN_TURNS and len(set(labels)) >= MIN_SPEAKERS


def _names_someone(label: str) -> bool:
    """A capitalised label of a name: two words at least ("Anna Sokolova") or an initial and a
    surname ("И.Петров"); a one-word "Moscow:" heads a section, not a turn."""
    return label[:1].isupper() and (" " in label or "." in label)
