"""A body's next edition told only by its place or year, naming no one ("the next summit will be
held in South Africa in 2013", "Das nächste Treffen ist für 2014 in den Niederlanden geplant",
"Следующий саммит ШОС пройдет в Душанбе"): the series goes on, but no event of the article is told;
a row of it would be a gathering of no one, placed and dated by the page's afterthought. A next
meeting given a day, a week or a month ("their next meeting is expected in June"), or one of people
it names ("suggested that their next meeting be held in Moscow"), is a plan all the same, and stays
a report.

The words are each language's ``next_edition`` (knowledge/events_<language>.yaml): words right
before a gathering's word (a body's name may stand between, "the next SCO summit") that name the
series' next one; a language that lists none has no such reading.
"""

from __future__ import annotations

from ruchina.extract.event_mentions import TITLE
from ruchina.extract.event_report import EventMention
from ruchina.extract.event_words import EventWords, listed_words

#: the kinds a series holds: a summit, its leaders' meeting, a forum (a visit's "next" is a person's trip)
_SERIES_KINDS = frozenset({"summit", "meeting", "forum"})
#: how far before the event word the "next" may stand ("the next SCO summit", "le prochain sommet du G20")
_REACH = 40


def without_next_editions(words: EventWords, mentions: list[EventMention]) -> list[EventMention]:
    """The reports, less those of a series' next edition told to come with no one, and no day, week or month."""
    return [m for m in mentions if not _next_edition(words, m)]


def _next_edition(words: EventWords, mention: EventMention) -> bool:
    if (mention.event_type not in _SERIES_KINDS or mention.status != "planned" or mention.participant_ids
            or (mention.date is not None and mention.date.precision != "year")):
        return False
    pattern = listed_words(words.language, "next_edition")
    if pattern is None:
        return False
    trigger = words.title_trigger if mention.part == TITLE else words.trigger
    start, end = mention.clause
    word = next((m for m in trigger.finditer(mention.sentence, start, end) if m.lastgroup == mention.event_type), None)
    if word is None:
        return False
    before = word.start()
    return any(not mention.sentence[told.end():before].strip()
               for told in pattern.finditer(mention.sentence, max(0, before - _REACH), before))
