"""The object after a subject put after its verb: "Am Rande traf US-Präsident Donald Trump am
Samstag Chinas Staatschef Xi Jinping" (German puts the subject after the verb when another part
opens the sentence). The object stands further from the event word than an object right after it
("met Xi"), but only the subject, a date's small words and titles lie between: it takes part. The
small words are the language's (knowledge/events_<language>.yaml, `grammar.subject_object_gaps`);
a language without them has no such object.
"""

from __future__ import annotations

import re

from ruchina.extract.hosted_guests import without_titles

#: no clause or list breaks between the subject and the object
_BREAK = re.compile(r"[,;:.!?()\[\]«»\"“”„]")


def object_after_the_subject(words, sentence: str, subject_end: int | None, start: int) -> bool:
    """Whether the person named at ``start`` is the object of a verb whose subject, named after
    the verb, ends at ``subject_end`` (None: no one named after the verb yet)."""
    if subject_end is None or start <= subject_end:
        return False
    gap = sentence[subject_end:start]
    return not _BREAK.search(gap) and bool(words.subject_object_gap.fullmatch(without_titles(gap)))
