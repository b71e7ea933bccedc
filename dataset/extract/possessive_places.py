"""A place in the possessive before another event word than the one whose place is sought
("their first talks since India sent no one to Beijing's Belt and Road forum") is that other
event's place, not this one's: the talks were not held in Beijing. The place of the event word
it stands before ("leaders gathered for Moscow's Victory Day parade") is its own. A place in
the possessive before a building ("at Beijing's Great Hall") is no event's: it stays a venue.
The possessive's marks are data (``possessive`` under ``grammar`` in
knowledge/events_<language>.yaml); a language with none has no such places.
"""

from __future__ import annotations

#: how far after a place its possessive's event word may stand ("'s Belt and Road forum")
_REACH = 48


def possessor_of_another_event(words, sentence: str, place_end: int, trigger_start: int) -> bool:
    """Whether the place ending at ``place_end`` is in the possessive before an event word of
    the sentence other than the one at ``trigger_start``."""
    for other in words.trigger.finditer(sentence, place_end, min(len(sentence), place_end + _REACH)):
        if other.start() != trigger_start and words.possessive_name.match(sentence, place_end, other.start()):
            return True
    return False
