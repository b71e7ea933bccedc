"""The other stops of a tour a visit is told as one stop of: "arrived in Portugal for a state visit,
the last stop of a tour that took him to Spain, Argentina and Panama". The places after the tour's
words of travel ("a tour that took him to", knowledge ``tour_stop_clauses``) are the tour's earlier
or later legs, not the visit's place; left alone, event_places.py took the first of them as the
place of the visit word before it (the place the sentence gives the visit lies before its word).

Only a place after such a clause that stands after the event word: "a tour that took him to Spain"
told before the visit word ("After a tour that took him to Spain, he arrived in Portugal for a state
visit") does not reach the place after the visit word.
"""

from __future__ import annotations

from ruchina.extract.event_words import listed_words


def place_of_another_stop(language: str, sentence: str, trigger_end: int, place_start: int) -> bool:
    """Whether the place at ``place_start`` is named in a clause of the tour's other stops told
    between the event word (ending at ``trigger_end``) and it."""
    clauses = listed_words(language, "tour_stop_clauses")
    if clauses is None or place_start < trigger_end:
        return False
    return any(told.end() <= place_start for told in clauses.finditer(sentence, trigger_end, place_start))
