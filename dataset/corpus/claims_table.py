"""Build the claims table: statements of quantities and years found per article, and
each article's own version of the date and place of every event it reports."""

from __future__ import annotations

from dataclasses import replace
from operator import attrgetter

import pyarrow as pa

from ruchina.corpus.event_merge import Event
from ruchina.extract.claims import EVENT_OF_SENTENCE, Claim
from ruchina.extract.dates import unresolved_phrases
from ruchina.extract.event_places import venue_city
from ruchina.extract.extraction import ArticleExtraction
from ruchina.schemas import ARROW_SCHEMAS


def event_claims(events: list[Event], extractions: dict[str, ArticleExtraction]) -> list[Claim]:
    claims = []
    for event in events:
        for article_event in event.article_events:
            extraction = extractions[article_event.article_id]
            for mention in article_event.mentions:
                if not mention.in_body:
                    continue  # a title's report: claims cite the body
                claims.extend(_date_claims(event.event_id, mention, extraction))
                claims.extend(_location_claims(event.event_id, mention, extraction))
    return claims


def _date_claims(event_id, mention, extraction) -> list[Claim]:
    if mention.date:
        date = mention.date
        sentence = mention.date_sentence or mention.sentence
        sentence_start = mention.date_sentence_start if mention.date_is_inherited else mention.sentence_start
        if not date.phrase or sentence_start is None or sentence_start < 0:
            # A date no body sentence states: assumed (the publication day) or taken from
            # the title. A claim quotes the body, so this one is the event's, not a claim.
            return []
        start = sentence_start + date.char_start
        value = date.first.isoformat() if date.first == date.last else f"{date.first.isoformat()}/{date.last.isoformat()}"
        return [Claim(mention.article_id, event_id, "date", value, None, date.first, date.last, date.precision, "exact",
                      sentence, start, start + (date.char_end - date.char_start))]
    if extraction.published is not None:
        return []
    # An undated article: keep what it says about when, unresolved, for the date estimate.
    scope_start, scope_end = mention.scope
    return [
        Claim(mention.article_id, event_id, "date", phrase, None, None, None, None, "exact", mention.sentence,
              mention.sentence_start + start, mention.sentence_start + end)
        for start, end, phrase in unresolved_phrases(mention.sentence, extraction.language)
        if scope_start <= start < scope_end
    ]


def _location_claims(event_id, mention, extraction) -> list[Claim]:
    if not mention.location_id:
        return []
    # The place as named: the event's city or a venue in it ("Red Square" for Moscow).
    places = [m for m in extraction.body_mentions
              if venue_city(m.entity_id) == mention.location_id and mention.sentence_start <= m.start < mention.sentence_end]
    if not places:
        return []
    place = places[0]
    return [Claim(mention.article_id, event_id, "location", mention.location_id, None, None, None, None, "exact",
                  mention.sentence, place.start, place.end)]


def statement_claims(extraction: ArticleExtraction, event_of_sentence: dict[int, str]) -> list[Claim]:
    """The article's counts and years, their "event of this sentence" subjects replaced by
    the merged event's id."""
    claims = []
    for claim in extraction.statement_claims:
        if claim.subject_id.startswith(EVENT_OF_SENTENCE):
            event_id = event_of_sentence.get(int(claim.subject_id[len(EVENT_OF_SENTENCE):]))
            if event_id is None:
                continue
            claim = replace(claim, subject_id=event_id)
        claims.append(claim)
    return claims


def claims_table(claims: list[Claim]) -> pa.Table:
    unique = sorted({claim.claim_id: claim for claim in claims}.items())
    schema = ARROW_SCHEMAS["claims"]
    # Column by column: Arrow converts a list per column faster than a dict per row; the
    # fields of each claim are read at once (attrgetter), not one getattr a field.
    names = [name for name in schema.names if name != "claim_id"]
    fields = zip(*map(attrgetter(*names), (claim for _, claim in unique))) if unique else [[] for _ in names]
    columns = {"claim_id": [claim_id for claim_id, _ in unique], **dict(zip(names, map(list, fields)))}
    return pa.Table.from_pydict(columns, schema=schema)
