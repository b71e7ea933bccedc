"""One discovered name, one kind within a text: a name the text shows to be a person's in one
place ("South Korea's president Lee Min-jun") is that person where it stands with no cue ("held
talks with Lee Min-jun this afternoon"), not a name of no known kind (MISC), which takes part in
no event. Only a name of no kind follows: one read as a place or an organisation somewhere is
left as it is read there; and only a full name, two words or more: a single word read as a
person's once ("Perm", "Prosecutor" after a title) is too often a capitalised word of another kind.
A name that labels a transcript's turn ("Olga Brin: Colleagues, ...") is left to transcripts.py,
which makes its speaker one of the event's people, not of the words the turn says.
"""

from __future__ import annotations

import re
from dataclasses import replace

PERSON, MISC = "PERSON", "MISC"
#: what follows a name that labels a transcript's turn
_LABEL_END = re.compile(r"[^\S\n]*:")


def people_throughout(text: str, mentions: list) -> list:
    """The mentions (linking.Mention) in ``text``, each discovered MISC name the text elsewhere
    reads as a person's made a PERSON."""
    people = {m.entity_id for m in mentions if not m.linked and m.entity_type == PERSON and len(m.name.split()) >= 2}
    if not people:
        return mentions
    return [replace(m, entity_type=PERSON) if (not m.linked and m.entity_type == MISC and m.entity_id in people
                                               and not _LABEL_END.match(text, m.end)) else m
            for m in mentions]
