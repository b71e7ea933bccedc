"""Claims: the checkable statements an article makes, each tied to its subject and to
the exact sentence and characters that state it.

* counts whose counted thing is named, with their qualifier, about an entity that the
  sentence says consists of them ("the bank counts over 100 countries as members", "the
  BRI, a megaproject in more than 150 countries", "Russia's 85 regions") or about the event
  the sentence reports ("delegations from over 140 countries");
* shares whose whole is named, about the entity that is the part ("China accounts for
  18.6 percent of Japan's exports": ``percent_of_japan_exports``, not the share of Japan's
  energy imports);
* years of founding: "The SCO was founded in 2001";
* each article's own version of an event's date and place (built after events merge,
  in claims_table.py), including the date phrases an undated article could not resolve
  ("this week"), which the missing-date check uses to estimate when it was written.

The attribute names the measured thing, never only its unit or the nearest entity: when the
thing cannot be named (a bare percentage, a sum of money, "38 billion cubic metres", "50
million people") no claim is made, since claims that do not say what they measure would
be compared with claims about something else. It names it in English whatever the article's
language ("nations", "стран" and "countries" are all ``country_count``: the quantities_*.yaml
files map each language's words to one thing), so that reports in two languages compare. The words are the language's resources
(quantity_words.py); the rules are here.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass

from ruchina.extract.compact import compact
from ruchina.extract.dates import resolve_dates, unresolved_phrases
from ruchina.extract.linking import Mention
from ruchina.extract.quantity_words import DEFAULT_LANGUAGE, QuantityWords, quantity_words
from ruchina.text.sentences import iter_sentences

#: What every attribute must look like (the claims table's own rule): anything else is no claim.
ATTRIBUTE = re.compile(r"[a-z][a-z0-9_]*")
_DIGIT = re.compile(r"\d")
#: Four digits with no comma that could be a year: a count that large would be written 2,015.
_YEAR_LIKE = re.compile(r"1[89]\d\d|20\d\d|2100")
#: Before a number: a space, an opening bracket or quote, or nothing.
_OPENS = frozenset(" \t\n([{\"“‘'«")
#: A word after a number: letters (ASCII only, so that its attribute is plain ASCII) and
#: inner hyphens or apostrophes.
_WORD = re.compile(r"\s+([A-Za-z][A-Za-z'’-]*)", re.ASCII)
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’.-]*|\S", re.ASCII)
#: People are not described by counts ("after 52 rounds of talks" is no claim about Putin).
_SUBJECT_TYPES = ("ORG", "MISC", "EVENT", "FAC", "GPE", "LOC")
_FOUNDED_TYPES = ("ORG", "MISC", "EVENT", "FAC")
#: How many words name a whole ("of Japan's energy imports").
_WHOLE_WORDS = 4


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
                             event_sentences: set[int], language: str = DEFAULT_LANGUAGE) -> list[Claim]:
    """Count, share and founding-year claims of one article body. ``event_sentences`` are
    the start offsets of sentences that report an event, for counts about it ("the forum
    will be attended by delegations from over 140 countries"); such claims name the
    sentence, and claims_table.py puts the merged event's id in its place. ``language``: the
    article's, which has quantity words (knowledge/quantities_<language>.yaml)."""
    words = quantity_words(language)
    claims = []
    offset = 0
    for paragraph in body.split("\n\n"):
        for sentence in iter_sentences(paragraph):
            start = offset + sentence.start
            if _DIGIT.search(sentence.text) or (words.number_words and words.number.search(sentence.text)):
                local = [m for m in mentions if start <= m.start < start + len(sentence.text)]
                event = f"{EVENT_OF_SENTENCE}{start}" if start in event_sentences else None
                claims.extend(_quantities(words, article_id, sentence.text, start, local, event))
                claims.extend(_founding_years(words, article_id, sentence.text, start, local))
        offset += len(paragraph) + 2
    return claims


def _date_spans(sentence: str, language: str) -> list[tuple[int, int]]:
    spans = [(d.char_start, d.char_end) for d in resolve_dates(sentence, dt.date(2000, 1, 1), language=language)]
    return spans + [(s, e) for s, e, _ in unresolved_phrases(sentence, language)]


def _quantities(words: QuantityWords, article_id, sentence, sentence_start, mentions, sentence_event) -> list[Claim]:
    claims = []
    dates = None
    for match in words.number.finditer(sentence):
        start, end = match.span()
        before, after = sentence[:start], sentence[end:]
        if (before and before[-1] not in _OPENS) or _glued(words, after):
            continue  # "COVID-19", "US$5", "94th", "6.1–6.2", "3/4": part of something else
        if words.number_words and before.split()[-1:] and before.split()[-1].lower() in words.number_words:
            continue  # the end of a compound ("двадцать пять"), left alone as its start is
        if words.range_after.match(after) or words.range_before.search(before):
            continue  # "90 to 95 percent": a range is no one value
        qualifier_match = re.search(rf"\b(?:{words.qualifier})\s+$", before, re.IGNORECASE)
        told_from = qualifier_match.start() if qualifier_match else start
        if words.rate_before.search(before[:told_from]) or _money_before(words, before[:told_from]):
            continue  # "per 100,000 people", "$ 5 billion"
        if dates is None:
            dates = _date_spans(sentence, words.language)
        if any(s <= start < e for s, e in dates):
            continue
        if not qualifier_match and _YEAR_LIKE.fullmatch(match.group()):
            continue  # "the 2015 arrangements": a year, not a count of 2,015
        value = words.number_words.get(match.group().lower()) or float(match.group().replace(",", ""))
        scale = re.match(rf"\s*({words.scale})\b", after, re.IGNORECASE)
        if scale:
            value *= words.scales[scale.group(1).lower()]
            after_number = end + scale.end()
        else:
            after_number = end
        rest = sentence[after_number:]
        qualifier = words.qualifier_of.get(qualifier_match.group().strip().lower(), "exact") if qualifier_match else "exact"
        percent = re.match(rf"\s*(?:%|(?:{words.percent})\b)", rest, re.IGNORECASE)
        if percent:
            found = _share(words, sentence, mentions, sentence_start, told_from, after_number + percent.end())
        else:
            found = _count(words, sentence, mentions, sentence_start, told_from, after_number, sentence_event)
        if found is None:
            continue
        subject, attribute, claim_end = found
        if not ATTRIBUTE.fullmatch(attribute):
            continue
        claims.append(
            Claim(article_id, subject, attribute, _number_text(value), value, None, None, None, qualifier, sentence,
                  sentence_start + told_from, sentence_start + claim_end)
        )
    return claims


def _glued(words: QuantityWords, after: str) -> bool:
    """A number run into letters ("94th", "5km") or into another number ("6.1–6.2", "3/4",
    "10:30"), except a scale ("2bn") or a percent sign."""
    if not after or after[0].isspace() or after[0] == "%":
        return False
    if re.match(rf"(?:{words.scale})\b", after, re.IGNORECASE):
        return False
    return after[0].isalnum() or bool(re.match(r"[-–—/.:,]\d", after)) or after[0] in "-–—/"


def _money_before(words: QuantityWords, before: str) -> bool:
    tail = before.rstrip()
    return tail.endswith(words.currency_signs) or (bool(tail) and tail.split()[-1].lower() in words.currency_words)


def _subject_before(words: QuantityWords, sentence, mentions, sentence_start, position,
                    types=_SUBJECT_TYPES) -> Mention | None:
    """The entity named last before ``position`` in the sentence, if it is of ``types`` and
    not the last of several joined ("Russia and Belarus account for ...")."""
    before = sorted((m for m in mentions if m.end - sentence_start <= position), key=lambda m: m.end)
    if not before or before[-1].entity_type not in types:
        return None
    last = before[-1]
    if len(before) > 1 and words.coordinated.match(sentence[before[-2].end - sentence_start:last.start - sentence_start]):
        return None
    return last


def _count(words: QuantityWords, sentence, mentions, sentence_start, told_from, after_number, sentence_event):
    """A count of named things ("140 countries", "25 world leaders"): its subject and
    attribute, or None when the counted thing or what it is about cannot be named."""
    if words.counted is not None:  # the things the language's list names ("20 стран": country)
        thing = words.counted.match(sentence, after_number)
        if thing is None:
            return None
        attribute, end = f"{thing.lastgroup}_count", thing.end()
    elif (thing := words.things.match(sentence, after_number) if words.things else None) is not None:
        attribute, end = f"{thing.lastgroup}_count", thing.end()  # "nations", "member countries": a shared thing
    else:
        found = _plural_thing(words, sentence, after_number)
        if found is None:
            return None
        attribute, end = found
    entity = _subject_before(words, sentence, mentions, sentence_start, told_from)
    if entity is not None:
        between = sentence[entity.end - sentence_start:told_from]
        if (words.has_between.match(between) or words.possessive_between.match(between)
                or words.apposition_between.match(between)):
            return entity.entity_id, attribute, end
    if sentence_event is not None and not words.clause_opener.search(sentence, 0, told_from):
        return sentence_event, attribute, end
    return None


def _plural_thing(words: QuantityWords, sentence: str, after_number: int) -> tuple[str, int] | None:
    """The counted thing an English plural names ("140 countries", "25 world leaders"):
    its attribute and end."""
    first = _WORD.match(sentence, after_number)
    if first is None:
        return None
    head, modifier, end = first.group(1), None, first.end()
    if not _plural_noun(words, head):
        second = _WORD.match(sentence, end)
        if (second is None or not head.islower() or head.lower() in words.not_counted
                or head.lower() in words.whole_stops or head.lower() in words.determiners
                or not _plural_noun(words, second.group(1))):
            return None
        head, modifier, end = second.group(1), head, second.end()
    return "_".join(_snake(w) for w in (modifier, _singular(head.lower())) if w) + "_count", end


def _plural_noun(words: QuantityWords, word: str) -> bool:
    lowered = word.lower()
    return (word.islower() and len(lowered) > 2 and lowered.endswith("s")
            and not lowered.endswith(("ss", "us", "is", "'s", "’s"))
            and lowered not in words.not_counted)


def _share(words: QuantityWords, sentence, mentions, sentence_start, told_from, after_percent):
    """"<part> accounts for N percent of <whole>": the part's share of a named whole."""
    whole = _whole(words, sentence, after_percent)
    if whole is None:
        return None
    name, end = whole
    entity = _subject_before(words, sentence, mentions, sentence_start, told_from)
    if entity is None or not words.share_between.match(sentence[entity.end - sentence_start:told_from]):
        return None
    if name.startswith(_snake(entity.surface) + "_"):
        return None  # "China ... of China's trade": no part of itself
    return entity.entity_id, f"percent_of_{name}", end


def _whole(words: QuantityWords, sentence, position) -> tuple[str, int] | None:
    """The whole named after "percent": "of Japan's energy imports" -> (``japan_energy_imports``,
    its end); None when it is not named there, or only by a word that refers elsewhere ("of
    its foreign investment", "of the country's exports")."""
    of = re.match(r"\s+of\s+", sentence[position:], re.IGNORECASE)
    if of is None:
        return None
    tokens = list(_TOKEN.finditer(sentence, position + of.end()))
    names: list[str] = []
    end = None
    index = 0
    while index < len(tokens) and tokens[index].group().lower() in words.determiners and not names:
        if tokens[index].group().lower() in words.possessives:
            return None
        index += 1
    for token in tokens[index:]:
        text = token.group()
        if not text[0].isalpha() or text.lower() in words.whole_stops or len(names) >= _WHOLE_WORDS:
            break
        possessor = re.fullmatch(r"(.+?)(?:['’]s|s['’])", text)
        if possessor:
            owner = possessor.group(1)
            if owner[0].islower() and owner.lower() not in words.whole_possessors:
                return None  # "the country's exports": which country is said elsewhere
            names.append(owner)
            end = token.end()
            continue
        names.append(text.rstrip("."))
        end = token.end() - (1 if text.endswith(".") else 0)
    if not names or end is None or re.fullmatch(r"(.+?)(?:['’]s|s['’])", sentence[:end].split()[-1]):
        return None  # a possessor with nothing possessed
    return "_".join(_snake(n) for n in names), end


def _founding_years(words: QuantityWords, article_id, sentence, sentence_start, mentions) -> list[Claim]:
    claims = []
    for match in words.founded.finditer(sentence):
        verb_start = next(match.start(g) for g in words.founded.groupindex if g != "year" and match.group(g))
        entity = _subject_before(words, sentence, mentions, sentence_start, verb_start, _FOUNDED_TYPES)
        if entity is None or not words.founded_between.match(sentence[entity.end - sentence_start:verb_start]):
            continue  # the entity founded must be the one the verb is about
        attribute = next(g for g in words.founded.groupindex if g != "year" and match.group(g)) + "_year"
        year = int(match.group("year"))
        if ATTRIBUTE.fullmatch(attribute):
            claims.append(Claim(article_id, entity.entity_id, attribute, str(year), float(year), None, None, None,
                                "exact", sentence, sentence_start + match.start("year"), sentence_start + match.end("year")))
    return claims


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
