"""The tense a sentence gives what it tells: past, future or present, which way a bare
"Wednesday" points from the publication date, and whether an event named in it is one to come.
The cue words are each language's (knowledge/events_<language>.yaml: ``tense``), read as event
words; the dates themselves are dates.py's.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from ruchina.errors import RuchinaError
from ruchina.extract.event_words import DEFAULT_LANGUAGE, event_words
from ruchina.text.page_chrome import ends_sentence, is_prose

if TYPE_CHECKING:  # (dates.py reads a sentence's tense from here)
    from ruchina.extract.dates import ResolvedDate


def sentence_tense(sentence: str, language: str = DEFAULT_LANGUAGE) -> str:
    """past, future or present: which way a bare "Wednesday" points from the publication date
    (the cue words are the language's: knowledge/events_<language>.yaml)."""
    try:
        words = event_words(language)
    except RuchinaError:  # a language without event words yet: no tense to go by
        return "present"
    if words.future.search(sentence) or headline_future(words, sentence):
        return "future"
    return "past" if _says_past(words, outside_person_asides(words, sentence), 0, len(sentence)) else "present"


def outside_person_asides(words, sentence: str) -> str:
    """``sentence`` with each aside about a person blanked, a relative clause a comma closes before
    the sentence goes on ("Xi, who was elected by parliament last week, lands in Johannesburg on
    Monday"): its past tells of the person, not the tense of the main clause and its Monday. (A
    relative clause that dates an event of its own is read in its own tense: date_clauses.py,
    relative_tenses.py.) Offsets are kept."""
    for opener in words.person_relative.finditer(sentence):
        close = sentence.find(",", opener.end())
        if close != -1 and sentence[close + 1:].strip(" .!?"):
            sentence = sentence[:opener.start()] + " " * (close - opener.start()) + sentence[close:]
    return sentence


def headline_future(words, sentence: str) -> bool:
    """A headline's bare infinitive ("X TO HOLD TALKS WITH Y ON WEDNESDAY", a flash's bullet, or a
    title) in a line that ends no sentence: what it tells is to come. (Prose ends its sentences:
    "arrived to hold talks on Wednesday." is told as past.)"""
    return bool(words.headline_future.search(sentence)) and not ends_sentence(sentence.rstrip())


def _says_past(words, text: str, start: int, end: int) -> bool:
    """Whether a cue of the past stands in ``text[start:end]`` that is no conditional or wish
    ("хотел бы поблагодарить", "хотел начать": said now, reporting nothing as past)."""
    found = words.past.search(text, start, end)
    if found is None:
        return False
    spans = [m.span() for m in words.not_past.finditer(text, start, end)]
    prose = is_prose(text[start:end])
    while found is not None:
        if not any(s <= found.start() < e for s, e in spans) and not (prose and _a_name(text, start, found.start())):
            return True
        found = words.past.search(text, found.end(), end)
    return False


def _a_name(text: str, start: int, position: int) -> bool:
    """Whether the cue at ``position`` is a capitalised word inside prose, a name's ("the United
    Arab Emirates", "Crown Prince Mohammed"): no verb of the past (as date_clauses._cues reads it)."""
    return text[position].isupper() and bool(text[start:position].strip())


def tense_at(sentence: str, position: int, language: str = DEFAULT_LANGUAGE) -> str:
    """The tense the sentence gives what stands at ``position`` (a date's phrase): the
    sentence's, except after a link that makes what follows the aim of the act before it
    ("arrived in Moscow to attend the celebrations", "discussed the preparations for the
    summit", "invited him to take part in"): the act is past, its aim is not, unless a cue
    of the past stands between the link and the position."""
    tense = sentence_tense(sentence, language)
    if tense != "past":
        return tense
    return "present" if _aim_link(event_words(language), sentence, position) else tense


def _aim_link(words, sentence: str, position: int) -> bool:
    """Whether what stands at ``position`` is the aim of an act: a link to an aim stands
    before it, and no cue of the past between the two."""
    link = None
    for link in words.aim.finditer(sentence, 0, position):
        pass
    return link is not None and not _says_past(words, sentence, link.end(), position)


def to_come(sentence: str, position: int, date: ResolvedDate | None, published: dt.date | None,
            language: str = DEFAULT_LANGUAGE) -> bool:
    """Whether the event named at ``position`` is one to come, whatever the tense of the
    clause: its day (or week) is after the publication date and the sentence does not report
    it as past ("I would like to thank you for the chance to attend the celebrations of
    9 May", "arrived to attend the celebrations of 9 May": both said before them). A month
    or a year after the date is as often a deadline or a period ("a plan of action until
    2026"): no sign; unless its phrase counts it from the page ("a trip to Russia by X next year",
    "визит в будущем году"), which places the event itself in that month or year, to come whatever the
    tense of the telling ("Diplomats said the visit was meant to prepare a trip next year")."""
    if date is None or published is None or date.first <= published:
        return False
    if date.kind == "relative" and date.precision in ("month", "year"):
        return True
    if date.precision not in ("day", "week"):
        return False
    return tense_at(sentence, position, language) != "past"
