"""missing-date: an article that states no publication date, with an estimate when its
text allows one; and an article whose stated date contradicts what it reports.

The estimate, from the strongest evidence down:

* an event the article reports with a relative phrase ("this week", "on Wednesday")
  that other, dated articles pin down: the publication date is whatever day makes the
  phrase land on the event;
* the latest date it reports in the past tense (it was written after) and the earliest
  it reports in the future tense (it was written before);
* a year it names in the past tense ("founded in 2001").
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from functools import cached_property, lru_cache

from ruchina.checks.claim_versions import DateVersions, reckoned_by_article
from ruchina.checks.finding import Finding
from ruchina.checks.records import ColumnByKey, article_languages, language_of, records, value_rows
from ruchina.checks.registry import CheckContext, register
from ruchina.extract.dates import resolve_dates
from ruchina.extract.event_words import DEFAULT_LANGUAGE
from ruchina.extract.tenses import sentence_tense, tense_at

CODE = "missing-date"
#: How far from an event's date a relative phrase can place its article.
SEARCH_DAYS = 21
#: What the check reads of an event.
EVENT_COLUMNS = ["event_id", "event_type", "label", "start_date", "end_date", "status", "article_ids"]


@dataclass
class Estimate:
    first: dt.date | None
    last: dt.date | None
    evidence: list[str]

    @property
    def precision(self) -> str:
        if self.first is None or self.last is None:
            return "bound"
        if self.first == self.last:
            return "day"
        if self.first.isocalendar()[:2] == self.last.isocalendar()[:2]:
            return "week"
        if (self.first.year, self.first.month) == (self.last.year, self.last.month):
            return "month"
        return "year" if self.first.year == self.last.year else "range"

    def describe(self) -> str:
        if self.first and self.last:
            span = self.first.isoformat() if self.first == self.last else f"{self.first} to {self.last}"
            return f"estimated {span} ({self.precision})"
        if self.first:
            return f"estimated on or after {self.first}"
        return f"estimated on or before {self.last}"


@register(CODE, "warning", "no stated publication date (with an estimate), or a stated date the text contradicts")
def find_missing_dates(context: CheckContext) -> list[Finding]:
    articles = context.frames.get("articles")
    if articles is None:
        return []
    claims, events = context.frames.get("claims"), context.frames.get("events")
    all_claims = claims
    if context.focus is not None and claims is not None:
        claims = claims[claims["article_id"].isin(context.focus)]
        if events is not None:
            events = events[events["event_id"].isin(set(claims["subject_id"]))]
        all_claims = all_claims[all_claims["subject_id"].isin(set(claims["subject_id"]))]
    claims_by_article = _claims_by_article(context.records("claims", claims))
    # Only the columns read here: the other half (evidence, people) would double the time.
    events = _events_by_id(records(events.filter(items=EVENT_COLUMNS)) if events is not None else [])
    findings = []
    disputes = _Disputes(context, events, all_claims)
    for article_id, published in value_rows(articles, "article_id", "published_date"):
        if not context.wanted([article_id]):
            continue
        claims = claims_by_article.get(article_id, [])
        language = language_of(disputes.languages, article_id)
        if _is_missing(published):
            findings.append(_undated_finding(article_id, claims, events, language))
        elif claims:
            findings.extend(_contradictions(article_id, published, claims, disputes, language))
    return findings


def _undated_finding(article_id, claims, events, language) -> Finding:
    estimate = estimate_publication(claims, events, article_id, language)
    if estimate is None:
        message, evidence = "no stated publication date, and nothing in the text dates it", ""
    else:
        message = f"no stated publication date; {estimate.describe()}"
        evidence = " | ".join(estimate.evidence)
    return Finding.new(CODE, "warning", "articles", [article_id], message, evidence=evidence, attribute="undated")


def estimate_publication(claims: list[dict], events: dict[str, dict], article_id: str,
                         language: str = DEFAULT_LANGUAGE) -> Estimate | None:
    """``language``: the article's, in which its phrases ("в среду", "this week") are read."""
    pinned = _pinned_by_events(claims, events, article_id, language)
    lower, upper, evidence = _bounds(claims, language)
    if pinned:
        first, last, pinned_evidence = pinned
        narrowed_first = max(first, lower[0]) if lower else first
        narrowed_last = min(last, upper[0]) if upper else last
        if narrowed_first <= narrowed_last:
            first, last = narrowed_first, narrowed_last
        return Estimate(first, last, pinned_evidence)
    if lower or upper:
        return Estimate(lower[0] if lower else None, upper[0] if upper else None, evidence)
    return None


def _pinned_by_events(claims, events, article_id, language):
    """Days of publication that make the article's relative phrases land on the dates
    other articles give the same events; intersected over all such phrases."""
    days: set[dt.date] | None = None
    evidence = []
    for claim in claims:
        event = events.get(claim["subject_id"])
        if claim["attribute"] != "date" or not _is_missing(claim["value_date"]) or event is None:
            continue
        if _is_missing(event["start_date"]) or set(event["article_ids"]) == {article_id}:
            continue
        start, end = event["start_date"], event["end_date"]
        consistent = _landing_days(claim["value"], sentence_tense(claim["sentence"], language), start, end, language)
        if not consistent:
            continue
        days = consistent if days is None else (days & consistent or days)
        others = ", ".join(a for a in event["article_ids"] if a != article_id)
        evidence.append(f"“{claim['sentence']}” — “{claim['value']}” is {event['label']}, "
                        f"dated {start}{'' if start == end else f' to {end}'} by {others}")
    if not days:
        return None
    return min(days), max(days), evidence


@lru_cache(maxsize=65536)
def _resolved(phrase: str, published: dt.date, tense: str, language: str) -> tuple[tuple[dt.date, dt.date], ...]:
    """Date phrases repeat across articles ("this week"): each is resolved once per day."""
    return tuple((r.first, r.last) for r in resolve_dates(phrase, published, tense, language))


def _bounds(claims, language):
    """(lower bound, upper bound, evidence) from the article's own dated statements."""
    lower = upper = None
    evidence = []
    for claim in claims:
        if not _is_missing(claim["value_date"]):
            first, last = claim["value_date"], claim["value_end_date"]
        elif claim["attribute"].endswith("_year") and not _is_missing(claim["value_num"]):
            first = last = dt.date(int(claim["value_num"]), 1, 1)
        else:
            continue
        tense = sentence_tense(claim["sentence"], language)
        if tense == "past" and (lower is None or first > lower[0]):
            lower = (first, claim["sentence"])
        elif tense == "future" and (upper is None or last < upper[0]):
            upper = (last, claim["sentence"])
    for bound, word in ((lower, "written after"), (upper, "written before")):
        if bound:
            evidence.append(f"{word} {bound[0]}: “{bound[1]}”")
    return lower, upper, evidence


def _contradictions(article_id, published, claims, context: _Disputes, language) -> list[Finding]:
    """The article's dated claims that its stated date contradicts: an event it reports as
    past that comes after it, or a day it reckons from its date ("met on Wednesday", "this
    week") that other articles' reports of the event put elsewhere. The cheap comparisons
    come first: most claims agree, and sentences and bodies are read only for those that may
    not."""
    findings = []
    for claim in claims:
        if claim["attribute"] != "date" or _is_missing(claim["value_date"]):
            continue
        event = context.events.get(claim["subject_id"])
        if event is None:
            continue
        if (claim["value_date"] > published + dt.timedelta(days=1) and claim["value_precision"] in _PAST_PRECISIONS
                and event["status"] == "occurred" and context.reported_past(claim, language)):
            findings.append(Finding.new(
                CODE, "warning", "articles", [article_id],
                f"the stated date {published} is before {claim['value_date']}, which the article reports as past",
                evidence=f"“{claim['sentence']}”", attribute=f"contradicted:{claim['claim_id']}",
            ))
        elif (not _is_missing(event["start_date"]) and len(event["article_ids"]) > 1
              and not _overlaps(claim, event) and (fit := context.wrong_date_fit(claim, event)) is not None):
            span = str(event["start_date"]) + ("" if event["start_date"] == event["end_date"] else f" to {event['end_date']}")
            phrase = context.phrase(claim)
            fits = fit[0].isoformat() if fit[0] == fit[1] else f"{fit[0]} to {fit[1]}"
            findings.append(Finding.new(
                CODE, "warning", "articles", [article_id],
                f"the stated date {published} makes “{phrase}” {claim['value']}, but other articles date "
                f"{event['label']} {span}: the stated date may be wrong (a date from {fits} would agree)",
                evidence=f"“{claim['sentence']}”", attribute=f"contradicted:{claim['claim_id']}",
            ))
    return findings


#: A past report that comes after the stated date contradicts it only when it names a day or
#: a week: a year or a month in a sentence with a verb in the past is as often a plan or a
#: period ("agreed to hold the forum in 2023", "a strategy until 2030").
_PAST_PRECISIONS = ("day", "week")


def _overlaps(claim: dict, event: dict) -> bool:
    return claim["value_date"] <= event["end_date"] and event["start_date"] <= claim["value_end_date"]


class _Disputes:
    """What the contradiction test reads beyond the article's own claims: the events, every
    article's date claims about them, the articles' bodies and stated dates."""

    def __init__(self, context: CheckContext, events: dict[str, dict], all_claims):
        self.events = events
        self._context = context
        self._all_claims = all_claims
        self._articles = context.frames.get("articles")

    @cached_property
    def _dates_by_event(self) -> dict[str, list[dict]]:
        grouped = defaultdict(list)
        for claim in self._context.records("claims", self._all_claims):
            if claim["attribute"] == "date" and not _is_missing(claim["value_date"]) and claim["subject_id"] in self.events:
                grouped[claim["subject_id"]].append(claim)
        return grouped

    @cached_property
    def bodies(self):
        return ColumnByKey(self._articles, "article_id", "body")

    @cached_property
    def published(self) -> dict:
        return dict(value_rows(self._articles, "article_id", "published_date"))

    @cached_property
    def languages(self) -> dict:
        return article_languages(self._articles)

    def phrase(self, claim: dict) -> str:
        return self.bodies[claim["article_id"]][claim["char_start"]:claim["char_end"]]

    def reported_past(self, claim: dict, language: str) -> bool:
        """Whether the claim's sentence reports its date as past: not the aim of a past act
        ("arrived to attend the celebrations of 9 May", "the preparations for the summit")."""
        sentence = claim["sentence"]
        if sentence_tense(sentence, language) != "past":
            return False
        body = self.bodies[claim["article_id"]]
        start = body.rfind(sentence, 0, claim["char_start"] + len(sentence))
        if start >= 0 and start + len(sentence) >= claim["char_end"]:
            position = claim["char_start"] - start
        else:  # (a sentence the extraction joined or cleaned: where its phrase stands)
            position = sentence.find(self.phrase(claim))
        return position < 0 or tense_at(sentence, position, language) == "past"

    def wrong_date_fit(self, claim: dict, event: dict) -> tuple[dt.date, dt.date] | None:
        """The stated dates that would make the claim's phrase land on the event, when the
        claim may show that its article's date is wrong: its day is reckoned from that date
        (a weekday, "this week": "today" or a calendar date is what the text plainly states,
        so a different day there is a different event), the event's dates otherwise make one
        dispute (claim_versions.py: not three events merged, not two plainly stated days), and
        some nearby date reconciles the phrase with the event."""
        if claim["claim_id"] not in reckoned_by_article([claim], self):
            return None
        dates = self._dates_by_event.get(claim["subject_id"], [])
        versions = DateVersions(dates, event.get("event_type"))
        if not versions.reported(reckoned_by_article(dates, self)):
            return None
        if versions.agree((claim["value_date"], claim["value_end_date"]), (event["start_date"], event["end_date"])):
            return None  # within a multi-day event's span
        language = language_of(self.languages, claim["article_id"])
        days = _landing_days(self.phrase(claim), sentence_tense(claim["sentence"], language), event["start_date"],
                             event["end_date"], language)
        return (min(days), max(days)) if days else None


def _landing_days(phrase: str, tense: str, start: dt.date, end: dt.date, language: str) -> set[dt.date]:
    """The publication dates, near the event, that make ``phrase`` fall on it."""
    return {
        start + dt.timedelta(days=offset)
        for offset in range(-SEARCH_DAYS, (end - start).days + SEARCH_DAYS + 1)
        if any(first <= end and start <= last
               for first, last in _resolved(phrase, start + dt.timedelta(days=offset), tense, language))
    }


def _claims_by_article(claims: list[dict]) -> dict[str, list[dict]]:
    grouped = defaultdict(list)
    for claim in claims:
        grouped[claim["article_id"]].append(claim)
    return grouped


def _events_by_id(events: list[dict]) -> dict[str, dict]:
    return {event["event_id"]: event for event in events}


def _is_missing(value) -> bool:
    return value is None or value != value  # None or NaN/NaT
