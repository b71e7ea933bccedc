"""Split text into sentences, with character offsets.

A rule-based splitter is enough for edited news prose and keeps offsets exact, which
claims need (``char_start``/``char_end``). It knows the abbreviations news uses most
("Mr.", "Gen.", "U.S.", initials such as "Vladimir V. Putin") and the quote marks that
may close a sentence.
"""

from __future__ import annotations

import re
from typing import Iterator, NamedTuple

# Words that end with a period without ending a sentence. Lower-cased, no period.
ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen lt col maj capt sgt adm sen rep gov pres amb rev st jr sr
    inc corp ltd co bros no nos vs etc approx dept univ est fig vol jan feb mar apr
    jun jul aug sep sept oct nov dec mt ft ave blvd e.g i.e""".split()
)

_CANDIDATE = re.compile(
    r"""(?P<stop>[.!?…]+)(?P<close>[”’"')\]]*)   # the stop and any closing marks
        (?:(?P<space>\s+)(?=[“‘"'(\[]?[A-Z0-9])    # then space and a capital ...
          |(?=[“‘"]?[A-Z][a-z]))                  # ... or a capitalised word glued on""",
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
    if re.fullmatch(r"(?:[A-Z]\.)*[A-Z]", word):  # "V", "U.S", "U.N"
        return True
    return word.lower().rstrip(".") in ABBREVIATIONS


def iter_sentences(text: str) -> Iterator[Sentence]:
    start = 0
    for match in _CANDIDATE.finditer(text):
        stop = match.group("stop")
        glued = match.group("space") is None
        if stop == "." and _is_abbreviation(text[start:match.start()]):
            continue
        if glued and stop == "." and not re.search(r"[a-z0-9%)]$", text[: match.start()]) and not match.group("close"):
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
