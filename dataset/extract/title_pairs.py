"""The pair of people a title names ("Putin calls Xi his 'dear friend' as Chinese leader arrives"):
the group the lead's "the leaders" or "the two sides" refers to before its own text names one
("After talks between the delegations, the leaders signed a statement"). Only a title that names
exactly two people: one names no group, three leave "the two leaders" unsaid.
"""

from __future__ import annotations

from ruchina.extract.away_people import named_away
from ruchina.extract.linking import Mention


def title_pair(title_mentions: list[Mention], title: str = "", language: str = "en") -> tuple[str, ...]:
    """The two people the title names, in its order; () unless exactly two. Not one it names as
    away ("Summit ends without X and with Y on a screen": Y alone, no pair)."""
    people = tuple(dict.fromkeys(m.entity_id for m in title_mentions if m.entity_type == "PERSON"
                                 and not (title and named_away(language, title[:m.start]))))
    return people if len(people) == 2 else ()
