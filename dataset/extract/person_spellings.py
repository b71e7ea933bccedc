"""Known people written otherwise than the knowledge base writes them: a misspelt full name
("Vladmir Putin") within a small edit distance of a known one, a misspelt first name before a
known surname, and another first name before it ("Hunter Biden"), another person. linking.py asks
PersonMatcher about each discovered name and each surname it finds."""

from __future__ import annotations

import re
import unicodedata

from ruchina.knowledge.base import EntityCatalog, KnownEntity

#: the capitalised word right before a surname, past one middle initial ("Aleksei N. Kosygin")
_FIRST_NAME_BEFORE = re.compile(r"([A-Z][\w’'\-]+)(?:[^\S\n]+[A-Z]\.)?[^\S\n]+$")


def fold_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


class PersonMatcher:
    """Known people written otherwise: "Vladmir Putin" (a typo), "Hunter Biden" (another
    person of the same surname). A discovered name within a small edit distance of a known
    person's full name is that person; only names of 8 letters or more are compared (one
    edit allowed, two from 12 letters), so "Li Qiang" stays apart from "Li Keqiang"."""

    def __init__(self, catalog: EntityCatalog, given_names: frozenset[str]):
        self.given_names = given_names
        # Forms by (first three letters, length) and (last three letters, length): one edit leaves
        # one of the two ends whole, and the length within the edits allowed.
        self.by_key: dict[tuple[str, int], list[tuple[str, KnownEntity]]] = {}
        self.first_names: dict[str, set[str]] = {}
        for entity in catalog.entities.values():
            if entity.entity_type != "PERSON":
                continue
            for form in {entity.name, *entity.aliases}:
                words = form.split()
                if len(words) < 2:
                    continue
                folded = _fold(form)
                # (every word before the surname: "Tayyip Erdogan" is Recep Tayyip Erdoğan too)
                self.first_names.setdefault(entity.entity_id, set()).update(_fold(word) for word in words[:-1])
                for key in (folded[:3], folded[-3:]):
                    self.by_key.setdefault((key, len(folded)), []).append((folded, entity))

    def match(self, name: str) -> KnownEntity | None:
        folded = _fold(name)
        if len(folded) < 8 or " " not in folded:
            return None
        allowed = 2 if len(folded) >= 12 else 1
        for length in range(len(folded) - allowed, len(folded) + allowed + 1):
            forms = (*self.by_key.get((folded[:3], length), ()), *self.by_key.get((folded[-3:], length), ()))
            for form, entity in forms:
                if edit_distance(folded, form, allowed) <= allowed and _each_word_near(folded, form):
                    return entity
        return None

    def first_name_before(self, text: str, start: int, end: int, entity: KnownEntity, other_first_name):
        """A surname alias ("Putin") with a capitalised word before it: a misspelt first name
        of the person widens the mention; another first name makes it another person (None)."""
        if " " in text[start:end]:
            return start, entity
        # (a middle initial may stand between the first name and the surname: "Aleksei N. Kosygin",
        # the style of American papers and wires of the Cold War, is Kosygin written in full)
        before = _FIRST_NAME_BEFORE.search(text[max(0, start - 34):start])
        firsts = self.first_names.get(entity.entity_id)
        if not before or not firsts:
            return start, entity
        word = _fold(before.group(1))
        if word in firsts or len(word) >= 5 and any(_near_first_name(word, first) for first in firsts):
            return start - len(before.group(0)), entity
        if before.group(1) in self.given_names or other_first_name(before.group(1)):
            return start, None
        return start, entity


def _each_word_near(name: str, form: str) -> bool:
    """No word of the name is further from its word of the form than a typo in a word that long:
    two edits in one short word make another name ("Zhang Deguang" is not Zhang Dejiang, though
    the whole name is within two edits), where a long one may hold two ("Mirziyoyev")."""
    words, form_words = name.split(), form.split()
    return len(words) != len(form_words) or all(
        edit_distance(word, other, _allowed(other)) <= _allowed(other) for word, other in zip(words, form_words)
    ) and not _another_given_name(words[0], form_words[0])


def _near_first_name(word: str, first: str) -> bool:
    return (word[0] == first[0] and edit_distance(word, first, _allowed(first)) <= _allowed(first)
            and not _another_given_name(word, first))


def _another_given_name(word: str, other: str) -> bool:
    """One name is the other with a vowel added at its end: not a typo but another name, often of
    another language or sex ("Roberto" is not "Robert", "Alexandra" not "Alexandr"), where
    spellings of one name differ inside or by a final "y" ("Dmitri", "Dmitriy")."""
    short, long = sorted((word, other), key=len)
    return len(long) == len(short) + 1 and long.startswith(short) and long[-1] in "aeio"


def _allowed(first_name: str) -> int:
    return 2 if len(first_name) > 7 else 1


def _fold(text: str) -> str:
    return " ".join(fold_accents(text).casefold().split())


def edit_distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance, or ``limit + 1`` as soon as it must exceed ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]
