"""A meeting told by its host's verb and the guest named right after it ("Lula will host Modi in
Brasilia tomorrow", "the emir hosted Turkish President Erdogan"): host and guest meet, though no
event word says so. Only a person right after the verb, titles alone between, is a guest: "hosts
the leaders of the bloc", "will host the summit", "hosted by the governor" tell no meeting this
way, nor a list of guests ("hosted A, B and C"), who gather for more than one meeting. The
visitor's role noun right after the verb is a guest too ("received the guest": ``guest_nouns``). A guest
may follow a short description of him between commas ("received China's top diplomat, X, in ..."),
or his country's name in the possessive, as a title ("received China's Jiang Zemin", "hosts Peru's
X"); a person's possessive is no such title ("received X's envoy Y": Y is the envoy). The verbs are the language's (``meeting_hosts`` in knowledge/events_<language>.yaml,
EventWords.meeting_host); a language without them lists none.

The verb in the passive tells it the other way round, the guest before it and the host after
("Gorbachev is to be received by Deng Xiaoping", "M. X a été reçu par Y": ``meeting_hosted_by``): the
guest right before the verb (an apposition between commas may follow his name), one person after it
as after the active verb; "the summit was hosted by X" names no guest.

In a language that puts the act's day and place between its verb and its object (French, Spanish:
``adverbials_before_object``), these stand between verb and guest as titles do ("a reçu mercredi au
Kremlin son homologue chinois, X", "recibió este miércoles en Moncloa al primer ministro indio, X"),
and its offices in lower case before or after the country's adjective are titles too; still one guest
only ("a accueilli A, B et C" is a gathering's list, hosted_guests.py).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ruchina.extract.event_words import EventWords, listed_words
from ruchina.extract.guest_references import guest_title_at
from ruchina.extract.hosted_guests import (
    GATHERING_GUESTS,
    joins_the_list,
    without_dates,
    without_offices,
    without_titles,
)
from ruchina.extract.linking import Mention


def host_meeting_triggers(words: EventWords, sentence: str, mentions: list[Mention],
                          by_bare_office: dict[str, str] | None = None) -> list[tuple[str, int, int]]:
    """(event type, start, end) of each hosting verb that has a guest: a meeting's event word.
    ``mentions``: the sentence's, their offsets in it; ``by_bare_office``: the person each bare office
    the article uses refers to (article_people.py), a guest before a passive verb as his name is."""
    people = sorted((m for m in mentions if m.entity_type == "PERSON"), key=lambda m: m.start)
    found = []
    pronoun = _guest_pronoun(words.language)
    for verb in words.meeting_host.finditer(sentence):
        after = [m for m in people if m.start >= verb.end()]
        if pronoun is not None and _pronoun_guest(words.language, sentence, verb) and _named_before(people, verb.start()):
            # ("Xi will receive him tomorrow", after the guest's name: the one named before)
            found.append(("meeting", verb.start(), verb.end()))
            continue
        object_start = len(sentence) - len(sentence[verb.end():].lstrip())
        if (nouns := listed_words(words.language, "guest_nouns")) is not None and nouns.match(
                sentence, object_start) or guest_title_at(words.language, sentence, object_start):
            # ("Modi received the guest at Hyderabad House": the visitor, guest_references.py)
            found.append(("meeting", verb.start(), verb.end()))
            continue
        if words.adverbials_before_object:
            if _one_guest_past_adverbials(words, sentence, verb.end(), after, _receives_pairs(words, verb.group())):
                found.append(("meeting", verb.start(), verb.end()))
            continue
        if not after or sentence.startswith(("'s", "’s"), after[0].end) or not (
                _titles_only(words, without_country_possessives(sentence, verb.end(), after[0].start, mentions))
                or described(sentence, verb.end(), after[0].start, after[0].end)):
            continue  # ("received X's envoy": X is none of the guests)
        # (a list of guests, "hosted A, B and C", is a gathering the sentence's other words name)
        if _listed_guests(words, sentence, after, _receives_pairs(words, verb.group())):
            continue
        found.append(("meeting", verb.start(), verb.end()))
    offices = _office_guests(words, sentence, by_bare_office or {})  # ("the Prime Minister was received by")
    return found + _passive_triggers(words, sentence, sorted(people + offices, key=lambda m: m.start))


def _office_guests(words: EventWords, sentence: str, by_bare_office: dict[str, str]) -> list[Mention]:
    """ "the Prime Minister was received by Y": the bare office whose holder the article names, read as
    his name where it stands right before a passive host's verb."""
    offices = [m for m in words.bare_office.finditer(sentence) if m.group("office") in by_bare_office]
    if not offices:
        return []
    passives = {verb.start() for verb in words.meeting_hosted_by.finditer(sentence)}
    return [Mention(m.start("office"), m.end("office"), m.group("office"), holder, holder, "PERSON", True)
            for m in offices if len(sentence) - len(sentence[m.end():].lstrip()) in passives
            and (holder := by_bare_office[m.group("office")])]


@lru_cache(maxsize=None)
def _guest_pronoun(language: str):
    """The pronoun that stands for a guest right after a host's verb, one space before it."""
    listed = listed_words(language, "guest_pronouns")
    return None if listed is None else re.compile(r" " + listed.pattern, listed.flags)


@lru_cache(maxsize=None)
def _pronoun_hosts(language: str):
    return listed_words(language, "pronoun_host_verbs")


def _pronoun_guest(language: str, sentence: str, verb) -> bool:
    """Whether a pronoun for the guest follows a host's verb that takes one (a reception: "will
    receive him"; not "hosted him for a dinner", told beside the visit's own words)."""
    pronoun, hosts = _guest_pronoun(language), _pronoun_hosts(language)
    return pronoun is not None and hosts is not None and bool(hosts.fullmatch(verb.group())) and bool(
        pronoun.match(sentence, verb.end()))


def _named_before(people: list[Mention], start: int) -> bool:
    """Whether the sentence names the guest before the verb, beside its host ("X flies to Beijing;
    Xi will receive him"); a pronoun for one named in another sentence ("Stalin received him in the
    Kremlin that same evening") is left alone: which day and whom it tells, the sentence does not say."""
    return len({m.entity_id for m in people if m.end <= start}) >= 2


def with_pronoun_guests(words: EventWords, sentence: str, mentions: list[Mention], reports: list) -> list:
    """The sentence's reports, each meeting told by a host's verb and a pronoun for its guest ("X flies
    to Beijing tonight; Xi will receive him tomorrow") joined by the guest: the last person the
    sentence names before the verb who is not already one of its people (the host)."""
    pronoun = _guest_pronoun(words.language)
    if pronoun is None or not reports:
        return reports
    people = sorted((m for m in mentions if m.entity_type == "PERSON"), key=lambda m: m.start)
    for verb in words.meeting_host.finditer(sentence):
        if not _pronoun_guest(words.language, sentence, verb):
            continue
        for position, report in enumerate(reports):
            if report.event_type != "meeting" or not report.scope[0] <= verb.start() < report.scope[1]:
                continue
            guest = next((m.entity_id for m in reversed(people) if m.end <= verb.start()
                          and m.entity_id not in report.participant_ids), None)
            if guest is not None:
                reports[position] = replace(report, participant_ids=report.participant_ids + (guest,))
    return reports


def _passive_triggers(words: EventWords, sentence: str, people: list[Mention]) -> list[tuple[str, int, int]]:
    """ "X was received by Y": the passive verb, where a guest stands right before it and one host
    right after it."""
    found = []
    for verb in words.meeting_hosted_by.finditer(sentence):
        before = [m for m in people if m.end <= verb.start()]
        after = [m for m in people if m.start >= verb.end()]
        if not before or not after or not _right_before(sentence, before[-1].end, verb.start()) \
                or not _clause_subject(words, sentence, before[-1].start):
            continue  # (no guest: "the summit was hosted by X", "a letter from X was received by Y")
        if words.adverbials_before_object:
            host = _one_guest_past_adverbials(words, sentence, verb.end(), after)
        else:
            host = _titles_only(words, without_country_possessives(sentence, verb.end(), after[0].start, [])) and not (
                len(after) > 1 and words.subject_gap.match(
                    without_titles(sentence[after[0].end:after[1].start], words.leaders) + " "))
        if host and not sentence.startswith(("'s", "’s"), after[0].end):
            # (the participle is the event word: the auxiliary before it keeps telling its tense,
            # "is to be received", as it does before an active verb)
            phrase = verb.group().split()
            participle = verb.start() + verb.group().rindex(phrase[-2] if len(phrase) > 1 else phrase[-1])
            found.append(("meeting", participle, verb.end()))
    return found


def _clause_subject(words: EventWords, sentence: str, name_start: int) -> bool:
    """Whether the name opens its clause as its subject: only link words, a day and its
    preposition, articles and titles between the clause's start (the sentence's, or its last
    comma or semicolon before the name) and the name ("when X", "On Tuesday X"; not "a letter from X")."""
    clause_start = max(sentence.rfind(",", 0, name_start), sentence.rfind(";", 0, name_start)) + 1
    opening = without_dates(words, sentence)[clause_start:name_start]
    return bool(words.subject_opening.match(without_titles(opening, words.leaders) + " "))


def _right_before(sentence: str, name_end: int, verb_start: int) -> bool:
    """Only white space between the guest's name and the verb, or an apposition between commas
    ("Gorbachev, the Soviet leader, was received")."""
    gap = sentence[name_end:verb_start].strip()
    return not gap or (gap.startswith(",") and gap.endswith(",") and "," not in gap[1:-1]
                       and len(gap.split()) <= DESCRIPTION_WORDS + 1)


def _one_guest_past_adverbials(words: EventWords, sentence: str, verb_end: int, after: list[Mention],
                               pairs: bool = False) -> bool:
    """ "a reçu mercredi au Kremlin son homologue chinois, X": only a day, a place with its
    preposition, articles, a word pointing back ("son"), the language's mark of a person as object
    ("al") and titles (lower-case offices too) between the verb and the first person after it,
    who is not the first of a list of guests, nor a possessor ("X's envoy")."""
    if not after or sentence.startswith(("'s", "’s"), after[0].end):
        return False
    plain = without_dates(words, sentence, times=True)
    if not adverbials_only(words, plain[verb_end:after[0].start]):
        return False
    # (a second person past the first with only titles, commas and "and" between: a list, unless
    # the two are all: a pair of guests received together)
    return len(after) < GATHERING_GUESTS or not joins_the_list(words, sentence[after[0].end:after[1].start]) or (
        pairs and _pair_of_guests(words, sentence, after, joins_the_list))


#: so many guests received in one list make a gathering's people; two received together ("received A
#: and B", the two heads of one delegation) meet their host, as one does, where the verb is a reception's
#: (knowledge: pair_host_verbs; not "welcomed A and B to Astana", a gathering's guests)
LIST_GUESTS = 3


def _receives_pairs(words: EventWords, verb: str) -> bool:
    pattern = listed_words(words.language, "pair_host_verbs")
    return pattern is not None and pattern.fullmatch(verb) is not None


def _listed_guests(words: EventWords, sentence: str, after: list[Mention], pairs: bool) -> bool:
    """Whether the guests after the verb are a list ("hosted A, B and C"); of a verb of reception that takes
    a pair (``pairs``), only of three or more."""
    def joined(gap: str) -> bool:
        return bool(words.subject_gap.match(without_titles(gap, words.leaders) + " "))
    return len(after) > 1 and joined(sentence[after[0].end:after[1].start]) and not (pairs and _pair_of_guests(
        words, sentence, after, lambda w, gap: joined(gap)))


def _pair_of_guests(words: EventWords, sentence: str, after: list[Mention], joins) -> bool:
    """Whether exactly two guests are listed: no third person joins the list after the second."""
    return not (len(after) >= LIST_GUESTS and joins(words, sentence[after[1].end:after[2].start]))


def only_a_title(words: EventWords, gap: str) -> bool:
    """Whether the words between an event word and a name are one title alone, its capitalised words and
    the links that glue them, no mark between ("met Chairman of the Standing Committee of the National
    People's Congress X"): the name is the event word's object however long the title."""
    small = without_titles(without_dates(words, gap)).split()
    return bool(gap.split()) and not any(c in gap for c in ",;:.()") and all(words.title_glue.fullmatch(w) for w in small)


def adverbials_only(words: EventWords, gap: str) -> bool:
    """Whether only a day, a place with its preposition, articles, a word pointing back and titles
    stand in the gap between a host's verb and his guest; the day and the place may each be set off
    by commas ("a reçu mercredi dans la soirée, au palais X, le premier ministre Y")."""
    rest = without_titles(without_offices(words, " " + without_set_off_adverbials(words, gap)), words.leaders).split()
    rest = [w for w in rest if not words.back_reference.fullmatch(w + " ")]
    return bool(words.first_guest_gap.match(" ".join(rest) + " "))


def without_set_off_adverbials(words: EventWords, gap: str) -> str:
    """The gap after the place's and the time's phrases that open it, each set off by its comma."""
    while (set_off := words.set_off_adverbial.match(gap)) is not None:
        gap = gap[set_off.end():]
    return gap


#: the most words of a description before the guest's name between commas ("China's top diplomat, X,")
DESCRIPTION_WORDS = 5


def described(sentence: str, start: int, name_start: int, name_end: int) -> bool:
    """ "received China's most senior diplomat, Wang Yi, in ...": a few words describing the guest,
    then the guest's name between commas (an apposition), right after the verb."""
    gap = sentence[start:name_start]
    words = gap.rstrip().removesuffix(",").split()
    return (gap.rstrip().endswith(",") and 0 < len(words) <= DESCRIPTION_WORDS and "," not in gap.rstrip()[:-1]
            and all(w.replace("'", "").replace("’", "").isalpha() for w in words)
            and sentence.startswith(",", name_end))


def without_country_possessives(sentence: str, start: int, end: int, mentions: list[Mention]) -> str:
    """The sentence between start and end with each country or city named in the possessive
    blanked ("China's " in "received China's Jiang Zemin"): such a name stands for the guest's
    office, as "Chinese President" would."""
    gap = list(sentence[start:end])
    for m in mentions:
        if m.entity_type == "GPE" and start <= m.start and m.end + 2 <= end and sentence.startswith(("'s", "’s"), m.end):
            gap[m.start - start:m.end + 2 - start] = " " * (m.end + 2 - m.start)
    return "".join(gap)


def _titles_only(words: EventWords, gap: str) -> bool:
    """Only capitalised titles ("French President"), the language's leader words and a word that
    points back ("the", "his") between verb and guest; no punctuation, no other word ("by"). A long
    title's links glue its capitalised words ("President of the People's Republic of China")."""
    return all(w.replace("'", "").replace("’", "").isalpha() for w in gap.split()) and all(
        words.back_reference.fullmatch(w + " ") or _glues_a_title(words, gap, w)
        for w in without_titles(gap, words.leaders).split())


def _glues_a_title(words: EventWords, gap: str, word: str) -> bool:
    """A link ("of", "the") inside a title that a capitalised word opens ("President of the ...")."""
    return bool(words.title_glue.fullmatch(word)) and gap.lstrip()[:1].isupper()
