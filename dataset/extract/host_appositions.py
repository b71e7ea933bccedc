"""A gathering's host told in an apposition beside his name: "The host, President X, said the summit
...", "X, host of the summit, ...", "L'hôte, X, ...", "X, anfitrión de la cumbre", "Gastgeber X".
He takes part in the article's gathering (its first summit or forum, gathering_presence.
first_gathering), though the sentence reports another act of his (he speaks, defends, presents). Not yet where the apposition names the gathering by a word of another
type ("hôte de la rencontre": see hosts_in_appositions).

The host's words are the language's (knowledge/events_<language>.yaml, ``host_apposition``); a
language without them has none. Only an apposition: the host's word opens its clause and the name
follows it past titles, or it follows the name right after a comma. Not the host of another event:
an apposition whose words name something that is no event ("X, host of the television show"), or
an event the sentence reports as planned or earlier ("X, host of next year's summit"), nor a host
the apposition does not qualify in a sentence reporting talks of his ("The host, X, received Y":
his guest's); and no host where the article reported no gathering before (a host quoted about a
summit to come).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ruchina.extract.continuing_reports import continuing
from ruchina.extract.event_report import EventMention
from ruchina.extract.event_words import EventWords, listed_words
from ruchina.extract.gathering_presence import GATHERINGS, first_gathering
from ruchina.extract.linking import Mention

#: so many title words at most between the host's word and his name ("the host, President X")
TITLE_WORDS = 4
#: how far the apposition's words after the host's word may run ("of the summit opened on Saturday")
COMPLEMENT_REACH = 90
#: the event types an apposition's host holds or whose word names the article's gathering
HOSTED = frozenset({"summit", "forum", "meeting"})
_CLAUSE_END = re.compile(r"[;.:!?()\[\]«»\"“”]")
#: where a clause opens before the host's word: the sentence's start or a comma, dash, colon
_CLAUSE_START = re.compile(r"(?:^|[,;:—–(，；：])\s*$")
_COMPLEMENT = re.compile(r"[^\S\n]+(?=[a-zà-ÿ])[^,;.:!?()\[\]«»\"“”\n]{1,%d}" % COMPLEMENT_REACH)


@lru_cache(maxsize=None)
def _host_word(language: str) -> re.Pattern[str] | None:
    return listed_words(language, "host_apposition")


def hosts_in_appositions(words: EventWords, sentence: str, sentence_start: int, mentions: list[Mention],
                         found: list[EventMention], first_new: int, part: str) -> None:
    """Give the host each apposition of the sentence tells to the article's gathering, right after
    its report in ``found`` (where the sentence's own reports start at ``first_new``)."""
    pattern = _host_word(words.language)
    if pattern is None:
        return
    people = [m for m in mentions if m.entity_type == "PERSON"]
    for told in pattern.finditer(sentence):
        host = _host_told(words, sentence, told, people)
        if host is None:
            continue
        complement = _COMPLEMENT.match(sentence, told.end())
        own = _apposition_report(words, sentence, complement, found[first_new:]) if complement else None
        if complement and own is None:
            continue  # (the host of something the sentence reports as no event held: another's)
        if not complement and (words.host_verb.search(sentence, host.end) or any(
                m.event_type not in GATHERINGS for m in found[first_new:])):
            continue  # ("The host, X, received Y": his guests' host, whom hosted_guests.py reads)
        index = first_gathering(found[:first_new])
        if own is not None and (index is None or own.event_type == found[index].event_type):
            # (the apposition's own report is of the gathering: the host is one of its people)
            if host.entity_id not in own.participant_ids:
                found[found.index(own)] = replace(own, participant_ids=own.participant_ids + (host.entity_id,))
            continue
        if index is None or own is not None:
            # (an apposition naming the gathering by another type's word, "hôte de la rencontre", is
            # left alone: giving its host to the gathering measured a loss, the host's talks of the
            # day before, told by a verb no rule reads yet, having been found only through its report)
            continue
        found.insert(index + 1, continuing(found[index], [host.entity_id], sentence, sentence_start, part))
        first_new += 1


def _host_told(words: EventWords, sentence: str, told: re.Match[str], people: list[Mention]) -> Mention | None:
    """The person the host's word stands in apposition to: the name right before it past a comma
    ("X, host of"), or the first name after it past titles where the word opens its clause ("The
    host, President X")."""
    before = next((m for m in reversed(people) if m.end <= told.start()), None)
    if before is not None and re.fullmatch(r"\s*,\s*", sentence[before.end:told.start()]):
        return before
    if not _CLAUSE_START.search(sentence, 0, told.start()):
        return None
    complement = _COMPLEMENT.match(sentence, told.end())
    after = complement.end() if complement else told.end()
    host = next((m for m in people if m.start >= after), None)
    if host is None:
        return None
    gap = sentence[after:host.start]
    titles = gap.replace(",", " ").split()
    if _CLAUSE_END.search(gap) or gap.count(",") > 1 or len(titles) > TITLE_WORDS or not all(
            _title_word(words, word) for word in titles):
        return None
    return host


def _title_word(words: EventWords, word: str) -> bool:
    """A word of a title before a name: capitalised ("President"), an office, a small word of
    titles ("le", "of") or a country's adjective ("le président russe")."""
    lowered = word.lower()
    return (word[:1].isupper() or word in words.offices or bool(words.title_glue.fullmatch(word))
            or any(lowered.startswith(stem) for stem in words.country_adjectives))


def _apposition_report(words: EventWords, sentence: str, complement: re.Match[str],
                       reports: list[EventMention]) -> EventMention | None:
    """The sentence's report of the event the apposition's words name, when it is a gathering or a
    meeting told as held or under way; None for anything else (no event word, or one to come)."""
    trigger = words.trigger.search(sentence, complement.start(), complement.end())
    if trigger is None or trigger.lastgroup not in HOSTED:
        return None
    report = next((m for m in reports if m.sentence == sentence and m.event_type == trigger.lastgroup), None)
    if report is None or report.earlier or report.status != "occurred":
        return None
    return report
