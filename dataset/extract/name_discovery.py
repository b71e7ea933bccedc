"""Proper names the knowledge base does not know: runs of capitalised words cut into the
names they hold (discovered entities, ``linked`` false).

A run of capitalised words is not one name. "Chairman of the Kama Regional Duma Ivan Sokol
and Deputy Minister Olga Brin" holds a title phrase, an organisation, two people and an
"and"; "Fine. Ruslan Brin" spans two sentences; "Addressing Olga Brin" opens with a verb. So
a run is cut at sentence ends, at an "and" between two names, around title phrases (what
follows a title is a person; what follows "Minister of" is the ministry's field, not a
name, until a first name or a place's last word) and before a first name that follows an
organisation (name_cutting.py). Each piece is trimmed of function words, titles and
demonyms, and judged here: a lone first name, a word that the same text also writes in lower case ("the Constitution"
beside "a constitution"), a Title Case phrase of such words ("New Investment
Opportunities"), a document's name ("... Treaty") and a peoples' or faiths' name are no
entity. The words that decide are data (knowledge/names.yaml), one set per language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from ruchina.extract.name_cutting import (
    PERSON,
    RunCutter,
    Token,
    bare,
    cut_reversed_cards,
    split_where,
)
from ruchina.extract.pinyin_names import pinyin_name
from ruchina.extract.text_facts import TextFacts, split_at_blocked
from ruchina.knowledge.base import read_knowledge_file
from ruchina.knowledge.name_rules import NameRules
from ruchina.text.calendar_words import calendar_words

_UPPER = "A-ZÀ-ÖØ-Þ"
_CAPITAL_TOKEN = rf"(?:[{_UPPER}][\w’'.\-]*|[{_UPPER}]\.)"
#: Inside a run, a name with an Arabic article ("Bashar al-Assad"); not at a run's start, where
#: it would make the scan try every lower-case "a" (three times slower).
_INNER_TOKEN = rf"(?:(?<![\w’'-])(?:al|el|ad|an|ar|as|at|ash|az)-)?{_CAPITAL_TOKEN}"
#: "AlexanderPresident": a page's person card glued to the title under it.
_GLUED = re.compile(r"(?<=[a-z])(?=[A-Z])")
_NON_SPACE = re.compile(r"\S+")
_OF_BEFORE = re.compile(r"\bof(?:\s+the)?\s+$")
_ROMAN = re.compile(r"(?:I{1,3}|IV|VI{0,3}|IX|X)")
#: An Arabic article written in lower case before a name: "al-Qaeda".
_ARTICLE_BEFORE = re.compile(r"(?<![\w’'-])(?:al|el|ad|an|ar|as|at|ash|az)-$")
#: Not a word of a name: page code and ids ("AD_SLOT_2", "div-gpt-ad"), addresses, words run
#: together where a page lost its spaces ("OnAmendmentstotheCode").
#: how far before a name its title may start ("Prime Minister of the Socialist Republic of ...")
_TITLED_REACH = 120
#: a day's number right before a month's short name ("4 Nov 2024 18.05")
_DAY_BEFORE = re.compile(r"(?<![\d.,])[0-3]?\d[^\S\n]+$")
_WORD_AFTER = re.compile(r"[^\S\n]+([A-Z][a-z]+)\b")
_CODE_LIKE = re.compile(r"[_@/#=]|\d[A-Za-z]*_|[a-z][A-Z]\w*[a-z][A-Z]\w*[a-z][A-Z]")


@dataclass(slots=True)
class Candidate:
    start: int
    end: int
    name: str
    entity_type: str


class NameFinder(RunCutter):
    """The discovered names of a text, given the spans of the known names in it."""

    def __init__(self, rules: NameRules, demonyms: frozenset[str]):
        super().__init__(rules, demonyms)
        connectors = "|".join(sorted(map(re.escape, rules.connectors), key=len, reverse=True))
        # A run of capitalised words, connectors inside it, and a number at its end ("Rossiya 24"),
        # not a quantity ("the Eurozone 1 percent").
        units = "|".join(sorted(map(re.escape, rules.number_units), key=len, reverse=True)) or "(?!)"
        self.run_pattern = re.compile(rf"{_CAPITAL_TOKEN}(?:[^\S\n]+(?:(?:{connectors})[^\S\n]+)*{_INNER_TOKEN})*"
                                      rf"(?:[^\S\n]+[0-9]{{1,3}}(?![\w%]|[.,:][0-9]|[^\S\n]+(?:{units})\b))?")
        self.common_suffix = _ending(rules.common_noun_endings)
        calendar = calendar_words(rules.language)
        self.month_forms = frozenset(calendar.months) if calendar else frozenset()
        self.head_connectors = rules.head_connectors
        self.call_sign_numbers = frozenset(read_knowledge_file("names").get("call_sign_numbers") or ())
        kinds = _alternation(rules.thing_kinds)
        # "the Kama-7 missiles", "the Kama and the Lugovo Seas treaties": a thing made or written
        self.thing_after = re.compile(
            rf"(?:(?:,[^\S\n]+(?:and[^\S\n]+)?|[^\S\n]+(?:and|or)[^\S\n]+)(?:the[^\S\n]+)?"
            rf"{_CAPITAL_TOKEN}(?:[^\S\n]+{_CAPITAL_TOKEN})*)*"
            rf"(?:[^\S\n]+[a-z][\w\-]*){{0,3}}?[^\S\n]+(?:{kinds})(?![\w-])")
        # "its theme is Building Bridges, Sharing Futures": a title, up to the clause's end
        self.title_clause = re.compile(
            rf"(?<![\w-])(?i:{_alternation(rules.title_cues)})(?![\w-])"
            rf"(?:[^\S\n]+(?:is|was|will[^\S\n]+be)|[^\S\n]+of[^.;!?\n]{{0,20}}?[:–—,-])?[\s:–—-]*[“\"«]?[A-Z]"
            rf"[^.;!?\n]*?(?=[.;!?](?:\s|$)|,[^\S\n]+[a-z]|\n|$)")
        # "Prime Minister of the Republic of Kama Olga Brin", "Chair of ASEAN Lena Marsh": a title
        # of a place or a body the text names, then the holder's name (the place cut it off)
        self.titled_before = re.compile(
            rf"(?<![\w-])(?:{_alternation(rules.titles)})[^\S\n]+of[^\S\n]+"
            rf"(?:(?:the|of|and|{_CAPITAL_TOKEN})[^\S\n]+){{0,7}}(?:\([{_UPPER}][\w.-]{{1,10}}\)[^\S\n]+)?$")
        # "the Treaty on Long-Term Friendship, Trust and Cooperation": the words after a document's
        # head, up to the end of its title, name the document, not a thing of their own
        capitals = rf"{_CAPITAL_TOKEN}(?:[^\S\n]+(?:{connectors})[^\S\n]+{_CAPITAL_TOKEN}|[^\S\n]+{_CAPITAL_TOKEN})*"
        self.document_title_before = re.compile(
            rf"(?<![\w-])(?:{_alternation(rules.document_heads)})[^\S\n]+(?:of|on|for)[^\S\n]+(?:the[^\S\n]+)?"
            rf"(?:{capitals}(?:,|[^\S\n]+and)[^\S\n]+)*$")
        vocatives = "|".join(map(re.escape, rules.vocatives))
        self.vocatives = re.compile(rf"(?:{vocatives}),[^\S\n]+(?=[A-Z])") if vocatives else None

    def facts(self, text: str) -> TextFacts:
        return TextFacts(text, self.vocatives)

    # -- runs into pieces ------------------------------------------------------------------

    def find(self, text: str, blocked: list[tuple[int, int]], facts: TextFacts | None = None) -> list[Candidate]:
        facts = facts or self.facts(text)
        pieces: list[tuple[list[Token], str]] = []
        blocked = sorted(blocked)
        blocked_starts = {b_start for b_start, _ in blocked}
        edge_words = self.edge_words
        for run_start, run_end in self._runs(text, facts):
            run = text[run_start:run_end]
            if run in edge_words or bare(run) in edge_words:
                continue  # "The", "However,": most runs are one word of no name
            if facts.page_chrome(run_start) or facts.in_dateline(run_start):
                continue  # a shouted line, a menu, a heading in Title Case, a dateline
            for start, end in split_at_blocked(run_start, run_end, blocked):
                # "the Islamic Republic of" Iran, "the Government of" Kazakhstan: the known one
                of_known = end in blocked_starts and bool(_OF_BEFORE.search(text, start, end))
                tokens = self._tokens(text, start, end)
                cuts = self._after_possessors(text, tokens)
                parts = split_where(tokens, lambda t, cuts=cuts: t.start in facts.sentence_starts or t.start in cuts)
                for part in (p for whole in parts for p in cut_reversed_cards(whole)):
                    for piece, label in self._cut(part, facts):
                        before_known = bool(piece) and piece[-1] is tokens[-1] and end in blocked_starts
                        if before_known and of_known:
                            continue
                        piece = self._trim(piece, label, facts, before_known)
                        if piece:
                            pieces.append((piece, label))
        found = self._judge(text, pieces, facts)
        self._name_owners(text, found, blocked)
        titles = self._title_clauses(text) if any(c.entity_type == "MISC" for c in found) else []
        # (a name with a head word, "Kama Missile Plant", and a person are neither)
        return [c for c in found if c.entity_type != "MISC" or not (
            self.thing_after.match(text, c.end) or any(start <= c.start < end for start, end in titles)
            or self._in_document_title(text, c))]

    def _in_document_title(self, text: str, candidate: Candidate) -> bool:
        """"Long-Term Friendship" in "the Treaty on Long-Term Friendship, Trust and Cooperation";
        not "Olga Brin" after "the Agreement on Trade and" (a first name opens a person), nor
        what follows ", and" (a clause of its own)."""
        return candidate.name.split(maxsplit=1)[0] not in self.rules.given_names and bool(
            self.document_title_before.search(text, max(0, candidate.start - _TITLED_REACH), candidate.start))

    def _name_owners(self, text: str, found: list[Candidate], blocked: list[tuple[int, int]]) -> None:
        """"the UN General Assembly", "the WTO Ministerial Conference": a body or an event named
        right after a known organisation's acronym is that organisation's, and named with it
        (the acronym keeps its own link; the mention stays the words after it)."""
        acronyms = {end: text[start:end] for start, end in blocked
                    if 2 <= end - start <= 8 and text[start:end].isalpha() and text[start:end].isupper()}
        for c in found:
            owner = acronyms.get(c.start - 1) if text[c.start - 1:c.start] == " " else None
            if owner and " " in c.name and c.entity_type in ("ORG", "EVENT"):
                c.name = f"{owner} {c.name}"

    def _runs(self, text: str, facts: TextFacts) -> list[tuple[int, int]]:
        """The runs of capitalised words. An Arabic article before a run belongs to it
        ("al-Qaeda"); a run that ends in an organisation's or event's head word goes on over a
        head connector into the next run ("Commission on Economic Cooperation")."""
        runs: list[tuple[int, int]] = []
        heads, joiners = self.rules.heads, self.head_connectors
        for run in self.run_pattern.finditer(text):
            start, end = run.span()
            article = _ARTICLE_BEFORE.search(text, max(0, start - 4), start)
            if article:
                start = article.start()
            if runs and heads.get(bare(text[runs[-1][0]:runs[-1][1]].rsplit(None, 1)[-1])) in ("ORG", "EVENT"):
                joiner = text[runs[-1][1]:start].split()
                words = [bare(w) for w in run.group().split()]
                if (len(joiner) == 1 and joiner[0] in joiners and words[0] not in self.edge_words
                        and all(w in self.rules.generic_words or w in self.rules.connectors or facts.common(w)
                                for w in words)
                        and start not in facts.sentence_starts and "\n" not in text[runs[-1][1]:start]):
                    runs[-1] = (runs[-1][0], end)
                    continue
            runs.append((start, end))
        return runs

    def _title_clauses(self, text: str) -> list[tuple[int, int]]:
        """The spans of the titles after a cue word (found with str.find: a case-blind regular
        expression tried at every character cost a tenth of the linking time)."""
        lowered, spans = text.lower(), []
        for cue in self.rules.title_cues:
            at = lowered.find(cue)
            while at >= 0:
                clause = self.title_clause.match(text, at)
                if clause:
                    spans.append(clause.span())
                at = lowered.find(cue, at + len(cue))
        return spans

    def _after_possessors(self, text: str, tokens: list[Token]) -> set[int]:
        """"Olga Brin's Kama Foundation": a person's possessive (a first name, then a surname)
        ends the person, and what follows is another name, as after a body's acronym ("the OSCE's
        Heidi Tagliavini"); not "Donetsk People's Republic", "Tatyana's Day", nor a building's."""
        if len(tokens) < 3 or self.rules.heads.get(tokens[-1].text) == "FAC":
            return set()
        return {tokens[k + 1].start for k in range(len(tokens) - 1) if text.startswith(("'s", "’s"), tokens[k].end) and (
            (k and tokens[k - 1].text in self.rules.given_names and self.person_shape(tokens[k:k + 1]))
            or (k == 0 and tokens[0].text.isalpha() and tokens[0].text.isupper() and len(tokens[0].text) > 1))}

    def _tokens(self, text: str, start: int, end: int) -> list[Token]:
        tokens = []
        for match in _NON_SPACE.finditer(text, start, end):
            offset = match.start()
            word = match.group()
            cuts = [0] + [m.start() for m in _GLUED.finditer(word) if self._glued_at(word, m.start())] + [len(word)]
            for a, b in pairwise(cuts):
                part = bare(word[a:b])
                if part:
                    tokens.append(Token(offset + a, offset + a + len(part), part))
        return tokens

    def _glued_at(self, word: str, at: int) -> bool:
        """"NikolPrime", "AndreiKAMAZ": a card's name glued to the title or company under it."""
        tail = bare(word[at:])
        return (tail in self.office or tail.split("-")[0] in self.office
                or word[:at].rsplit("-", 1)[-1] in self.rules.given_names)

    # -- trimming and judging --------------------------------------------------------------

    def _trim(self, tokens: list[Token], label: str, facts: TextFacts, before_known: bool = False) -> list[Token]:
        rules = self.rules
        tokens = list(tokens)
        if _is_day_of_month(tokens, self.month_forms) or (
                len(tokens) == 1 and tokens[0].text.casefold() in self.month_forms
                and _DAY_BEFORE.search(facts.text, max(0, tokens[0].start - 4), tokens[0].start)):
            return []  # "Oct 18", "Jan 21", a stamp's "4 Nov 2024 18.05": a date, not "Rossiya 24"
        if tokens and self._before_call_sign_number(tokens, facts.text):
            return []  # "Marine One": a vehicle's call sign; the words before its number name nothing
        while tokens and (tokens[0].text in self.edge_words or self._cue_word(tokens[0].text)
                          or not tokens[0].text[0].isalpha() or tokens[0].text.endswith("-")
                          or _CODE_LIKE.search(tokens[0].text)):
            tokens.pop(0)  # also "-Pacific" after a known "Asia", "Trans-" before one
        while len(tokens) > 1 and self.adjectival(tokens[0].text) and not self._keeps_demonym(tokens[1:], facts):
            tokens.pop(0)
        numeral = tokens[-1] if len(tokens) > 1 and _ROMAN.fullmatch(tokens[-1].text) and (
            (len(tokens) > 2 and label == PERSON) or rules.heads.get(tokens[-2].text) == "EVENT") else None  # "World War I"
        if numeral or (tokens and tokens[-1].text.isdigit()):
            number = tokens.pop()  # "Queen Elizabeth II", "King Felipe VI"; "Rossiya 24"
            last = tokens[-1] if tokens else None
            if (not numeral and last and not (last.text in self.never_alone or last.text in self.edge_words)
                    and facts.text[last.end] not in "’'"):  # not "Kama's 200th"
                numeral = number
        while tokens and (tokens[-1].text in self.edge_words or self.adjectival(tokens[-1].text)
                          or tokens[-1].text.endswith("-") or tokens[-1].text in self.head_connectors
                          or (before_known and tokens[-1].text in self.never_alone)):
            tokens.pop()  # "the Grand" before a known "Kremlin Palace"
        if (len(tokens) > 1 and tokens[0].start in facts.sentence_starts and tokens[0].text not in rules.given_names
                and (facts.common(tokens[0].text) or tokens[0].text.endswith(("ly", "ing", "ed")))):
            return self._trim(tokens[1:], label, facts, before_known)  # "Addressing Olga Brin", "Maybe Kama Radio"
        if numeral and tokens:
            tokens.append(numeral)
        return tokens

    def _before_call_sign_number(self, tokens: list[Token], text: str) -> bool:
        after = _WORD_AFTER.match(text, tokens[-1].end)
        return (len(tokens) > 1 and tokens[-1].text in self.call_sign_numbers) or bool(
            after and after.group(1) in self.call_sign_numbers)

    def _cue_word(self, word: str) -> bool:
        """"Economist Lena Marsh": a word of the trade before a name (not "General Staff")."""
        return word.lower() in self.rules.person_cues_before and word not in self.office \
            and word not in self.rules.generic_words

    def _keeps_demonym(self, rest: list[Token], facts: TextFacts) -> bool:
        """"Russian Direct Investment Fund", "Russian Railways": the demonym is part of a name
        that ends in a head word or is made of common words; not of "Russian Olga Brin"."""
        if any(t.text in self.office or t.text in self.demonyms or (t.text.isupper() and len(t.text) > 1) for t in rest):
            return False  # (not "Hungarian" in "Hungarian KMG Group": the acronym is the name)
        rules = self.rules
        return (rest[-1].text in rules.heads or all(facts.common(t.text) or t.text in rules.connectors for t in rest)
                or any(t.text in rules.heads and nxt.text in self.head_connectors for t, nxt in pairwise(rest)))

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
            chinese = len(tokens) == 2 and pinyin_name(tokens[0].text, tokens[1].text)  # (its surname first)
            if label == PERSON or self._person_by_first_name(tokens) or chinese:
                entity_type = "PERSON"
            else:
                entity_type = self.guess_type(text, start, end, name)
            if entity_type == "PERSON":
                people[tokens[0 if chinese else -1].text] = name
            multi.append(Candidate(start, end, name, entity_type))
        found = multi
        inside_sentence: set[str] = set()
        lone: list[tuple[Token, str]] = []
        for token, label in singles:
            if token.text in people:  # "Noh" after "KJ Noh"
                found.append(Candidate(token.start, token.end, people[token.text], "PERSON"))
            elif self._single_is_name(token, label, facts):
                lone.append((token, label))
                if token.start not in facts.sentence_starts or label == PERSON:
                    inside_sentence.add(token.text)
        for token, label in lone:
            if token.text in inside_sentence:  # a lone word opening a sentence is a name only if seen inside one
                entity_type = ("PERSON" if label == PERSON
                               else self.guess_type(text, token.start, token.end, token.text))
                found.append(Candidate(token.start, token.end, token.text, entity_type))
        return sorted(found, key=lambda c: c.start)

    def _document(self, tokens: list[Token]) -> bool:
        """"Kama Water Treaty", "Treaty of Good Neighbourliness", "Law On Rivers": a document."""
        documents = self.rules.document_heads
        last = tokens[-2] if tokens[-1].text.isdigit() else tokens[-1]  # "Regulation 441"
        return last.text in documents or any(
            t.text in documents and nxt.text.lower() in ("of", "on", "for") for t, nxt in pairwise(tokens))

    def _person_by_first_name(self, tokens: list[Token]) -> bool:
        """"Olga Brin", not "Alexander Hall" nor "Peter the Great Bay"."""
        return tokens[0].text in self.rules.given_names and self.person_shape(tokens[1:])

    def guess_type(self, text: str, start: int, end: int, name: str) -> str:
        rules = self.rules
        words = name.split()
        for k, word in enumerate(words[1:-1], 1):
            if word in self.head_connectors and words[k - 1] in rules.heads:
                words = words[:k]  # "Kama Commission on Water Cooperation": a commission
                break
        if len(words) > 1 and (_ROMAN.fullmatch(words[-1]) or words[-1].isdigit()):
            words = words[:-1]  # "World War I", "Kama Games 2030"
        last = words[-1]
        if last in rules.heads:
            return rules.heads[last]
        for word, following in zip(words[:-2], words[1:-1]):
            # "Institute of Eurasian Affairs", "Nordic Centre for Shipping": an organisation (a
            # venue so named, "Palace of Forums", stays unknown: read as a place it would stand
            # for its city, which it does not name)
            if rules.heads.get(word) == "ORG" and following in ("of", "for"):
                return "ORG"
        if len(words) > 1 and self.titled_before.search(text, max(0, start - _TITLED_REACH), start):
            return "PERSON"
        before = re.findall(r"[A-Za-z\-]+", text[max(0, start - 30):start])
        after = re.findall(r"[A-Za-z\-]+", text[end:end + 20])
        if before and (before[-1].lower() in rules.person_cues_before or before[-1] in rules.titles):
            return "PERSON"
        if before and before[-1] in ("in", "near") and not _CAPITAL_NEXT.match(text, end):
            return "GPE"  # "analysts in Seoul said", "in Anchorage, Alaska": a place, whatever follows it
        if after and after[0].lower() in rules.person_cues_after:
            return "PERSON"
        if len(after) > 1 and after[0] == "whose" and after[1].lower() in rules.kin_after_whose:
            return "PERSON"  # ("X, whose daughter is jailed abroad, met ...")
        if before and before[-1] in ("in", "to", "from", "near") and not _CAPITAL_NEXT.match(text, end):
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
        return label == PERSON or not facts.common(word)


#: a capitalised word right after a name, no comma between ("in Hall Street"): the name runs on
_CAPITAL_NEXT = re.compile(r"\s+[A-Z]")


def _alternation(words) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True)) or "(?!)"


def _ending(endings) -> re.Pattern[str]:
    return re.compile(rf"[a-z](?:{'|'.join(sorted(map(re.escape, endings), key=len, reverse=True)) or '(?!)'})$")


def _is_day_of_month(tokens: list[Token], month_forms: frozenset[str]) -> bool:
    return (len(tokens) == 2 and tokens[1].text.isdigit() and 1 <= int(tokens[1].text) <= 31
            and tokens[0].text.casefold() in month_forms)
