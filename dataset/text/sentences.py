"""Split text into sentences, with character offsets.

A rule-based splitter is enough for edited news prose and keeps offsets exact, which
claims need (``char_start``/``char_end``). A sentence ends at a stop followed by a capital
letter of any script ("… talks. President …", "… переговоры. Президент …"), unless the word
before the stop is an abbreviation: those of every language in ``knowledge/languages.yaml``
("Mr.", "г.", "т. е.") and initials in any script ("Vladimir V. Putin", "В. В. Путин").
Chinese and Japanese end a sentence with 。！？ (or ! and ? between their characters) and
need no space or capital after them.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Iterator, NamedTuple

from ruchina.knowledge.base import languages
from ruchina.text.calendar_words import calendar_languages

# Words that end with a period without ending a sentence, of every language the knowledge
# base has. Lower-cased, no period.
ABBREVIATIONS = frozenset().union(*(language.abbreviations for language in languages()))
# Nouns counted with an ordinal and its stop ("zum 80. Jahrestag"), of every language: lower-cased.
ORDINAL_NOUNS = frozenset().union(*(language.ordinal_nouns for language in languages()))

# A letter of any script: whether it is a capital is asked of Python (``re`` has no
# ``\p{Lu}``, and a class of every capital would cost a scan of Unicode at import).
_CANDIDATE = re.compile(
    r"""(?=[.!?…。！？])  # (a first character to look for makes the scan as fast as one branch's)
        (?:(?P<stop>[.!?…]+)(?P<close>[”’"')\]»]*)                 # the stop and any closing marks
           (?:(?P<space>\s+)(?=[“‘"'(\[«„]?(?P<next>[^\W\d_]|[0-9]))  # then space and a capital ...
             |(?=[“‘"«„]?(?P<glued>[^\W\d_]{2})))                    # ... or a capitalised word glued on
          |(?P<cjk>[。！？]+)(?P<cjk_close>[」』”’）)》〉]*))            # Chinese and Japanese stops""",
    re.VERBOSE,
)
# Chinese and Japanese characters: an ASCII ! or ? between two of them ends a sentence too
# ("好吗?他说", on a page typed or converted so).
_UNSPACED_CHARACTER = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")
_WORD_BEFORE = re.compile(r"([\w.]+)$")
#: a day's number right before a stop (not the end of a longer number: "2018.")
_DAY_NUMBER = re.compile(r"(?<![\d.,])\b[0-3]?\d$")
#: an ordinal's number right before its stop (not a year: "im Jahr 1958. Im Sommer ...")
_ORDINAL_NUMBER = re.compile(r"(?<![\d.,])\b\d{1,3}$")
_WORD_AFTER = re.compile(r"[^\W\d_]+")


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
    if len(word) == 2 and word[0] == word[1] and word.isupper():  # "MM." (Messieurs), the plural of "M."
        return True
    return word.lower().rstrip(".") in ABBREVIATIONS


def _starts_sentence(after: str) -> bool:
    """A capital or a digit after a space; a capital and a small letter glued on."""
    if len(after) == 2:
        return (after[0].isupper() or after[0].istitle()) and after[1].islower()
    return after.isupper() or after.istitle() or after in "0123456789"


def _between_unspaced(text: str, match: re.Match[str], after: str) -> bool:
    return (not match.group("stop").strip("!?") and match.start() > 0
            and bool(_UNSPACED_CHARACTER.match(text, match.start() - 1)) and bool(_UNSPACED_CHARACTER.match(after)))


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
            after = match.group("glued") if glued else match.group("next")
            if not _starts_sentence(after) and not (glued and _between_unspaced(text, match, after)):
                continue
            if stop == "." and _is_abbreviation(text[start:match.start()]):
                continue
            if stop == "." and not glued and _day_before_month(text, match):
                continue  # ("am 6. Juli in Peking", "vom 9. bis 10. Juni": a day's ordinal, no end)
            if stop == "." and not glued and _ordinal_before_noun(text, match):
                continue  # ("zum 80. Jahrestag des Kriegsendes": an ordinal, no end)
            if glued and stop == "." and not _ends_lowercase(text, match.start()) and not match.group("close"):
                continue  # "U.S.Army"-like runs are not two sentences
            end = match.end("close")
        yield from _emit(text, start, end)
        start = match.end()
    yield from _emit(text, start, len(text))


def _day_before_month(text: str, match: re.Match[str]) -> bool:
    """A day's number written as an ordinal, with its stop, before a month's name ("6. Juli",
    "1. Mai"): German and other languages date so, and the stop ends no sentence."""
    if not _DAY_NUMBER.search(text, 0, match.start()):
        return False
    word = _WORD_AFTER.match(text, match.end())
    return bool(word) and word.group(0).casefold() in _month_names()


def _ordinal_before_noun(text: str, match: re.Match[str]) -> bool:
    """A number of up to three digits with its stop before a noun counted so ("80. Jahrestag",
    "20. Parteitag"): an ordinal, as German writes it. A sentence ending in a count ("stieg auf
    80. Die Zahl ...") goes on with another word."""
    if not _ORDINAL_NUMBER.search(text, 0, match.start()):
        return False
    word = _WORD_AFTER.match(text, match.end())
    return bool(word) and word.group(0).casefold() in ORDINAL_NOUNS


@cache
def _month_names() -> frozenset[str]:
    return frozenset(form for words in calendar_languages().values() for form in words.months)


def _emit(text: str, start: int, end: int) -> Iterator[Sentence]:
    # Trim white space without losing true offsets.
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        yield Sentence(start, end, text[start:end])


def last_sentence(text: str, start: int, end: int) -> Sentence | None:
    """The last sentence of ``text[start:end]``, its offsets in ``text`` (the sentence before one
    that starts at ``end``)."""
    last = None
    for last in iter_sentences(text[start:end]):
        pass
    return None if last is None else Sentence(start + last.start, start + last.end, last.text)


def split_sentences(text: str) -> list[str]:
    return [sentence.text for sentence in iter_sentences(text)]
