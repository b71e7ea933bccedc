"""A leader told by his seat or his country's office and no name ("the Kremlin chief", "le chef du
Kremlin", "der Kremlchef", "the Soviet leader", "the Chinese premier"): the man who held that
office in the sentence's year (the one year its dates give, else the article's), as the knowledge
base's terms give him (knowledge/offices.yaml, knowledge/office_terms.py). A page about 2005 that
calls Hu Jintao only "the Chinese leader", or a German page that calls Putin only "der Kremlchef",
loses him from the event otherwise: the references by office (event_roles.office_references) only
give a leader the article names.

Never in a year the office changed hands or one with no date at all: then only the one holder of
the office the article names, if it names exactly one. Never when the article names another
holder of the office than the year's (a page's year read wrongly), nor after a word that sets the
holder in another time ("a former Soviet leader", "l'ancien chef du Kremlin"). A country's office
the references by office already give (the article names its leader, a holder of that office:
"the Chinese leader" beside "Xi") is left to them; a seat's phrase has no reading there, so it is read here either way. The
phrases are each language's ``seat_holders`` (knowledge/events_<language>.yaml).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from ruchina.extract.dates import ResolvedDate
from ruchina.extract.linking import Mention
from ruchina.knowledge.base import read_knowledge_file
from ruchina.knowledge.office_terms import countries_served, office_holder, office_holders, office_terms, seat_offices

#: the offices whose phrase is a generic title a story calls any of the country's men by ("the
#: Chinese leader" for the parliament's chief it is about), unlike "the Chinese president"
_GENERIC = "Leader of "
#: the offices of a head of state or government, one of which the man it stands for once held
_HEADS = ("Leader of ", "President of ", "Premier of ", "Prime Minister of ")
#: a name this close after the phrase is the holder named anyway ("the Kremlin chief, Vladimir Putin")
_NAME_AFTER = 3


@lru_cache(maxsize=None)
def _phrases(language: str) -> tuple[list[tuple[re.Pattern[str], str, bool]], re.Pattern[str] | None]:
    """[(phrase, seat or office, whether a seat)] and the words before it that make it no holder."""
    data = read_knowledge_file(f"events_{language}").get("seat_holders") or {}
    found = []
    for key, is_seat in (("seats", True), ("offices", False)):
        for name, patterns in (data.get(key) or {}).items():
            found.append((re.compile(rf"\b(?:{'|'.join(patterns)})\b", re.IGNORECASE), name, is_seat))
    not_before = data.get("not_before") or ()
    before = re.compile(rf"(?:^|\W)(?:{'|'.join(not_before)})\s*$", re.IGNORECASE) if not_before else None
    return found, before


def sentence_year(dates: list[ResolvedDate], published: dt.date | None) -> int | None:
    """The one year the sentence's dates fall in; the article's with none; None when they differ."""
    years = {year for d in dates if d.kind != "anniversary" for year in (d.first.year, d.last.year)}
    if not dates or not years:
        return published.year if published else None
    return years.pop() if len(years) == 1 else None


def _country(office: str) -> str:
    country = office.split(" of ", 1)[1]
    return country[4:] if country.startswith("the ") else country


def seat_holder_references(language: str, sentence: str, dates: list[ResolvedDate], published: dt.date | None,
                           mentions: list[Mention], named: frozenset[str],
                           by_country: dict[str, str], named_before: tuple[str, ...] = ()) -> list[tuple[int, str]]:
    """(position, person id) for each seat's or office's phrase of the sentence whose holder the
    year (or the article's one named holder) gives; a country's generic leader's phrase ("el
    dirigente chino") after the story last named another of that country's men, him
    (``named_before``: the people named before the sentence, in the order last named)."""
    phrases, before = _phrases(language)
    if not phrases:
        return []
    year = sentence_year(dates, published)
    people_at = [m.start for m in mentions if m.entity_type == "PERSON"]
    found = []
    for pattern, name, is_seat in phrases:
        for match in pattern.finditer(sentence):
            if before is not None and before.search(sentence, max(0, match.start() - 30), match.start()):
                continue  # ("a former Soviet leader": another time's)
            if any(match.end() <= start <= match.end() + _NAME_AFTER for start in people_at):
                continue  # ("the Kremlin chief Vladimir Putin": named)
            offices = seat_offices(name, year) if is_seat else (name,)
            if (not is_seat and (leader := by_country.get(_country(name))) in named and leader in office_holders(name)
                    and (name.startswith(_GENERIC) or _year_s_holder_or_unknown(name, year, leader))):
                continue  # (the references by office give the leader the article names)
            holder = _holder(offices, seat_offices(name) if is_seat else (name,), year, named)
            if holder and not is_seat and name.startswith(_GENERIC):
                holder = _last_of_the_country(name, holder, named_before) or holder
            if holder:
                # (at the phrase's end, where a name would end: what follows it is read as after a name,
                # "der Kremlchef sprach von einem Treffen" tells of the meeting, he is no party to it)
                found.append((match.end(), holder))
    return found


def _year_s_holder_or_unknown(office: str, year: int | None, leader: str) -> bool:
    """Whether the country's named leader held the office in the sentence's year, or the year's holder
    is not known: a Russian page of 2017 naming Putin and "le chef du gouvernement russe" speaks of
    that year's premier, not of Putin, premier once before. (A generic "leader" is the references' either
    way: "le dirigeant chinois" may be any of the country's men the story names.)"""
    holder = office_holder(office, year) if year is not None else None
    return holder is None or holder == leader


def _holder(offices: tuple[str, ...], every_office: tuple[str, ...], year: int | None,
            named: frozenset[str]) -> str | None:
    """The year's holder, unless the article names only other holders; else the one holder it names."""
    named_holders = {pid for office in every_office for pid in office_holders(office)} & named
    dated = office_holder(offices[0], year) if len(offices) == 1 else None
    if dated and (not named_holders or dated in named_holders):
        return dated
    return named_holders.pop() if dated is None and len(named_holders) == 1 else None


def _last_of_the_country(office: str, holder: str, named_before: tuple[str, ...]) -> str | None:
    """The man of the office's country the story named last before the sentence, where the year's
    ``holder`` was never named before it and that man headed the country's state or government at
    some time ("Li, número dos del Partido, llegó el lunes ... el dirigente chino visitará
    Novosibirsk": Li, a past premier, not the year's party leader; never a minister: "Wang Yi ...
    the Chinese leader's visit" is the leader's)."""
    if holder in named_before:
        return None
    country = _country(office)
    for pid in reversed(named_before):
        if country in countries_served(pid):
            return pid if _headed(pid, country) else None
    return None


def _headed(person: str, country: str) -> bool:
    return any(name.startswith(_HEADS) and _country(name) == country and any(pid == person for pid, _, _ in terms)
               for name, terms in office_terms().items())
