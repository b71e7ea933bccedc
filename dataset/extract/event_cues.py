"""What the words near an event word say of its report: an earlier event ("their last
meeting"), one referred back to ("his visit"), another body's meeting ("at a Security Council
meeting"), the occasion of a day ("timed to the anniversary"), a mention in passing ("they have
met 40 times"), a period's start ("since February 2022"), a page's links to its other pages
run into its text, and another day's event of a type the sentence has reported ("met on Monday
evening, and also met the premier on Tuesday morning"). Read by sentence_reports.py for each
event word.
"""

from __future__ import annotations

import re

from ruchina.extract.event_roles import choose_date
from ruchina.extract.event_words import EventWords


def occasion(words: EventWords, sentence: str, date) -> bool:
    """ "a forum timed to the 80th anniversary of Victory": the anniversary is the occasion's
    day, not the forum's (only the celebrations of it are held on it). A day that is no
    anniversary stays the event's ("in connection with the visit on 7 May")."""
    return date.kind == "anniversary" and bool(
        words.occasion.search(sentence, max(0, date.char_start - 80), date.char_start))


def earlier(words: EventWords, sentence: str, t_start: int, reach: int = 25) -> bool:
    """ "their last meeting", "at the recent St Petersburg International Economic Forum": a
    word of an earlier event within ``reach`` before the event word, or before the name its
    capitalised event word ends (capitalised words and numbers: "the last 25th Kama Forum")."""
    start = t_start
    for token in reversed(sentence[max(0, t_start - 120):t_start].split() if sentence[t_start].isupper() else ()):
        if not (token[:1].isupper() or token[:1].isdigit()):
            break
        start = sentence.rfind(token, 0, start)
    return any(words.earlier.search(sentence[max(0, end - reach):end]) for end in {start, t_start})


def refers_back(words: EventWords, sentence: str, t_start: int) -> bool:
    """ "the visit", "his visit", and with a modifier in lower case between them, "as part of
    his working visit" (not "the Russian-Indian talks": a capitalised word names the event anew)."""
    match = words.back_reference_modified.search(sentence, max(0, t_start - 25), t_start)
    return bool(match) and (match.group("modifier") is None or match.group("modifier").islower())


def named_other(words: EventWords, sentence: str, t_start: int, mentions) -> bool:
    """ "at a Security Council meeting": a meeting of some body, introduced as a new one; not
    "a Russia–China meeting", whose sides are countries."""
    match = words.named_other.search(sentence, max(0, t_start - 60), t_start)
    return bool(match) and not any(m.entity_type == "GPE" and match.start() <= m.start < t_start for m in mentions)


#: the longest title of a page a link list names before the page's date
LINK_TITLE = 200
LINK_BREAK = re.compile(r"[.!?;:。！？]")
A_YEAR = re.compile(r"\d{4}")


def related_links(words: EventWords, sentence: str, dates, own_event: bool = True) -> list[tuple[int, int]]:
    """ "See also  Talks with ... 19 February 2025  All materials on the trip ... 19 February
    2025": a page's links to its other pages, run into its text, each a title and a day. The
    events they name are other pages' reports, not this one's; but the event of "All materials
    on" is the one this page is part of, and it is the page's own when its title names none."""
    spans = []
    # (a link's date states its year, "17 March 2025": "... 2025  We await you on 9 May" is
    # the text again, not another link)
    days = sorted((d.char_start, d.char_end) for d in dates if d.precision == "day" and A_YEAR.search(d.phrase))
    collections = [] if own_event else [m.start() for m in words.collection_link.finditer(sentence)]
    for cue in words.related_links.finditer(sentence):
        if cue.start() in collections:
            continue
        end = cue.end()
        for d_start, d_end in days:
            if d_start < end:
                continue
            if d_start - end > LINK_TITLE or LINK_BREAK.search(sentence, end, d_start) \
                    or any(end <= c < d_start for c in collections):
                break
            end = d_end
        if end > cue.end():
            spans.append((cue.start(), end))
    return spans


def in_passing(words: EventWords, sentence, clause_start, clause_end, t_start, t_end) -> bool:
    """ "they have met 40 times", "as agreed during our last conversation": a mention, no report."""
    return any(m.start() <= t_end and m.end() >= t_start - 50
               for m in words.passing.finditer(sentence, clause_start, clause_end))


def after_since(words: EventWords, sentence: str, position: int) -> bool:
    """ "since the beginning of the conflict in February 2022" dates a period's start, not the
    event; so does a date whose own phrase opens with the word ("since 2019", "с февраля")."""
    clause_start = max(sentence.rfind(",", 0, position), sentence.rfind("(", 0, position)) + 1
    return bool(words.since.search(sentence, clause_start, position) or words.since.match(sentence, position))


def dated_apart(words: EventWords, sentence: str, dates, first, t_start: int, clause_end: int) -> bool:
    """ "met over dinner on Monday evening, and Xi also met the premier on Tuesday morning":
    an event word of the type a sentence has reported already is another event when a day
    of its own, after the first report's words, lies apart from that report's day."""
    if first.date is None or first.date.precision != "day":
        return False
    own = choose_date(words, sentence, dates, t_start, (max(first.scope[1], t_start), clause_end))
    return own is not None and own.precision == "day" and not own.overlaps(first.date)
