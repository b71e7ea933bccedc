"""Whether one event report is past or to come where its sentence's tense does not say: "ahead
of his visit" (to come, though the sentence tells of the past) and "the summit held in April
2008" (past, though the sentence tells of what will be). The cue words are the language's
(knowledge/events_<language>.yaml, `tense`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from ruchina.extract.date_clauses import clause_bounds, clause_tense, linked_clause, read_in_tense
from ruchina.extract.dates import ResolvedDate
from ruchina.extract.event_endings import told_as_ended
from ruchina.extract.event_report import FAMILY, ONE_DAY_TYPES
from ruchina.extract.event_words import EventWords, listed_words

#: a date after an event word the act comes ahead of, read as more than this before the article, is the
#: next of its name (ahead_dates)
AHEAD_STALE = dt.timedelta(days=7)


def ahead(words: EventWords, sentence: str, t_start: int, date, published: dt.date | None,
          dates: list[ResolvedDate] = ()) -> bool:
    """ "Ahead of his visit to China, the President answered questions": the visit is still
    to come, unless its date lies before the article's ("ahead of the summit in June 2019"), or
    the act that came ahead of it was dated more than a week before the article (``dates``: the
    sentence's; "In July 2024 the two met on the eve of a summit", told in 2025: the summit is
    as long past as the act)."""
    cue = words.ahead.search(sentence, max(0, t_start - 60), t_start)
    if not cue:
        return False
    if published is not None and any(d.char_end <= cue.start() and d.last < published - AHEAD_STALE for d in dates):
        return False
    return date is None or published is None or date.last >= published


def ahead_dates(dates: list[ResolvedDate], sentence: str, published: dt.date | None, t_start: int,
                language: str) -> list[ResolvedDate]:
    """The dates after the event word at ``t_start`` of a sentence that comes ``ahead`` of it: one the
    sentence's tense read as more than a week before the article is read as the future reads it
    ("met on Friday ahead of the visit in August", in June: the next August); a weekday stays (the
    act's days lie in the week before the article: "met on Monday ahead of the summit on Wednesday",
    told on Friday, is that Wednesday); those before the word are the act's."""
    if published is None:
        return dates
    stale = [d for d in dates if d.char_start >= t_start and d.last < published - AHEAD_STALE]
    again = {(d.char_start, d.char_end): d for d in read_in_tense(stale, sentence, published, "future", language)}
    return [again.get((d.char_start, d.char_end), d) for d in dates]


def tense_part(words: EventWords, clause: str, word_end: int, word_start: int | None = None,
               in_aside: bool = False) -> str:
    """The part of an event word's clause that tells the event's tense: up to a clause about
    people after the word ("Putin met scientists who will attend the forum": the scientists
    will attend; the meeting was held), and up to what a speaker told someone in it ("X promised Y
    in a call on Thursday that China would keep helping"), and up to a plan given up, and up to what a
    later act told (not for a word in a person's relative clause, ``in_aside``). ``word_start``,
    ``word_end``: where the event word starts and ends in ``clause``."""
    people = words.people_clause.search(clause, word_end)
    part = clause[:people.start()] if people else clause
    # (up to a plan given up after the word: "the summit, which was meant to be held in X before the
    # pandemic", told in the language's dropped_plans words, tells that plan's tense, not the event's)
    dropped = listed_words(words.language, "dropped_plans")
    plan = dropped.search(part, word_end) if dropped is not None else None
    part = part[:plan.start()] if plan else part
    part = part if in_aside else _up_to_what_a_later_act_told(words, part, word_end, word_start)
    # (up to what an agreement reached in it says: "ended the talks today with an agreement that talks
    # would go on" tells the talks held; the agreement's "would" is of what it settles)
    agreed = listed_words(words.language, "agreed_content")
    found = agreed.search(part, word_end) if agreed is not None else None
    part = part[:found.start()] if found else part
    # (only where a verb of telling someone stands before the event word and the word is its frame,
    # "in a call": "promised Y a call that would settle it" promises the call)
    telling, content = listed_words(words.language, "addresses"), listed_words(words.language, "told_content")
    if word_start is None or telling is None or content is None or not telling.search(part, 0, word_start) \
            or not words.frame_before.search(part, 0, word_start):
        return part
    told = content.search(part, word_end)
    return part[:told.start()] if told else part


def _up_to_what_a_later_act_told(words: EventWords, part: str, word_end: int, word_start: int | None = None) -> str:
    """``part`` up to a verb of telling (the language's ``telling_verbs``) after the event word that
    another act told in the past stands before ("welcomed Y on Wednesday and, after talks, announced
    deals he said would support jobs"): what was told then is of the deals, not of the event. Not a
    speaker's aside with no act before it ("the summit, an aide said on Monday, will be held"), nor
    after a cue of the future ("will welcome Y and announce deals he says will ..."), nor for an event
    word in a relative clause ("Kim, who travelled to Russia by train, thanked Y and said ... would"):
    undated and held, that one would be background, though it is often the visit the story is part
    of (relative_tenses.py); measured to lose such a visit so (holdout). The event word may be that
    act itself, a verb of the past ("met in Beijing on Monday and said their countries would work
    together": the meeting was held; what they said is of the work to come)."""
    telling = listed_words(words.language, "telling_verbs")
    if telling is None:
        return part
    # (the word's own verb of the past counts as the act told before: "met ... and said")
    acted = word_start if word_start is not None and words.past.match(part, word_start) else word_end
    for told in telling.finditer(part, word_end):
        if any(p.search(part, word_end, told.start()) for p in (words.future, words.schedule)):
            return part
        not_past = [m.span() for m in words.not_past.finditer(part, word_end, told.start())]
        if any(not any(s <= m.start() < e for s, e in not_past) for m in words.past.finditer(part, acted, told.start())):
            return part[:told.start()]
    return part


def held_before(words: EventWords, sentence: str, t_end: int, t_start: int | None = None) -> bool:
    """ "implementing the documents of the meeting held in November would help": a past
    participle right after the event word tells the event as held, whatever the clause's
    tense ("the meeting to be held in November" is not this). Not after an ordinal or a
    superlative before the word ("fly in next week for the first summit held on African soil"):
    the participle says what kind of event it is, not that it was held (the clause's tense says)."""
    if not words.held_after.match(sentence, t_end):
        return False
    return t_start is None or not words.held_kind.search(sentence, max(0, t_start - 60), t_start)


def lasts_alike(kind: str, event_type: str) -> bool:
    """Whether a duration stated of an event word of ``kind`` ("a two-day summit") is also that
    of an event of ``event_type`` in its clause: one of its family, but talks or a call last a day
    unless their own word is given one ("held talks on Sunday, hours before a two-day summit")."""
    return FAMILY[kind] == FAMILY[event_type] and (kind == event_type or event_type not in ONE_DAY_TYPES)


def spanning(words: EventWords, sentence: str, date: ResolvedDate, days: int,
             trigger: tuple[int, int] | None = None) -> ResolvedDate:
    """The ``days`` an event lasts, from the day ``date`` names: its first ("opened on
    Wednesday for a two-day visit"), or its last when the words before the day say the event
    ended then ("the two-day summit ended on Thursday": Wednesday and Thursday; "left on Thursday
    at the end of a two-day visit") or an end verb governs its word at ``trigger`` ("ended a
    two-day summit in Bishkek on Friday", event_endings.py)."""
    span = dt.timedelta(days=days - 1)
    if (words.last_day.search(sentence, max(0, date.char_start - 30), date.char_start)
            or words.last_day_after.match(sentence, date.char_end)
            or (trigger is not None and told_as_ended(words, sentence, trigger, date))):
        return replace(date, first=date.last - span)
    return replace(date, last=date.first + span)


def without_other_dates(clause: str, clause_start: int, dates: list[ResolvedDate], date: ResolvedDate | None) -> str:
    """``clause`` (of a sentence, from ``clause_start``) with the phrases of the sentence's dates
    other than the event's own ``date`` blanked: "invited him to pay a visit next spring, telling
    him in a call on Friday": the "next" of the visit's date tells the visit's tense, not that of
    the call, which its own day dates. A cue that is no part of a date ("will") stays."""
    own = (date.char_start, date.char_end) if date is not None else None
    for other in dates:
        start, end = other.char_start - clause_start, other.char_end - clause_start
        if (other.char_start, other.char_end) != own and 0 <= start < end <= len(clause):
            clause = clause[:start] + " " * (end - start) + clause[end:]
    return clause


def told_as_future(words: EventWords, sentence: str, clause: str, trigger: tuple[int, int],
                   date: ResolvedDate | None, published: dt.date | None, event_type: str | None = None) -> bool:
    """Whether the event word's clause tells of it as to come: a cue of the future there,
    unless the event's date lies before the article's and the part of the clause holding
    the event word tells it in the past ("the leaders met in Beijing in May, but the
    statement said they would study the route": a meeting held, no meeting to come) or
    is a time link's with no tense of its own ("it will be their second meeting, after the
    state visit in May": the visit was held)."""
    if not words.future.search(clause):
        return False
    if FAMILY.get(event_type) == "agreement" and _held_by_its_own_verb(words, sentence, trigger):
        return False  # ("today signed a joint declaration, at what is likely to be their last summit")
    if _under_way(date, published) and not words.future.search(sentence, clause_bounds(sentence, *trigger)[0], trigger[0]):
        return False  # ("is paying a state visit from Friday to Sunday and will attend the summit": under way)
    before = date is not None and published is not None and date.last < published
    return not (before and words.clause_tense and (clause_tense(words, sentence, *trigger) == "past"
                                                   or linked_clause(words, sentence, *trigger)))


def _held_by_its_own_verb(words: EventWords, sentence: str, trigger: tuple[int, int]) -> bool:
    """The event word opens with a verb of the past ("signed a joint declaration", "подписали
    декларацию") and its own clause, up to the punctuation that ends it, holds no cue of the
    future: the word tells the event held, and a cue of the future in a later clause ("..., at what
    is likely to be their last summit") tells of something else. A clause that holds one ("will
    have signed", "signed ... and will ratify") keeps the usual reading. Only a signing's word: its
    verb names the act done on its document; a verb of travel in an aside ("Kim, who travelled to
    Russia by train, said ... would") was measured to lose a report so (holdout)."""
    if not words.past.match(sentence, trigger[0]):
        return False
    start, end = clause_bounds(sentence, *trigger)
    return not any(pattern.search(sentence, start, end) for pattern in (words.future, words.schedule))


def _under_way(date: ResolvedDate | None, published: dt.date | None) -> bool:
    """Its stated days (more than one) hold the publication date: the event is under way, told
    as to come only by a cue of the future before its word ("will pay a visit from Friday to
    Sunday"), not by one of another act after it ("... and will attend the summit")."""
    return date is not None and published is not None and date.first <= published <= date.last and date.first < date.last
