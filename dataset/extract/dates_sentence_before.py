"""An undated report whose people are "the two leaders" of the sentence before it, on that
sentence's day: "The premier was received on Tuesday in Lima by the president. The two leaders
held talks at the palace before ..." The talks are the act the sentence before dated; its words
are no event word ("was received"), so no report carries the day, and left alone the talks
are undated (and, in a dated article, background).

Only a report that opens on a group word of its language (knowledge/events_<language>.yaml,
`group`: "the two leaders", "les deux dirigeants") with two people or more, right after a
sentence of the same paragraph that names one of them, states one day and reports no event of
its own, takes that day: a report naming its people itself says who, and may be of another
day; a sentence reporting an event ("used the call to congratulate him on the centenary, which
falls on Thursday") dates that event, or another thing, not what follows.

A lead may report no event in words of its own ("X greeted Y in the Kremlin on Thursday") and
the paragraph after it open on the event, with the lead's people and no day ("After talks
between the delegations, the leaders signed ..."): a report of that paragraph's first sentence
that names none of its people itself (they are the lead's), and has a group word of its
language, takes the lead's one day, as if it stood in the lead.

A sentence that only tells a day to come, reporting no event and naming no one ("The main day
is Tuesday." in a briefing on a trip's programme), heads what the next sentence of its paragraph
tells: that sentence's undated report of a plan ("There will be a welcome and then talks with
X") is of that day. Left undated, the plan would take another event's day, or the story's. (A
report of what was held is not dated so: "It was his first trip since taking office on 7 May.
The sides signed a statement" tells the day of something else.)
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from ruchina.extract.date_clauses import clause_dates
from ruchina.extract.datelines import lead_start
from ruchina.extract.event_report import BODY, LEAD, EventMention
from ruchina.extract.event_words import EventWords
from ruchina.extract.scene_openings import PLACE_TYPES, scenes_of_the_sentence_before
from ruchina.extract.tenses import sentence_tense
from ruchina.text.sentences import last_sentence

#: how far into its sentence the group word that is its subject may stand
_SUBJECT_CHARS = 20


def dated_by_the_sentence_before(words: EventWords, mentions: list[EventMention], body: str,
                                 published: dt.date | None, body_mentions) -> list[EventMention]:
    """The mentions, each undated one of "the two leaders" dated by the one day of the sentence
    before it; each of a sentence opening on "there", in the scene of the sentence before
    (scene_openings.py). ``body_mentions``: the entities the body names."""
    if published is None:
        return mentions
    people_at = {m.start: {m.entity_id} for m in body_mentions if m.entity_type == "PERSON"}
    places_at = {m.start: m.entity_id for m in body_mentions if m.entity_type in PLACE_TYPES}
    mentions = scenes_of_the_sentence_before(mentions, body, published, places_at, words.language)
    reported = {m.sentence_start for m in mentions}
    lead = lead_start(body)
    return [_dated(words, m, body, published, people_at, reported)
            if _undated_group_report(words, m, lead) or _after_a_lead_of_no_event(words, m, body, people_at, reported, lead)
            else _dated(words, m, body, published, people_at, reported, of_no_one=True)
            if _under_a_lead_of_no_event(m, lead)
            else _dated(words, m, body, published, people_at, reported, of_no_one=True, to_come=True)
            if _undated_plan(m) else m
            for m in mentions]


def _undated_plan(mention: EventMention) -> bool:
    return mention.date is None and mention.status == "planned" and mention.part == BODY and mention.sentence_start >= 0


def _under_a_lead_of_no_event(mention: EventMention, lead: int) -> bool:
    """An undated report of two people or more that a lead of no event hands the lead's part
    (event_sentences.py: "The presidents pledged on Wednesday to fight terrorism. A, B and C signed
    the declaration at the end of their summit"): of the lead's day where the lead names no one (it
    tells them by their countries' offices, or by their countries); a report naming its people after
    a lead naming them says who, and may be of another day ("X greeted Y on Tuesday. Following
    talks in Tashkent, X and Y signed ...")."""
    return mention.date is None and _handed_the_lead(mention, lead) and len(mention.participant_ids) >= 2


def _in_body(mention: EventMention, lead: int) -> bool:
    """A body's report, or one of the body a lead of no event handed its part (event_sentences.py)."""
    return mention.part == BODY or _handed_the_lead(mention, lead)


def _handed_the_lead(mention: EventMention, lead: int) -> bool:
    return mention.part == LEAD and mention.sentence_start > lead


def _undated_group_report(words: EventWords, mention: EventMention, lead: int) -> bool:
    if mention.date is not None or not _in_body(mention, lead) or mention.sentence_start < 0 or len(mention.participant_ids) < 2:
        return False
    subject = words.group.search(mention.sentence, 0, _SUBJECT_CHARS + 40)
    return subject is not None and subject.start() <= _SUBJECT_CHARS


def _after_a_lead_of_no_event(words: EventWords, mention: EventMention, body: str, people_at: dict[int, set[str]],
                              reported: set[int], lead: int) -> bool:
    """An undated report of two people or more opening the paragraph right after a lead that
    reports no event, that names none of its people and speaks of them as a group."""
    if mention.date is not None or not _in_body(mention, lead) or mention.sentence_start < 0 or len(mention.participant_ids) < 2:
        return False
    if not _opens_the_paragraph_after_a_lead_of_no_event(body, mention.sentence_start, reported):
        return False
    end = mention.sentence_start + len(mention.sentence)
    if any(mention.sentence_start <= at < end for at in people_at):
        return False  # (a report naming its people says who, and may be of another day)
    return words.group.search(mention.sentence) is not None


def _opens_the_paragraph_after_a_lead_of_no_event(body: str, sentence_start: int, reported: set[int]) -> bool:
    lead = lead_start(body)
    lead_end = body.find("\n\n", lead)
    return (0 <= lead_end < sentence_start and not body[lead_end:sentence_start].strip()
            and not any(lead <= r < lead_end for r in reported))


def _sentence_before(body: str, sentence_start: int, reported: set[int]) -> tuple[int, str] | None:
    """Where the sentence before the one at ``sentence_start`` starts, and its text: in its
    paragraph; for a paragraph's first, the last of a lead right before it that reports nothing."""
    paragraph_start = body.rfind("\n\n", 0, sentence_start) + 1
    if _opens_the_paragraph_after_a_lead_of_no_event(body, sentence_start, reported):
        paragraph_start = lead_start(body)
    before = last_sentence(body, paragraph_start, sentence_start)
    return None if before is None else (before.start, before.text)


def _dated(words: EventWords, mention: EventMention, body: str, published: dt.date,
           people_at: dict[int, set[str]], reported: set[int], of_no_one: bool = False,
           to_come: bool = False) -> EventMention:
    """``of_no_one``: the sentence before must name no one (a sentence that only tells a day, or a
    lead that tells its people by their countries' offices) rather than one of the report's
    people; ``to_come``: its day must be after the article's (a plan's)."""
    if clause_dates(mention.sentence, published, sentence_tense(mention.sentence, words.language), words.language):
        return mention  # (its sentence tells its own time, though none dates it: "have not met since 2019")
    found = _sentence_before(body, mention.sentence_start, reported)
    if found is None:
        return mention
    start, text = found
    if start in reported:
        return mention  # (a sentence that reports an event of its own: its day is that event's)
    named = set().union(*(people for at, people in people_at.items() if start <= at < start + len(text)))
    if named if of_no_one else not named & set(mention.participant_ids):
        return mention
    days = [d for d in clause_dates(text, published, sentence_tense(text, words.language), words.language)
            if d.precision == "day" and d.first == d.last]
    # (an anniversary the sentence names is the date of what it marks when the sentence states its own day:
    # "greeted him on Thursday, the guest of the celebrations of the 80th anniversary of ...")
    days = [d for d in days if d.kind != "anniversary"] or days
    if len({d.first for d in days}) != 1 or (to_come and days[0].first <= published):
        return mention  # (for a plan, only a day to come)
    return replace(mention, date=days[0], date_sentence=text, date_sentence_start=start)
