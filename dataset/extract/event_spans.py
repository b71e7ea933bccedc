"""The days a visit, summit or forum spans where its article states them beside a report
dated by one day: a duration right before its event word ("at the start of a three-day
state visit", "трёхдневный визит") or the day it lasts until ("a visit that runs until
Friday", "визит, который продлится до 7 июня"). Left alone, such an event is dated by the
one day its first report names (the day of the talks that open the visit), and reports of
its later days would not agree with it. Two leaders' talks keep their one day unless their own word
is told over several ("wrapped up two days of informal talks on Saturday": Friday and Saturday);
the days of the summit they are held at are not theirs.

The words are the language's (knowledge/event_spans.yaml); English durations are read by
dates.duration_days, as the sentence rules read them.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import replace
from functools import lru_cache

from ruchina.extract.continued_gatherings import fold_continued_gatherings
from ruchina.extract.dates import ResolvedDate, resolve_dates
from ruchina.extract.event_endings import told_as_ended
from ruchina.extract.event_inside import CONTAINER_TYPES
from ruchina.extract.event_mentions import ArticleEvent
from ruchina.extract.event_report import FAMILY, EventMention
from ruchina.extract.event_word_patterns import is_spaced
from ruchina.extract.event_words import EventWords
from ruchina.extract.gatherings_opening_now import date_gatherings_opening_now
from ruchina.extract.long_stays import length_words, stated_length
from ruchina.extract.opened_reports import fold_opening_reports
from ruchina.extract.sideline_lengths import days_from_sidelines
from ruchina.extract.span_next_sentences import until_told_next
from ruchina.knowledge.base import read_knowledge_file

#: The families of events that last several days; a meeting or a call is one day's, unless told
#: over several ("wrapped up two days of talks on Saturday", "a two-day informal meeting").
_SPANNING = frozenset({"visit", "forum", "gathering"})
#: the types whose reports may state the days an event spans: the containers', and a meeting's by its
#: own word's duration only ("met on the sidelines of a two-day summit" spans the summit's days, not theirs)
_STATING = CONTAINER_TYPES | {"meeting"}
#: Longer than this is no visit or summit, but a period ("the exhibition runs until March").
_LONGEST = 14


@lru_cache(maxsize=None)
def _until_before(language: str) -> re.Pattern[str] | None:
    """The language's words right before the day an event lasts until (knowledge/event_spans.yaml `until`)."""
    until = (read_knowledge_file("event_spans").get(language) or {}).get("until") or []
    return _words_before(until, _spaced(language)) if until else None


@lru_cache(maxsize=None)
def _span_patterns(language: str, key: str) -> tuple[re.Pattern[str], ...]:
    """The language's patterns under ``key`` in knowledge/event_spans.yaml ("durations_after", "lasts")."""
    return tuple(re.compile(p, re.IGNORECASE) for p in (read_knowledge_file("event_spans").get(language) or {})
                 .get(key) or [])


def _words_before(words: list[str], spaced: bool = True) -> re.Pattern[str] | None:
    """The words right before a day's phrase; in a language written without spaces ("持续到15日")
    with nothing between them and the day and no word boundary to find."""
    if not words:
        return None
    alternatives = "|".join(words)
    return re.compile(r"(?:^|\b|\s)(?:" + alternatives + r")\s+$" if spaced else r"(?:" + alternatives + r")\s*$",
                      re.IGNORECASE)


@lru_cache(maxsize=None)
def _spaced(language: str) -> bool:
    """Whether the language puts spaces between words (knowledge/events_<language>.yaml's
    ``word_boundaries``)."""
    return is_spaced(read_knowledge_file(f"events_{language}"))


@lru_cache(maxsize=None)
def since_words(language: str) -> re.Pattern[str] | None:
    """The words right before the day an event under way has lasted since (its first day)."""
    words = (read_knowledge_file("event_spans").get(language) or {}).get("since") or []
    return _words_before(words, _spaced(language)) if words else None


def stretch_stated_spans(words: EventWords, events: list[ArticleEvent], body: str = "") -> None:
    """Give each several-day event dated by one day the days its reports state it lasts."""
    fold_continued_gatherings(words, events)  # ("Le sommet proprement dit se poursuit jusqu'à mardi": the one told)
    date_gatherings_opening_now(words, events)  # ("as the three-day summit gets under way": from the page's day)
    for event in events:
        date = event.date
        # (a range of days counted back from its n-th day, "on Thursday, its second day", may
        # still be stated to last until a later one: "it ends on Friday")
        if (event.family not in _SPANNING or date is None or date.precision != "day"
                or date.last - date.first > dt.timedelta(days=_LONGEST) or not _STATING & event.types()):
            continue
        if (date.first == date.last and _names_its_end(words.language, event, date)
                and not _days_before_its_end(words, event, date)):
            # ("a visit that runs until Friday" and no other day: the day is its last, and
            # the visit is under way on the publication date; "arrived on Friday and stays until
            # Tuesday": it runs from the day another report of it gives. Not one its report tells
            # ended on that day, "der zweitägige Besuch endet heute": its duration counts back from it;
            # "landed on Sunday at the start of a visit that ran until Tuesday": from the day before it)
            if _told_over(words.language, event, date):
                earlier = _day_named_before(words.language, event, date)
                date = replace(date, first=earlier.first) if earlier else date
            else:
                # ("arrived on Sunday for a visit that ends on Tuesday": from the arrival's day)
                earlier = _other_own_day(words.language, event, date) or _arrival_day_before(words, event, date)
                date = earlier or replace(date, first=event.published, last=event.published)
        # (a day no phrase states, the publication date assumed, is no day to count a duration
        # from: "a day before the two-day summit" is told on its eve; a stated end still ends it)
        ended = (_days_before_its_end(words, event, date) or days_from_sidelines(words, events, event, date)
                 if date.first == date.last else None)
        if ended:
            # ("ended a two-day summit on Friday": the day is its last; it opened the day before)
            date = replace(date, first=date.first - dt.timedelta(days=ended - 1))
        last = None if ended else _stated_last_day(words, event, date.first, counted=date.char_end > 0, body=body)
        # (a visit "since Monday" told with no day of its own is under way on the publication date)
        first = _stated_first_day(words.language, event, date.first)
        if last is None and first is None and not ended:
            continue
        date = replace(date, first=first or date.first)
        last = max(last or date.last, date.last)
        for position, mention in enumerate(event.mentions):
            if mention.date is event.date:
                event.add(replace(mention, date=replace(date, last=last)), position)
                break
        else:
            event.assumed_date = replace(date, last=last)
            event.__dict__.pop("date", None)
    fold_opening_reports(events)  # ("... ended two days of talks today. The meeting opened Saturday": the same)


def _names_its_end(language: str, event: ArticleEvent, date: ResolvedDate) -> bool:
    """Whether the event's one day is the day its report says it lasts until."""
    until_before = _until_before(language)
    if until_before is None or event.published is None or date.char_end == 0:
        return False
    sentence = _date_sentence(event, date)
    return bool(sentence and _after_until(until_before, sentence, date))


def _other_own_day(language: str, event: ArticleEvent, until: ResolvedDate) -> ResolvedDate | None:
    """The day another report of the event gives by its own words, no "until" day and none after
    the publication date, when the event's one day is the day it lasts until: its first day."""
    until_before = _until_before(language)
    for mention in event.mentions:
        date = mention.date
        if (date is None or date is until or mention.date_is_inherited or date.char_end == 0 or not _is_day(date)
                or event.published is None or not event.published - dt.timedelta(days=_LONGEST) <= date.first
                <= event.published):
            continue
        sentence = mention.date_sentence or mention.sentence
        if not _after_until(until_before, sentence, date):
            return date
    return None


def _stated_last_day(words: EventWords, event: ArticleEvent, first: dt.date, counted: bool,
                     body: str = "") -> dt.date | None:
    for mention in event.mentions:
        if mention.event_type not in _STATING:
            continue
        days = None
        if counted and _dated_to_another_day(mention, first):
            # (its days run from its own day; told as ended on a later day, that day is the last:
            # "aprobaron este viernes ..., en la clausura de una cumbre de dos días")
            if mention.date.first > first and _told_ended_on_its_day(words, mention):
                return mention.date.first
        elif counted:
            days = _duration(words, mention)
        if days:
            return first + dt.timedelta(days=days - 1)
        if mention.event_type not in CONTAINER_TYPES:
            continue
        last = _until(words.language, mention, event.published, first)
        if last:
            return last
        until_before = _until_before(words.language)
        # ("... с визитом с 2 сентября. Визит продлится до 6 сентября.": the next sentence's)
        last = until_before and event.published and until_told_next(
            words, until_before, mention, body, event.published, first, _LONGEST)
        if last:
            return last
    return None


def _dated_to_another_day(mention: EventMention, first: dt.date) -> bool:
    """Whether the report is dated by its own words to one day other than the event's: the
    days it states are counted from that day, not the event's ("为期两天的峰会于6日开幕" told in
    one event with Tuesday's talks does not stretch the talks to Wednesday)."""
    date = mention.date
    return (date is not None and not mention.date_is_inherited and date.char_end > 0
            and date.precision == "day" and date.first == date.last and date.first != first)


def _told_ended_on_its_day(words: EventWords, mention: EventMention) -> bool:
    """Whether the report states its event's duration and tells it ended on its own day."""
    found = _duration_word(words, mention)
    return bool(found and told_as_ended(words, mention.sentence, found[1], mention.date))


def _stated_first_day(language: str, event: ArticleEvent, day: dt.date) -> dt.date | None:
    """The earlier day a report dated by one day of the event says it has lasted since
    ("received on Monday, on a state visit since Sunday"): its first day."""
    since_before = since_words(language)
    if since_before is None or event.published is None or _told_as_talks(event):
        return None
    for mention in event.mentions:
        if mention.event_type not in CONTAINER_TYPES:
            continue
        for date in resolve_dates(mention.sentence, event.published, "past", language):
            if (_is_day(date) and _after_until(since_before, mention.sentence, date)
                    and day - dt.timedelta(days=_LONGEST) <= date.first < day):
                return date.first
    return None


def _told_as_talks(event: ArticleEvent) -> bool:
    """Whether most of the event's reports call it a meeting, the type its row takes: a report of
    the stay around it that joined it ("JIANG IN MOSCOW SINCE SUNDAY FOR INFORMAL SUMMIT" beside
    "YELTSIN RECEIVES JIANG") dates the stay, and the talks keep their one day."""
    counts = Counter(m.event_type for m in event.mentions)
    return counts["meeting"] > max((n for t, n in counts.items() if t != "meeting"), default=0)


def _days_before_its_end(words: EventWords, event: ArticleEvent, date: ResolvedDate) -> int | None:
    """The days an event lasts by the report that gives its day, where that report tells it
    ended (event_endings.py): "la cumbre, de dos días, terminó este sábado" ran Friday and Saturday."""
    told = next((m for m in event.mentions if m.date is date and m.event_type in _STATING), None)
    if told is None or told.date_is_inherited or date.char_end == 0:
        return None
    found = _duration_word(words, told)
    return found[0] if found and told_as_ended(words, told.sentence, found[1], date) else None


def stated_days(words: EventWords, mention: EventMention) -> tuple[dt.date, dt.date] | None:
    """The days a report dated by one day states its event spans by its own words: "wrapped up
    two days of talks on Saturday", Friday and Saturday; "began a two-day summit on Friday",
    Friday and Saturday. None when it states no duration."""
    date = mention.date
    if date is None or date.precision != "day" or date.first != date.last or date.char_end == 0:
        return None
    found = _duration_word(words, mention)
    if not found:
        return None
    days = dt.timedelta(days=found[0] - 1)
    if told_as_ended(words, mention.sentence, found[1], date):
        return date.first - days, date.first
    return date.first, date.first + days


def _duration(words: EventWords, mention: EventMention) -> int | None:
    """The days the words right before (or, where the language puts them there, right after)
    the mention's event word say it lasts."""
    found = _duration_word(words, mention)
    return found[0] if found else None


def _duration_word(words: EventWords, mention: EventMention) -> tuple[int, tuple[int, int]] | None:
    """The days the mention's event word is said to last, with the word's span."""
    amounts = length_words(words.language).amounts
    for found in words.trigger.finditer(mention.sentence):
        if FAMILY[found.lastgroup] != FAMILY[mention.event_type]:
            continue  # (its word, or one of its family it took the place of: "the two-day meeting" of a summit)
        if mention.event_type not in CONTAINER_TYPES and (
                found.lastgroup != mention.event_type or words.setting_before.search(mention.sentence, 0, found.start())):
            # (a meeting's days are its own word's: not the summit's it is held at, even one named by a
            # meeting's word after its sidelines, "Am Rande des dreitägigen Treffens traf Hu am Mittwoch X")
            continue
        days = stated_length(words.language, mention.sentence, *found.span())
        if not days and found.lastgroup == mention.event_type:  # (a lasting is its own word's: not the talks')
            days = _lasting(words, mention.sentence, found.end(), amounts)
        if days and 1 < days <= _LONGEST:
            return days, found.span()
    return None


#: what parts the event word's clause from another's ("...; the truce will last two days")
_CLAUSE_BREAK = re.compile(r"[;:()\[\]]|\s[—–]\s")


def _lasting(words: EventWords, sentence: str, word_end: int, amounts: dict[str, int]) -> int | None:
    """The days a verb of lasting after the event word states, with no other event word nor
    clause break between ("the summit opened on Friday and will last two days", "саммит продлится два дня")."""
    for pattern in _span_patterns(words.language, "lasts"):
        stated = pattern.search(sentence, word_end, word_end + 120)
        if stated and not words.trigger.search(sentence, word_end, stated.start()) and not _CLAUSE_BREAK.search(
                sentence, word_end, stated.start()):
            return amounts.get(stated.group("amount").casefold())
    return None


def _until(language: str, mention: EventMention, published: dt.date | None, first: dt.date) -> dt.date | None:
    """The day the mention's sentence says the event lasts until (read as a day to come from
    the publication date: "lasts until Friday" is the coming Friday; "ran until Friday", the Friday
    before it), if after its first day."""
    until_before = _until_before(language)
    if until_before is None or published is None:
        return None
    tense = "past" if _told_lasting_until(language, mention.sentence) else "future"
    for date in resolve_dates(mention.sentence, published, tense, language):
        if (_is_day(date) and _after_until(until_before, mention.sentence, date)
                and first < date.first <= first + dt.timedelta(days=_LONGEST)):
            return date.first
    return None


def _told_over(language: str, event: ArticleEvent, date: ResolvedDate) -> bool:
    """Whether the report that gives the event's one day tells it lasted until then ("a visit that
    ran until Tuesday"): the day is its last, no day it is under way on the publication date."""
    sentence = _date_sentence(event, date)
    return bool(sentence and _told_lasting_until(language, sentence))


def _day_named_before(language: str, event: ArticleEvent, until: ResolvedDate) -> ResolvedDate | None:
    """The day the sentence of the event's last day names before it, within a visit's length ("landed
    on Sunday at the start of a visit that ran until Tuesday"): its first."""
    sentence = _date_sentence(event, until)
    if not sentence or event.published is None:
        return None
    return next((date for date in resolve_dates(sentence, event.published, "past", language)
                 if _is_day(date) and date.char_end <= until.char_start
                 and until.first - dt.timedelta(days=_LONGEST) <= date.first < until.first), None)


def _arrival_day_before(words: EventWords, event: ArticleEvent, until: ResolvedDate) -> ResolvedDate | None:
    """The day the sentence of the event's last day names before it, no later than the page, where
    the visit is what that day's arrival is for ("arrived on Sunday ... for a visit that ends on
    Tuesday": the language's ``arrival_for`` between them): its first."""
    earlier = _day_named_before(words.language, event, until)
    sentence = _date_sentence(event, until)
    if earlier is None or sentence is None or event.published is None or earlier.first > event.published:
        return None
    return earlier if words.arrival_for.search(sentence, earlier.char_end, until.char_start) else None


def _date_sentence(event: ArticleEvent, date: ResolvedDate) -> str | None:
    """The sentence of the report that gives the event ``date``."""
    told = next((m for m in event.mentions if m.date is date), None)
    return told and (told.date_sentence or told.sentence)


def _told_lasting_until(language: str, sentence: str) -> bool:
    """Whether the sentence holds `until`'s words in a past tense (event_spans.yaml's `lasted_until`)."""
    return any(pattern.search(sentence) for pattern in _span_patterns(language, "lasted_until"))


def _after_until(until_before: re.Pattern[str], sentence: str, date: ResolvedDate) -> bool:
    """Whether the date's phrase follows an "until" word ("lasts until Friday")."""
    return bool(until_before.search(sentence[max(0, date.char_start - 20):date.char_start]))


def _is_day(date: ResolvedDate) -> bool:
    return date.precision == "day" and date.first == date.last
