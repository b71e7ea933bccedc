"""A sentence that opens on "the same day" ("Le même jour, il a aussi rencontré X", "Am selben
Tag traf er auch Y", "El mismo día, ..."): the phrase names no day of its own but the day of
the story told before it. A report of that sentence with no day of its own takes the one day
of the last report before it that states one (in the text's order, the lead's or the body's),
as if the sentence had named it; with none before it, it stays undated.

"The same day" after a day in its own sentence is that day (dates_same_day.py); in a sentence that
names none, it points back wherever it stands ("In Vladivostok that day he met Y"). The words are each language's (knowledge/calendar.yaml, `same_day`).

A time of day opening a sentence that names no day ("In the afternoon, X held talks with Y",
"Вечером состоялась беседа ...", "Am Abend traf er Z") goes on with the day of the story told
before it in the same way (calendar.yaml, `day_parts`): without it such a report is undated, and
an undated report of talks held, sharing one person with the main event, is dropped as background.
Only at the opening: "the afternoon session" or "talks in the evening on Friday" inside a
sentence is no pointer back. So does a signing told done before the story's people, opening on
the language's words of presence ("In their presence, the ministers signed an agreement":
events_<language>.yaml `witnessed_by`, witnessed_signings.py), or opening on a word of the story's
order with those words later in it ("Zuvor hatten Minister beider Länder im Beisein der
Regierungschefs mehrere Abkommen unterzeichnet": calendar.yaml `sequence_openers`); the order word
alone is no pointer ("Zuvor hatten sich beide in Samarkand getroffen" may be any earlier day).

A day the text gives as known background is not the story's day: "普京是17日晚抵达北京的。
当天下午，……" (the cleft 是…的 recalls the arrival; "that afternoon" is the lead's day). Such a
sentence's day is passed over (calendar.yaml, `given_day`).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from functools import cache

from ruchina.extract.dates import ResolvedDate
from ruchina.extract.dates_same_day import SAME_DAY, same_day_pattern
from ruchina.extract.event_report import BODY, LEAD, EventMention
from ruchina.extract.event_words import listed_words
from ruchina.knowledge.base import calendar_entry
from ruchina.text.calendar_words import alternation, calendar_languages

#: a day this long before the page or more is of a page of history (event_mentions.LONG_BEFORE)
_HISTORY = dt.timedelta(days=366)
#: how far into its sentence the phrase may begin ("Et le même jour", "Also am selben Tag")
_OPENING_CHARS = 12
#: how far an order word's clause runs for the words of presence ("Zuvor hatten ... im Beisein der ...")
_CLAUSE_CHARS = 120


def dated_by_the_same_day(mentions: list[EventMention], language: str,
                          published: dt.date | None = None) -> list[EventMention]:
    """The mentions, each undated one of a sentence that opens on the language's "the same day"
    dated by the one day of the last report before it that states one; one that opens on a time
    of day, only while the story has told that one day alone
    ("arrived on Monday ... was received on Tuesday. In the afternoon, ...": which day's?)."""
    same_day, patterns = same_day_pattern(language), _opening_patterns(language)
    if not patterns:
        return mentions
    found: list[EventMention] = []
    # (the one day of the last report before, and the sentence it was stated in; every one day the
    # reports before state): of all reports, and of those told held alone. A report told held looks
    # back to held days only: "Xi is to attend the parade on 9 May. Already in the morning Wang had
    # held talks with Lavrov" is the morning of the talks told before, not of the parade to come.
    last_day, days_told = {False: None, True: None}, {False: set(), True: set()}
    last_ahead: tuple = (None, frozenset())  # (the same, of the days told from the page's on: a plan's)
    for mention in mentions:
        pointed_back = False
        held = mention.status == "occurred"
        if mention.part in (LEAD, BODY) and mention.sentence_start >= 0:
            back = last_day[held]
            told = days_told[held]
            if not held and last_ahead[0] is not None:
                # (a plan's time of day is not of a day before the page: "Today X held talks. The day before,
                # both attended the summit. In the evening X flies on to Y" is this evening; with no day
                # told from the page's on, a wire's plan of the story's day before the page stays as it was)
                back, told = last_ahead[0], last_ahead[1]
            page_day = back is None and held and published is not None and not days_told[False]
            if page_day:
                # (a story that has told no day at all, on a dated page: "Am Vormittag hatte X mit Y
                # verhandelt" is the page's day, where the report of the day told no other)
                back = (ResolvedDate(published, published, "day", "", -1, -1, "explicit"), -1)
            if mention.date is None and back is not None and back[1] < mention.sentence_start:
                opening = _opening(patterns, mention.sentence, language)
                if (opening is None or opening.start() > _OPENING_CHARS) and same_day is not None:
                    # ("In Vladivostok that day he met Y", "He met Y there that day": in a sentence that
                    # names no day, "that day" points back wherever it stands; a time of day does only
                    # at the opening: "the afternoon session" is no pointer)
                    opening = same_day.search(mention.sentence) or opening
                if opening is not None and (opening.start() <= _OPENING_CHARS
                                            or _names_the_same_day(same_day, opening.group())) and (
                        len(told) == 1 or _names_the_same_day(same_day, opening.group())
                        or page_day) and not (page_day and _names_the_same_day(same_day, opening.group())):
                    day = replace(back[0], phrase=opening.group(), char_start=opening.start(),
                                  char_end=opening.end(), kind=SAME_DAY)
                    mention, pointed_back = replace(mention, date=day), True
            date = mention.date
            # (a day this rule gave is the day before's: the sentence's next report looks back past it too,
            # "In X that day he attended the session and met Y")
            if (date is not None and not pointed_back and (not mention.earlier or _of_history(date, published))
                    and date.precision == "day"
                    and date.first == date.last and not _given(mention.sentence, date.phrase, language)):
                for view in {False, held}:
                    last_day[view] = (date, mention.sentence_start)
                    days_told[view].add(date.first)
                if published is not None and date.first >= published:
                    last_ahead = ((date, mention.sentence_start), last_ahead[1] | {date.first})
        found.append(mention)
    return found


def _of_history(date, published: dt.date | None) -> bool:
    """A day a year or more before the page: a report told as looking back ("二十年前的今天，叶利钦会见了
    李鹏", "Twenty years ago today ...") tells a page of history's story, and "同一天" after it is its day
    (a retelling of last month is background, and the day of the page's own story is pointed at)."""
    return published is not None and date.last < published - _HISTORY


def _names_the_same_day(same_day: re.Pattern[str] | None, phrase: str) -> bool:
    """Whether the opening phrase is one of "the same day"'s words (not a time of day)."""
    return same_day is not None and same_day.fullmatch(phrase) is not None


def _opening(patterns: tuple[re.Pattern[str], ...], sentence: str, language: str) -> re.Match[str] | None:
    """The first of the phrases that opens ``sentence``, if any; else a word of the story's order
    opening it, where it tells a signing done before others (_witnessed_in_order)."""
    found = [m for p in patterns if (m := p.search(sentence, 0, _OPENING_CHARS + 40)) is not None]
    first = min(found, key=lambda m: m.start(), default=None)
    if first is None or first.start() > _OPENING_CHARS:
        return _witnessed_in_order(sentence, language) or first
    return first


def _witnessed_in_order(sentence: str, language: str) -> re.Match[str] | None:
    """The order word ("Zuvor", "Earlier") opening ``sentence`` when its clause tells a signing done
    before others ("im Beisein der Regierungschefs"): the act of the story's occasion, its day."""
    order, witnessed = _sequence_pattern(language), listed_words(language, "witnessed_by")
    if order is None or witnessed is None:
        return None
    match = order.match(sentence)
    clause = sentence[:_CLAUSE_CHARS].split(",")[0]
    return match if match is not None and witnessed.search(clause, match.end()) is not None else None


@cache
def _sequence_pattern(language: str) -> re.Pattern[str] | None:
    entry = calendar_entry(language)
    forms = [str(form) for form in entry.get("sequence_openers") or []]
    return re.compile(rf"\W*(?:{alternation(forms, capitalised=True)})(?!\w)") if forms else None


@cache
def _opening_patterns(language: str) -> tuple[re.Pattern[str], ...]:
    """The language's "the same day", its times of day (`day_parts`) and its words of a signing
    done before the story's people (events_<language>.yaml `witnessed_by`: "In their presence,
    the ministers signed ..." is an act of the story's occasion, its day)."""
    same_day = same_day_pattern(language)
    entry = calendar_entry(language)
    parts = [str(form) for form in entry.get("day_parts") or []]
    words = calendar_languages().get(language)
    # (a spaced language's phrase ends at a word's edge: "Вечером" is no "Вечеровой"; "下午" has none)
    edge = r"(?!\w)" if words is None or words.spaced else ""
    found = [same_day] if same_day is not None else []
    if parts:
        found.append(re.compile(f"(?:{alternation(parts, capitalised=True)}){edge}"))
    if (witnessed := listed_words(language, "witnessed_by")) is not None:
        found.append(witnessed)
    return tuple(found)


@cache
def _given_patterns(language: str) -> tuple[str, ...]:
    entry = calendar_entry(language)
    return tuple(str(form) for form in entry.get("given_day") or [])


def _given(sentence: str, phrase: str, language: str) -> bool:
    """Whether the sentence tells its day ``phrase`` as known background ("是17日晚抵达北京的")."""
    return any(re.search(form.replace("{day}", re.escape(phrase)), sentence) for form in _given_patterns(language))
