"""People the knowledge base does not know, in a language written in the Latin script that has
no people_<language>.yaml of its own (German, French, Spanish): a given name of names.yaml's
list, then one to three capitalised words, name particles between them ("Luigi Di Maio",
"Mohammed ben Salman", "Maria Elisabetta Alberti Casellati"). These languages write a foreign
name as English does, uninflected, so the person is named as written and is the same entity as
the English reports' discovered person of that name ("Le président italien Sergio Mattarella a
reçu" and "President Sergio Mattarella received" name one man).

Nothing else capitalised is taken for a name: German capitalises every noun and every language
its sentences' first words, so English's guesses at unknown capitalised words would read junk.
A name the text already links ends the person before it ("als Emmanuel Macron Peking besuchte":
Peking is a place), and one that begins inside a linked name is that name.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ruchina.extract.language_people import FoundPerson
from ruchina.knowledge.base import languages
from ruchina.knowledge.name_rules import name_rules

#: the most capitalised words after the given name (a second given name, a double surname)
MAX_NAME_WORDS = 3
_WORD = r"[^\W\d_][\w’'\-]*"


class LatinPeopleFinder:
    def __init__(self, given_names: frozenset[str], particles: frozenset[str]):
        given = "|".join(sorted(map(re.escape, given_names), key=len, reverse=True)) or "(?!)"
        particle = "|".join(sorted(map(re.escape, particles), key=len, reverse=True)) or "(?!)"
        self.pattern = re.compile(rf"(?<![\w’'.\-])(?:{given})(?![\w’'\-])")
        # (one more word of the name: a capitalised word, or a lower-case particle before one)
        self.next_word = re.compile(rf"[^\S\n]+(?:(?:{particle})[^\S\n]+)?({_WORD})")

    def find(self, text: str, blocked: list[tuple[int, int]]) -> list[FoundPerson]:
        found = []
        for match in self.pattern.finditer(text):
            start, end = match.span()
            if _overlaps(start, end, blocked):
                continue
            words = 0
            while words < MAX_NAME_WORDS and (after := self.next_word.match(text, end)):
                word = after.group(1)
                if not _name_word(word) or _overlaps(after.start(1), after.end(1), blocked):
                    break
                end, words = after.end(1), words + 1
            if words:
                found.append(FoundPerson(start, end, " ".join(text[start:end].split())))
        return found


def _name_word(word: str) -> bool:
    """A word of a name: capitalised, not written in capitals only ("II", "EU")."""
    return word[:1].isupper() and not word.isupper() and len(word) >= 2


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


@lru_cache(maxsize=None)
def latin_people_finder(language: str | None) -> LatinPeopleFinder | None:
    """The finder of people for ``language`` when it is written in the Latin script and is not
    the language of names.yaml's own rules (whose discovery reads every capitalised word)."""
    rules = name_rules()
    if not language or language == rules.language:
        return None
    if not any(entry.code == language and entry.script == "latin" for entry in languages()):
        return None
    return LatinPeopleFinder(rules.given_names, rules.name_particles)
