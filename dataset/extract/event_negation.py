"""A meeting said not to have been held ("did not hold a bilateral meeting with him", "n'a pas
eu d'entretien avec lui"), or called off ("called off a planned visit", "the meeting ... will
not take place", "встречи ... не будет"): the event word reports no event, while the sentence's
other event words keep theirs ("... with him at the summit" still tells of the summit). The
words are data, ``not_held`` (before the event word) and ``called_off`` (after it, in its
clause) in knowledge/events_<language>.yaml (EventWords). Read by sentence_reports.py for each
event word.
"""

from __future__ import annotations

from ruchina.extract.event_words import event_words


def not_held(language: str, sentence: str, clause_start: int, t_start: int) -> bool:
    """Whether the event word at ``t_start`` follows, in its clause, words saying it was not held."""
    return bool(event_words(language).not_held.search(sentence, clause_start, t_start))


def called_off(language: str, sentence: str, t_end: int, end: int) -> bool:
    """Whether the event word ending at ``t_end`` is followed, before ``end`` (its clause's end or
    the next event word), by words saying it will not be or was not held; or past a relative clause
    set off by commas that ends its clause ("the meeting, which both had hoped for, did not take place")."""
    found = event_words(language).called_off.match(sentence, t_end)
    return bool(found) and (found.end() <= end or (found.group("aside") is not None and found.start("aside") == end))
