"""The object after a subject put after its verb: "Am Rande traf US-Präsident Donald Trump am
Samstag Chinas Staatschef Xi Jinping" (German puts the subject after the verb when another part
opens the sentence). The object stands further from the event word than an object right after it
("met Xi"), but only the subject, a date's small words and titles lie between: it takes part. The
small words are the language's (knowledge/events_<language>.yaml, `grammar.subject_object_gaps`);
a language without them has no such object.

So is a pronoun put right after its verb ("Dort traf er Medwedew", "Am Montag empfing ihn Putin"):
it stands for the one the sentence before named, as it would before the verb (`grammar.
pronouns_after_verb`; a language that never puts them there lists none).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ruchina.extract.hosted_guests import without_titles
from ruchina.knowledge.base import read_knowledge_file

#: no clause or list breaks between the subject and the object
_BREAK = re.compile(r"[,;:.!?()\[\]«»\"“”„]")


def object_after_the_subject(words, sentence: str, subject_end: int | None, start: int) -> bool:
    """Whether the person named at ``start`` is the object of a verb whose subject, named after
    the verb, ends at ``subject_end`` (None: no one named after the verb yet)."""
    if subject_end is None or start <= subject_end:
        return False
    gap = sentence[subject_end:start]
    return not _BREAK.search(gap) and bool(words.subject_object_gap.fullmatch(without_titles(gap)))


def pronoun_after_the_verb(language: str, sentence: str, verb_end: int) -> bool:
    """Whether a subject or object pronoun stands right after the event's verb ("traf er", "empfing ihn")."""
    pattern = _pronouns_after_verb(language)
    return bool(pattern and pattern.match(sentence, verb_end))


def pronoun_after_an_opening(language: str, before: str) -> bool:
    """Whether the text before a pronoun is a phrase of a few words that opens the sentence, the pronoun its
    subject: ending with an auxiliary in second place, "Am ersten Tag hatte er mit X verhandelt"; or a time
    phrase alone with no comma, "On Tuesday he and X held talks" (grammar `time_openers`)."""
    if len(before.split()) > AUXILIARY_PLACE:
        return False
    auxiliary, opener = _auxiliary_before(language), _time_opener(language)
    return bool(auxiliary and auxiliary.search(before)) or bool(opener and opener.fullmatch(before))


#: the most words before a pronoun, the auxiliary among them, in second place ("Gleich am ersten Tag hatte")
AUXILIARY_PLACE = 5


@lru_cache(maxsize=None)
def _auxiliary_before(language: str) -> re.Pattern[str] | None:
    words = (read_knowledge_file(f"events_{language}").get("grammar") or {}).get("auxiliaries_before_pronoun") or []
    return re.compile(r"\s(?:" + "|".join(words) + r")$", re.IGNORECASE) if words else None


@lru_cache(maxsize=None)
def _time_opener(language: str) -> re.Pattern[str] | None:
    words = (read_knowledge_file(f"events_{language}").get("grammar") or {}).get("time_openers") or []
    return re.compile("(?:" + "|".join(words) + ")", re.IGNORECASE) if words else None


@lru_cache(maxsize=None)
def _pronouns_after_verb(language: str) -> re.Pattern[str] | None:
    words = (read_knowledge_file(f"events_{language}").get("grammar") or {}).get("pronouns_after_verb") or []
    return re.compile(r"\s+(?:" + "|".join(words) + r")\b", re.IGNORECASE) if words else None
