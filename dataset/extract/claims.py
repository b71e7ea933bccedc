"""Claims: the checkable statements an article makes, each tied to its subject and to
the exact sentence and characters that state it.

* quantities with their qualifier: "over 140 countries", "more than 99% of its foreign
  investment", "about 2,000 delegates";
* years of founding: "The SCO was founded in 2001";
* each article's own version of an event's date and place (built after events merge,
  in claims_table.py), including the date phrases an undated article could not resolve
  ("this week"), which the missing-date check uses to estimate when it was written.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass

from ruchina.extract.compact import compact
from ruchina.extract.dates import resolve_dates, unresolved_phrases
from ruchina.extract.linking import Mention
from ruchina.text.sentences import iter_sentences

QUALIFIERS = ("exact", "over", "about", "under")
_QUALIFIER_WORDS = {
    "over": ("more than", "over", "above", "at least", "upwards of", "in excess of", "exceeding", "as many as"),
    "under": ("less than", "fewer than", "under", "below", "up to", "nearly", "almost", "just under", "no more than"),
    "about": ("about", "around", "roughly", "approximately", "some", "an estimated", "close to", "nearly about"),
}
_QUALIFIER_OF = {w: q for q, words in _QUALIFIER_WORDS.items() for w in words}
_QUALIFIER = "|".join(sorted(map(re.escape, _QUALIFIER_OF), key=len, reverse=True))
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_QUANTITY = re.compile(
    rf"(?:(?P<qualifier>{_QUALIFIER})\s+)?(?<![\w.,-])(?P<number>\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?)"
    rf"(?:\s*(?P<scale>thousand|million|billion|trillion)\b)?"
    rf"(?:(?P<percent>\s*%|\s+per\s?cent\b)|(?P<unit>(?:\s+[a-z][a-z\-]*){{1,2}}))",
    re.IGNORECASE,
)
_NOT_COUNTS = {
    "day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours", "minute", "minutes",
    "second", "seconds", "decade", "decades", "century", "centuries", "times", "percent", "am", "pm",
}
_OF_PHRASE = re.compile(r"^\s+of\s+(?:(?:its|the|their|his|her|our|a|an|all)\s+)?(?P<noun>[a-z][a-z\-]*(?:\s+[a-z][a-z\-]*)?)",
                        re.IGNORECASE)
_FOUNDED = re.compile(
    r"\b(?P<verb>founded|established|created|launched|set up|formed)\s+in\s+(?P<year>(?:19|20)\d{2})\b", re.IGNORECASE
)
_SUBJECT_REACH = 90
_DIGIT = re.compile(r"\d")


@compact
@dataclass(slots=True, unsafe_hash=True)
class Claim:
    article_id: str
    subject_id: str
    attribute: str
    value: str
    value_num: float | None
    value_date: dt.date | None
    value_end_date: dt.date | None
    value_precision: str | None
    qualifier: str
    sentence: str
    char_start: int
    char_end: int

    @property
    def claim_id(self) -> str:
        """Stable while the article's text is: its article, subject, attribute and place."""
        key = "\x1f".join([self.article_id, self.subject_id, self.attribute, str(self.char_start)])
        return f"claim-{hashlib.sha256(key.encode()).hexdigest()[:12]}"


#: A claim about "the event this sentence reports" before events are merged across
#: articles: ``EVENT_OF_SENTENCE + <sentence start>``, replaced by the event id later.
EVENT_OF_SENTENCE = "@event-of-sentence:"


def extract_statement_claims(article_id: str, body: str, mentions: list[Mention],
                             event_sentences: set[int]) -> list[Claim]:
    """Quantity and founding-year claims of one article body. ``event_sentences`` are the
    start offsets of sentences that report an event, for quantities about it ("the forum
    will be attended by delegations from over 140 countries"); such claims name the
    sentence, and claims_table.py puts the merged event's id in its place."""
    claims = []
    offset = 0
    for paragraph in body.split("\n\n"):
        for sentence in iter_sentences(paragraph):
            start = offset + sentence.start
            if _DIGIT.search(sentence.text):
                local = [m for m in mentions if start <= m.start < start + len(sentence.text)]
                event = f"{EVENT_OF_SENTENCE}{start}" if start in event_sentences else None
                claims.extend(_quantities(article_id, sentence.text, start, local, event))
                claims.extend(_founding_years(article_id, sentence.text, start, local))
        offset += len(paragraph) + 2
    return claims


def _date_spans(sentence: str) -> list[tuple[int, int]]:
    spans = [(d.char_start, d.char_end) for d in resolve_dates(sentence, dt.date(2000, 1, 1))]
    return spans + [(s, e) for s, e, _ in unresolved_phrases(sentence)]


def _quantities(article_id, sentence, sentence_start, mentions, sentence_event) -> list[Claim]:
    claims = []
    matches = list(_QUANTITY.finditer(sentence))
    dates = _date_spans(sentence) if matches else []
    for match in matches:
        number_start = match.start("number")
        if any(s <= number_start < e for s, e in dates):
            continue
        value = float(match.group("number").replace(",", ""))
        if match.group("scale"):
            value *= _SCALES[match.group("scale").lower()]
        if match.group("percent"):
            after = _OF_PHRASE.match(sentence[match.end():])
            attribute = "percent" + (f"_of_{_snake(after.group('noun'))}" if after else "")
            end = match.end()
        else:
            unit_start = match.start("unit")
            words = [(unit_start + w.start(), unit_start + w.end(), w.group().lower())
                     for w in re.finditer(r"[A-Za-z][A-Za-z\-]*", match.group("unit"))]
            if not words or words[0][2] in _NOT_COUNTS:
                continue
            head = next((w for w in words if w[2].endswith("s") or w[2] == "people"), None)
            if head is None or head[2] in _NOT_COUNTS:
                continue  # "25 of them", "three weeks": not a count of things
            attribute = f"{_singular(head[2])}_count"
            end = head[1]
        qualifier = _QUALIFIER_OF.get((match.group("qualifier") or "").lower(), "exact")
        subject = _subject(sentence, mentions, sentence_start, match.start(), sentence_event)
        if subject is None:
            continue
        claims.append(
            Claim(article_id, subject, attribute, _number_text(value), value, None, None, None, qualifier, sentence,
                  sentence_start + match.start(), sentence_start + end)
        )
    return claims


def _founding_years(article_id, sentence, sentence_start, mentions) -> list[Claim]:
    claims = []
    for match in _FOUNDED.finditer(sentence):
        before = [m for m in mentions if m.start - sentence_start < match.start() and m.entity_type in ("ORG", "MISC", "EVENT")]
        if not before:
            continue
        subject = before[-1].entity_id
        year = int(match.group("year"))
        verb = match.group("verb").lower().replace("set up", "founded").replace("formed", "founded")
        claims.append(
            Claim(article_id, subject, f"{verb}_year", str(year), float(year), None, None, None, "exact", sentence,
                  sentence_start + match.start("year"), sentence_start + match.end("year"))
        )
    return claims


def _subject(sentence, mentions, sentence_start, position, sentence_event) -> str | None:
    """What a quantity is about: the nearest entity named before it in its own clause
    ("China is responsible for more than 99%"), else the nearest initiative or
    organisation just before ("the BRI, a megaproject in more than 150 countries"), else
    the event the sentence reports, else the nearest place."""
    before = [m for m in mentions if m.start - sentence_start < position]
    clause_start = max(sentence.rfind(",", 0, position), sentence.rfind(";", 0, position)) + 1
    in_clause = [m for m in before if m.start - sentence_start >= clause_start]
    if in_clause:
        return in_clause[-1].entity_id
    # People are not counted things: "after 52 rounds of talks" is no claim about Putin.
    things = [m for m in before if m.entity_type in ("ORG", "MISC", "FAC", "EVENT")
              and position - (m.end - sentence_start) <= _SUBJECT_REACH]
    if things:
        return things[-1].entity_id
    if sentence_event:
        return sentence_event
    if before:
        return before[-1].entity_id
    return None


def _singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _snake(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")


def _number_text(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:g}"
