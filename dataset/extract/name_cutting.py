"""Cutting a run of capitalised words into pieces that may be names: at an "and" between two
names, around title phrases ("Governor of the Kama Region Ivan Sokol": the office's field,
then the person), before a person who follows an organisation. The word classes it uses come
from knowledge/names.yaml (NameRules) and the knowledge base's demonyms.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ruchina.extract.text_facts import TextFacts
from ruchina.knowledge.name_rules import NameRules

_POSSESSIVE = re.compile(r"[’']s?$")
_ROMAN = re.compile(r"(?:I{1,3}|IV|VI{0,3}|IX|X)")
#: What a piece is: a name of any kind, or a person (it followed a title or starts with a first name).
PERSON, NAME = "person", "name"


@dataclass(slots=True)
class Token:
    start: int
    end: int  # of the bare text
    text: str  # without trailing punctuation or possessive: "Noh’s" -> "Noh"


class NameWords:
    """The word classes of names.yaml, as sets, and the tests built on them."""

    def __init__(self, rules: NameRules, demonyms: frozenset[str]):
        self.rules = rules
        self.demonyms = demonyms
        self.office = rules.titles | rules.title_modifiers
        self.never_alone = (rules.not_names | rules.generic_words | rules.groups | self.office | demonyms
                            | rules.common_acronyms | rules.document_heads)
        self.edge_words = rules.not_names | rules.connectors | rules.common_acronyms
        self.adjective_parts = demonyms | rules.combining_forms

    def adjectival(self, word: str) -> bool:
        """"Sino-Russian", "Russian-Chinese", "North-South", "Western-led": adjectives made of names."""
        if "-" not in word:
            return word in self.demonyms or word in self.rules.groups
        parts = word.split("-")
        if all(p in self.rules.not_names for p in parts):
            return True  # "March-April"
        return parts[-1] in self.rules.adjective_suffixes or all(p in self.adjective_parts for p in parts if p) \
            or (parts[0] in self.rules.combining_forms and parts[0][0].isupper())

    def name_words(self, tokens: list[Token]) -> list[Token]:
        """The words of a name but its particles ("Mansur bin Rashid": two)."""
        return [t for t in tokens if t.text not in self.rules.name_particles]

    def person_shape(self, tokens: list[Token]) -> bool:
        """One to three name words, particles and a king's numeral allowed ("Mansur bin Rashid",
        "Juan Carlos I")."""
        words = self.name_words(tokens)
        if len(words) > 1 and _ROMAN.fullmatch(words[-1].text):
            words.pop()
        return 1 <= len(words) <= 3 and all(t.text[0].isupper() and t.text not in self.never_alone
                                            and t.text not in self.rules.heads for t in words)


class RunCutter(NameWords):
    """The pieces of a run, each with its label (NAME or PERSON)."""

    def _cut(self, tokens: list[Token], facts: TextFacts) -> Iterator[tuple[list[Token], str]]:
        for part in self._split_and(tokens, facts):
            for piece, label in self._split_titles(part, facts):
                if label == NAME:
                    for part_of_piece, part_label in self._split_person_of_body(piece, facts):
                        if part_label == NAME:
                            yield from self._split_before_person(part_of_piece, facts)
                        else:
                            yield part_of_piece, part_label
                else:
                    yield piece, label

    def _split_and(self, tokens: list[Token], facts: TextFacts) -> list[list[Token]]:
        """Cut at "and" unless it joins words of one name: a head both sides share ("Pulp and
        Paper Mill") or the field after "of" ("Ministry of Science and Higher Education")."""
        parts, current, i = [], [], 0
        while i < len(tokens):
            token = tokens[i]
            if token.text != "and" or not current:
                current.append(token)
                i += 1
                continue
            after = i + 1 + (i + 1 < len(tokens) and tokens[i + 1].text == "the")
            rest = tokens[after:]
            rest = rest[:next((k for k, t in enumerate(rest) if t.text == "and"), len(rest))]
            if after == i + 1 and self._one_name_across_and(current, rest, facts):
                current.append(token)
                i += 1
                continue
            parts.append(current)
            current, i = [], after
        if current:
            parts.append(current)
        return parts

    def _one_name_across_and(self, left: list[Token], right: list[Token], facts: TextFacts) -> bool:
        rules = self.rules
        first_name = next((k for k, t in enumerate(right) if k and t.text in rules.given_names), len(right))
        right = right[:first_name]  # "Minister of Water and Forests Olga Brin": Olga Brin is cut later
        if (not right or any(t.text in rules.given_names for t in left)
                or any(self._personish(t) for t in right)):
            return False
        heads = rules.heads
        if (left[-1].text in heads and all(t.text in heads for t in right)
                and any(t.text not in heads and t.text not in self.edge_words for t in left)):
            return True  # "Kama Television and Radio Company", "Kama TV and Radio": one broadcaster
        head = next((k for k, t in enumerate(right) if t.text in heads), None)
        if len(left) == 1 and left[0].text not in heads and head and all(facts.common(t.text) or t.text in rules.generic_words for t in right[:head]):
            return True  # "Talent and Success Foundation": a head after common words names both
        if len(left) == 1 and not (facts.common(left[0].text) or left[0].text in rules.generic_words
                                   or self.adjectival(left[0].text)):
            return False  # "Sberbank and Kama Bank": two names
        if not any(t.text in heads for t in left) and (right[-1].text in heads
                                                       or (len(left) == 1 and any(t.text in heads for t in right))):
            return True  # "Pulp and Paper Mill", "Talent and Success Foundation Board"
        # "Ministry of Science and Higher Education": one "and" inside the field after "of" (a
        # second one joins another name: "Federal Service for Forests and Fisheries and Rosatom")
        field = max((k for k, t in enumerate(left) if t.text in ("of", "for")), default=None)
        return field is not None and not any(t.text == "and" for t in left[field:])

    def _personish(self, token: Token) -> bool:
        return token.text in self.rules.titles or token.text in self.rules.given_names

    def _title_phrase_end(self, tokens: list[Token], i: int) -> int | None:
        """The end of a title phrase starting at ``i`` ("First Deputy Prime Minister"), or None."""
        rules, j, core, end = self.rules, i, False, None
        while j < len(tokens) and (tokens[j].text in self.office
                                   or (tokens[j].text in rules.generic_words and tokens[j].text not in rules.heads)):
            if tokens[j].text in rules.titles:
                core, end = True, j + 1  # the phrase ends at its last title: "Energy Minister"
            j += 1
        return end if core else None

    def _split_titles(self, tokens: list[Token], facts: TextFacts) -> Iterator[tuple[list[Token], str]]:
        pending, i, n = [], 0, len(tokens)
        while i < n:
            end = self._title_phrase_end(tokens, i)
            if end is None:
                pending.append(tokens[i])
                i += 1
                continue
            if pending:
                yield pending, NAME
                pending = []
            j = end
            while j < n and self._title_phrase_end(tokens, j) is None:
                j += 1
            after = tokens[end:j]
            if after and after[0].text in ("of", "for"):
                field, person = self._split_field(after[1:], facts)
                if field:
                    yield field, NAME
                if person:
                    yield person, PERSON
            elif after and after[-1].text in self.rules.heads and not any(
                    t.text in self.rules.given_names for t in after):
                yield tokens[i:j], NAME  # "General Staff", "Presidential Council": no person
            elif after and self.person_shape(after):
                yield after, PERSON
            elif after and self.person_shape(_before_of(after)):
                # "President Fernandez of" the Argentine Republic (a known place after "of"):
                # the person, without the words that lead to his country
                yield _before_of(after), PERSON
            elif after:  # "General Staff of the Armed Forces Oleg Brin": an office, then the person
                field, person = self._split_field(after, facts)
                if field:
                    yield field, NAME
                if person:
                    yield person, PERSON
            i = j
        if pending:
            yield pending, NAME

    def _split_field(self, tokens: list[Token], facts: TextFacts) -> tuple[list[Token], list[Token]]:
        """After "Minister of": the field, then the person. The person starts at a first name,
        or after a place's or organisation's last word ("... Kama Region Ivan Sokol"). Of the
        field only a name ending in a head word is kept ("Kama Region")."""
        particles = self.rules.name_particles
        for g, token in enumerate(tokens):
            # (a first name after a particle goes on with the name before it: "Mansur bin Rashid")
            if token.text in self.rules.given_names and self.person_shape(tokens[g + 1:]) and not (
                    g and tokens[g - 1].text in particles):
                return self._field_name(tokens[:g]), tokens[g:]
        for h in range(len(tokens) - 3, -1, -1):
            after = tokens[h + 1:]
            if (tokens[h].text in self.rules.heads and 2 <= len(self.name_words(after)) <= 3
                    and after[0].text not in particles and self.person_shape(after)):
                return self._field_name(tokens[:h + 1]), tokens[h + 1:]
        tail = tokens[-2:]
        if (len(tokens) >= 3 and tokens[-3].text not in self.rules.connectors and self.person_shape(tail)
                and not any(facts.common(t.text) or t.text in self.rules.heads for t in tail)):
            return self._field_name(tokens[:-2]), tail  # "Chair of Kama Hassan Rahim"
        return self._field_name(tokens), []

    def _field_name(self, tokens: list[Token]) -> list[Token]:
        last_connector = max((k for k, t in enumerate(tokens) if t.text in self.rules.connectors), default=-1)
        tail = tokens[last_connector + 1:]
        return tail if tail and tail[-1].text in self.rules.heads else []

    def _split_person_of_body(self, tokens: list[Token], facts: TextFacts) -> list[tuple[list[Token], str]]:
        """"Lin Boqiang of the Centre for Energy Economics": a person, then the body he speaks for
        (an organisation's head word after "of"); "Bank of China", "University of Lagos", "Duke of
        Kent" stay one name (a head before "of", or none after it)."""
        of = next((k for k, t in enumerate(tokens) if t.text == "of"), None)
        if of is None or of < 2:
            return [(tokens, NAME)]
        person, body = tokens[:of], tokens[of + 1:]
        body = body[1:] if body and body[0].text == "the" else body
        if (len(self.name_words(person)) < 2 or not self.person_shape(person)
                or any(facts.common(t.text) for t in person)
                or not any(self.rules.heads.get(t.text) == "ORG" for t in body)):
            return [(tokens, NAME)]
        return [(person, PERSON), (body, NAME)]

    def _split_before_person(self, tokens: list[Token], facts: TextFacts) -> Iterator[tuple[list[Token], str]]:
        """"... Federal District Yury Trutnev": a first name after a name starts a person."""
        rules = self.rules
        for g in range(1, len(tokens) - 1):
            previous = tokens[g - 1].text
            if previous in rules.connectors or previous in rules.given_names:
                continue
            if tokens[g].text in rules.given_names and self.person_shape(tokens[g + 1:]):
                yield tokens[:g], NAME
                yield tokens[g:], PERSON
                return
        yield tokens, NAME


def _before_of(tokens: list[Token]) -> list[Token]:
    """The tokens before the first "of" of a piece that ends in "of" or "of the", leading to a
    known place ("Moreno of the Oriental Republic of" -> "Moreno"); none for another piece."""
    words = [t.text for t in tokens]
    if words[-1:] != ["of"] and words[-2:] != ["of", "the"]:
        return []
    return tokens[:words.index("of")]


def cut_reversed_cards(tokens: list[Token]) -> list[list[Token]]:
    """"... Olga Brin Brin Olga ...": a page's person card repeats the name surname first;
    the repeat goes, and what follows it is another piece."""
    words = [t.text for t in tokens]
    for i in range(len(tokens) - 3):
        if words[i] == words[i + 3] and words[i + 1] == words[i + 2] and words[i] != words[i + 1]:
            return [tokens[:i + 2], *cut_reversed_cards(tokens[i + 4:])]
    return [tokens] if tokens else []


def split_where(tokens: list[Token], starts_new) -> list[list[Token]]:
    parts: list[list[Token]] = []
    for token in tokens:
        if parts and not starts_new(token):
            parts[-1].append(token)
        else:
            parts.append([token])
    return parts


def bare(token: str) -> str:
    """A token without trailing punctuation or possessive: "Tuesday." -> "Tuesday", "Noh’s" -> "Noh"."""
    return _POSSESSIVE.sub("", token.rstrip(".,;:!?”’\"')")).rstrip(".,;:!?”’\"')")
