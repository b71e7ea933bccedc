"""A surname the knowledge base keeps as a short form (one that counts only where the article names
the person in full) written with the initial of the person's first name before it, as Russian wires
and papers write a name in full: "переговоры с Г.Селезневым", "А. Н. Косыгин". It names the person
as his full name would; another initial ("В.Селезнев") is someone else's.
"""

from __future__ import annotations

import re

from ruchina.knowledge.base import KnownEntity

#: a person's initials right before his surname, a space after each dot or none ("Г.Селезнев",
#: "А. Н. Косыгин"), the first of them opening a word
INITIALS_BEFORE = re.compile(r"(?<![\w.])([^\W\d_])\.[^\S\n]?(?:[^\W\d_]\.[^\S\n]?)?$")


def initial_before(text: str, start: int, entity: KnownEntity) -> bool:
    """A surname written with the initial of the person's first name before it, as Russian wires
    write a name in full ("переговоры с Г.Селезневым"): the person named, as his full name would;
    another initial ("В.Селезнев") is someone else."""
    if entity.entity_type != "PERSON":
        return False
    before = INITIALS_BEFORE.search(text, max(0, start - 8), start)
    if before is None:
        return False
    initial = before.group(1).upper()
    return any(len(name.split()) > 1 and name[0].upper() == initial
               for name in (entity.name, *entity.aliases, *entity.names_in_languages))
