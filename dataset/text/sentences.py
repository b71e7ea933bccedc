"""Split text into sentences, with character offsets.

A rule-based splitter is enough for edited news prose and keeps offsets exact, which
claims need (``char_start``/``char_end``). A sentence ends at a stop followed by a capital
letter of any script ("… talks. President …", "… переговоры. Президент …"), unless the word
before the stop is an abbreviation: those of every language in ``knowledge/languages.yaml``
("Mr.", "г.", "т. е.") and initials in any script ("Vladimir V. Putin", "В. В. Путин").
Chinese and Japanese end a sentence with 。！？ and need no space or capital after them.
"""

from __future__ import annotations

import re
from typing import Iterator, NamedTuple

from ruchina.knowledge.base import languages

# Words that end with a period without ending a sentence, of every language the knowledge
# base has. Lower-cased, no period.
ABBREVIATIONS = frozenset().union(*(language.abbreviations for language in languages()))

# A letter of any script: whether it is a capital is asked of Python (``re`` has no
# ``\p{Lu}``, and a class of every capital would cost a scan of Unicode at import).
_CANDIDATE = re.compile(
    r"""(?P<stop>[.!?…]+)(?P<close>[”’"')\]»]*)                 # the stop and any closing marks
        (?:(?P<space>\s+)(?=[“‘"'(\[«„]?(?P<next>[^\W\d_]|[0-9]))  # then space and a capital ...
          |(?=[“‘"«„]?(?P<glued>[^\W\d_]{2})))                    # ... or a capitalised word glued on
        |(?P<cjk>[。！？]+)(?P<cjk_close>[」』”’）)》〉]*)             # Chinese and Japanese stops""",
    re.VERBOSE,
)
_WORD_BEFORE = re.compile(r"([\w.]+)$")


class Sentence(NamedTuple):
    start: int
    end: int
    text: str


def _is_abbreviation(text_before_stop: str) -> bool:
    match = _WORD_BEFORE.search(text_before_stop)
    if not match:
        return False
    word = match.group(1)
    if all(len(part) == 1 and part.isupper() for part in word.split(".")):  # "V", "U.S", "В.В"
        return True
    return word.lower().rstrip(".") in ABBREVIATIONS


def _starts_sentence(after: str) -> bool:
    """A capital or a digit after a space; a capital and a small letter glued on."""
    if len(after) == 2:
        return (after[0].isupper() or after[0].istitle()) and after[1].islower()
    return after.isupper() or after.istitle() or after in "0123456789"


def _ends_lowercase(text: str, end: int) -> bool:
    return end > 0 and (text[end - 1].islower() or text[end - 1] in "0123456789%)")


def iter_sentences(text: str) -> Iterator[Sentence]:
    start = 0
    for match in _CANDIDATE.finditer(text):
        if match.group("cjk") is not None:
            end = match.end("cjk_close")
        else:
            stop = match.group("stop")
            glued = match.group("space") is None
            if not _starts_sentence(match.group("glued") if glued else match.group("next")):
                continue
            if stop == "." and _is_abbreviation(text[start:match.start()]):
                continue
            if glued and stop == "." and not _ends_lowercase(text, match.start()) and not match.group("close"):
                continue  # "U.S.Army"-like runs are not two sentences
            end = match.end("close")
        yield from _emit(text, start, end)
        start = match.end()
    yield from _emit(text, start, len(text))


def _emit(text: str, start: int, end: int) -> Iterator[Sentence]:
    # Trim white space without losing true offsets.
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        yield Sentence(start, end, text[start:end])


def split_sentences(text: str) -> list[str]:
    return [sentence.text for sentence in iter_sentences(text)]
