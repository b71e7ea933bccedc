"""A visit waited for, with no date: "said Moscow was waiting for a visit from the king", "в
столице ждут визита президента". What is only expected, with no time set, is no event yet: its
event word reports none, and the people it names take part in nothing ("Putin received X and
said he awaited a visit by Y": Y was at no meeting). A date after the waiting words keeps it a
plan ("expects a visit by Y next month"); a date before them is the sentence's other act's ("on
Wednesday"). The words are data, ``awaited`` in knowledge/events_<language>.yaml (EventWords;
a language without them lists none). Read by event_sentences.py for each event word.
"""

from __future__ import annotations

from ruchina.extract.dates import ResolvedDate
from ruchina.extract.event_mentions import FAMILY
from ruchina.extract.event_words import EventWords


def awaited_undated(words: EventWords, sentence: str, event_type: str, clause_start: int, t_start: int,
                    dates: list[ResolvedDate]) -> bool:
    """Whether the visit's word at ``t_start`` follows, in its clause, words of waiting for it, and
    none of ``dates`` (the sentence's) stands after those words."""
    if FAMILY.get(event_type) != "visit":
        return False
    cue = words.awaited.search(sentence, clause_start, t_start)
    return cue is not None and not any(d.char_start >= cue.start() for d in dates)
