"""A meeting said not to have been held ("did not hold a bilateral meeting with him", "n'a pas
eu d'entretien avec lui"): the event word right after the negated holding verb reports no
event, while the sentence's other event words keep theirs ("... with him at the summit" still
tells of the summit). The words are data, ``not_held`` in knowledge/events_<language>.yaml
(EventWords.not_held). Read by event_sentences.py for each event word.
"""

from __future__ import annotations

from ruchina.extract.event_words import event_words


def not_held(language: str, sentence: str, clause_start: int, t_start: int) -> bool:
    """Whether the event word at ``t_start`` follows, in its clause, words saying it was not held."""
    return bool(event_words(language).not_held.search(sentence, clause_start, t_start))
