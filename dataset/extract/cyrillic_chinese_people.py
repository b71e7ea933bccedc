"""Chinese people the knowledge base does not know, written in Russian by the Palladius system
("член Госсовета Лю Яньдун"): a Chinese surname of the data's list, then a given name of one or
two Mandarin syllables written as one capitalised word, which Russian does not decline. The
person is named in pinyin ("Liu Yandong"), as English reports name them, so that reports in
both languages name one entity; the Russian given names of language_people.py would never
find them.

A Russian word is seldom made of Mandarin syllables only, and one of one or two syllables after
a surname of the list still less; a one-letter surname (У, Е, И) is also a Russian word, so it
is not read at a sentence's start ("У Вани ..."), nor a surname after a capitalised syllable
(a Vietnamese or Korean name of three words, "Хо Ши Мина"). The data is people_<language>.yaml's
``chinese_names``; a language without it finds none.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ruchina.extract.language_people import FoundPerson
from ruchina.knowledge.base import knowledge_file_exists, read_knowledge_file

_WORD_BEFORE = re.compile(r"([^\W\d_]+)[^\S\n]+$")


class ChinesePeopleFinder:
    def __init__(self, surnames: dict[str, str], syllables: dict[str, str]):
        self.surnames = surnames
        self.syllables = syllables
        self.longest = max(map(len, syllables), default=0)
        surname = "|".join(sorted(map(re.escape, surnames), key=len, reverse=True)) or "(?!)"
        self.pattern = re.compile(rf"(?<![\w-])(?P<surname>{surname})[^\S\n]+(?P<given>[^\W\d_][^\W\d_]*)(?![\w-])")

    def find(self, text: str, blocked: list[tuple[int, int]]) -> list[FoundPerson]:
        found = []
        for match in self.pattern.finditer(text):
            given = match.group("given")
            if not given[0].isupper() or not given[1:].islower():
                continue
            if len(match.group("surname")) == 1 and _opens_sentence(text, match.start()):
                continue
            if self._third_word_before(text, match.start()):
                continue
            pinyin = self.spelled(given.lower())
            if pinyin is None or any(s < match.end() and match.start() < e for s, e in blocked):
                continue
            found.append(FoundPerson(match.start(), match.end(),
                                     f"{self.surnames[match.group('surname')]} {pinyin.capitalize()}"))
        return found

    def _third_word_before(self, text: str, start: int) -> bool:
        """A capitalised syllable right before the surname: a name of three one-syllable words,
        Vietnamese or Korean ("Хо Ши Мина"), not a Chinese name of two."""
        before = _WORD_BEFORE.search(text, max(0, start - 12), start)
        return bool(before) and before.group(1)[0].isupper() and before.group(1).lower() in self.syllables

    def spelled(self, word: str) -> str | None:
        """The word in pinyin when it is one or two syllables of the table (a Chinese given name
        has no more), the longest first ("яньдун" is yan + dong); None otherwise."""
        for cut in range(min(len(word), self.longest), 0, -1):
            head = self.syllables.get(word[:cut])
            if head is None:
                continue
            if cut == len(word):
                return head
            tail = self.syllables.get(word[cut:])
            if tail is not None:
                return head + tail
        return None


def _opens_sentence(text: str, start: int) -> bool:
    before = text[:start].rstrip()
    return not before or before[-1] in ".!?:;\n\"«—–-"


@lru_cache(maxsize=None)
def chinese_people_finder(language: str | None) -> ChinesePeopleFinder | None:
    """The finder of Chinese people written in ``language``'s script, or None when its people
    file has no ``chinese_names``."""
    if not language or not knowledge_file_exists(f"people_{language}"):
        return None
    data = read_knowledge_file(f"people_{language}").get("chinese_names") or {}
    if not data.get("surnames") or not data.get("syllables"):
        return None
    return ChinesePeopleFinder({str(k): str(v) for k, v in data["surnames"].items()},
                               {str(k): str(v) for k, v in data["syllables"].items()})
