"""The article's people a sentence may refer to without naming them: who a bare office ("the
President") is, each country's leader, the holder of a role in the article's year
(dated_roles.py), and the knowledge base's offices and demonyms these are read from. Read once
per article (event_sentences.py); event_roles.py resolves a sentence's references with them.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from ruchina.extract.briefing_offices import own_offices
from ruchina.extract.dated_roles import holder_in_year
from ruchina.extract.event_words import EventWords
from ruchina.extract.linking import Mention
from ruchina.knowledge.base import entity_catalog, is_official
from ruchina.knowledge.office_terms import headed_countries, office_holder, office_holders


@dataclass(frozen=True)
class ArticlePeople:
    """What a sentence needs from the rest of its article to resolve people it does not name."""

    #: the person each office refers to when the text names no country ("the President")
    by_bare_office: dict[str, str]
    #: every entity the article names: a person referred to by office is one of them (the
    #: entities table lists what articles name)
    named: frozenset[str] = frozenset()
    #: the leader of each country the article names someone for (by role: "President of China")
    by_country: dict[str, str] = field(default_factory=dict)
    last_people: tuple[str, ...] = ()
    last_group: tuple[str, ...] = ()
    #: the people the article named before the sentence, each once, in the order last named
    named_before: tuple[str, ...] = ()
    #: a role whose holder in the article's year is not the knowledge base's (today's) one:
    #: that year's holder ("President of Russia" of 1999: Yeltsin; dated_roles.py)
    dated_roles: dict[str, str] = field(default_factory=dict)
    #: the article's year, for the holder of an office the article names no one by (country_offices.py)
    year: int | None = None


@lru_cache(maxsize=1)
def offices_by_role() -> tuple[dict[str, list[str]], dict[str, str], dict[str, str]]:
    """role ("President of China") -> person ids; demonym ("Chinese") -> place name; a
    place's name or alias ("PRC") -> its name."""
    catalog = entity_catalog()
    by_role: dict[str, list[str]] = {}
    for entity in catalog.entities.values():
        if entity.entity_type == "PERSON" and entity.role:
            by_role.setdefault(entity.role, []).append(entity.entity_id)
    places = [e for e in catalog.entities.values() if e.entity_type == "GPE"]
    demonyms = {d: e.name for e in places for d in e.demonyms}
    names = {n: e.name for e in places for n in (e.name, *e.aliases)}
    return by_role, demonyms, names


def demonym_places() -> dict[str, str]:
    """demonym ("Chinese") -> its place's name, as the knowledge base gives them."""
    return offices_by_role()[1]


def role_holder(office: str, place_name: str) -> str | None:
    """The one person the knowledge base gives this office of this place, if exactly one."""
    holders = offices_by_role()[0].get(f"{office} of {place_name}", [])
    return holders[0] if len(holders) == 1 else None


def _own_holder(words: EventWords, office: str, country: str, year: int | None) -> str | None:
    """The holder of the briefing country's office a bare title names (briefing_offices.py): of
    an office its briefers speak of unnamed, in the page's year where the terms are known."""
    role = words.office_role(office)
    listed = own_offices(words.language, country)
    if listed is not None and role not in listed:
        return None
    if office_holders(f"{role} of {country}"):
        return office_holder(f"{role} of {country}", year)
    return role_holder(role, country)


def article_people(words: EventWords, mentions: list[Mention], year: int | None = None,
                   own_country: str | None = None, titled: dict[str, str] | None = None) -> ArticlePeople:
    """Who a bare office refers to in this article: of the people it names whom the
    knowledge base gives that office (of any place), the one named most; in a year another
    held that office (``year``: the article's), that year's holder (dated_roles.py). On a
    government's own briefing (``own_country``: briefing_offices.py), its country's holder. Of an
    office none of them holds, the one the article names with its title (``titled``: titled_people.py)."""
    counts = Counter(m.entity_id for m in mentions if m.entity_type == "PERSON" and m.linked)
    catalog = entity_catalog()
    roles = {pid: e.role for pid in counts if (e := catalog.get(pid)) is not None and e.role}
    dated = {role: holder for pid, role in roles.items()
             if (holder := holder_in_year(role, year, counts)) is not None and holder != pid}
    bare = {}
    for office in words.offices:
        if own_country and (own := _own_holder(words, office, own_country, year)):
            # ("the Prime Minister" of an Indian briefing is Modi, named or not, beside Abe named)
            bare[office] = own
            continue
        holders = [(counts[pid], pid) for pid, role in roles.items()
                   if role.startswith(f"{words.office_role(office)} of ")]
        if holders:
            pid = max(holders)[1]
            bare[office] = dated.get(roles[pid], pid)
        elif holder := (titled or {}).get(words.office_role(office)):
            # ("Prime Minister Mikhail Fradkov ... the Prime Minister": a holder of before the knowledge base's)
            bare[office] = holder
    by_country: dict[str, tuple[int, str]] = {}
    for pid in roles:
        # (the country's leader: its minister is none, "the Russian leader" is not Lavrov)
        if (country := catalog.get(pid).office_country) and not is_official(pid):
            by_country[country] = max(by_country.get(country, (0, "")), (counts[pid], pid))
    # (a past leader the knowledge base gives no role of today, Yeltsin, Akayev: his country's leader
    # where the article names none of its leaders of today; "the presidents of Russia, China and
    # Kyrgyzstan" on a page of 1996)
    # (named as often, the one who led it in the article's year: Jiang, not Mao "the first since 1957", in 1994)
    past: dict[str, tuple[int, bool, str]] = {}
    for pid in counts:
        if pid not in roles:
            for country in headed_countries(pid) - by_country.keys():
                past[country] = max(past.get(country, (0, False, "")), (counts[pid], _led_in(pid, country, year), pid))
    by_country.update({country: (n, pid) for country, (n, _, pid) in past.items()})
    return ArticlePeople(bare, frozenset(m.entity_id for m in mentions),
                         {country: dated.get(roles.get(pid), pid) for country, (_, pid) in by_country.items()},
                         dated_roles=dated, year=year)


def _led_in(pid: str, country: str, year: int | None) -> bool:
    """Whether the person led the country in the year, as its leader or its head of state."""
    return year is not None and pid in {office_holder(f"{office} of {the}{country}", year)
                                        for office in ("Leader", "President") for the in ("", "the ")}
