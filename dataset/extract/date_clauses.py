"""Each date of a sentence read in the tense of its own clause, where that clause says one.

A sentence's tense (tenses.sentence_tense) is the first cue it finds: any future cue makes the
whole sentence future. But a sentence may tell of two times: "the pipeline was discussed when
the leaders met in May, but the statement said they would study it" speaks of the last May,
and "the talks will be held on Wednesday, an aide said on Tuesday" of the coming Wednesday and
the Tuesday before. A date whose clause holds a cue of its own (a verb in the past, "will") is
read in that clause's tense; a date in a clause with none keeps the sentence's. The cue words
are the language's (knowledge/events_<language>.yaml, `tense`), the clause breaks punctuation;
a language's dates are read so once its `tense` says `clause_tense: true` (its cue words have
been checked against its texts).
"""

from __future__ import annotations

import datetime as dt
import re

from ruchina.errors import RuchinaError
from ruchina.extract.dates import ResolvedDate, resolve_dates
from ruchina.extract.dates_ago import with_dates_ago
from ruchina.extract.dates_month_before import with_month_told_before
from ruchina.extract.dates_same_day import with_same_days
from ruchina.extract.event_words import EventWords, event_words, listed_words
from ruchina.extract.participle_days import days_after_participles

#: What ends a clause in every language the knowledge base reads (a dash between spaces too).
_CLAUSE_BREAK = re.compile(r"[,;:()\"“”«»，；：（）]|\s[—–-]\s")


def clause_dates(sentence: str, published: dt.date | None, tense: str, language: str) -> list[ResolvedDate]:
    """The dates of ``sentence`` (as dates.resolve_dates finds them, in the sentence's
    ``tense``, and the times it counts back: dates_ago.py), each re-read in its clause's tense where the clause says one that differs;
    "the same day", the day named before it (dates_same_day.py)."""
    # ("1996年12月26日抵达，28日结束访问": the 28th of that December, dates_month_before.py)
    return with_same_days(with_month_told_before(_in_clause_tenses(sentence, published, tense, language)),
                          sentence, language)


def _in_clause_tenses(sentence: str, published: dt.date | None, tense: str, language: str) -> list[ResolvedDate]:
    # ("La visite, commencée samedi à Shanghaï, s'achève ce mardi": the Saturday gone by)
    return days_after_participles(_in_own_clause_tenses(sentence, published, tense, language), sentence,
                                  published, language, read_in_tense)


def _in_own_clause_tenses(sentence: str, published: dt.date | None, tense: str, language: str) -> list[ResolvedDate]:
    dates = with_dates_ago(resolve_dates(sentence, published, tense, language), sentence, published, language)
    if not dates or published is None:
        return dates
    try:
        words = event_words(language)
    except RuchinaError:  # no tense words in this language
        return dates
    dates = _fronted_in_main_tense(words, dates, sentence, published, tense, language)
    if not words.clause_tense:
        return dates
    own = [clause_tense(words, sentence, date.char_start, date.char_end) for date in dates]
    reread = {other: read_in_tense(dates, sentence, published, other, language) for other in set(own) - {None, tense}}
    dates = [reread[other][i] if other in reread else date for i, (date, other) in enumerate(zip(dates, own))]
    if any(linked_clause(words, sentence, d.char_start, d.char_end) for d in dates):
        ways = [read_in_tense(dates, sentence, published, way, language) for way in ("past", "future")]
        dates = [min((past, future), key=lambda d: _distance(d, published))
                 if linked_clause(words, sentence, date.char_start, date.char_end)
                 and not (tense == "past" and _before_the_act(words, sentence, date.char_start, date.char_end))
                 else date
                 for date, past, future in zip(dates, *ways)]
    return dates


#: how far into a clause its relative word may stand (", en la que", ", at which")
_RELATIVE_REACH = 12


def _fronted_in_main_tense(words: EventWords, dates: list[ResolvedDate], sentence: str, published: dt.date,
                           tense: str, language: str) -> list[ResolvedDate]:
    """A date in a clause of its own that opens the sentence ("El martes, X y Y presidieron la
    reunión, en la que repasaron el comercio, que este año superará ...") is read in the main
    clause's tense: that of the first cue after it outside a relative clause. The sentence's tense
    is any cue of the future, and the future of a relative clause trailing after the main verb
    ("que ... superará") would send a Tuesday told in the past to the next week. In every
    language with tense words (clause_tense or not): the fronted clause holds no cue of its own."""
    fronted = [d for d in dates if _fronted(words, sentence, d)]
    if not fronted:
        return dates
    main = _main_clause_tense(words, sentence, clause_bounds(sentence, fronted[0].char_start, fronted[0].char_end)[1])
    if main is None or main == tense:
        return dates
    again = read_in_tense(dates, sentence, published, main, language)
    return [new if date in fronted else date for date, new in zip(dates, again)]


def _fronted(words: EventWords, sentence: str, date: ResolvedDate) -> bool:
    """Whether ``date`` stands in the sentence's first clause, which a clause break ends and holds no cue."""
    clause_start, clause_end = clause_bounds(sentence, date.char_start, date.char_end)
    return (not sentence[:clause_start].strip() and clause_end < len(sentence)
            and not _cues(words, sentence, clause_start, clause_end))


def _main_clause_tense(words: EventWords, sentence: str, start: int) -> str | None:
    """The tense of the first cue after ``start`` that stands in no relative clause."""
    for position, cue_tense in _cues(words, sentence, start, len(sentence)):
        clause_start, _ = clause_bounds(sentence, position, position)
        if not words.relative_word.search(sentence, clause_start, min(position, clause_start + _RELATIVE_REACH)):
            return cue_tense
    return None


def _before_the_act(words: EventWords, sentence: str, start: int, end: int) -> bool:
    """Whether the time link opening the clause of ``sentence[start:end]`` tells what came before
    the sentence's act ("It was their third meeting, after the visit in March"): of an act told in
    the past, that is past too, however near the next March lies."""
    clause_start, clause_end = clause_bounds(sentence, start, end)
    clause = sentence[clause_start:clause_end]
    return words.time_link_earlier.match(sentence, clause_start + len(clause) - len(clause.lstrip())) is not None


def linked_clause(words: EventWords, sentence: str, start: int, end: int) -> bool:
    """Whether ``sentence[start:end]`` stands in a clause a time link opens (", after the
    state visit to Mongolia in June") that holds no tense cue of its own: what it tells came
    before or after the sentence's act, whose tense says nothing of its own time; a date
    there is the nearest to the article either way, and a day before it was held."""
    clause_start, clause_end = clause_bounds(sentence, start, end)
    clause = sentence[clause_start:clause_end]
    opener = words.time_link.match(sentence, clause_start + len(clause) - len(clause.lstrip()))
    return opener is not None and not _cues(words, sentence, clause_start, clause_end)


def _distance(date: ResolvedDate, published: dt.date) -> int:
    return 0 if date.first <= published <= date.last else min(abs((date.first - published).days),
                                                               abs((date.last - published).days))


def clause_bounds(sentence: str, start: int, end: int) -> tuple[int, int]:
    """Where the clause around ``sentence[start:end]`` begins and ends (punctuation breaks it)."""
    clause_start = max((m.end() for m in _CLAUSE_BREAK.finditer(sentence, 0, start)), default=0)
    after_break = _CLAUSE_BREAK.search(sentence, end)
    return clause_start, after_break.start() if after_break else len(sentence)


def read_in_tense(dates: list[ResolvedDate], sentence: str, published: dt.date | None, tense: str,
                  language: str) -> list[ResolvedDate]:
    """``dates`` (of ``sentence``) as ``tense`` reads them: "in November" read in the past is the
    last November before the article, not the next. A date that tense does not find stays."""
    again = {(d.char_start, d.char_end): d for d in resolve_dates(sentence, published, tense, language)}
    return [again.get((d.char_start, d.char_end), d) for d in dates]


def clause_tense(words: EventWords, sentence: str, start: int, end: int) -> str | None:
    """future or past: the tense the clause around ``sentence[start:end]`` gives it, by the
    cues before it in the clause (the future's, if any: "will be held on Friday"; else the
    past's: "said on Tuesday that ... will"), else by the first after it ("on Friday will
    hold talks"); None when the clause holds no cue."""
    clause_start, clause_end = clause_bounds(sentence, start, end)
    told = _told_from(words, sentence, clause_start, start)
    if told is not None:
        # ("Y told reporters that on Saturday X will meet Z": the telling's past is not the Saturday's;
        # the first verb of what is told, past any aside, tells it: "that on Saturday, before ..., X met Z")
        return _main_clause_tense(words, sentence, told)
    cues = _cues(words, sentence, clause_start, clause_end)
    before = [tense for position, tense in cues if position < start]
    if before:
        # ("will be held on 28 December": a participle after the future's cue is no past)
        return "future" if "future" in before else "past"
    # ("then fly to Y on Sunday for a state visit hosted by Z": a host's participle after the day
    # names who holds the event, not when; the trip keeps the tense of the clause before)
    hosts = listed_words(words.language, "hosted_by")
    after = [(position, tense) for position, tense in cues if position >= end
             and not (tense == "past" and hosts is not None and hosts.match(sentence, position))]
    return after[0][1] if after else None


def _told_from(words: EventWords, sentence: str, clause_start: int, start: int) -> int | None:
    """Where what a speaker tells begins, when a verb of telling and its "that" stand in the clause
    before ``start`` ("told reporters that on Saturday"); None where none does."""
    link = None
    for link in words.speech_link.finditer(sentence, clause_start, start):
        pass
    return link.end() if link is not None else None


def _cues(words: EventWords, sentence: str, start: int, end: int) -> list[tuple[int, str]]:
    """The tense cues in ``sentence[start:end]``, in order (the present of a schedule, "are
    meeting", is one of the future): a form the future or a wish holds ("is scheduled to",
    "would like") is not also a cue of the past."""
    future = [m.span() for pattern in (words.future, words.schedule) for m in pattern.finditer(sentence, start, end)]
    not_past = [m.span() for m in words.not_past.finditer(sentence, start, end)]
    cues = [(s, "future") for s, _ in future]
    for match in words.past.finditer(sentence, start, end):
        # (a capitalised word inside a clause is a name, "the United Nations", no verb)
        named = match.start() > start and sentence[match.start()].isupper() and sentence[start:match.start()].strip()
        if not named and not any(s <= match.start() < e for s, e in future + not_past):
            cues.append((match.start(), "past"))
    return sorted(cues)
