"""The event reports of each sentence of one article (and of its title), in reading order: the
sentences (a section break ends one), what each is told with (its day on a live page, the people
and the pair the sentences before it named, the quoted speech around it, title, lead or body),
and what a sentence with no report of its own adds to those before it (people present, a host in
apposition). sentence_reports.py reads each sentence's reports; event_mentions.py merges them
within the article.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from dataclasses import replace

from ruchina.extract import event_roles
from ruchina.extract.article_people import article_people
from ruchina.extract.away_people import onlookers_named
from ruchina.extract.briefing_offices import briefing_country
from ruchina.extract.continuing_reports import last_report
from ruchina.extract.date_clauses import clause_dates
from ruchina.extract.datelines import lead_start
from ruchina.extract.event_mentions import BODY, LEAD, TITLE, EventMention
from ruchina.extract.event_sources import group_named, tellers_named
from ruchina.extract.event_three_way import told_three_way
from ruchina.extract.event_words import DEFAULT_LANGUAGE, event_words
from ruchina.extract.gathering_presence import with_present_people
from ruchina.extract.host_appositions import hosts_in_appositions
from ruchina.extract.host_meetings import with_pronoun_guests
from ruchina.extract.hosted_guests import guests_after_the_lead
from ruchina.extract.linking import Mention
from ruchina.extract.live_entries import entry_days
from ruchina.extract.live_entry_order import newest_first_entries
from ruchina.extract.newsroom_people import without_newsroom_people
from ruchina.extract.outreach_sessions import outreach_sessions_as_meetings
from ruchina.extract.sentence_reports import sentence_reports
from ruchina.extract.spoken_about import without_those_who_speak_of_it
from ruchina.extract.tenses import sentence_tense
from ruchina.extract.time_reference_clauses import dated_across_time_references
from ruchina.extract.title_pairs import title_pair
from ruchina.extract.titled_people import office_subject, titled_holders
from ruchina.knowledge.base import is_official
from ruchina.text.sentences import Sentence, iter_sentences

_QUOTE_MARKS = re.compile("[“”]")
#: a section break ("* * *") run into a paragraph: what follows it is another section's
_SECTION_BREAK = re.compile(r"\s*\*\s*\*\s*\*\s*")


def extract_event_mentions(
    article_id: str, body: str, published: dt.date | None, entity_mentions: list[Mention],
    title: str | None = None, title_mentions: list[Mention] | None = None, language: str = DEFAULT_LANGUAGE,
    almanac: tuple[int, int] | None = None,
) -> list[EventMention]:
    """Every event report in an article's title and body, in reading order (the title first);
    ``almanac``: the (month, day) an almanac page's title heads it with (text/page_almanac.py)."""
    words = event_words(language)
    # ("JANE DOE, CORRESPONDENT: ...", "Interview by X": the page's own newsroom attends none of its events)
    entity_mentions = without_newsroom_people(language, body, entity_mentions)
    title_mentions = title_mentions or []
    people = article_people(words, entity_mentions + title_mentions,
                            published.year if published else None,
                            briefing_country(f"{title or ''}\n{body}", language),
                            titled_holders(words, body, entity_mentions))
    found: list[EventMention] = []
    if title and title.strip():
        found += sentence_reports(words, article_id, title, -1, published, title_mentions, people, [], TITLE)
    title_group = title_pair(title_mentions, title or "", words.language)  # ("Putin hosts Xi" / "The leaders signed")
    last_people, last_group = (), title_group
    last_sources: set[str] = set()  # (of last_people, an aide named only as a source: "..., said aide Y")
    named_before: list[str] = []
    # (a page whose title names no event of its own is one of the materials of the event its
    # "All materials on ..." link names)
    own_event = bool(found)
    starts = [m.start for m in entity_mentions]  # (linking gives them in order)
    lead = lead_start(body)  # (after a dateline that stands alone: "МОСКВА, 16 мая. /ТАСС/.")
    offset = 0
    paragraphs = body.split("\n\n")
    entries = newest_first_entries(paragraphs)  # (a live page's entries, the latest on top)
    lead_index, lead_alone, lead_dated = -2, False, False
    last_start = -1  # (the start of the sentence before, to tell the one right after the lead)
    for paragraph_index, (paragraph, day) in enumerate(zip(paragraphs, entry_days(paragraphs, published, almanac))):
        if paragraph_index in entries:
            # (an entry of a page printed newest first: the entry above told a later scene, whose people
            # "the two leaders" here do not refer back to; the title's pair stands for them)
            last_people, last_group, named_before = (), title_group, []
        quotes = _quoted_spans(paragraph)
        # (the lead's paragraph, or the one right after a lead that is a paragraph of its own)
        holds_lead = offset <= lead <= offset + len(paragraph) or (
            lead < offset and paragraph_index == lead_index + 1 and lead_alone)
        if offset <= lead <= offset + len(paragraph):
            lead_index, lead_alone = paragraph_index, len(list(_sentences(paragraph))) == 1
        for sentence in _sentences(paragraph):
            start = offset + sentence.start
            # (in the lead's own paragraph: a briefing's greeting alone above the story sets no scene)
            next_to_lead = last_start == lead and start > lead and paragraph_index == lead_index
            last_start = start
            if start == lead:
                lead_dated = _tells_one_day(words, sentence.text, published)
            in_sentence = entity_mentions[bisect_left(starts, start):bisect_left(starts, start + len(sentence.text))]
            lowered = sentence.text.lower()
            named = tuple(dict.fromkeys(m.entity_id for m in in_sentence if m.entity_type == "PERSON"))
            beside_talks = False
            sentence_events = []
            # (most sentences hold no event word: one pass of an automaton tells them)
            if words.trigger_filter.may_match(lowered) or words.attending_filter.may_match(lowered):
                local = [_shift(m, start) for m in in_sentence]
                quoted = [(max(0, q0 - sentence.start), q1 - sentence.start) for q0, q1 in quotes
                          if q1 > sentence.start]
                # ("Putin told Xi ..., as the two leaders held talks", opening the article: the pair
                # the sentence names is the group it speaks of)
                group = last_group or (named if len(named) == 2 else ())
                context = replace(people, last_people=last_people, last_group=group, named_before=tuple(named_before))
                part = LEAD if start == lead else BODY
                sentence_events = sentence_reports(words, article_id, sentence.text, start, day, local, context,
                                                   quoted, part, last_report(found), own_event)
                # ("Xi will receive him tomorrow": the guest the pronoun stands for, named before it)
                sentence_events = with_pronoun_guests(words, sentence.text, local, sentence_events)
                # ("X talks to Y about the meeting between A and B": A's and B's, the group "the two" refers to)
                sentence_events = without_those_who_speak_of_it(sentence_events, in_sentence, words.language)
                # (a lead that tells no event but its day, "The presidents pledged on Wednesday to fight
                # terrorism", under a title that tells none: the first reports of its paragraph are the lead's,
                # "They signed the declaration at the end of their summit", once read as the body's, so that
                # what the body's reports may not be, "X usually visits Y", is none; not under a lead of no
                # day, an analysis's "X likes to say he has met Y more often than ...")
                # (nor under a lead that sets the scene, telling no event and no day, "Twenty years on, a
                # Chinese premier is received in the Kremlin again": the sentence right after it, where its
                # first report is held on a day it names, "X met Y on Tuesday, 24 April", is the news)
                # (not to a sentence of ceremonies only, "X and Y are now at a state banquet": a part of
                # the day's story, not its news; the next report of the paragraph takes it)
                if holds_lead and start > lead and not _lead_told(found) and any(
                        not m.ceremony for m in sentence_events) and (
                        lead_dated or (next_to_lead and _held_on_its_day(sentence_events))):
                    sentence_events = [replace(m, part=LEAD) for m in sentence_events]
                found += sentence_events
                # (a three-way meeting told beside two leaders' talks is no group that "their
                # talks" or "the two leaders" refer back to: those are still the two)
                beside_talks = any(told_three_way(m) for m in sentence_events)
                onlooking = onlookers_named(words.language, sentence.text, local)  # ("watched by A and B")
                for mention in sentence_events:
                    group = tuple(p for p in mention.participant_ids if p not in onlooking)
                    if len(group) >= 2 and not beside_talks:
                        last_group = group
            if named and not sentence_events:  # ("A and B were also in the hall": the forum's people)
                with_present_people(words, sentence.text, start, [_shift(m, start) for m in in_sentence], people,
                                    found, LEAD if start == lead else BODY)
            if named:  # ("X, host of the summit, said ...": the article's gathering's host)
                hosts_in_appositions(words, sentence.text, start, [_shift(m, start) for m in in_sentence],
                                     found, len(found) - len(sentence_events), LEAD if start == lead else BODY)
            if named and not beside_talks:
                if len(named) >= 2:
                    last_group = group_named(words, sentence.text, start, in_sentence, named) or last_group
                elif len(last_people) == 1 and last_people != named and last_people[0] not in last_sources:
                    last_group = last_people + named  # "Putin arrived. Tokayev greeted him. The two leaders ..."
            # ("the Prime Minister was received by X. Earlier he met Y": "he" is the Prime Minister, not X)
            opening = office_subject(words, sentence.text, [_shift(m, start) for m in in_sentence], people.by_bare_office)
            if opening is not None:
                last_people = tuple(dict.fromkeys((opening, *named)))
            if named:
                last_people = tuple(dict.fromkeys(((opening,) if opening else ()) + named))
                last_sources = tellers_named(words, sentence.text, start, in_sentence)
                # (each once, in the order last named: whom "the five" counts back to; a spokesman
                # who speaks between is none of the five)
                leaders = [p for p in named if not is_official(p)]
                named_before = [p for p in named_before if p not in leaders] + leaders
        offset += len(paragraph) + 2
    if title and found and found[0].part == TITLE and not any(m.part == LEAD for m in found):
        found[0] = event_roles.with_leads_subject(words, found[0], title, title_mentions, body, lead, entity_mentions)
    elif title and found and found[0].part == TITLE and any(m.part == LEAD and m.event_type == found[0].event_type
                                                           for m in found):
        # ("X hosted A, B and C" right after a lead that tells the title's event: its people)
        guests = guests_after_the_lead(words, body, lead, entity_mentions)
        found[0] = replace(found[0], participant_ids=tuple(dict.fromkeys(found[0].participant_ids + tuple(guests))))
    # ("The summit came a day after Putin held talks with X": the talks the day before the summit's; "the outreach
    # session of the G8 summit": a meeting of the guests, part of the summit, not the summit)
    return outreach_sessions_as_meetings(dated_across_time_references(words, found), words.language, entity_mentions)


def _tells_one_day(words, sentence: str, published: dt.date | None) -> bool:
    """Whether the sentence states one day (a news lead's "on Friday"), not a period or none."""
    if published is None:
        return False
    days = {d.first for d in clause_dates(sentence, published, sentence_tense(sentence, words.language), words.language)
            if d.precision == "day" and d.first == d.last}
    return len(days) == 1


def _held_on_its_day(reports: list[EventMention]) -> bool:
    """Whether the first of a sentence's reports is told held on one day its own words name, by two people
    or more it names (one alone, "Das haben Präsident X und der chinesische Staatschef ... unterschrieben",
    is a report half read: no news to head the story with)."""
    first = reports[0] if reports else None
    return (first is not None and first.status == "occurred" and not first.earlier and first.date is not None
            and len(first.participant_ids) >= 2
            and first.date.precision == "day" and first.date.first == first.date.last and first.date.char_end > 0)


def _lead_told(found: list[EventMention]) -> bool:
    """Whether the title or the lead has told an event."""
    return any(m.part in (TITLE, LEAD) for m in found)


def _sentences(paragraph: str):
    """The paragraph's sentences; a section break ends one ("... Lim Jock Hoi. * * * Opening remarks")."""
    start = 0
    for end in [m.start() for m in _SECTION_BREAK.finditer(paragraph)] + [len(paragraph)]:
        for sentence in iter_sentences(paragraph[start:end]):
            yield Sentence(start + sentence.start, start + sentence.end, sentence.text)
        start = _SECTION_BREAK.match(paragraph, end).end() if end < len(paragraph) else end


def _shift(mention: Mention, offset: int) -> Mention:
    return Mention(mention.start - offset, mention.end - offset, mention.surface, mention.entity_id,
                   mention.name, mention.entity_type, mention.linked)


def _quoted_spans(sentence: str) -> list[tuple[int, int]]:
    """Spans inside quotation marks; a quote left open runs to the end. Events in quoted
    speech are commentary, not reports."""
    spans, opened = [], None
    for match in _QUOTE_MARKS.finditer(sentence):
        if match.group() == "“" and opened is None:
            opened = match.start()
        elif match.group() == "”" and opened is not None:
            spans.append((opened, match.start()))
            opened = None
    if opened is not None:
        spans.append((opened, len(sentence)))
    return spans
