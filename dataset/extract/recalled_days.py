"""A past event a page recalls with its stated day ("on December 2, Premier X and Prime Minister Y
held the 25th regular meeting", "本月2日，两国总理……举行了……会晤", "das 25. Treffen am 2. Dezember 2020")
is a report of that event, up to a year before the page: the day ties it to every other report of
that day's event. Further back, a meeting told with its days and their year and with the leaders who
held it ("John Smith went to Oslo to meet Jan Berg on May 3 and 4, 1962", "se vieron en Lima los días 9
y 10 de marzo de 1990") is a report of it too, however old: an analysis or an archive page recalls
history by its days. (A chronicle's entry, its sentence opening on its day, "June 18, 1973: X and Y
hold talks", "1957年11月6日，X会见Y", is history a news story retells beside its news, background unless
the page is a page of that history: history_pages.py.)
Background stays what a page only glances at: an event told by its month, week or year ("a call in
July"), one told as the last or the previous of its kind ("the last time they met was on 4
February", "their last meeting"), one whose day is a weekday or counted from the page, one whose day
was taken from another sentence, and one named as the reference point of what the sentence tells
("cooperation following their talks in Beijing on 4 February"). A day written without its year ("on
7 July", "до 18 июля") counts only within half a year before the page: further back, the reading of
its year is a guess (a visit that "will last until 18 July" read as last year's July), not a day
the page states.
"""

from __future__ import annotations

import datetime as dt
import re

from ruchina.extract.event_report import EventMention
from ruchina.extract.event_words import event_words, listed_words

#: the date kinds that state a day outright: a day and its month, with or without its year
_STATED = frozenset({"explicit"})
#: how far back a day written without its year is still the page's reading of it
YEARLESS_BACK = dt.timedelta(days=183)
#: how far before its day a reference word may stand ("following their talks in Beijing on 4 February")
_REFERENCE_REACH = 80
#: how far after the reference word its event word may stand
_EVENT_WORD_REACH = 40
#: how far back a stated day is a recalled report, not history retold
RECALLED_BACK = dt.timedelta(days=366)
_A_YEAR = re.compile(r"\d{4}")


def recalled_by_its_day(event, language: str, published: dt.date | None) -> bool:
    """Whether a report of the event, held, tells it on a day its own sentence states, and not as
    the last of a series (the language's ``last_of_a_series`` words, knowledge/events_<language>.yaml)."""
    last = listed_words(language, "last_of_a_series")
    if published is None:
        return False
    return any(_stated_day(m) and not (last and last.search(m.sentence)) and not _named_as_reference(m, language)
               and (_history_by_its_days(m) or (m.date.first == m.date.last and m.date.first >= published - (
                   RECALLED_BACK if _A_YEAR.search(m.date.phrase) else YEARLESS_BACK)))
               for m in event.mentions)


def _history_by_its_days(mention: EventMention) -> bool:
    """Told with its days and their year inside its sentence and with the two or more people who held
    it: not a chronicle's entry, whose sentence opens on its day, nor one leader's act recalled ("Heute
    vor 45 Jahren, am 18. Mai 1973, landete X in Paris": an anniversary's look back)."""
    date = mention.date
    entry = not mention.sentence[:date.char_start].strip()
    return bool(_A_YEAR.search(date.phrase) and len(mention.participant_ids) >= 2 and not entry)


def _named_as_reference(mention: EventMention, language: str) -> bool:
    """Whether an event word before the day stands right after a word that takes it as a reference
    point (the language's ``recalled_as_reference``: "following their talks ... on 4 February")."""
    reference = listed_words(language, "recalled_as_reference")
    if reference is None:
        return False
    trigger = event_words(language).trigger
    start = max(0, mention.date.char_start - _REFERENCE_REACH)
    return any(trigger.search(mention.sentence[:mention.date.char_start], word.end(), word.end() + _EVENT_WORD_REACH)
               for word in reference.finditer(mention.sentence, start, mention.date.char_start))


def _stated_day(mention: EventMention) -> bool:
    date = mention.date
    return (date is not None and date.precision == "day" and date.kind in _STATED
            and not mention.date_is_inherited and not mention.earlier and mention.status == "occurred")
