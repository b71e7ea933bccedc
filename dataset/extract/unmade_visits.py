"""A visit is someone's trip: one whose reports in an article name no one who makes it, and
whose sentences hold no person as a pronoun either ("Will this caravan of values arrive in
Russia?", "The visit ends on Wednesday, when the guest flies home"), tells of a thing or of a
trip the text does not give anyone; it is no report of a visit and leaves the article's events.
A visitor told as a pronoun ("I hope that you will visit China", "they plan to visit the park")
keeps the visit: the one addressed or spoken of is known to the reader, if not to the rules;
so does the article's main event ("The President visited the museum", where the page names no
president: the page's own story, whoever made it).
The pronouns are the language's ``first_person`` and ``other_persons``
(knowledge/events_<language>.yaml). Called by extraction.py once every rule that adds people to
an event (its host, its speakers, those its talks give it) has run.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ruchina.knowledge.base import read_knowledge_file


@lru_cache(maxsize=None)
def _person_pronoun(language: str) -> re.Pattern[str] | None:
    data = read_knowledge_file(f"events_{language}")
    entries = [*(data.get("first_person") or ()), *(data.get("other_persons") or ())]
    if not entries:
        return None
    return re.compile(r"(?<!\w)(?:{})(?!\w)".format("|".join(f"(?:{e})" for e in entries)), re.IGNORECASE)


def without_unmade_visits(events: list, language: str) -> list:
    """The article's events (ArticleEvent) less its visits that no one makes."""
    pronoun = _person_pronoun(language)
    return [event for event in events if event.family != "visit" or event.participants or event.main
            or (pronoun is not None and any(pronoun.search(m.sentence) for m in event.mentions))]
