"""A visit waited for, with no date: "said Moscow was waiting for a visit from the king", "в
столице ждут визита президента". What is only expected, with no time set, is no event yet: its
event word reports none, and the people it names take part in nothing ("Putin received X and
said he awaited a visit by Y": Y was at no meeting). A date after the waiting words keeps it a
plan ("expects a visit by Y next month"); a date before them is the sentence's other act's ("on
Wednesday"). The words are data, ``awaited`` in knowledge/events_<language>.yaml (EventWords;
a language without them lists none). Read by sentence_reports.py for each event word. A sentence
that only refers back to such a visit ("He gave no date for the visit") reports none either.
"""

from __future__ import annotations

from ruchina.extract.dates import ResolvedDate
from ruchina.extract.event_mentions import FAMILY
from ruchina.extract.event_report import EventMention
from ruchina.extract.event_words import EventWords


def awaited_undated(words: EventWords, sentence: str, event_type: str, clause_start: int, t_start: int,
                    dates: list[ResolvedDate]) -> bool:
    """Whether the visit's word at ``t_start`` follows, in its clause, words of waiting for it, and
    none of ``dates`` (the sentence's) stands after those words."""
    if FAMILY.get(event_type) != "visit":
        return False
    cue = words.awaited.search(sentence, clause_start, t_start)
    return cue is not None and not any(d.char_start >= cue.start() for d in dates)


def without_awaited_echoes(words: EventWords, mentions: list[EventMention], texts: list[str]) -> list[EventMention]:
    """The reports, less the ones that only refer back to a visit ("He gave no date for the visit")
    where the article tells of a visit only as awaited: no report of a visit of its own is left and
    one of ``texts`` (its title and body) has a visit's word right after waiting words."""
    visits = [m for m in mentions if FAMILY.get(m.event_type) == "visit"]
    if not visits or not all(m.refers_back for m in visits):
        return mentions  # (nothing to drop: the scan of the whole text below is skipped)
    awaited = any(FAMILY.get(found.lastgroup) == "visit" and words.awaited.search(text, max(0, found.start() - 80),
                                                                                   found.start())
                  for text in texts if text for found in words.trigger.finditer(text))
    return [m for m in mentions if not (m.refers_back and FAMILY.get(m.event_type) == "visit")] if awaited else mentions
