"""People the knowledge base does not know, in a language whose capitals do not mark names
(Russian capitalises titles, sentence openings and proper adjectives, and inflects names):
a known given name, in any case form, then a capitalised surname, a patronymic between them
or none. The surname is brought back to its dictionary form by the given name's gender, and
the person is named in English (the given name's usual spelling, the surname transliterated),
so that reports in Russian and in English name one entity alike.

The data is ``knowledge/people_<language>.yaml`` (its header says what each key means); the
rules are here and name no word of any language. Cost: one regular-expression pass.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ruchina.extract.language_names import name_pattern
from ruchina.knowledge.base import knowledge_file_exists, language_names, read_knowledge_file

_WORD = r"[^\W\d_][^\W\d_’'-]*(?:-[^\W\d_]+)?"


@dataclass(frozen=True)
class FoundPerson:
    start: int
    end: int
    name: str  # in English


class PeopleFinder:
    def __init__(self, language: str):
        data = read_knowledge_file(f"people_{language}")
        inflection = language_names(language)
        self.given: dict[str, tuple[str, str]] = {}  # dictionary form -> (English, gender)
        # dictionary form -> the stems its case forms begin with: its own, those the data
        # gives ("Павел": "Павл"), each written with е for ё too (Russian writes both)
        self.stems: dict[str, tuple[str, ...]] = {}
        extra_stems = data.get("given_stems") or {}
        endings = "|".join(re.escape(e) for e in inflection.endings)
        patterns = []
        for gender, names in (data.get("given_names") or {}).items():
            for form, english in names.items():
                self.given[form] = (str(english), gender)
                stems = [name_pattern(form, inflection)[0], *map(str, extra_stems.get(form) or ())]
                self.stems[form] = tuple(dict.fromkeys(v for stem in stems for v in (stem, _without_yo(stem))))
                for variant in dict.fromkeys((form, _without_yo(form))):
                    patterns.append(name_pattern(variant, inflection)[1].removesuffix(r"(?![\w])"))
                patterns += [rf"{re.escape(stem)}(?:{endings})" for stem in self.stems[form] if not form.startswith(stem)
                             and not _without_yo(form).startswith(stem)]
        given = "|".join(sorted(patterns, key=len, reverse=True)) or "(?!)"
        patronymic = "|".join(map(re.escape, data.get("patronymic_endings") or ())) or "(?!)"
        self.pattern = re.compile(
            rf"(?<![\w.-])(?P<given>{given})(?![\w-])"
            rf"(?:\s+(?P<patronymic>[^\W\d_][^\W\d_]*(?:{patronymic})[^\W\d_]{{0,3}})(?![\w-]))?"
            # (a transcript's editor adds a surname in brackets: "Ольга Борисовна [Любимова]")
            rf"(?:\s+(?P<bracket>\[)?(?P<surname>{_WORD})(?![\w-])(?(bracket)\]))?")
        joiners = "|".join(map(re.escape, data.get("list_joiners") or ())) or "(?!)"
        self.list_joiner_after = re.compile(rf"[^\S\n]*(?:{joiners})[^\S\n]+")
        self.surname_before = re.compile(rf"(?<![\w.-])(?P<surname>{_WORD})[^\S\n]+$")
        self.surname_endings = tuple(map(str, data.get("surname_endings") or ()))
        self.adjective_endings = tuple(map(str, data.get("adjective_endings") or ()))
        self.patronymic = re.compile(rf"^[^\W\d_]+(?:{patronymic})[^\W\d_]{{0,3}}$")
        # (the patronymic one addresses a person by, "Олеговна", not another case of it)
        address = "|".join(map(re.escape, data.get("address_patronymic_endings") or ())) or "(?!)"
        self.address_patronymic = re.compile(rf"^[^\W\d_]+(?:{address})$")
        introductions = "|".join(re.escape(str(w)) for w in data.get("self_introductions") or ()) or "(?!)"
        self.self_introduction = re.compile(rf"(?<![\w-])(?:{introductions})(?![\w-])", re.IGNORECASE)
        self.surname_forms = {gender: sorted(((str(a), str(b)) for a, b in pairs), key=lambda p: -len(p[0]))
                              for gender, pairs in (data.get("surname_forms") or {}).items()}
        letters = data.get("transliteration") or {}
        self.letters = {str(k): str(v) for k, v in (letters.get("letters") or {}).items()}
        self.initial = {str(k): str(v) for k, v in (letters.get("initial") or {}).items()}
        self.after_vowel = {str(k): str(v) for k, v in (letters.get("after_vowel") or {}).items()}
        self.vowels = str(letters.get("vowels") or "")
        self.word_endings = sorted(((str(k), str(v)) for k, v in (letters.get("word_endings") or {}).items()),
                                   key=lambda p: -len(p[0]))
        self.declension_of_final = {str(k): str(v) for k, v in (data.get("declension_of_final") or {}).items()}
        self.given_endings = {gender: frozenset(map(str, endings))
                              for gender, endings in (data.get("given_endings") or {}).items()}

    def dictionary_given(self, written: str) -> str | None:
        """The given name a written form is a case of: its stem and an ending of its gender."""
        if written in self.given:
            return written
        for form, stems in self.stems.items():
            declension = self.declension_of_final.get(form[-1:], self.given[form][1])
            if written == _without_yo(form) or any(
                    written.startswith(stem) and written[len(stem):] in self.given_endings.get(declension, ())
                    for stem in stems):
                return form
        return None

    def _surname(self, written: str, gender: str, inflected: bool) -> str:
        if not inflected:
            return written
        for ending, replacement in self.surname_forms.get(gender, ()):
            if written.endswith(ending) and len(written) - len(ending) >= 3:
                return written[:-len(ending)] + replacement
        return written

    def transliterate(self, word: str) -> str:
        parts = []
        for piece in word.split("-"):
            lower = piece.lower()
            tail = ""
            for ending, latin in self.word_endings:
                if lower.endswith(ending) and len(lower) > len(ending) + 1:
                    lower, tail = lower[:-len(ending)], latin
                    break
            out = []
            for index, letter in enumerate(lower):
                if index == 0 and letter in self.initial:
                    out.append(self.initial[letter])
                elif index and lower[index - 1] in self.vowels and letter in self.after_vowel:
                    out.append(self.after_vowel[letter])
                else:
                    out.append(self.letters.get(letter, letter))
            latin = "".join(out) + tail
            parts.append(latin[:1].upper() + latin[1:])
        return "-".join(parts)

    def _is_surname(self, word: str | None, given: str = "", attested: frozenset = frozenset()) -> bool:
        """A surname's shape and ending, or, of any ending, one the text writes both after ``given``
        and before it with a patronymic (``attested``)."""
        return bool(word) and word[:1].isupper() and not word.isupper() and len(word) >= 3 \
            and not self.patronymic.match(word) and (word.endswith(self.surname_endings) or (given, word) in attested)

    def _listed_surname(self, match: re.Match, text: str, inflected: bool) -> bool:
        """A surname of no listed ending as one item of a list of people ("правления банка Дмитрий
        Зауэрс, генеральный директор ..."): the given name as written in its dictionary form (a
        nominative list), not opening its sentence (a title before it), a comma after the
        surname; never a word ending as an epithet does ("Николай Второй,") nor another given name."""
        word = match.group("surname")
        if inflected or match.group("patronymic") or match.group("bracket"):
            return False
        if not word[:1].isupper() or word.isupper() or len(word) < 3 or self.patronymic.match(word) \
                or word.endswith(self.adjective_endings) or self.dictionary_given(word) is not None:
            return False
        before = text[max(0, match.start() - 2):match.start()].rstrip()
        return bool(before) and before[-1] not in ".!?:;\n" and text[match.end():match.end() + 1] == ","

    def _listed_among_people(self, match: re.Match, text: str, found: list[FoundPerson]) -> bool:
        """A given name and a patronymic-shaped word between two people of a list: a person found
        just before it, or a given name and surname just after it, a list joiner between."""
        # (both in the dictionary form of a list: "Михаила Котюкова, Валерий Николаевич что говорил"
        # is no list)
        if found and self.list_joiner_after.fullmatch(text, found[-1].end, match.start()) \
                and text[found[-1].start:found[-1].end].split()[0] in self.given:
            return True
        following = self.list_joiner_after.match(text, match.end("patronymic"))
        if not following:
            return False
        after = self.pattern.match(text, following.end())
        return bool(after and after.group("given") in self.given and after.group("surname")
                    and self._is_surname(after.group("surname"), after.group("given")))

    def _both_orders(self, text: str) -> frozenset[tuple[str, str]]:
        """(given name, surname) pairs the text writes in both orders, "Александр Гусак" and "Гусак
        Александр Петрович" (a page's name and its tag of the full name): a surname whatever its
        ending ("-ак", "-ан" end no surname of the list, and a word before a name and patronymic may
        be any word, "в Москве Александр Петрович", so one order alone does not tell it)."""
        after, before = set(), set()
        for match in self.pattern.finditer(text):
            given = self.dictionary_given(match.group("given"))
            if given is None:
                continue
            gender, inflected = self.given[given][1], match.group("given") != given
            if match.group("surname") and not match.group("patronymic"):
                after.add((given, self._surname(match.group("surname"), gender, inflected)))
            preceding = self.surname_before.search(text, max(0, match.start() - 40), match.start())
            if match.group("patronymic") and preceding:
                before.add((given, self._surname(preceding.group("surname"), gender, inflected)))
        return frozenset(after & before)

    def find(self, text: str, blocked: list[tuple[int, int]]) -> list[FoundPerson]:
        found = []
        attested = self._both_orders(text)
        for match in self.pattern.finditer(text):
            given = self.dictionary_given(match.group("given"))
            if given is None:
                continue
            english, gender = self.given[given]
            # (an editor's bracketed surname takes the case of the name it completes: "Алексея [Лихачёва]")
            inflected = match.group("given") != given
            start = match.start()
            before = self.surname_before.search(text, max(0, start - 40), start)
            if match.group("patronymic") and before and self._is_surname(
                    self._surname(before.group("surname"), gender, inflected), given, attested):
                # "Любимова Ольга Борисовна": a list's or a tag's order, the surname first
                start, end = before.start(), match.end("patronymic")
                surname = self._surname(before.group("surname"), gender, inflected)
            elif match.group("patronymic") and not inflected and not self._is_surname(match.group("surname"), given, attested) \
                    and self._listed_among_people(match, text, found):
                # "вице-премьеры Ольга Голодец, Аркадий Дворкович и Дмитрий Рогозин": a surname ending
                # as a patronymic does, an item of a list of people (one addresses no one in a list)
                end = match.end("patronymic")
                surname = match.group("patronymic")
            elif match.group("surname"):
                end = match.end()
                surname = self._surname(match.group("surname"), gender, inflected)
                if not self._is_surname(surname, given, attested) and not self._listed_surname(match, text, inflected):
                    continue
            else:
                continue
            if any(b_start < end and start < b_end for b_start, b_end in blocked):
                continue
            found.append(FoundPerson(start, end, f"{english} {self.transliterate(surname)}"))
        return found


def _without_yo(word: str) -> str:
    """The word written with е for ё, as Russian often writes it ("Федор" for "Фёдор")."""
    return word.replace("ё", "е").replace("Ё", "Е")


@lru_cache(maxsize=None)
def people_finder(language: str | None) -> PeopleFinder | None:
    """The finder of ``language``'s people, or None when it has no people_<language>.yaml."""
    if not language or not knowledge_file_exists(f"people_{language}"):
        return None
    return PeopleFinder(language)
