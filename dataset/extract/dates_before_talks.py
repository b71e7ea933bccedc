"""A report that opens on "before the talks" ("Por la mañana, antes del encuentro, Wang se reunió con
Lavrov", "Before the talks, X met Y") with no day of its own was held on the day of the talks told
before it: the talks it names are those the story has told, held on one day, and what came before them
came that morning. Without this the report is undated, and an undated report of talks held is dropped as
background; and a time of day at its opening ("Por la mañana") cannot say which of the story's days it
means where the story has told two (the talks yesterday, the visit ending today).

Only at the opening (the phrase within its first words), only a report told held, and only the day of
the last one-day talks held told before it: "before the summit" names a gathering of days, and "the
talks before the summit" inside a sentence is no pointer. The words are each language's
``before_the_talks`` (knowledge/events_<language>.yaml).
"""

from __future__ import annotations

from dataclasses import replace

from ruchina.extract.dates_same_day import SAME_DAY
from ruchina.extract.event_report import BODY, LEAD, EventMention
from ruchina.extract.event_words import listed_words

#: how far into its sentence the phrase may begin ("Por la mañana, antes del encuentro, ...")
_OPENING_CHARS = 20
#: the type of the talks the phrase names
_TALKS = "meeting"


def dated_before_the_talks(mentions: list[EventMention], language: str) -> list[EventMention]:
    """The mentions, each undated held one of a sentence that opens on "before the talks" dated by the
    day of the last held one-day talks told before it."""
    pattern = listed_words(language, "before_the_talks")
    if pattern is None:
        return mentions
    found, last_talks = [], None
    for mention in mentions:
        if mention.part in (LEAD, BODY) and mention.sentence_start >= 0:
            opening = pattern.search(mention.sentence, 0, _OPENING_CHARS + 40)
            if (mention.date is None and mention.status == "occurred" and last_talks is not None
                    and last_talks[1] < mention.sentence_start and opening is not None
                    and opening.start() <= _OPENING_CHARS):
                mention = replace(mention, date=replace(last_talks[0], phrase=opening.group(),
                                                        char_start=opening.start(), char_end=opening.end(),
                                                        kind=SAME_DAY))
            elif (mention.event_type == _TALKS and mention.status == "occurred" and not mention.earlier
                  and mention.date is not None and mention.date.precision == "day"
                  and mention.date.first == mention.date.last and mention.date.kind != SAME_DAY):
                last_talks = (mention.date, mention.sentence_start)
        found.append(mention)
    return found
