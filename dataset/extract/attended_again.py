"""One more attendee of the event the report before told, told with the language's attendance
cue right before that event's word and no day of its own ("Vladimir Poutine a assisté jeudi au
défilé ... Le Premier ministre indien X, venu en Russie en début de mois, a assisté au défilé"):
the event word names that event again, so the sentence is an attendance list of it (its people
join the report before, sentence_reports.py), not a report of its own, whose places (an aside's
"en Russie") and people would be another event's.

Only the language's attendance cue (knowledge/events_<language>.yaml, ``attending``), an event
word of the type of the report before with at most an article between them, the sentence's only
event word, and no date in the sentence but an aside's between commas before the cue ("X, arrivé
lundi, a assisté au défilé"): "a assisté au défilé de Minsk samedi" may be another.
"""

from __future__ import annotations

import datetime as dt

from ruchina.extract.date_clauses import clause_dates
from ruchina.extract.tenses import sentence_tense

#: the most words between the attendance cue and the event word ("au", "à la")
_BETWEEN_WORDS = 2


def without_the_attended(words, sentence: str, attending, triggers: list, previous, published: dt.date | None) -> list:
    """``triggers`` (the sentence's event words: type, start, end), less the one that names again
    the event of ``previous`` (the report before) right after the attendance cue ``attending``."""
    if attending is None or previous is None or previous.earlier or len(triggers) != 1:
        return triggers  # (not where an aside reports an event: "arrivé en Lituanie lundi", a visit)
    kind, t_start, _ = triggers[0]
    between = sentence[attending.end():t_start]
    if kind != previous.event_type or t_start < attending.end() or len(between.split()) > _BETWEEN_WORDS:
        return triggers
    dates = clause_dates(sentence, published, sentence_tense(sentence, words.language), words.language)
    if any(not _in_an_aside(sentence, d.char_start, d.char_end, attending.start()) for d in dates):
        return triggers  # (a day of its own: maybe another time's event)
    return []


def _in_an_aside(sentence: str, start: int, end: int, cue: int) -> bool:
    """Whether ``sentence[start:end]`` stands between two commas before the attendance cue at
    ``cue`` (", venu en Russie en début de semaine,": the attendee's, not the event's)."""
    return sentence.rfind(",", 0, start) != -1 and sentence.find(",", end, cue) != -1
