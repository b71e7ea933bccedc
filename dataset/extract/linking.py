"""Find the entities a text names: curated ones by their aliases, and proper names the
knowledge base does not know yet (discovered, ``linked`` false).

Alias matching uses an Aho–Corasick automaton (pyahocorasick) so that the cost of a
text does not grow with the size of the knowledge base; it matches substrings, so word
boundaries are checked here. Names are matched case-sensitively: they are proper nouns,
and "china" the porcelain is not China.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick

from ruchina.extract.compact import compact
from ruchina.extract.cyrillic_chinese_people import chinese_people_finder
from ruchina.extract.discovered_people import people_throughout
from ruchina.extract.language_names import language_matcher
from ruchina.extract.language_people import people_finder
from ruchina.extract.latin_people import latin_people_finder
from ruchina.extract.listed_people import people_in_lists
from ruchina.extract.name_discovery import NameFinder, TextFacts
from ruchina.extract.name_initials import initial_before
from ruchina.extract.person_spellings import PersonMatcher, fold_accents
from ruchina.extract.pinyin_names import pinyin_name
from ruchina.knowledge.base import EntityCatalog, KnownEntity, entity_catalog, slugify
from ruchina.knowledge.name_rules import NameRules, name_rules
from ruchina.text.normalize import UNSPACED
from ruchina.text.page_chrome import is_prose


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


_KIND_ALIAS, _KIND_SHORT, _KIND_DEMONYM = "alias", "short", "demonym"
DEFAULT_LANGUAGE = "en"
#: A capitalised word (or a lone capital, a number) right after or before a name, on its line.
_WORD_AFTER = re.compile(r"[^\S\n]([A-Z][\w’'\-]*)(?![\w’'])")
#: The capitalised words after a name on its line, with "and", "of" and "the" between two of them
#: ("Xiamen International Conference and Exhibition Center"; not "China and South Africa", a
#: list), up to a comma or a stop after one.
_WORD = r"[A-Z][\w’'\-]*(?![\w’'])"
_WORDS_AFTER = re.compile(rf"(?:[^\S\n]+{_WORD}(?:[^\S\n]+(?:(?:and|of|the)[^\S\n]+)*{_WORD})*)?")
_POSSESSIVE_END = re.compile(r"[’']s?$")
#: A capitalised word in "-ing" before a surname opens its sentence as a participle ("Welcoming
#: Putin, Xi said"), no first name (a given name that ends so is known: given_names).
_PARTICIPLE = re.compile(r"[A-Z][a-z]{3,}ing")
#: the start of a text, a line or a sentence right before a word
_SENTENCE_START = re.compile(r"(?:^|\n|[.!?»”\"][^\S\n]+)$")
_WORD_BEFORE = re.compile(r"(?<![\w’'\-.])([A-Z][\w’'\-]*)[^\S\n]$")
#: the words before a place's name that make it a place ("talks in the Kremlin"), also past a room of it
#: ("signed in a hall of the Kremlin", "in one of the halls of the Kremlin": the building)
_LOCATIVE_BEFORE = re.compile(r"\b(?:(?:in|at|inside|outside|near|within)\s+|(?:in|at|inside)\s+(?:an?|the|one of the)\s+"
                              r"(?:[\w-]+\s+){0,2}?(?:halls?|rooms?|chambers?|courtyards?|wings?)\s+of\s+)(?:the\s+)?$",
                              re.IGNORECASE)
#: A body's abbreviation in brackets after its full name, and the word after it ("the Shanghai
#: Cooperation Organisation (SCO) summit"): the two name what "SCO summit" names.
_BRACKETED_ABBREVIATION = re.compile(r"\((?P<abbreviation>[A-Z][A-Za-z0-9+-]{1,9})\)[^\S\n]+(?P<word>[\w-]+)")


class EntityLinker:
    def __init__(self, catalog: EntityCatalog, rules: NameRules):
        self.catalog = catalog
        self.rules = rules
        # (a name particle hyphened to a capitalised word after a short form: "Anwar al-Sadat", another name;
        # not one apart, "Xi de China")
        particles = "|".join(map(re.escape, sorted(rules.name_particles, key=len, reverse=True))) or "(?!)"
        self._particle_name_after = re.compile(rf"[^\S\n](?:{particles})-[A-Z]")
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
        self.surfaces = frozenset(table)
        self.automaton.make_automaton()
        self.demonym_words = frozenset(s for s, p in table.items() if any(k == _KIND_DEMONYM for _, k in p))
        self.finder = NameFinder(rules, self.demonym_words)
        self.people = PersonMatcher(catalog, rules.given_names)

    # -- known entities ---------------------------------------------------------------

    def _alias_matches(self, text: str, language: str | None = None) -> list[tuple[int, int, tuple[tuple[str, str], ...]]]:
        found = []
        for end_index, (length, payload) in self.automaton.iter(text):
            start, end = end_index - length + 1, end_index + 1
            if _is_word_boundary(text, start, end):
                found.append((start, end, payload))
        # the names in the text's own language, in any of their inflected forms ("Путиным")
        matcher = language_matcher(language)
        if matcher is not None:
            found += [(start, end, ((entity_id, _KIND_SHORT if short else _KIND_ALIAS),))
                      for start, end, entity_id, short in matcher.matches(text)]
        for bracketed in _BRACKETED_ABBREVIATION.finditer(text):
            joined = self.automaton.get(f"{bracketed['abbreviation']} {bracketed['word']}", None)
            if joined is not None:
                found.append((bracketed.start("abbreviation"), bracketed.end("word"), joined[1]))
        # Longest match first at each place, then leftmost: "Belt and Road Forum" beats "Belt and Road".
        found.sort(key=lambda m: (m[0], -(m[1] - m[0])))
        chosen, taken_until = [], -1
        for start, end, payload in found:
            if chosen and chosen[-1][:2] == (start, end):
                # (one name of several entities in a language's names, "Чжао": each is a candidate)
                chosen[-1] = (start, end, chosen[-1][2] + tuple(p for p in payload if p not in chosen[-1][2]))
                continue
            if start >= taken_until:
                chosen.append((start, end, payload))
                taken_until = end
            elif end > taken_until and chosen and chosen[-1][0] == start:
                continue
        return chosen

    def link(self, text: str, discover: bool = True, language: str = DEFAULT_LANGUAGE) -> list[Mention]:
        """Every entity mention in ``text``, in order. ``discover`` false looks for curated
        entities only (in headlines, where every word is capitalised). Names the knowledge
        base lacks are discovered only in the language of names.yaml's rules (capitalised
        words mean other things in other languages: "Президент", a sentence's first word);
        in another language, only people named by a known given name and a surname."""
        matches = self._alias_matches(text, language)
        other_language = language != self.rules.language
        facts = self.finder.facts(text)
        mentions: list[Mention] = []
        blocked: list[tuple[int, int]] = []
        short_pending: list[tuple[int, int, tuple[tuple[str, str], ...]]] = []
        named_in_full: set[str] = set()
        for start, end, payload in matches:
            kinds = {kind for _, kind in payload}
            entity = self.catalog.get(payload[0][0])
            if kinds == {_KIND_DEMONYM}:
                if " " in text[start:end]:
                    blocked.append((start, end))  # "South Korean"; a one-word demonym is left to discovery
                named_in_full.add(f"demonym:{entity.name}")
                continue
            alias_payload = [p for p in payload if p[1] == _KIND_ALIAS]
            if alias_payload:
                entity = self.catalog.get(alias_payload[0][0])
                entity = self._sense(entity, text, start, language)
                if self._inside_longer_name(text, start, end, entity, facts, other_language):
                    continue  # "Sputnik V" is no news agency, "Collective Security Council" no UN body
                if entity.entity_type == "PERSON":
                    # (the guess at an unknown capitalised word reads English: German writes
                    # every noun, "Präsidenten Tokajew", with a capital)
                    other_first_name = _never if other_language else self._other_first_name(facts)
                    start, entity = self.people.first_name_before(text, start, end, entity, other_first_name)
                    if entity is None:
                        continue  # "Hunter Biden" is not Joe Biden: left to discovery
                blocked.append((start, end))
                named_in_full.add(entity.name)
                mentions.append(_mention(text, start, end, entity))
            else:
                blocked.append((start, end))
                short_pending.append((start, end, payload))
        name_word_at = -1  # where the name word after a short form that begins a name starts
        # ("Li Hongzhong ... Li said": the surname alone is the one the text names, not Li Qiang)
        named_by_surname = {(s, e) for s, e, _ in short_pending
                            if (word := _WORD_AFTER.match(text, e)) and pinyin_name(text[s:e], word.group(1))}
        surnames_named = {text[s:e] for s, e in named_by_surname}
        for start, end, payload in short_pending:
            entity = self._short_form_entity(payload, named_in_full)
            if (start, end) in named_by_surname or (discover and not other_language and entity.name not in named_in_full
                                                    and text[start:end] in surnames_named) or (
                    self._particle_name_after.match(text, end)):  # ("Anwar al-Sadat" is not Anwar Ibrahim)
                blocked.remove((start, end))
                name_word_at = after.start(1) if (after := _WORD_AFTER.match(text, end)) else name_word_at
                continue
            if discover and start == name_word_at:
                blocked.remove((start, end))  # ("Zhao Peng", "Ding Ding": a short form inside that name too)
                continue
            if (discover or (not other_language and _prose_line(text, start))) and (after := _WORD_AFTER.match(text, end)):
                # ("Kim Il Sung Square": a name the short form begins, to discover; in a headline in sentence
                # case too, "President Anwar Sadat lands in Israel", not in title case, "Putin Meets Anwar In ...")
                blocked.remove((start, end))
                name_word_at = after.start(1)
                continue
            if entity.entity_type == "PERSON" and not other_language:
                first, known = self.people.first_name_before(text, start, end, entity, self._other_first_name(facts))
                if known is None:
                    blocked.remove((start, end))  # "Jaswant Singh" is not Manmohan Singh: another first name
                    continue
                if first < start:  # ("Nikolai V. Tikhonov": the short form with its first name, in full)
                    blocked[blocked.index((start, end))] = (first, end)
                    mentions.append(_mention(text, first, end, entity))
                    continue
            # A bare "Xi" is Xi Jinping only where the text names him in full, names China
            # (or calls something Chinese), or gives him a title ("President Xi").
            if (entity.name in named_in_full or any(name in named_in_full or f"demonym:{name}" in named_in_full
                                                    for name in entity.context)
                    or self._title_before(text, start) or initial_before(text, start, entity)):
                mentions.append(_mention(text, start, end, entity))
        if discover and other_language:
            mentions.extend(self._discover_people(text, blocked, language))
        elif discover:  # ("president Lee Min-jun" ... "talks with Lee Min-jun": a person in both)
            mentions.extend(people_throughout(text, people_in_lists(text, self._discover(text, blocked, facts), mentions)))
        return sorted(mentions, key=lambda m: m.start)

    def _short_form_entity(self, payload, named_in_full: set[str]) -> KnownEntity:
        """The entity a short form several people share stands for: the one the text names in
        full ("Wang Yang ... Wang said" is Wang Yang, though "Wang" is Wang Yi's beside China),
        else the first the knowledge base lists."""
        entities = [self.catalog.get(entity_id) for entity_id, _ in payload]
        return next((e for e in entities if e.name in named_in_full), entities[0])

    def _inside_longer_name(self, text: str, start: int, end: int, entity: KnownEntity, facts: TextFacts,
                            other_language: bool = False) -> bool:
        """An alias that is part of a longer, other name: an organisation's or a thing's with a
        name word glued on either side ("Sputnik V", "Collective Security Council"); a place's
        followed by an organisation's or place's name ("Kama Region"). People, buildings and a
        place before an event's name ("Beijing Olympics") keep their links."""
        rules = self.rules
        if entity.entity_type in ("GPE", "LOC"):
            # "Kama Region", "Moscow State University", "China Media Group": a place's name
            # followed by words up to an organisation's or place's last word is another name.
            for word in _WORDS_AFTER.match(text, end).group().split():
                if word in rules.titles or word in rules.not_names:
                    return False
                if rules.heads.get(word) in ("ORG", "LOC", "FAC"):
                    return True
            return False
        if entity.entity_type not in ("ORG", "MISC", "EVENT") or entity.locative_sense:
            return False
        after = _WORD_AFTER.match(text, end)
        word = after.group(1).lower() if after else ""
        if after and not (after.group(1) in self.finder.never_alone or after.group(1) in rules.heads
                          or after.group(1) in rules.given_names or _WORD_AFTER.match(text, after.end())
                          or facts.common(after.group(1))):
            return True
        before = _WORD_BEFORE.search(text, max(0, start - 40), start)
        if before and other_language and _SENTENCE_START.search(text, max(0, before.start() - 3), before.start()):
            # ("La cumbre del G20 terminó ... del Río de la Plata": a sentence's first word in a language
            # other than the names' own, its article "La" written in lower case elsewhere, is no word of
            # the name: every sentence opens with a capital)
            before = None
        if before:  # "Collective Security Council"; not "Bucharest NATO summit"
            word = before.group(1)
            return (word in rules.generic_words or facts.common(word)) and not (
                word in rules.not_names or word in self.finder.office or self.finder.adjectival(word)
                or word in self.surfaces or _POSSESSIVE_END.search(word))
        return False

    def _other_first_name(self, facts: TextFacts):
        """Whether a capitalised word before a known surname is another first name ("Akylbek"
        before "Japarov"): no title, demonym, known name or word the text writes in lower case."""
        finder = self.finder

        def test(word: str) -> bool:
            return not (word in finder.never_alone or word in self.surfaces or facts.common(word)
                        or word in self.rules.heads or _POSSESSIVE_END.search(word)
                        or (_PARTICIPLE.fullmatch(word) and word not in self.rules.given_names))
        return test

    def _title_before(self, text: str, start: int) -> bool:
        before = re.search(r"([A-Z][\w.\-]*)[^\S\n]+$", text[max(0, start - 40):start])
        return bool(before) and before.group(1) in self.rules.titles

    def _sense(self, entity: KnownEntity, text: str, start: int, language: str | None = None) -> KnownEntity:
        matcher = language_matcher(language)
        locative = matcher.locative_before if matcher is not None else _LOCATIVE_BEFORE
        if entity.locative_sense and locative.search(text[max(0, start - 48):start]):
            return self.catalog.named(entity.locative_sense)
        return entity

    # -- discovered names ---------------------------------------------------------------

    def _discover_people(self, text: str, blocked: list[tuple[int, int]], language: str) -> list[Mention]:
        """In another language, only people: a given name and a surname (language_people.py, or
        latin_people.py for a language of the Latin script with no people file of its own), and
        Chinese people written in the language's script (cyrillic_chinese_people.py)."""
        finder = people_finder(language) or latin_people_finder(language)
        people = finder.find(text, blocked) if finder is not None else []
        if (chinese := chinese_people_finder(language)) is not None:
            people += chinese.find(text, blocked + [(p.start, p.end) for p in people])
        mentions = []
        for person in people:
            known = self.people.match(person.name)
            entity_id, name, linked = (known.entity_id, known.name, True) if known else (slugify(person.name), person.name, False)
            mentions.append(Mention(person.start, person.end, text[person.start:person.end], entity_id, name, "PERSON", linked))
        return mentions

    def _discover(self, text: str, blocked: list[tuple[int, int]], facts: TextFacts) -> list[Mention]:
        mentions = []
        for c in self.finder.find(text, blocked, facts):
            known = self.people.match(c.name) if c.entity_type in ("PERSON", "MISC") else None
            if known is not None:  # "Vladmir Putin", "Sergey Lavrov": a known person spelt otherwise
                mentions.append(_mention(text, c.start, c.end, known))
            else:
                surface = text[c.start:c.end]
                mentions.append(Mention(c.start, c.end, surface, slugify(c.name), c.name, c.entity_type, False))
        return mentions


def _prose_line(text: str, at: int) -> bool:
    """Whether the line holding ``at`` is prose or a headline in sentence case (page_chrome.is_prose)."""
    return is_prose(text[text.rfind("\n", 0, at) + 1:(text.find("\n", at) + 1 or len(text) + 1) - 1])


def _never(word: str) -> bool:
    return False


def _mention(text: str, start: int, end: int, entity: KnownEntity) -> Mention:
    return Mention(start, end, text[start:end], entity.entity_id, entity.name, entity.entity_type, True)


def _unspaced_pair(one: str, other: str) -> bool:
    return bool(UNSPACED.match(one) or UNSPACED.match(other))


def _is_word_boundary(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    # Chinese and Japanese put no space between words: beside one of their characters, a
    # name stands on a boundary ("会见Putin时", "习近平同普京").
    if (before.isalnum() and not _unspaced_pair(before, text[start])) or (
            after.isalnum() and not _unspaced_pair(text[end - 1], after)):
        return False
    # "Xi'an" is not "Xi", but "Xi’s" is: an apostrophe starts a word only when more than "s" follows.
    if after in "'’" and end + 1 < len(text) and text[end + 1].isalpha():
        following = re.match(r"[’']\w+", text[end:])
        if following and following.group() not in ("'s", "’s"):
            return False
    return True



@lru_cache(maxsize=None)
def default_linker() -> EntityLinker:
    return EntityLinker(entity_catalog(), name_rules())


def link_entities(text: str, discover: bool = True, language: str = DEFAULT_LANGUAGE) -> list[Mention]:
    return default_linker().link(text, discover, language)
