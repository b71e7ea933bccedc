"""The day of a sentence whose talks' guest came to attend a gathering: "习近平9日会见来华出席峰会
的普京" (Xi met on the 9th Putin, who came to attend the summit) dates the talks, not the summit.
Where a language puts an event's time before its word (``modifiers_first``), a summit or forum
named after the talks' word, in a modifier the language's attend words open (``sidelines``,
read as EventWords.setting_before), takes no day that stands before the talks' word: it keeps
the day another sentence gives it ("峰会将于10日举行"), or none. A gathering named before the
talks ("9日出席峰会期间会见普京") still shares their day. Read by extraction.py after
summit_settings.py.
"""

from __future__ import annotations

from dataclasses import replace

from ruchina.extract.event_report import EVENTS_OF_MANY, EventMention

MEETING = "meeting"


def without_the_talks_day(words, mentions: list[EventMention]) -> list[EventMention]:
    """``mentions`` with the gatherings attended by the talks' guest undated where their day is
    the talks' (stands before the talks' word). ``words``: the language's event words."""
    if not words.modifiers_first:
        return mentions
    return [replace(m, date=None) if _talks_day(words, m) else m for m in mentions]


def _talks_day(words, mention: EventMention) -> bool:
    date = mention.date
    if mention.event_type not in EVENTS_OF_MANY or date is None or mention.date_is_inherited or date.char_end <= 0:
        return False
    sentence = mention.sentence
    found = list(words.trigger.finditer(sentence))
    own = [t.start() for t in found if t.lastgroup == mention.event_type
           and mention.scope[0] <= t.start() < max(mention.scope[1], mention.scope[0] + 1)]
    talks = [t for t in found if t.lastgroup == MEETING and t.start() >= date.char_end]
    return any(t.end() <= start and words.setting_before.search(sentence, t.end(), start)
               for start in own for t in talks)
