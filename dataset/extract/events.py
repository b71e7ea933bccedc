"""Find the events an article reports, then merge reports of the same real event.

Per sentence: an event word ("met", "summit", "forum", "state visit", "parade", ...)
gives the event type; the people named in the sentence (or referred to as "he", "the two
leaders") are its participants, except those the sentence says stay away ("Modi is
skipping the summit") or who only speak about it ("KJ Noh told Sputnik"); a place after
"in", "at" or "to" (or before the event word: "the Astana summit") is its location; a
date phrase (dates.py) its date; the tense its status (planned or occurred).

Within an article, mentions of one event ("the meeting", "the summit occurred") merge;
across articles, events merge when they are of a compatible kind, share participants,
and agree on place and (within a month) on time. Disagreements are kept: every mention
stays available for the claims table.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cached_property
from itertools import combinations

from ruchina.extract.compact import compact
from ruchina.extract.dates import ResolvedDate, resolve_dates, sentence_tense
from ruchina.extract.linking import Mention
from ruchina.knowledge.base import slugify
from ruchina.text.sentences import iter_sentences

EVENT_TYPES = ("meeting", "summit", "forum", "state_visit", "visit", "parade", "agreement", "founding", "other")
# Which kinds of report may describe the same real event.
_FAMILY = {
    "meeting": "gathering", "summit": "gathering", "forum": "forum", "state_visit": "visit", "visit": "visit",
    "parade": "parade", "agreement": "agreement", "founding": "founding", "other": "other",
}
# When a cluster's mentions are tied between types, the more specific type names it.
_TYPE_PRIORITY = {t: i for i, t in enumerate(("summit", "forum", "state_visit", "parade", "meeting", "visit",
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
        return _FAMILY[self.mentions[0].event_type]

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
        return min(dated, key=_date_rank) if dated else None

    @cached_property
    def earlier(self) -> bool:
        return all(m.earlier for m in self.mentions)

    @property
    def likeness(self) -> tuple:
        """Reports alike in all that _compatible compares."""
        date = (self.date.first, self.date.last) if self.date else None
        return self.family, self.earlier, frozenset(self.participants), self.location_id, date


@dataclass
class Event:
    event_id: str
    event_type: str
    label: str
    start_date: dt.date | None
    end_date: dt.date | None
    date_precision: str
    location_id: str | None
    participant_ids: list[str]
    status: str
    article_ids: list[str]
    evidence: str
    article_events: list[ArticleEvent] = field(default_factory=list)
    #: the id from its date, kind and place, before _disambiguate_ids told it apart from
    #: the corpus's other events with the same
    base_id: str = ""


def _date_rank(date: ResolvedDate) -> tuple:
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
    return min(pool, key=lambda d: (_date_rank(d)[0], abs(d.char_start - trigger_start)))


def merge_within_article(article_id: str, published: dt.date | None, mentions: list[EventMention]) -> list[ArticleEvent]:
    """Reports of one event inside an article become one ArticleEvent."""
    events: list[ArticleEvent] = []
    for mention in mentions:
        candidate = ArticleEvent(article_id, published, [mention], set(mention.event_names))
        for event in events:
            if _compatible(event, candidate, same_article=True):
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
                donor = min(donors, key=lambda m: _date_rank(m.date))
                event.add(replace(event.mentions[0], date=donor.date, date_sentence=donor.sentence,
                                  date_sentence_start=donor.sentence_start), position=0)
    return events


def _compatible(a: ArticleEvent, b: ArticleEvent, same_article: bool) -> bool:
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


# --- across articles ----------------------------------------------------------------


def merge_across_articles(article_events: list[ArticleEvent], names: dict[str, str],
                          colliding: Callable[[set[str]], list[Event]] | None = None) -> list[Event]:
    """One Event per real-world event; ``names`` maps entity ids to names for labels.
    When these reports are part of a larger corpus (`validate --changed`), ``colliding``
    gives, for the base ids of their events, the corpus's other events with those ids:
    ids are told apart across the whole corpus."""
    clusters: list[_Cluster] = []
    # Clusters by what can tie a report to them (a place, a person), so each report is
    # compared with the few clusters it could join, not with all of them.
    index: dict[tuple, list[int]] = {}
    # Dated, well-described reports first, so vaguer ones join the event they fit best.
    ordered = sorted(article_events, key=_merge_order)
    for event in ordered:
        candidates = sorted({number for key in _lookup_keys(event) for number in index.get(key, ())})
        chosen = next((number for number in candidates if clusters[number].admits(event)), None)
        if chosen is None:
            chosen = len(clusters)
            clusters.append(_Cluster())
        cluster = clusters[chosen]
        cluster.add(event)
        for key in _index_keys(event) + cluster.take_new_keys_at_place():
            numbers = index.get(key)
            if numbers is None:
                index[key] = [chosen]
            elif numbers[-1] != chosen:
                numbers.append(chosen)
    events = [_summarise(cluster.members, names) for cluster in clusters]
    _disambiguate_ids(events + (colliding({event.base_id for event in events}) if colliding else []))
    return sorted(events, key=lambda e: e.event_id)


def _merge_order(event: ArticleEvent) -> tuple:
    return event.date is None, not event.location_id, -len(event.participants), event.article_id, event.mentions[0].sentence_start


def _filed_ties(event: ArticleEvent) -> list[str]:
    """What can tie a report to a cluster: its place, its people; with neither, its article.
    People ties of a report with a place are filed apart ("@placed"): a report with a
    place joins only a cluster at that place or at none, so among people it looks only at
    reports without a place (a cluster at its place it finds by the place)."""
    placed = "@placed" if event.location_id else ""
    ties = [f"at:{event.location_id}"] if event.location_id else []
    ties += [f"with:{p}{placed}" for p in sorted(event.participants)]
    return ties or [f"article:{event.article_id}"]


def _sought_ties(event: ArticleEvent) -> list[str]:
    """Where a report looks for clusters it could join (see _filed_ties)."""
    if event.location_id:
        return [f"at:{event.location_id}"] + [f"with:{p}" for p in sorted(event.participants)]
    ties = [f"with:{p}{placed}" for p in sorted(event.participants) for placed in ("", "@placed")]
    return ties or [f"article:{event.article_id}"]


def _months(date: ResolvedDate) -> range:
    return range(date.first.year * 12 + date.first.month, date.last.year * 12 + date.last.month + 1)


def _index_keys(event: ArticleEvent) -> list[tuple]:
    """Where a cluster is found again: by tie and month when dated (reports more than a
    month apart never merge), by tie under "undated" otherwise, and by place or article
    under "any" (where undated reports look)."""
    keys = []
    for tie in _filed_ties(event):
        if not tie.startswith("with:"):  # only these are sought "any" time
            keys.append((event.family, tie, "any"))
        if event.date:
            keys += [(event.family, tie, month) for month in _months(event.date)]
        else:
            keys.append((event.family, tie, "undated"))
    return keys


def _query_keys(event: ArticleEvent) -> list[tuple]:
    keys = []
    for tie in _sought_ties(event):
        if event.date:
            months = _months(event.date)
            keys += [(event.family, tie, m) for m in range(months.start - 1, months.stop + 1)]
            keys.append((event.family, tie, "undated"))
        elif tie.startswith(("at:", "article:")):
            # An undated report joins another article's event only at a named place.
            keys.append((event.family, tie, "any"))
    return keys


def _lookup_keys(event: ArticleEvent) -> list[tuple]:
    """_query_keys as the merge looks them up. A report that names people looks at its
    place (any time, or by month) only at the clusters there with a member it could be
    compatible with in people (_who_sought): _Cluster.admits rejects the others, and
    _Cluster.take_new_keys_at_place files the clusters by who their members name (_who_filed)."""
    keys = _query_keys(event)
    if not (event.location_id and event.participants):
        return keys
    at_place = f"at:{event.location_id}"
    by_person = [key for key in keys if key[1] == at_place and key[2] != "undated"]
    who = _who_sought(event)
    return [key for key in keys if key not in by_person] + [(*key, person) for key in by_person for person in who]


def _who_filed(event: ArticleEvent) -> set:
    """Who a member files its cluster under at the cluster's place: each person it names;
    with one person, that person as "few"; with more, each pair of them; naming no one, None."""
    people = sorted(event.participants)
    if not people:
        return {None}
    if len(people) == 1:
        return {people[0], ("few", people[0])}
    return {*people, *(("pair", *pair) for pair in combinations(people, 2))}


def _who_sought(event: ArticleEvent) -> list:
    """Where a report naming people looks among _who_filed's keys: a report naming one
    person is compatible with members naming it (or no one); one naming two or more,
    with members sharing two of them (MIN_PEOPLE_SHARED), naming only one of them, or no one."""
    people = sorted(event.participants)
    if len(people) == 1:
        return [people[0], None]
    return [*(("pair", *pair) for pair in combinations(people, 2)), *(("few", person) for person in people), None]


def merge_keys(event: ArticleEvent) -> tuple[set[tuple], set[tuple]]:
    """(where the merge files this report, where it looks for others): two reports can be
    merged only if one's second set meets the other's first (the corpus index relates
    articles by this; the merge itself looks more narrowly, see _lookup_keys)."""
    return set(_index_keys(event)), set(_query_keys(event))


class _Cluster:
    """The reports of one event so far. A report joins when it is tied to at least one
    of them and contradicts none in kind, place or (beyond a month) time. What that asks
    of every member is kept summarised, so joining costs the same for an event with
    thousands of reports as for one with two."""

    def __init__(self) -> None:
        self.members: list[ArticleEvent] = []
        #: members alike for _compatible, one representative each, with their articles
        self._alike: dict[tuple, tuple[ArticleEvent, set[str]]] = {}
        self._family: str | None = None
        self._location_id: str | None = None
        #: the latest start and the earliest end of the members' dates
        self._latest_first: dt.date | None = None
        self._earliest_last: dt.date | None = None
        #: everyone the members name, whether a member names no one, and the fewest any names
        self._people: set[str] = set()
        self._someone_unnamed = False
        self._fewest_people: int | None = None
        #: who its members file it under at its place (_who_filed), for _lookup_keys
        self._who: set = set()
        #: when its members at its place are (by month, and "any"), for _lookup_keys
        self._times_at_place: set = set()
        #: keys under which _lookup_keys finds it since the last take
        self._new_keys_at_place: list[tuple] = []

    def add(self, event: ArticleEvent) -> None:
        new_who = _who_filed(event) - self._who
        self._who |= new_who
        new_times = []
        if event.location_id:
            times = ["any", *(_months(event.date) if event.date else ())]
            new_times = [time for time in times if time not in self._times_at_place]
            self._times_at_place.update(new_times)
        self.members.append(event)
        self._alike.setdefault(event.likeness, (event, set()))[1].add(event.article_id)
        self._family = self._family or event.family
        self._location_id = self._location_id or event.location_id
        self._people |= event.participants
        self._someone_unnamed = self._someone_unnamed or not event.participants
        named = len(event.participants)
        self._fewest_people = named if self._fewest_people is None else min(self._fewest_people, named)
        if event.date:
            self._latest_first = max(filter(None, (self._latest_first, event.date.first)))
            self._earliest_last = min(filter(None, (self._earliest_last, event.date.last)))
        if self._location_id and (new_times or new_who):
            # A new time at the place, with everyone; someone new, at every time.
            at_place = (self._family, f"at:{self._location_id}")
            self._new_keys_at_place += [(*at_place, time, who) for time in new_times for who in self._who]
            self._new_keys_at_place += [(*at_place, time, who) for time in self._times_at_place.difference(new_times)
                                        for who in new_who]

    def take_new_keys_at_place(self) -> list[tuple]:
        keys, self._new_keys_at_place = self._new_keys_at_place, []
        return keys

    def admits(self, event: ArticleEvent) -> bool:
        if event.family != self._family:
            return False
        if self._location_id and event.location_id and event.location_id != self._location_id:
            return False
        if event.date and self._latest_first is not None and (
                self._latest_first - event.date.last > MAX_DATE_GAP or event.date.first - self._earliest_last > MAX_DATE_GAP):
            return False
        if event.participants and not self._someone_unnamed and self._people.isdisjoint(event.participants):
            return False  # every member names other people: none is compatible
        if len(event.participants) >= 2 and self._fewest_people >= 2 and _most_people_shared(
                event.participants, self._people, self._fewest_people) < MIN_PEOPLE_SHARED:
            return False  # every member names too many other people: none is compatible
        return any(
            (articles != {event.article_id} and _compatible(member, event, same_article=False))
            or (event.article_id in articles and _compatible(member, event, same_article=True))
            for member, articles in self._alike.values()
        )


def _most_people_shared(people: set[str], named: set[str], fewest: int) -> float:
    """The highest share of people (MIN_PEOPLE_SHARED) that ``people`` can have
    with any member of a cluster naming ``named`` in all, each member naming at least
    ``fewest``: a member shares at most the people the cluster names, and names at least
    as many as it shares, and at least ``fewest``."""
    shared = len(people & named)
    return shared / (len(people) + max(shared, fewest) - shared)


def _summarise(cluster: list[ArticleEvent], names: dict[str, str]) -> Event:
    mentions = [m for e in cluster for m in e.mentions]
    event_type = _most_common([m.event_type for m in mentions], _TYPE_PRIORITY.__getitem__)
    location = _most_common([e.location_id for e in cluster if e.location_id], lambda location: location)
    participant_ids = sorted({p for e in cluster for p in e.participants})
    date = _consensus_date(cluster)
    status = "occurred" if any(m.status == "occurred" for m in mentions) else "planned"
    article_ids = sorted({e.article_id for e in cluster})
    position = {article_id: number for number, article_id in enumerate(article_ids)}
    evidence = max(mentions, key=lambda m: (bool(m.date), bool(m.location_id), len(m.participant_ids),
                                            -position[m.article_id], -m.sentence_start)).sentence
    label = _label(event_type, [names.get(p, p) for p in participant_ids], names.get(location) if location else None,
                   _named_event(cluster, event_type))
    start = date.first if date else None
    event_id = "-".join(
        [start.isoformat() if start else "undated", event_type.replace("_", "-"), slugify(names.get(location, "")) if location else "somewhere"]
    )
    return Event(
        event_id=event_id,
        event_type=event_type,
        label=label,
        start_date=start,
        end_date=date.last if date else None,
        date_precision=date.precision if date else "unknown",
        location_id=location,
        participant_ids=participant_ids,
        status=status,
        article_ids=article_ids,
        evidence=evidence,
        article_events=cluster,
        base_id=event_id,
    )


def _most_common(values: list, tie_break):
    """The value most often in ``values`` (None if empty); among as frequent ones, the
    least by ``tie_break``. (Most events have one kind and one place: no count.)"""
    if len(set(values)) <= 1:
        return values[0] if values else None
    counts = Counter(values)
    return min(counts, key=lambda value: (-counts[value], tie_break(value)))


def _consensus_date(cluster: list[ArticleEvent]) -> ResolvedDate | None:
    """The date most articles give; on a tie, the one reported earliest (nearest the
    event), then the most precise."""
    votes: dict[tuple, list[ArticleEvent]] = {}
    for event in cluster:
        if event.date:
            votes.setdefault((event.date.first, event.date.last), []).append(event)
    if not votes:
        return None

    def rank(key):
        supporters = votes[key]
        earliest = min((e.published or dt.date.max) for e in supporters)
        return (-len(supporters), earliest, _date_rank(supporters[0].date))

    best = min(votes, key=rank)
    return votes[best][0].date


def _named_event(cluster: list[ArticleEvent], event_type: str) -> str | None:
    """The name of the event when the reports use one ("the Belt and Road Forum")."""
    counts = Counter(
        name
        for event in cluster
        for name in event.event_names
        if name.split()[-1].lower().startswith(event_type.split("_")[-1][:5])
    )
    return min(counts, key=lambda n: (-counts[n], n)) if counts else None


def _label(event_type: str, participants: list[str], location: str | None, named: str | None = None) -> str:
    if named:
        return f"{named} in {location}" if location and location not in named else named
    kind = event_type.replace("_", " ").capitalize()
    who = ""
    if participants:
        who = " of " + (participants[0] if len(participants) == 1 else ", ".join(participants[:-1]) + " and " + participants[-1])
    where = f" in {location}" if location else ""
    return f"{kind}{who}{where}"


def _disambiguate_ids(events: list[Event]) -> None:
    counts = Counter(e.event_id for e in events)
    for event in events:
        if counts[event.event_id] > 1:
            people = "-".join(slugify(p) for p in event.participant_ids[:2]) or slugify(event.evidence[:40])
            event.event_id = f"{event.event_id}-{people}"
    seen: Counter = Counter()
    for event in sorted(events, key=lambda e: (e.event_id, e.article_ids, e.evidence)):
        seen[event.event_id] += 1
        if seen[event.event_id] > 1:
            event.event_id = f"{event.event_id}-{seen[event.event_id]}"
