"""The events one article reports: event mentions per sentence, merged within the article.

Per sentence: an event word ("met", "summit", "forum", "state visit", "parade", ...)
gives the event type; the people named in the sentence (or referred to as "he", "the two
leaders") are its participants, except those the sentence says stay away ("Modi is
skipping the summit") or who only speak about it ("KJ Noh told Sputnik"); a place after
"in", "at" or "to" (or before the event word: "the Astana summit") is its location; a
date phrase (dates.py) its date; the tense its status (planned or occurred).

Within an article, mentions of one event ("the meeting", "the summit occurred") merge.
``compatible`` says which reports may be of one event, within an article and across
articles (corpus/event_merge.py merges across articles).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cached_property

from ruchina.extract.compact import compact
from ruchina.extract.dates import ResolvedDate, resolve_dates, sentence_tense
from ruchina.extract.linking import Mention
from ruchina.text.sentences import iter_sentences

EVENT_TYPES = ("meeting", "summit", "forum", "state_visit", "visit", "parade", "agreement", "founding", "other")
# Which kinds of report may describe the same real event.
FAMILY = {
    "meeting": "gathering", "summit": "gathering", "forum": "forum", "state_visit": "visit", "visit": "visit",
    "parade": "parade", "agreement": "agreement", "founding": "founding", "other": "other",
}
# When a cluster's mentions are tied between types, the more specific type names it.
TYPE_PRIORITY = {t: i for i, t in enumerate(("summit", "forum", "state_visit", "parade", "meeting", "visit",
                                              "agreement", "founding", "other"))}
_TRIGGERS = [
    ("state_visit", r"state visits?"),
    ("parade", r"(?:military )?parades?"),
    ("forum", r"forums?"),
    ("summit", r"summits?"),
    ("founding", r"(?:was |were )?(?:founded|established|set up)(?= in\b)"),
    ("agreement", r"(?:signed|inked|sign|signing)\b(?: an?| the)?(?: \w+)? (?:deal|agreement|treaty|accord|memorandum|statement)s?"
                  r"|(?:deal|agreement|treaty|accord)s? (?:was |were )?signed"),
    ("meeting", r"met|meets?|meetings?|talks|convened|conven(?:e|es|ing)|sat down|summitry"),
    ("visit", r"visit(?:s|ed|ing)?|trips? to|travel(?:s|led|ed|ling|ing)? to|arriv(?:e|es|ed|ing) in"),
]
_TRIGGER = re.compile("|".join(f"(?P<{name}>\\b(?:{pattern})\\b)" for name, pattern in _TRIGGERS), re.IGNORECASE)
_EARLIER = re.compile(r"\b(?:last|previous|prior|earlier|first|past)\s+(?:[\w’']+\s+)?$", re.IGNORECASE)
_ABSENT = re.compile(r"\b(?:skip(?:s|ped|ping)?|miss(?:es|ed|ing)?|boycott(?:s|ed|ing)?|will not attend|won['’]t attend|"
                     r"not attend(?:ing)?|stay(?:s|ed|ing)? away from|absent from)\s+(?:the\s+)?(?:\w+\s+)?$",
                     re.IGNORECASE)
_SPEAKS = re.compile(r"^\W*(?:told|said|says|noted|added|argued|wrote|explained|stated|warned)\b", re.IGNORECASE)
_LOCATIVE = re.compile(r"\b(?:in|at|to|into|inside)\s+(?:the\s+)?$", re.IGNORECASE)
_GROUP_REFERENCE = re.compile(
    r"\b(?:the|both|two)\s+(?:two\s+)?(?:leaders|presidents|heads of state|sides)\b"
    r"|\btheir\s+(?:[\w-]+\s+)?(?:meeting|talks|summit|visit)",
    re.IGNORECASE,
)
# "the situation in Gaza", "the war in Ukraine": a place that is the topic, not the venue.
_TOPIC_BEFORE = re.compile(
    r"\b(?:situation|conflict|war|crisis|tensions?|violence|fighting|peace|developments|investment|interests?|"
    r"influence|invasion|operations?|elections?)\s+(?:in|of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_NOUN_TRIGGER_TYPES = ("summit", "forum", "parade", "state_visit")
_BACK_REFERENCE = re.compile(r"\b(?:the|this|that)\s+$", re.IGNORECASE)
# Within this many characters after the event word, a person is its object ("meet Putin",
# "meeting with Xi"); further on, a person belongs to another phrase ("posed by Trump").
_OBJECT_REACH = 45
_PRONOUN = re.compile(r"\b(?:he|she|his|her)\b", re.IGNORECASE)
_SCOPE_BREAK = re.compile(r",\s*(?:which|who|whose|where)\b|;|\s[—–]\s")
_LOCATION_TYPES = ("GPE", "FAC", "LOC")
#: Reports whose dates lie further apart than this are not the same event.
MAX_DATE_GAP = dt.timedelta(days=31)
#: Reports that each name two or more people are of one event only if they share at least
#: this part of everyone they name (Jaccard): Modi and Putin meeting is not Putin and Xi meeting.
MIN_PEOPLE_SHARED = 0.5
# Above a third, two reports naming two or more people each must share two of them: the
# merge looks such reports up by pairs of people (_who_sought).
assert MIN_PEOPLE_SHARED > 1 / 3


@compact
@dataclass(slots=True, unsafe_hash=True)
class EventMention:
    """One report of an event, in one sentence of one article."""

    article_id: str
    event_type: str
    participant_ids: tuple[str, ...]
    location_id: str | None
    date: ResolvedDate | None
    status: str
    earlier: bool
    sentence: str
    sentence_start: int
    sentence_end: int
    event_names: tuple[str, ...] = ()
    #: The part of the sentence that speaks of this event (offsets in the sentence).
    scope: tuple[int, int] = (0, 0)
    #: When the date was taken from another sentence of the article (see
    #: merge_within_article): that sentence and where it starts in the body.
    date_sentence: str | None = None
    date_sentence_start: int | None = None

    @property
    def date_is_inherited(self) -> bool:
        return self.date_sentence is not None


@dataclass
class ArticleEvent:
    """The mentions of one event inside one article."""

    article_id: str
    published: dt.date | None
    mentions: list[EventMention] = field(default_factory=list)
    #: names of EVENT entities in the reporting sentences ("Belt and Road Forum")
    event_names: set[str] = field(default_factory=set)

    def add(self, mention: EventMention, position: int | None = None) -> None:
        """Add a report (or replace the one at ``position``); what was derived is derived anew."""
        if position is None:
            self.mentions.append(mention)
        else:
            self.mentions[position] = mention
        self.event_names.update(mention.event_names)
        for name in ("family", "participants", "location_id", "date", "earlier"):
            self.__dict__.pop(name, None)

    @cached_property
    def family(self) -> str:
        return FAMILY[self.mentions[0].event_type]

    @cached_property
    def participants(self) -> set[str]:
        return {p for m in self.mentions for p in m.participant_ids}

    @cached_property
    def location_id(self) -> str | None:
        locations = Counter(m.location_id for m in self.mentions if m.location_id)
        return min(locations, key=lambda loc: (-locations[loc], loc)) if locations else None

    @cached_property
    def date(self) -> ResolvedDate | None:
        dated = [m.date for m in self.mentions if m.date]
        return min(dated, key=date_rank) if dated else None

    @cached_property
    def earlier(self) -> bool:
        return all(m.earlier for m in self.mentions)

    @property
    def likeness(self) -> tuple:
        """Reports alike in all that _compatible compares."""
        date = (self.date.first, self.date.last) if self.date else None
        return self.family, self.earlier, frozenset(self.participants), self.location_id, date


def date_rank(date: ResolvedDate) -> tuple:
    return (("day", "week", "month", "year").index(date.precision), date.first)


# --- one article ------------------------------------------------------------------


def extract_event_mentions(
    article_id: str, body: str, published: dt.date | None, entity_mentions: list[Mention]
) -> list[EventMention]:
    """Every event report in an article body, in reading order."""
    found: list[EventMention] = []
    last_people: tuple[str, ...] = ()
    last_group: tuple[str, ...] = ()
    offset = 0
    for paragraph in body.split("\n\n"):
        quotes = _quoted_spans(paragraph)
        for sentence in iter_sentences(paragraph):
            start = offset + sentence.start
            in_sentence = [m for m in entity_mentions if start <= m.start < start + len(sentence.text)]
            local = [_shift(m, start) for m in in_sentence]
            people = [m for m in local if m.entity_type == "PERSON"]
            quoted = [(max(0, q0 - sentence.start), q1 - sentence.start) for q0, q1 in quotes if q1 > sentence.start]
            for mention in _sentence_events(article_id, sentence.text, start, published, local, last_people, last_group,
                                            quoted):
                found.append(mention)
                if len(mention.participant_ids) >= 2:
                    last_group = mention.participant_ids
            if people:
                last_people = tuple(dict.fromkeys(m.entity_id for m in people))
                if len(last_people) >= 2:
                    last_group = last_people
        offset += len(paragraph) + 2
    return found


def _shift(mention: Mention, offset: int) -> Mention:
    return Mention(mention.start - offset, mention.end - offset, mention.surface, mention.entity_id,
                   mention.name, mention.entity_type, mention.linked)


def _sentence_events(article_id, sentence, sentence_start, published, mentions, last_people, last_group, quoted):
    triggers = [
        (m.lastgroup, m.start(), m.end())
        for m in _TRIGGER.finditer(sentence)
        if not any(q_start <= m.start() < q_end for q_start, q_end in quoted)
    ]
    if not triggers:
        return []
    tense = sentence_tense(sentence)
    dates = [d for d in resolve_dates(sentence, published, tense) if not _after_since(sentence, d.char_start)]
    results = []
    seen_types = set()
    for index, (event_type, t_start, t_end) in enumerate(triggers):
        if event_type in seen_types:
            continue
        seen_types.add(event_type)
        # The clause of the event word: a relative clause ("which the ministry described
        # in December 2021") speaks of something else.
        clause_start = max((b.end() for b in _SCOPE_BREAK.finditer(sentence, 0, t_start)), default=0)
        breaker = _SCOPE_BREAK.search(sentence, t_end)
        clause_end = breaker.start() if breaker else len(sentence)
        alone = len(triggers) == 1
        if alone:
            scope_start, scope_end = clause_start, clause_end
        else:
            scope_start = clause_start if index == 0 else max(clause_start, t_start)
            scope_end = min(clause_end, triggers[index + 1][1] if index + 1 < len(triggers) else len(sentence))
        if event_type == "founding":
            participants = tuple(m.entity_id for m in mentions if m.entity_type == "ORG" and m.start < t_start)
        else:
            participants = _participants(sentence, mentions, t_start, t_end, scope_end, last_people, last_group)
        noun_trigger = event_type in _NOUN_TRIGGER_TYPES or sentence[t_start:t_end].lower() in ("meeting", "talks")
        location = _location(sentence, mentions, t_start, scope_start, scope_end, noun_trigger)
        if _BACK_REFERENCE.search(sentence[max(0, t_start - 6):t_start]) and index == 0 and t_start < 40:
            # "The visit showed ..., with trade at records last year": a sentence that
            # looks back at an event dates other things; only a date right after it counts.
            date = _choose_date(dates, t_start, t_end, min(scope_end, t_end + 25))
        else:
            date = _choose_date(dates, t_start, scope_start, scope_end)
        results.append(
            EventMention(
                article_id=article_id,
                event_type=event_type,
                participant_ids=participants,
                location_id=location,
                date=date,
                status="planned" if tense == "future" else "occurred",
                earlier=bool(_EARLIER.search(sentence[max(0, t_start - 25):t_start])),
                sentence=sentence,
                sentence_start=sentence_start,
                sentence_end=sentence_start + len(sentence),
                event_names=tuple(sorted({m.name for m in mentions if m.entity_type == "EVENT"})),
                scope=(scope_start, scope_end),
            )
        )
    return results


def _after_since(sentence: str, position: int) -> bool:
    """ "since the beginning of the conflict in February 2022" dates a period's start, not the event."""
    clause_start = max(sentence.rfind(",", 0, position), sentence.rfind("(", 0, position)) + 1
    return bool(re.search(r"\bsince\b", sentence[clause_start:position], re.IGNORECASE))


def _quoted_spans(sentence: str) -> list[tuple[int, int]]:
    """Spans inside quotation marks; a quote left open runs to the end. Events in quoted
    speech are commentary, not reports."""
    spans, opened = [], None
    for index, char in enumerate(sentence):
        if char == "“" and opened is None:
            opened = index
        elif char == "”" and opened is not None:
            spans.append((opened, index))
            opened = None
    if opened is not None:
        spans.append((opened, len(sentence)))
    return spans


def _participants(sentence, mentions, trigger_start, trigger_end, scope_end, last_people, last_group) -> tuple[str, ...]:
    people = []
    for m in mentions:
        if m.entity_type != "PERSON":
            continue
        if m.start >= trigger_end and (m.start >= scope_end or m.start - trigger_end > _OBJECT_REACH):
            continue
        if _SPEAKS.match(sentence[m.end:]) or re.search(r"\baccording to\s+$", sentence[max(0, m.start - 15):m.start]):
            continue  # the one who talks about the event
        if m.start < trigger_start and _ABSENT.search(sentence[m.end:trigger_start]):
            continue  # "Modi is skipping the summit"
        people.append(m.entity_id)
    if not people and _GROUP_REFERENCE.search(sentence):
        people = list(last_group)
    elif len(people) < 2 and _GROUP_REFERENCE.search(sentence) and last_group and set(people) <= set(last_group):
        people = list(last_group)
    elif not people and _PRONOUN.search(sentence[:trigger_start + 1]) and last_people:
        people = [last_people[0]]
    return tuple(dict.fromkeys(people))


def _location(sentence, mentions, trigger_start, scope_start, scope_end, noun_trigger) -> str | None:
    places = [m for m in mentions if m.entity_type in _LOCATION_TYPES]
    # "the Astana summit", "the Beijing forum": the place right before the event noun.
    if noun_trigger:
        for m in places:
            if 0 <= trigger_start - m.end <= 1:
                return m.entity_id
    candidates = [
        m
        for m in places
        if _LOCATIVE.search(sentence[max(0, m.start - 12):m.start])
        and not _TOPIC_BEFORE.search(sentence[max(0, m.start - 40):m.start])
    ]
    pool = [m for m in candidates if scope_start <= m.start < scope_end]
    if not pool:
        return None
    # Prefer the most specific place (a square over a city over a country), then the nearest.
    return min(pool, key=lambda m: ({"FAC": 0, "GPE": 1, "LOC": 2}[m.entity_type], abs(m.start - trigger_start))).entity_id


def _choose_date(dates, trigger_start, scope_start, scope_end) -> ResolvedDate | None:
    pool = [d for d in dates if scope_start <= d.char_start < scope_end]
    if not pool:
        return None
    return min(pool, key=lambda d: (date_rank(d)[0], abs(d.char_start - trigger_start)))


def merge_within_article(article_id: str, published: dt.date | None, mentions: list[EventMention]) -> list[ArticleEvent]:
    """Reports of one event inside an article become one ArticleEvent."""
    events: list[ArticleEvent] = []
    for mention in mentions:
        candidate = ArticleEvent(article_id, published, [mention], set(mention.event_names))
        for event in events:
            if compatible(event, candidate, same_article=True):
                event.add(mention)
                break
        else:
            events.append(candidate)
    # A report with no date of its own takes the date of another report of the same
    # article at the same place ("Putin's meeting with Xi in Beijing", in an article
    # about the Beijing forum "this week").
    for event in events:
        if event.date is None and event.location_id and not event.earlier:
            donors = [m for e in events if e is not event and e.location_id == event.location_id and not e.earlier
                      for m in e.mentions if m.date and not m.date_is_inherited]
            if donors:
                donor = min(donors, key=lambda m: date_rank(m.date))
                event.add(replace(event.mentions[0], date=donor.date, date_sentence=donor.sentence,
                                  date_sentence_start=donor.sentence_start), position=0)
    return events


def compatible(a: ArticleEvent, b: ArticleEvent, same_article: bool) -> bool:
    if a.family != b.family:
        return False
    if same_article and a.earlier != b.earlier:
        return False  # "their last meeting" is not this week's meeting
    pa, pb = a.participants, b.participants
    if pa and pb and not (pa & pb):
        return False
    la, lb = a.location_id, b.location_id
    if la and lb and la != lb:
        return False
    if len(pa) >= 2 and len(pb) >= 2 and len(pa & pb) / len(pa | pb) < MIN_PEOPLE_SHARED:
        return False
    da, db = a.date, b.date
    if da and db:
        gap = max(da.first - db.last, db.first - da.last, dt.timedelta(0))
        if gap > MAX_DATE_GAP:
            return False
    if same_article:
        return True
    # Across articles, reports must be tied together: by shared people or place when both
    # are dated, by people and the same named place when either is not.
    if da and db:
        return bool(pa and pb) or bool(la and lb)
    return bool(la and lb) and (not pa or not pb or bool(pa & pb))
