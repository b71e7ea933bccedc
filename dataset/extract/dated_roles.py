"""The holder of a leader's office in the article's year, where the knowledge base's `role` gives
today's: "The Russian president" of a page from 1999 that names Boris Yeltsin and, as prime
minister, Vladimir Putin is Yeltsin, not Putin, whom entities.yaml gives the office today.

The years are knowledge/offices.yaml's terms (knowledge/office_terms.py). A year strictly inside
a term gives its holder; a year the office changed hands gives, of its holders the article names,
the one it names most (the page is about him; the other is named in passing: "In Moscow, Prime
Minister Vladimir Putin said ..."). An office offices.yaml does not list, or a page with no year,
keeps the role's holder (article_people.article_people).
"""

from __future__ import annotations

from collections import Counter

from ruchina.knowledge.office_terms import office_holder, office_holders


def holder_in_year(role: str, year: int | None, counts: Counter) -> str | None:
    """The person who held ``role`` ("President of Russia") in ``year`` as the article reads it
    (``counts``: how often it names each person); None when the knowledge base cannot tell."""
    holders = office_holders(role)
    if year is None or not holders:
        return None
    dated = office_holder(role, year)
    if dated is not None:
        return dated
    named = [(counts[pid], pid) for pid in holders if counts[pid]]
    return max(named)[1] if named else None
