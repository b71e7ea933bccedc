"""A sentence that opens on an event told before ("The meeting of A and B took place on Sunday",
"The talks broke up last night") looks back at it, and most of its dates are of other things ("The
visit showed ..., with trade at records last year"): only a date right after its word counts
(read for each event word by sentence_reports.py). A verb of holding or ending the event, its own ("took place", "was held",
"broke up", "ended"), tells when it was held: the date right after that verb is the event's too,
however long the words between (its people, an aside). The verbs are data, ``held_on_verbs`` in
knowledge/events_<language>.yaml; a language with none keeps the short reach.

Nor does a sentence look back at its event where a verb of holding governs the word ("On Tuesday he
and X held their annual talks"): it reports them, and its own day dates them (``holding_verbs``).
"""

from __future__ import annotations

import re

from ruchina.extract.event_roles import choose_date
from ruchina.extract.event_words import listed_words

#: how far into its sentence a word that refers back may open it, and how far after the event word a date
#: right after it may stand
OPENING_REACH = 40
RIGHT_AFTER = 25
#: how far after the event word its verb may stand ("the meeting of President X and Mr Y, the Soviet
#: leader, broke up"), and how far after the verb its date
VERB_REACH = 90
DATE_REACH = 25
#: the marks that end the event's own clause before its verb (a new sentence part)
_CLAUSE_ENDS = ";:!?"


def after_its_held_verb(language: str, sentence: str, word_end: int) -> tuple[int, int] | None:
    """Where a date after the verb that holds or ends the event whose word ends at ``word_end`` may
    stand, or None when no such verb follows within reach."""
    verbs = listed_words(language, "held_on_verbs")
    if verbs is None:
        return None
    window = sentence[word_end:word_end + VERB_REACH]
    verb = verbs.search(window)
    if verb is None or any(mark in window[:verb.start()] for mark in _CLAUSE_ENDS):
        return None
    end = word_end + verb.end()
    return end, end + DATE_REACH


def held_right_before(language: str, sentence: str, word_start: int) -> bool:
    """Whether a verb of holding stands right before the word that refers back to the event whose word
    starts at ``word_start`` ("held their annual talks")."""
    verbs = listed_words(language, "holding_verbs")
    return bool(verbs and re.search(verbs.pattern + r"\s+[\w-]+\s+$", sentence[max(0, word_start - 40):word_start],
                                    verbs.flags))


def opens_on_a_told_event(words, sentence: str, index: int, t_start: int) -> bool:
    """Whether the sentence opens on the event whose word, its first, starts at ``t_start`` as on one told
    before ("The visit showed ..."), with no verb of holding right before ("held their annual talks")."""
    return (bool(words.back_reference.search(sentence[max(0, t_start - 6):t_start])) and index == 0
            and t_start < OPENING_REACH and not held_right_before(words.language, sentence, t_start))


def looked_back_date(words, sentence: str, dates, word: tuple[int, int], scope_end: int):
    """The date of an event its sentence looks back at (``word``: its event word's span): one right after
    the word, else one right after a verb that holds or ends it."""
    t_start, t_end = word
    date = choose_date(words, sentence, dates, t_start, (t_end, min(scope_end, t_end + RIGHT_AFTER)))
    held_on = None if date else after_its_held_verb(words.language, sentence, t_end)
    return date or (held_on and choose_date(words, sentence, dates, t_start, held_on))
