"""A clause after ", and the two leaders ..." (", et les deux dirigeants ...") has a subject of its
own: what it says, and the time it names, are not the event word's before it. "X met Y, who had
come for a three-day visit, and the two leaders agreed on what was begun last year": last year
dates what they agreed on, not the visit, which is the talks' (on short texts written for the tests)."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.event_words import event_words
from ruchina.extract.extraction import extract_article

MODI, PUTIN = "Q1058", "Q7747"


def visits(body, published, language):
    extraction = extract_article("001_x", "Modi à Moscou", None, body, published, language)
    return [e for e in extraction.events if e.family == "visit"]


def test_in_french_the_two_leaders_clause_keeps_its_year_from_the_visit():
    body = ("Vladimir Poutine s'est entretenu jeudi 5 mars avec Narendra Modi, arrivé la veille à Moscou pour "
            "une visite officielle de trois jours, et les deux dirigeants ont convenu que le dialogue engagé "
            "l'an dernier devait se poursuivre.")
    [visit] = visits(body, dt.date(2026, 3, 6), "fr")
    assert {MODI, PUTIN} <= visit.participants
    assert visit.date.first.year == 2026 and visit.date.precision == "day"


def test_a_clause_of_two_things_not_two_sides_stays_in_the_event_s_clause():
    pattern = event_words("fr").scope_break
    assert pattern.search("arrivé pour une visite, et les deux dirigeants ont convenu")
    assert not pattern.search("arrivé pour une visite, et les deux accords signés")
    english = event_words("en").scope_break
    assert english.search("on a four-day visit, and the two men agreed")
    assert not english.search("on a four-day visit, and the two agreements signed")
