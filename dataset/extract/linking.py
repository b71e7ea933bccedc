"""Find the entities a text names: curated ones by their aliases, and proper names the
knowledge base does not know yet (discovered, ``linked`` false).

Alias matching uses an Aho–Corasick automaton (pyahocorasick) so that the cost of a
text does not grow with the size of the knowledge base; it matches substrings, so word
boundaries are checked here. Names are matched case-sensitively: they are proper nouns,
and "china" the porcelain is not China.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick

from ruchina.extract.compact import compact
from ruchina.knowledge.base import EntityCatalog, KnownEntity, NameRules, entity_catalog, name_rules, slugify
from ruchina.text.sentences import iter_sentences


@compact
@dataclass(slots=True, unsafe_hash=True)
class Mention:
    start: int
    end: int
    surface: str
    entity_id: str
    name: str
    entity_type: str
    linked: bool


def fold_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


_KIND_ALIAS, _KIND_SHORT, _KIND_DEMONYM = "alias", "short", "demonym"
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|inside|outside|near|within)\s+(?:the\s+)?$", re.IGNORECASE)
_CAPITAL_TOKEN = r"(?:[A-Z][\w’'.\-]*|[A-Z]\.)"
_NAME_RUN = re.compile(rf"{_CAPITAL_TOKEN}(?:\s+(?:(?:of|for|the|de|da|del|von|van|bin|al|and)\s+)*{_CAPITAL_TOKEN})*")
_POSSESSIVE = re.compile(r"[’']s?$")


class EntityLinker:
    def __init__(self, catalog: EntityCatalog, rules: NameRules):
        self.catalog = catalog
        self.rules = rules
        self.automaton = ahocorasick.Automaton()
        table: dict[str, list[tuple[str, str]]] = {}
        for entity in catalog.entities.values():
            forms = [(a, _KIND_ALIAS) for a in (entity.name, *entity.aliases)]
            forms += [(s, _KIND_SHORT) for s in entity.short_forms]
            forms += [(d, _KIND_DEMONYM) for d in entity.demonyms]
            for surface, kind in forms:
                for variant in {surface, fold_accents(surface)}:
                    table.setdefault(variant, []).append((entity.entity_id, kind))
        for surface, payload in table.items():
            self.automaton.add_word(surface, (len(surface), tuple(payload)))
        self.automaton.make_automaton()
        self.demonym_words = frozenset(s for s, p in table.items() if any(k == _KIND_DEMONYM for _, k in p))

    # -- known entities ---------------------------------------------------------------

    def _alias_matches(self, text: str) -> list[tuple[int, int, tuple[tuple[str, str], ...]]]:
        found = []
        for end_index, (length, payload) in self.automaton.iter(text):
            start, end = end_index - length + 1, end_index + 1
            if _is_word_boundary(text, start, end):
                found.append((start, end, payload))
        # Longest match first at each place, then leftmost: "Belt and Road Forum" beats "Belt and Road".
        found.sort(key=lambda m: (m[0], -(m[1] - m[0])))
        chosen, taken_until = [], -1
        for start, end, payload in found:
            if start >= taken_until:
                chosen.append((start, end, payload))
                taken_until = end
            elif end > taken_until and chosen and chosen[-1][0] == start:
                continue
        return chosen

    def link(self, text: str, discover: bool = True) -> list[Mention]:
        """Every entity mention in ``text``, in order. ``discover`` false looks for curated
        entities only (in headlines, where every word is capitalised)."""
        matches = self._alias_matches(text)
        mentions: list[Mention] = []
        blocked: list[tuple[int, int]] = []
        short_pending: list[tuple[int, int, KnownEntity]] = []
        named_in_full: set[str] = set()
        for start, end, payload in matches:
            blocked.append((start, end))
            kinds = {kind for _, kind in payload}
            entity = self.catalog.get(payload[0][0])
            if kinds == {_KIND_DEMONYM}:
                continue
            alias_payload = [p for p in payload if p[1] == _KIND_ALIAS]
            if alias_payload:
                entity = self.catalog.get(alias_payload[0][0])
                entity = self._sense(entity, text, start)
                named_in_full.add(entity.name)
                mentions.append(_mention(text, start, end, entity))
            else:
                short_pending.append((start, end, self.catalog.get(payload[0][0])))
        for start, end, entity in short_pending:
            # A bare "Xi" is Xi Jinping only where the text names him in full or names China.
            if entity.name in named_in_full or any(name in named_in_full for name in entity.context):
                mentions.append(_mention(text, start, end, entity))
        if discover:
            mentions.extend(self._discover(text, blocked))
        return sorted(mentions, key=lambda m: m.start)

    def _sense(self, entity: KnownEntity, text: str, start: int) -> KnownEntity:
        if entity.locative_sense and _LOCATIVE_BEFORE.search(text[max(0, start - 20):start]):
            return self.catalog.named(entity.locative_sense)
        return entity

    # -- discovered names ---------------------------------------------------------------

    def _discover(self, text: str, blocked: list[tuple[int, int]]) -> list[Mention]:
        rules = self.rules
        sentence_starts = _sentence_starts(text)
        candidates: list[tuple[int, int, str, str]] = []
        for run in _NAME_RUN.finditer(text):
            for start, end in _split_at_blocked(run.start(), run.end(), blocked):
                candidate = self._clean_candidate(text, start, end, sentence_starts)
                if candidate:
                    candidates.append(candidate)
        people_surnames: dict[str, tuple[str, str]] = {}
        mentions = []
        for start, end, name, entity_type in candidates:
            if entity_type == "PERSON" and " " in name:
                people_surnames[name.split()[-1]] = (name, entity_type)
        for start, end, name, entity_type in candidates:
            if " " not in name and name in people_surnames:
                name, entity_type = people_surnames[name]  # "Noh" after "KJ Noh"
            elif " " not in name and start in sentence_starts:
                continue  # a lone capitalised word opening a sentence is no evidence of a name
            mentions.append(Mention(start, end, text[start:end], slugify(name), name, entity_type, False))
        return mentions

    def _clean_candidate(self, text: str, start: int, end: int, sentence_starts: set[int]):
        rules = self.rules
        tokens = [(m.start() + start, m.end() + start, m.group()) for m in re.finditer(r"\S+", text[start:end])]
        # Strip titles, ordinary capitalised words and connectors from both ends.
        def droppable(token: str) -> bool:
            bare = _bare(token)
            return (
                bare in rules.titles
                or bare in rules.not_names
                or bare in rules.connectors
                or bare in self.demonym_words
                or not any(c.isalpha() for c in bare)
            )

        had_title = False
        while tokens and (droppable(tokens[0][2]) or _bare(tokens[0][2]).lower() in rules.person_cues_before):
            bare = _bare(tokens[0][2])
            had_title = had_title or bare in rules.titles or bare.lower() in rules.person_cues_before
            tokens.pop(0)
        # From the right, keep a name's head word ("... Development Ministry").
        while tokens and droppable(tokens[-1][2]) and not (len(tokens) > 1 and _bare(tokens[-1][2]) in rules.heads):
            tokens.pop()
        if not tokens:
            return None
        first_start, last_end = tokens[0][0], tokens[-1][1]
        surface_core = _bare(text[first_start:last_end])
        last_end = first_start + len(surface_core)
        if len(surface_core) < 2 or not surface_core[0].isupper():
            return None  # "-led" left of "U.S.-led", a lone initial
        line_start = text.rfind("\n", 0, first_start) + 1
        line_end = text.find("\n", last_end)
        if _is_shouted(text[line_start: line_end if line_end >= 0 else len(text)]):
            return None  # a shouted line (boilerplate, a headline in capitals)
        entity_type = self._guess_type(text, first_start, last_end, surface_core, had_title)
        return first_start, last_end, fold_whitespace_name(surface_core), entity_type

    def _guess_type(self, text: str, start: int, end: int, name: str, had_title: bool) -> str:
        rules = self.rules
        words = name.split()
        if words[-1] in rules.heads:
            return rules.heads[words[-1]]
        before = re.findall(r"[A-Za-z\-]+", text[max(0, start - 30):start])
        after = re.findall(r"[A-Za-z\-]+", text[end:end + 20])
        if had_title or (before and before[-1].lower() in rules.person_cues_before):
            return "PERSON"
        if after and after[0].lower() in rules.person_cues_after:
            return "PERSON"
        if before and before[-1] in ("in", "to", "from", "near") and not (after and after[0][0].isupper()):
            return "GPE"  # "arrived in Vientiane": an unknown place
        return "MISC"


@lru_cache(maxsize=1024)
def _is_shouted(line: str) -> bool:
    """A line mostly in capitals. Cached: every name candidate of a paragraph asks of the
    same line (14% of extraction time before)."""
    letters = [c for c in line if c.isalpha()]
    return len(letters) > 12 and sum(c.isupper() for c in letters) > 0.8 * len(letters)


def _bare(token: str) -> str:
    """A token without trailing punctuation or possessive: "Tuesday." -> "Tuesday", "Noh’s" -> "Noh"."""
    return _POSSESSIVE.sub("", token.rstrip(".,;:!?”’\"')")).rstrip(".,;:!?”’\"')")


def fold_whitespace_name(name: str) -> str:
    return " ".join(name.split())


def _mention(text: str, start: int, end: int, entity: KnownEntity) -> Mention:
    return Mention(start, end, text[start:end], entity.entity_id, entity.name, entity.entity_type, True)


def _is_word_boundary(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    if before.isalnum() or after.isalnum():
        return False
    # "Xi'an" is not "Xi", but "Xi’s" is: an apostrophe starts a word only when more than "s" follows.
    if after in "'’" and end + 1 < len(text) and text[end + 1].isalpha():
        following = re.match(r"[’']\w+", text[end:])
        if following and following.group() not in ("'s", "’s"):
            return False
    return True


def _sentence_starts(text: str) -> set[int]:
    starts = set()
    offset = 0
    for paragraph in text.split("\n"):
        for sentence in iter_sentences(paragraph):
            position = offset + sentence.start
            while position < len(text) and text[position] in "“‘\"'([—–- ":
                position += 1
            starts.add(position)
        offset += len(paragraph) + 1
    return starts


def _split_at_blocked(start: int, end: int, blocked: list[tuple[int, int]]) -> list[tuple[int, int]]:
    pieces = [(start, end)]
    for b_start, b_end in blocked:
        if b_end <= start or b_start >= end:
            continue
        next_pieces = []
        for p_start, p_end in pieces:
            if b_end <= p_start or b_start >= p_end:
                next_pieces.append((p_start, p_end))
                continue
            if p_start < b_start:
                next_pieces.append((p_start, b_start))
            if b_end < p_end:
                next_pieces.append((b_end, p_end))
        pieces = next_pieces
    return [(s, e) for s, e in pieces if e > s]


@lru_cache(maxsize=None)
def default_linker() -> EntityLinker:
    return EntityLinker(entity_catalog(), name_rules())


def link_entities(text: str, discover: bool = True) -> list[Mention]:
    return default_linker().link(text, discover)
