"""A surname two holders of one office share, read in the article's year: "President Bush" on a page
of 1989 is George H. W. Bush, though the knowledge base gives the short form "Bush" to his son, whom
the news names far more often. Where the person a mention was linked to held the office in none of
the years knowledge/offices.yaml gives him, and exactly one other holder of it with the same surname
held it in the article's year (a term's first and last years counted: the page may be of either
side of the handover), the mention is that holder's. A mention written as the first one's own full
name ("George W. Bush") stays his; so does every mention of a page of a year neither held it (a
page of 1996 recalling "Bush" is left as the linker read it) or of no year.

A surname the knowledge base keeps for no one alone (Bill and Hillary Clinton share theirs) is a name
the linker leaves undiscovered as one word; written right after an office's title ("President
Clinton", the language's `offices`), it is the one holder of that office with that surname in the
page's year. The same surname alone elsewhere on the page, unlinked ("Mr. Clinton", "Clinton heads to
China"), is that holder too: the page named him so.
"""

from __future__ import annotations

from dataclasses import replace

from ruchina.knowledge.base import entity_catalog
from ruchina.knowledge.office_terms import office_terms


def with_namesakes_of_the_year(mentions: list, year: int | None, text: str = "", words=None) -> list:
    """``mentions`` with each person's that another holder of his office and surname stands for in
    ``year``; with the ``text`` they were found in and the language's event ``words``, each bare
    surname after an office's title that one holder of the office bore that year."""
    if year is None:
        return mentions
    if words is not None and text:
        titled = [_titled_holder(m, text, words, year) for m in mentions]
        by_surname = {}
        for holder in {m.entity_id: m for m in titled if m is not None}.values():
            by_surname.setdefault(_surname(holder.name), set()).add(holder.entity_id)
        mentions = [t or _surname_of_the_titled(m, by_surname) or m for t, m in zip(titled, mentions)]
    catalog = entity_catalog()
    people = {m.entity_id for m in mentions if m.entity_type == "PERSON" and m.linked}
    instead = {pid: other for pid in people if (other := _namesake_in_office(pid, year)) is not None}
    if not instead:
        return mentions
    return [replace(m, entity_id=instead[m.entity_id], name=catalog.get(instead[m.entity_id]).name)
            if m.entity_id in instead and m.linked and m.surface != m.name else m for m in mentions]


def _titled_holder(mention, text: str, words, year: int):
    """The mention of a bare surname, not linked, after an office's title, as the office's one holder
    of that surname in ``year`` ("President Clinton" of 1993: Bill Clinton); None otherwise."""
    if mention.linked or " " in mention.surface.strip():
        return None
    before = text[max(0, mention.start - 40):mention.start]
    title = next((office for office in words.offices if before.endswith(office + " ")), None)
    if title is None:
        return None
    catalog = entity_catalog()
    surname = mention.surface.strip().casefold()
    role = words.office_role(title) + " of "
    holders = {holder for office, terms in office_terms().items() if office.startswith(role)
               for holder, first, last in terms
               if _within(year, first, last) and _surname(catalog.get(holder).name) == surname}
    if len(holders) != 1:
        return None
    holder = catalog.get(holders.pop())
    return replace(mention, entity_id=holder.entity_id, name=holder.name, entity_type="PERSON", linked=True)


def _surname_of_the_titled(mention, by_surname: dict[str, set[str]]):
    """A bare surname the linker left unlinked ("Mr. Clinton") as the one holder of an office the page
    names by it after his title (``by_surname``: surname -> those holders); None otherwise."""
    if mention.linked or mention.entity_type != "PERSON" or " " in mention.surface.strip():
        return None
    holders = by_surname.get(mention.surface.strip().casefold(), set())
    if len(holders) != 1:
        return None
    holder = entity_catalog().get(next(iter(holders)))
    return replace(mention, entity_id=holder.entity_id, name=holder.name, linked=True)


def _namesake_in_office(pid: str, year: int) -> str | None:
    catalog = entity_catalog()
    surname = _surname(catalog.get(pid).name)
    for terms in office_terms().values():
        own = [(first, last) for holder, first, last in terms if holder == pid]
        if not own or any(_within(year, first, last) for first, last in own):
            continue
        others = {holder for holder, first, last in terms
                  if holder != pid and _within(year, first, last) and _surname(catalog.get(holder).name) == surname}
        if len(others) == 1:
            return others.pop()
    return None


def _within(year: int, first: int, last: int | None) -> bool:
    return first <= year and (last is None or year <= last)


def _surname(name: str) -> str:
    return name.split()[-1].casefold()
