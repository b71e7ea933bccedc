"""A live page's entry tells what has just happened: an event it reports as held, with no day
of its own, was held on the day its entry was written ("13:05 Leaders signed the declaration",
under "Friday 24 June"). The day is inferred, as a main event's publication date is: a day the
text states wins over it. On any other page an undated report keeps no day (it may be background:
"the talks covered Syria" of a meeting told elsewhere).

A report that refers back ("the summit") is told of the page's own subject as much as of an event
told before, so it takes no day, but for one: the entry that tells a gathering of many opened or
closed ("11:10 The leaders opened the summit", "Abbott is closing the summit as we type") tells
it held that day, as the entry that reports it held does (each language's ``gathering_opened``,
knowledge/events_<language>.yaml, the words right before the gathering's word).

A live page whose stamps were all cut away as page chrome is still one where its title calls it
so after a separator ("World leaders in Berlin - live updates", each language's
``live_page_titles``) and its body heads entries with one-line headings ("Merkel lands", two or
more below the first paragraph): its entries are all of the page's day. A title alone is not
enough: a page so titled with no entry headings may be a summary written later."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from dataclasses import replace

from ruchina.extract.caption_days import caption_entry_days
from ruchina.extract.dates import ResolvedDate
from ruchina.extract.event_compatibility import PUBLISHED
from ruchina.extract.event_report import FAMILY, EventMention
from ruchina.extract.event_words import EventWords, listed_words
from ruchina.extract.live_entries import entry_days, is_live_page, timed_entry_days
from ruchina.text.page_almanac import almanac_entry_day

#: the kind of the day an almanac entry gives the held event it tells with none of its own: the
#: day its heading and its year state, which heads the page's story where nothing above it tells one
ALMANAC = "almanac"
#: the event words of gatherings of many, which a live page's entry tells opened or closed
_GATHERINGS = frozenset({"summit", "forum"})


def dated_by_their_entries(mentions: list[EventMention], body: str, published: dt.date | None,
                           words: EventWords | None = None,
                           almanac: tuple[int, int] | None = None, title: str | None = None) -> list[EventMention]:
    """The body's undated reports of held events, dated by their live entries' days, or by their
    almanac entries' (``almanac``: the (month, day) an almanac page's title heads it with, as
    text/page_almanac.py reads it); ``words``: the language's event words, for a gathering told
    opened or closed."""
    paragraphs = body.split("\n\n")
    parts_only = False
    if almanac is not None:
        # ("1958 - Khrushchev leaves Peking after four days of talks": under "On this day: August 3")
        days = [almanac_entry_day(paragraph, almanac) for paragraph in paragraphs]
    elif published is not None and _titled_live(words, title) and not is_live_page(paragraphs, published) \
            and not _titled_live_page(words, title, paragraphs) \
            and (timed := timed_entry_days(paragraphs, published)) is not None:
        # (entries stamped by their time alone, "14:40 IST", under a title calling the page live: bare
        # times alone are as often a programme's, "09:10 arrival, 11:00 talks", of no held report)
        days, parts_only = timed, True
    elif (captioned := caption_entry_days(paragraphs, published)) is not None:
        days, parts_only = captioned, True  # (a gallery's captions under their datelines: "VARANASI, INDIA - DECEMBER 12:")
    elif published is None or not (is_live_page(paragraphs, published)
                                   or _titled_live_page(words, title, paragraphs)):
        return mentions  # (no live page)
    else:
        # (a live page whose entries are all of the page's day too: "15:20 Leaders signed the
        # declaration" under "Friday 13 September" was signed that Friday)
        days = entry_days(paragraphs, published)
    starts, offset = [], 0
    for paragraph in paragraphs:
        starts.append(offset)
        offset += len(paragraph) + 2
    kind = PUBLISHED if almanac is None else ALMANAC
    # (where the page's only stamps are bare times or a caption's dateline, the day dates the talks, the
    # signings and the ceremonies an entry tells, not a visit: "X's plane has landed" tells a stay's
    # first day, whose report the visit's own words date, and may be another stay than the one told next)
    dated = []
    for mention in mentions:
        day = days[bisect_right(starts, mention.sentence_start) - 1] if mention.in_body else None
        if (day is not None and mention.date is None and mention.status == "occurred"
                and not (mention.earlier or mention.continues) and not (parts_only and FAMILY[mention.event_type] == "visit")
                and (not mention.refers_back or _opened_or_closed(words, mention))):
            mention = replace(mention, date=ResolvedDate(day, day, "day", "", 0, 0, kind))
        dated.append(mention)
    return dated


def _opened_or_closed(words: EventWords | None, mention: EventMention) -> bool:
    """Whether the report's first event word, a gathering's, comes right after the language's words
    of opening or closing it ("opened the summit", "is closing the summit")."""
    opened = listed_words(words.language, "gathering_opened") if words is not None else None
    if opened is None:
        return False
    start, end = mention.scope if mention.scope[1] > 0 else (0, len(mention.sentence))
    word = next(words.trigger.finditer(mention.sentence, start, end), None)
    if word is None or word.lastgroup not in _GATHERINGS:
        return False
    before = mention.sentence[max(0, word.start() - 60):word.start()]
    return any(not before[m.end():].strip() for m in opened.finditer(before))


#: a separator before a title's last words ("... - live updates", "...: as it happened")
_TITLE_SEPARATOR = re.compile(r"(?:\s[-–—|]|:)\s*$")
#: an entry's heading: one line of a few words, with no stop at its end
_HEADING = re.compile(r"[^\n]{3,90}(?<![.!?»”\"])")
MIN_HEADINGS = 2


def _titled_live(words: EventWords | None, title: str | None) -> bool:
    """Whether the title calls the page a live page anywhere in it ("Abe in India LIVE: ...")."""
    live = listed_words(words.language, "live_page_titles") if words is not None and title else None
    return live is not None and live.search(title) is not None


def _titled_live_page(words: EventWords | None, title: str | None, paragraphs: list[str]) -> bool:
    """Whether the title calls the page a live page after a separator and two paragraphs or more
    below the first are one-line entry headings."""
    live = listed_words(words.language, "live_page_titles") if words is not None and title else None
    if live is None:
        return False
    title = title.strip()
    tail = next((m for m in live.finditer(title) if m.end() == len(title)
                 and _TITLE_SEPARATOR.search(title[:m.start()])), None)
    if tail is None:
        return False
    headings = [p for p in paragraphs[1:] if _HEADING.fullmatch(p.strip()) and len(p.split()) <= 12]
    return len(headings) >= MIN_HEADINGS
