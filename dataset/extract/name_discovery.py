"""Proper names the knowledge base does not know: runs of capitalised words cut into the
names they hold (discovered entities, ``linked`` false).

A run of capitalised words is not one name. "Chairman of the Kama Regional Duma Ivan Sokol
and Deputy Minister Olga Brin" holds a title phrase, an organisation, two people and an
"and"; "Fine. Ruslan Brin" spans two sentences; "Addressing Olga Brin" opens with a verb. So
a run is cut at sentence ends, at an "and" between two names, around title phrases (what
follows a title is a person; what follows "Minister of" is the ministry's field, not a
name, until a first name or a place's last word) and before a first name that follows an
organisation. Each piece is trimmed of function words, titles and demonyms, and judged: a
lone first name, a word that the same text also writes in lower case ("the Constitution"
beside "a constitution"), a Title Case phrase of such words ("New Investment
Opportunities"), a document's name ("... Treaty") and a peoples' or faiths' name are no
entity. The words that decide are data (knowledge/names.yaml), one set per language.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise

from ruchina.extract.text_facts import TextFacts, split_at_blocked
from ruchina.knowledge.base import NameRules

_UPPER = "A-ZÀ-ÖØ-Þ"
_CAPITAL_TOKEN = rf"(?:(?:al|el|ad|an|ar|as|at|ash|az)-)?(?:[{_UPPER}][\w’'.\-]*|[{_UPPER}]\.)"
_POSSESSIVE = re.compile(r"[’']s?$")
#: "AlexanderPresident": a page's person card glued to the title under it.
_GLUED = re.compile(r"(?<=[a-z])(?=[A-Z])")
_OF_BEFORE = re.compile(r"\bof(?:\s+the)?\s+$")
_PARTICLES = frozenset({"bin", "al", "de", "da", "del", "von", "van", "ibn", "el", "la", "le", "di", "du", "dos"})
_PERSON, _NAME = "person", "name"
_ROMAN = re.compile(r"(?:I{1,3}|IV|VI{0,3}|IX|X)")
#: Not a word of a name: page code and ids ("AD_SLOT_2", "div-gpt-ad"), addresses.
_CODE_LIKE = re.compile(r"[_@/#=]|\d[A-Za-z]*_")


@dataclass(slots=True)
class Token:
    start: int
    end: int  # of the bare text
    text: str  # without trailing punctuation or possessive: "Noh’s" -> "Noh"


@dataclass(slots=True)
class Candidate:
    start: int
    end: int
    name: str
    entity_type: str


class NameFinder:
    def __init__(self, rules: NameRules, demonyms: frozenset[str]):
        self.rules = rules
        self.demonyms = demonyms
        connectors = "|".join(sorted(map(re.escape, rules.connectors), key=len, reverse=True))
        self.run_pattern = re.compile(rf"{_CAPITAL_TOKEN}(?:[^\S\n]+(?:(?:{connectors})[^\S\n]+)*{_CAPITAL_TOKEN})*")
        self.office = rules.titles | rules.title_modifiers
        self.never_alone = (rules.not_names | rules.generic_words | rules.groups | self.office | demonyms
                            | rules.common_acronyms | rules.document_heads)
        self.edge_words = rules.not_names | rules.connectors | rules.common_acronyms
        self.adjective_parts = demonyms | rules.combining_forms
        self.common_suffix = _ending(rules.common_noun_endings)
        vocatives = "|".join(map(re.escape, rules.vocatives))
        self.vocatives = re.compile(rf"\b(?:{vocatives}),[^\S\n]+(?=[A-Z])") if vocatives else None

    def facts(self, text: str) -> TextFacts:
        return TextFacts(text, self.vocatives)

    def adjectival(self, word: str) -> bool:
        """"Sino-Russian", "Russian-Chinese", "North-South", "Western-led": adjectives made of names."""
        if "-" not in word:
            return word in self.demonyms or word in self.rules.groups
        parts = word.split("-")
        if all(p in self.rules.not_names for p in parts):
            return True  # "March-April"
        return parts[-1] in self.rules.adjective_suffixes or all(p in self.adjective_parts for p in parts if p) \
            or (parts[0] in self.rules.combining_forms and parts[0][0].isupper())

    # -- runs into pieces ------------------------------------------------------------------

    def find(self, text: str, blocked: list[tuple[int, int]], facts: TextFacts | None = None) -> list[Candidate]:
        facts = facts or self.facts(text)
        pieces: list[tuple[list[Token], str]] = []
        blocked = sorted(blocked)
        blocked_starts = {b_start for b_start, _ in blocked}
        edge_words = self.edge_words
        for run in self.run_pattern.finditer(text):
            if run.group() in edge_words or _bare(run.group()) in edge_words:
                continue  # "The", "However,": most runs are one word of no name
            if facts.shouted(run.start()):
                continue  # a shouted line: boilerplate, a headline in capitals
            for start, end in split_at_blocked(run.start(), run.end(), blocked):
                # "the Islamic Republic of" Iran, "the Government of" Kazakhstan: the known one
                of_known = end in blocked_starts and bool(_OF_BEFORE.search(text, start, end))
                tokens = self._tokens(text, start, end)
                parts = _split_where(tokens, lambda t: t.start in facts.sentence_starts)
                for part in (p for whole in parts for p in _cut_reversed_cards(whole)):
                    for piece, label in self._cut(part, facts):
                        before_known = bool(piece) and piece[-1] is tokens[-1] and end in blocked_starts
                        if before_known and of_known:
                            continue
                        piece = self._trim(piece, label, facts, before_known)
                        if piece:
                            pieces.append((piece, label))
        return self._judge(text, pieces, facts)

    def _tokens(self, text: str, start: int, end: int) -> list[Token]:
        tokens = []
        for match in re.finditer(r"\S+", text[start:end]):
            offset = start + match.start()
            word = match.group()
            cuts = [0] + [m.start() for m in _GLUED.finditer(word) if self._glued_at(word, m.start())] + [len(word)]
            for a, b in pairwise(cuts):
                bare = _bare(word[a:b])
                if bare:
                    tokens.append(Token(offset + a, offset + a + len(bare), bare))
        return tokens

    def _glued_at(self, word: str, at: int) -> bool:
        """"NikolPrime", "AndreiKAMAZ": a card's name glued to the title or company under it."""
        tail = _bare(word[at:])
        return (tail in self.office or tail.split("-")[0] in self.office
                or word[:at].rsplit("-", 1)[-1] in self.rules.given_names)

    def _cut(self, tokens: list[Token], facts: TextFacts) -> Iterator[tuple[list[Token], str]]:
        for part in self._split_and(tokens, facts):
            for piece, label in self._split_titles(part, facts):
                if label == _NAME:
                    yield from self._split_before_person(piece, facts)
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
        if len(left) == 1 and not (facts.common(left[0].text) or left[0].text in rules.generic_words
                                   or self.adjectival(left[0].text)):
            return False  # "Sberbank and Kama Bank": two names
        if not any(t.text in heads for t in left) and (right[-1].text in heads
                                                       or (len(left) == 1 and any(t.text in heads for t in right))):
            return True  # "Pulp and Paper Mill", "Talent and Success Foundation Board"
        return any(t.text in ("of", "for") for t in left) and not any(t.text in heads for t in right[:-1])

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
                yield pending, _NAME
                pending = []
            j = end
            while j < n and self._title_phrase_end(tokens, j) is None:
                j += 1
            after = tokens[end:j]
            if after and after[0].text in ("of", "for"):
                field, person = self._split_field(after[1:], facts)
                if field:
                    yield field, _NAME
                if person:
                    yield person, _PERSON
            elif after:
                yield after, _PERSON
            i = j
        if pending:
            yield pending, _NAME

    def _split_field(self, tokens: list[Token], facts: TextFacts) -> tuple[list[Token], list[Token]]:
        """After "Minister of": the field, then the person. The person starts at a first name,
        or after a place's or organisation's last word ("... Kama Region Ivan Sokol"). Of the
        field only a name ending in a head word is kept ("Kama Region")."""
        for g, token in enumerate(tokens):
            if token.text in self.rules.given_names and self._person_shape(tokens[g + 1:]):
                return self._field_name(tokens[:g]), tokens[g:]
        for h in range(len(tokens) - 3, -1, -1):
            after = tokens[h + 1:]
            if tokens[h].text in self.rules.heads and 2 <= len(after) <= 3 and self._person_shape(after):
                return self._field_name(tokens[:h + 1]), tokens[h + 1:]
        tail = tokens[-2:]
        if (len(tokens) >= 3 and tokens[-3].text not in self.rules.connectors and self._person_shape(tail)
                and not any(facts.common(t.text) or t.text in self.rules.heads for t in tail)):
            return self._field_name(tokens[:-2]), tail  # "Chair of Kama Hassan Rahim"
        return self._field_name(tokens), []

    def _field_name(self, tokens: list[Token]) -> list[Token]:
        last_connector = max((k for k, t in enumerate(tokens) if t.text in self.rules.connectors), default=-1)
        tail = tokens[last_connector + 1:]
        return tail if tail and tail[-1].text in self.rules.heads else []

    def _person_shape(self, tokens: list[Token]) -> bool:
        """One to three name words, particles allowed ("Mansur bin Rashid")."""
        words = [t for t in tokens if t.text not in _PARTICLES]
        return 1 <= len(words) <= 3 and all(t.text[0].isupper() and t.text not in self.never_alone
                                            and t.text not in self.rules.heads for t in words)

    def _split_before_person(self, tokens: list[Token], facts: TextFacts) -> Iterator[tuple[list[Token], str]]:
        """"... Federal District Yury Trutnev": a first name after a name's head word starts a person."""
        rules = self.rules
        for g in range(1, len(tokens) - 1):
            previous = tokens[g - 1].text
            if previous in rules.connectors or previous in rules.given_names:
                continue
            if ((tokens[g].text in rules.given_names and self._person_shape(tokens[g + 1:]))
                    or (previous in rules.heads and len(tokens) - g in (2, 3) and self._person_shape(tokens[g:])
                        and not any(t.text in rules.heads or facts.common(t.text) for t in tokens[g:]))):
                yield tokens[:g], _NAME
                yield tokens[g:], _PERSON  # "Kama Media Group Shen Lin"
                return
        yield tokens, _NAME

    # -- trimming and judging --------------------------------------------------------------

    def _trim(self, tokens: list[Token], label: str, facts: TextFacts, before_known: bool = False) -> list[Token]:
        rules = self.rules
        tokens = list(tokens)
        while tokens and (tokens[0].text in self.edge_words or tokens[0].text.lower() in rules.person_cues_before
                          or not tokens[0].text[0].isalpha() or tokens[0].text.endswith("-")
                          or _CODE_LIKE.search(tokens[0].text)):
            tokens.pop(0)  # also "-Pacific" after a known "Asia", "Trans-" before one
        while len(tokens) > 1 and self.adjectival(tokens[0].text) and not self._keeps_demonym(tokens[1:], facts):
            tokens.pop(0)
        numeral = tokens[-1] if len(tokens) > 2 and label == _PERSON and _ROMAN.fullmatch(tokens[-1].text) else None
        if numeral:
            tokens.pop()  # "Queen Elizabeth II", "King Felipe VI"
        while tokens and (tokens[-1].text in self.edge_words or self.adjectival(tokens[-1].text)
                          or tokens[-1].text.endswith("-")
                          or (before_known and tokens[-1].text in self.never_alone)):
            tokens.pop()  # "the Grand" before a known "Kremlin Palace"
        if (len(tokens) > 1 and tokens[0].start in facts.sentence_starts and tokens[0].text not in rules.given_names
                and (facts.common(tokens[0].text) or tokens[0].text.endswith(("ly", "ing", "ed")))):
            return self._trim(tokens[1:], label, facts, before_known)  # "Addressing Olga Brin", "Maybe Kama Radio"
        if numeral and tokens:
            tokens.append(numeral)
        return tokens

    def _keeps_demonym(self, rest: list[Token], facts: TextFacts) -> bool:
        """"Russian Direct Investment Fund", "Russian Railways": the demonym is part of a name
        that ends in a head word or is made of common words; not of "Russian Olga Brin"."""
        if any(t.text in self.office or t.text in self.demonyms for t in rest):
            return False
        rules = self.rules
        return rest[-1].text in rules.heads or all(facts.common(t.text) or t.text in rules.connectors for t in rest)

    def _judge(self, text: str, pieces: list[tuple[list[Token], str]], facts: TextFacts) -> list[Candidate]:
        people: dict[str, str] = {}  # surname -> full name, from the people of this text
        multi: list[Candidate] = []
        singles: list[tuple[Token, str]] = []
        for tokens, label in pieces:
            if len(tokens) == 1:
                singles.append((tokens[0], label))
                continue
            if self._document(tokens) or not self._any_name_word(tokens, facts):
                continue
            start, end = tokens[0].start, tokens[-1].end
            name = " ".join(text[start:end].split())
            if label == _PERSON or self._person_by_first_name(tokens):
                entity_type = "PERSON"
            else:
                entity_type = self.guess_type(text, start, end, name)
            if entity_type == "PERSON":
                people[tokens[-1].text] = name
            multi.append(Candidate(start, end, name, entity_type))
        found = multi
        inside_sentence: set[str] = set()
        lone: list[tuple[Token, str]] = []
        for token, label in singles:
            if token.text in people:  # "Noh" after "KJ Noh"
                found.append(Candidate(token.start, token.end, people[token.text], "PERSON"))
            elif self._single_is_name(token, label, facts):
                lone.append((token, label))
                if token.start not in facts.sentence_starts or label == _PERSON:
                    inside_sentence.add(token.text)
        for token, label in lone:
            if token.text in inside_sentence:  # a lone word opening a sentence is a name only if seen inside one
                entity_type = ("PERSON" if label == _PERSON
                               else self.guess_type(text, token.start, token.end, token.text))
                found.append(Candidate(token.start, token.end, token.text, entity_type))
        return sorted(found, key=lambda c: c.start)

    def _document(self, tokens: list[Token]) -> bool:
        """"Kama Water Treaty", "Treaty of Good Neighbourliness", "Law On Rivers": a document."""
        documents = self.rules.document_heads
        return tokens[-1].text in documents or any(
            t.text in documents and nxt.text.lower() in ("of", "on", "for") for t, nxt in pairwise(tokens))

    def _person_by_first_name(self, tokens: list[Token]) -> bool:
        """"Olga Brin", not "Alexander Hall" nor "Peter the Great Bay"."""
        return tokens[0].text in self.rules.given_names and self._person_shape(tokens[1:])

    def guess_type(self, text: str, start: int, end: int, name: str) -> str:
        rules = self.rules
        last = name.split()[-1]
        if last in rules.heads:
            return rules.heads[last]
        before = re.findall(r"[A-Za-z\-]+", text[max(0, start - 30):start])
        after = re.findall(r"[A-Za-z\-]+", text[end:end + 20])
        if before and (before[-1].lower() in rules.person_cues_before or before[-1] in rules.titles):
            return "PERSON"
        if after and after[0].lower() in rules.person_cues_after:
            return "PERSON"
        if before and before[-1] in ("in", "to", "from", "near") and not (after and after[0][0].isupper()):
            return "GPE"  # "arrived in Vientiane": an unknown place
        return "MISC"

    def _any_name_word(self, tokens: list[Token], facts: TextFacts) -> bool:
        """A Title Case phrase of common words ("New Investment Opportunities", "Research
        Centre") is no name; one that opens with a word such as "Federal" and ends in a head
        word is ("Federal Customs Service")."""
        rules = self.rules
        if tokens[-1].text in rules.heads and tokens[0].text in rules.generic_words:
            return True
        return any(t.text not in self.never_alone and t.text not in rules.connectors and not facts.common(t.text)
                   for t in tokens)

    def _single_is_name(self, token: Token, label: str, facts: TextFacts) -> bool:
        word, rules = token.text, self.rules
        if (word in self.never_alone or word in rules.given_names or len(word) < 2 or word in rules.heads
                or self.adjectival(word) or _CODE_LIKE.search(word) or self.common_suffix.search(word)):
            return False
        if re.fullmatch(r"[A-Z]{2,}s", word):
            return False  # "NGOs"
        return label == _PERSON or not facts.common(word)


def _ending(endings) -> re.Pattern[str]:
    return re.compile(rf"[a-z](?:{'|'.join(sorted(map(re.escape, endings), key=len, reverse=True)) or '(?!)'})$")


def _cut_reversed_cards(tokens: list[Token]) -> list[list[Token]]:
    """"... Olga Brin Brin Olga ...": a page's person card repeats the name surname first;
    the repeat goes, and what follows it is another piece."""
    words = [t.text for t in tokens]
    for i in range(len(tokens) - 3):
        if words[i] == words[i + 3] and words[i + 1] == words[i + 2] and words[i] != words[i + 1]:
            return [tokens[:i + 2], *_cut_reversed_cards(tokens[i + 4:])]
    return [tokens] if tokens else []


def _split_where(tokens: list[Token], starts_new) -> list[list[Token]]:
    parts: list[list[Token]] = []
    for token in tokens:
        if parts and not starts_new(token):
            parts[-1].append(token)
        else:
            parts.append([token])
    return parts


def _bare(token: str) -> str:
    """A token without trailing punctuation or possessive: "Tuesday." -> "Tuesday", "Noh’s" -> "Noh"."""
    return _POSSESSIVE.sub("", token.rstrip(".,;:!?”’\"')")).rstrip(".,;:!?”’\"')")
