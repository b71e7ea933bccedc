"""What a whole text tells about its words, for telling names from ordinary capitalised
words: where its sentences start (a capitalised word there proves nothing), which words it
also writes in lower case (those are common words: "the Constitution" beside "a
constitution"), which of its lines are shouted (boilerplate, headlines in capitals), where
a dateline opens a paragraph; and the parts of a span left free by the known names in it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cached_property

from ruchina.text.page_datelines import dateline_end
from ruchina.text.sentences import iter_sentences

_LOWER_WORD = re.compile(r"(?<![\w’'-])[a-z][a-z’'-]*")
_CAPITAL_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ"
_DELETE_CAPITALS = dict.fromkeys(map(ord, _CAPITAL_LETTERS))
_DELETE_LOWER = dict.fromkeys(map(ord, _CAPITAL_LETTERS.lower() + "ß"))
#: A capital that opens a sentence without a full stop before it: after a colon ("Olga Brin:
#: Colleagues") or a semicolon ("Reporting by ...; Editing by ..."), a section mark ("* * *
#: Speech at ..."), a quote glued on, or a bracket that holds more than a word ("(Laughter.)",
#: "(Speaking of the map.)"; not "(KHL)").
_OTHER_STARTS = re.compile(  # (the lookahead on the first character lets re skip the other places fast)
    r"(?=[:;*(“\"])(?:[:;][\s“‘\"]+|\*[\s*]*|\((?=[^()\s]+\s[^()]*\))|[“\"](?<=\w[“\"]))(?=[A-Z])")
#: a live page's entry opens with its clock time ("13:05 Confirmed: ...", "9.47pm The dinner ..."):
#: the word after it starts a sentence
_CLOCK_AT_LINE_START = re.compile(r"(?m)^[0-2]?\d[:.][0-5]\d(?:[^\S\n]?[ap]\.?m\.?)?[^\S\n]+(?=[A-Z])")
_MENU_SEPARATOR = re.compile(r"\s[|•·]\s")
_LONG_WORD = re.compile(r"(?<![\w’'-])[^\W\d_][\w’'-]{3,}")


class TextFacts:
    """What the whole text tells about its words, worked out once and when first asked.
    ``vocatives`` finds the forms of address after which a capital starts a sentence whose
    line break was lost ("Ladies and gentlemen, Recently ...")."""

    def __init__(self, text: str, vocatives: re.Pattern[str] | None = None):
        self.text = text
        self.vocatives = vocatives

    @cached_property
    def sentence_starts(self) -> set[int]:
        starts = sentence_starts(self.text)
        if self.vocatives is not None:
            starts.update(m.end() for m in self.vocatives.finditer(self.text))
        return starts

    @cached_property
    def lower_words(self) -> frozenset[str]:
        return frozenset(_LOWER_WORD.findall(self.text))

    def common(self, word: str) -> bool:
        """Whether the text also writes ``word`` (or its singular: "cities", "city") in lower case."""
        lower, words = word.lower(), self.lower_words
        return lower in words or (lower.endswith("s") and lower[:-1] in words) or (
            lower.endswith("ies") and lower[:-3] + "y" in words)

    @cached_property
    def _lines(self) -> tuple[list[int], list[bool]]:
        starts, chrome, offset = [], [], 0
        for line in self.text.split("\n"):
            starts.append(offset)
            chrome.append(is_shouted(line) or is_menu_or_heading(line))
            offset += len(line) + 1
        return starts, chrome

    @cached_property
    def _datelines(self) -> list[tuple[int, int]]:
        spans, offset = [], 0
        for line in self.text.split("\n"):
            end = dateline_end(line[:200]) if line[:1].isupper() else None
            if end:
                spans.append((offset, offset + end))
            offset += len(line) + 1
        return spans

    def in_dateline(self, position: int) -> bool:
        """Whether ``position`` is inside the dateline opening a paragraph ("MOSCOW/BEIJING,
        Jan 21 (Wire) -"): its date and its agency are no names (its place is linked as known)."""
        return any(start <= position < end for start, end in self._datelines)

    def page_chrome(self, position: int) -> bool:
        """Whether the line at ``position`` is no prose: shouted (boilerplate, a headline in
        capitals), a menu ("Home | World | Business"), or a heading in Title Case."""
        starts, chrome = self._lines
        return chrome[bisect_right(starts, position) - 1]


def is_shouted(line: str) -> bool:
    """A line mostly in capitals: more than 12 letters, over 80% of them capitals. (Counted
    by deleting letters with str.translate, on the first 300 characters: a paragraph is one
    line, and this runs on each.)"""
    line = line[:300]
    capitals = len(line) - len(line.translate(_DELETE_CAPITALS))
    if capitals <= 10:
        return False
    lower = len(line) - len(line.translate(_DELETE_LOWER))
    return capitals + lower > 12 and capitals > 0.8 * (capitals + lower)


def is_menu_or_heading(line: str) -> bool:
    """A menu (items between bars or bullets), a label ("Related Coverage"), or a short heading
    in Title Case: its words of four letters or more nearly all capitalised (all of them when
    there are fewer than three), and no stop at the end. Paragraphs of prose are never either."""
    if len(line) > 200:
        return False
    if len(_MENU_SEPARATOR.findall(line)) >= 2:
        return True
    words = _LONG_WORD.findall(line)
    capitalised = sum(w[0].isupper() for w in words)
    if not words or line.rstrip().endswith((".", "?", "!", ":", ",", ";")):
        return False
    # "Related Coverage", "Getty Images": a line of one or two capitalised words is a label too
    return capitalised == len(words) if len(words) < 3 else capitalised >= 0.75 * len(words)


def sentence_starts(text: str) -> set[int]:
    """Where sentences start, past opening quotes and dashes; also a capital after a colon
    ("Vladimir Putin: Colleagues, ..."), a section mark, a bracket, a glued-on quote or a live
    entry's clock time."""
    starts = set()
    offset = 0
    for paragraph in text.split("\n"):
        for sentence in iter_sentences(paragraph):
            position = offset + sentence.start
            while position < len(text) and text[position] in "“‘\"'([—–- ":
                position += 1
            starts.add(position)
        offset += len(paragraph) + 1
    starts.update(m.end() for m in _OTHER_STARTS.finditer(text))
    starts.update(m.end() for m in _CLOCK_AT_LINE_START.finditer(text))
    return starts


def split_at_blocked(start: int, end: int, blocked: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The parts of ``[start, end)`` outside the ``blocked`` spans (sorted, not overlapping)."""
    pieces, position = [], start
    for b_start, b_end in blocked[max(0, bisect_right(blocked, (start,)) - 1):]:
        if b_start >= end:
            break
        if b_end <= position:
            continue
        if b_start > position:
            pieces.append((position, b_start))
        position = max(position, b_end)
    if position < end:
        pieces.append((position, end))
    return pieces
