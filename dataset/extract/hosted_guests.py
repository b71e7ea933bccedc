"""The guests a host is told to receive: "X hosted A, B and C", "X received the Governor Y". In a
lead that tells its event in no event word, under a title that names the event ("Leaders end
summit"), they take part in the title's event beside the lead's subject
(event_roles.with_leads_subject). Told in a sentence of no event word right after one that
reports a summit or a forum ("El anfitrión, X, recibió al presidente brasileño, A, al primer
ministro indio, B, y al presidente chino, C"), host and guests are that gathering's people
(sentence_reports.py). Where the language's receiving verb is a meeting word too (German
"empfing", Russian "принял"), such a sentence right after the report, or as the lead under a
headline that reports the gathering, is its people's list, not the host's talks with the first
guest; one guest received is still a meeting of the two. The hosting verbs are the language's (``host_verbs`` in
knowledge/events_<language>.yaml, EventWords.host_verb); a language without them lists none.
"""

from __future__ import annotations

import re
from functools import cache

from ruchina.extract.date_language import language_dates, unresolved_in
from ruchina.extract.event_report import BODY, EVENTS_OF_MANY, LEAD, TITLE, EventMention
from ruchina.extract.event_words import EventWords
from ruchina.extract.linking import Mention
from ruchina.knowledge.base import calendar_entry
from ruchina.text.sentences import iter_sentences


def hosted_guests(words: EventWords, sentence: str, mentions: list[Mention], offset: int = 0) -> list[str]:
    """The people listed right after the sentence's first hosting verb, in order: only titles,
    commas and the language's "and" between them ("hosted Russian President A, Chinese
    President B and Prime Minister C"); the list ends at the first other word ("received A's
    letter from B": B is no guest). ``mentions``: the sentence's, ``offset`` where it starts."""
    verb = words.host_verb.search(sentence)
    if verb is None:
        return []
    guests, boundary = [], verb.end()
    for mention in sorted(mentions, key=lambda m: m.start):
        start, end = mention.start - offset, mention.end - offset
        if start >= len(sentence):
            break
        if start < boundary or mention.entity_type != "PERSON":
            continue
        if not joins_the_list(words, sentence[boundary:start], first=not guests):
            break
        guests.append(mention.entity_id)
        boundary = end
    return guests


def joins_the_list(words: EventWords, gap: str, first: bool = False) -> bool:
    """Whether only the words that join a list of people stand in ``gap``, between one person and
    the next (``first``: between the hosting verb and the first guest): commas, the language's
    "and", articles, titles and offices ("A, le Premier ministre indien B"), a day ("a accueilli
    vendredi A") and a guest's country in brackets ("A (Russland), B (Kasachstan) und C"). One
    reading for every list of people an event word has (hosted_guests, host_meetings, object_lists):
    each copy of it had left out some of these."""
    plain = without_titles(without_offices(words, " " + _without_brackets(without_dates(words, gap))), words.leaders)
    return bool((words.first_guest_gap if first else words.guest_gap).match(plain + " "))


def without_dates(words: EventWords, sentence: str, times: bool = False) -> str:
    """The sentence with the days it tells blanked out ("a accueilli vendredi ...", "recibió el
    viernes ..."): a weekday in lower case is no other word between the verb and its guests. With ``times``,
    between a host's verb and his guest, the time of day after the day too ("a reçu jeudi matin, ...")."""
    dates = language_dates(words.language)
    day_times = _day_time_words(words.language) if times else None
    for start, end, _ in unresolved_in(dates, sentence) if dates else ():
        # ("a reçu jeudi matin, au palais X, ...": the time of day written after the day is of its phrase)
        if day_times is not None and (time := day_times.match(sentence, end)):
            end = time.end()
        sentence = sentence[:start] + " " * (end - start) + sentence[end:]
    return sentence


@cache
def _day_time_words(language: str) -> re.Pattern[str] | None:
    """The language's times of day written right after a day ("matin": calendar.yaml, `day_time_words`)."""
    forms = [str(form) for form in calendar_entry(language).get("day_time_words") or []]
    return re.compile(rf"\s+(?:{'|'.join(re.escape(f) for f in forms)})(?!\w)", re.IGNORECASE) if forms else None


#: a few words in brackets right after a guest's name: the guest's country or party ("A (Russland), B (Kasachstan)")
_BRACKETED = re.compile(r"\([^()]{1,40}\)")


def _without_brackets(gap: str) -> str:
    """The gap less the words in brackets it holds, which tell the guest named before them, not
    another word between the guests ("die Präsidenten A (Russland), B (Kasachstan) und C")."""
    return _BRACKETED.sub(" ", gap)


def without_offices(words: EventWords, gap: str) -> str:
    """The gap less the offices the language writes in lower case before or after a country's
    adjective ("al presidente brasileño", "le Premier ministre indien"), or with a body's name ("le
    président de la Commission européenne"), which name a guest's title."""
    for leader in words.country_leaders:
        gap = leader.sub(" ", gap)
    gap = words.institution_office.sub(" ", gap)
    for office in words.office_roles:
        gap = gap.replace(f" {office} ", "  ")
    return gap


#: so many guests received make a gathering's people, not one visitor's talks with the host
GATHERING_GUESTS = 2
#: the most characters between a sentence and the one right before it (a space, a paragraph's break)
NEXT_SENTENCE = 3


def received_at_gathering(words: EventWords, sentence: str, sentence_start: int, mentions: list[Mention],
                          previous: EventMention | None) -> list[str]:
    """The host and guests of a sentence that tells no event of its own, right after the report
    ``previous`` of a summit or a forum: "The host, X, received A, B and C" tells its people. Not
    one guest (a visitor received for talks of his own), not after a headline's report (a lead of
    no event word is event_roles.with_leads_subject's), not further down (a dinner the host gave
    them another time). ``mentions``: the sentence's, offsets in it; ``sentence_start``: where it
    starts in the body."""
    if previous is None or previous.part == TITLE:
        return []
    return _host_and_guests(words, sentence, mentions) if _after_gathering(sentence_start, previous, BODY) else []


def _after_gathering(sentence_start: int, previous: EventMention | None, part: str) -> bool:
    """Whether a sentence follows right after ``previous``'s report of a summit or a forum: the
    sentence next to it, or the lead under a headline that reports it (the lead tells the
    headline's event; a later paragraph may tell another time)."""
    if previous is None or previous.earlier or previous.event_type not in EVENTS_OF_MANY:
        return False
    if previous.part == TITLE:
        return part == LEAD
    return 0 <= sentence_start - previous.sentence_end <= NEXT_SENTENCE


def received_by_meeting_word(words: EventWords, sentence: str, sentence_start: int, mentions: list[Mention],
                             previous: EventMention | None, triggers: list[tuple], part: str) -> list[str]:
    """The host and guests of a sentence whose only event words are its hosting verb, where the
    language's verb of receiving is a meeting word too (German "empfing", Russian "принял"):
    "Gastgeber X empfing am Freitag A, B und C" right after a summit's report, or as the lead
    under a title that reports one, tells the summit's people, not a meeting of X and A. Not one
    guest (a visitor's talks with the host). ``triggers``: the sentence's (type, start, end)."""
    verb = words.host_verb.search(sentence)
    if verb is None or not triggers or not all(verb.start() <= t[1] < verb.end() for t in triggers):
        return []
    return _host_and_guests(words, sentence, mentions) if _after_gathering(sentence_start, previous, part) else []


def guests_of_word(words: EventWords, sentence: str, mentions: list[Mention], trigger_start: int) -> list[str]:
    """The guests listed after a meeting word that is the language's hosting verb ("X empfing am
    Freitag in Bischkek den russischen Präsidenten Y": Y, though further than an object's reach)."""
    verb = words.host_verb.search(sentence)
    if verb is None or not verb.start() <= trigger_start < verb.end():
        return []
    return hosted_guests(words, sentence, mentions)


def _host_and_guests(words: EventWords, sentence: str, mentions: list[Mention]) -> list[str]:
    guests = hosted_guests(words, sentence, mentions)
    if len(guests) < GATHERING_GUESTS:
        return []
    verb = words.host_verb.search(sentence)
    # (the one named last before the verb: "X said the host, Y, received ..." is Y's act)
    host = [m.entity_id for m in mentions if m.entity_type == "PERSON" and m.end <= verb.start()][-1:]
    return list(dict.fromkeys(host + guests))


def without_titles(gap: str, leaders: tuple[str, ...] = ()) -> str:
    """The words between two names less titles: capitalised ones ("President", "Turkish"), the
    language's ``leaders`` words ("Belarusian leader") and marks with no letter."""
    return " ".join(word for word in gap.split()
                    if not word[:1].isupper() and any(c.isalpha() for c in word) and word.lower() not in leaders)


def without_country_leaders(words: EventWords, gap: str) -> str:
    """The words between two names less a leader's office told by his country's lower-case adjective,
    a title as the capitalised ones are: "A und der chinesische Staatschef B ... nach ihren Gesprächen"
    (both the subject)."""
    for pattern in words.country_leaders:
        gap = pattern.sub(" ", gap)
    return gap


def guests_after_the_lead(words: EventWords, body: str, lead: int, mentions: list[Mention]) -> list[str]:
    """ "Leaders end summit" / "The leaders wrapped up their summit on Thursday." / "X hosted A, B
    and C.": the host and guests of the paragraph right after a lead that tells the title's event,
    when its first sentence holds no event word of its own (its people are the event's). ``lead``:
    where the lead paragraph starts in ``body``; ``mentions``: the body's."""
    paragraphs = body[lead:].split("\n\n", 2)
    if len(paragraphs) < 2:
        return []
    start = lead + len(paragraphs[0]) + 2
    first = next(iter_sentences(paragraphs[1]), None)
    if first is None or words.trigger.search(first.text):
        return []
    guests = hosted_guests(words, first.text, mentions, start + first.start)
    verb = words.host_verb.search(first.text)
    host = [m.entity_id for m in mentions if guests and verb and m.entity_type == "PERSON"
            and start + first.start <= m.start < start + first.start + verb.start()]
    return host + guests
