"""A body's name with its abbreviation in brackets before an event word ("the Group of Twenty
(G20) summit") names the body's event as "G20 summit" does (issue 23's failure class 7: a
report that names its summit so joins the other reports of that summit; extract/linking.py).

Every fixture is written for these tests; each stands beside a look-alike that must not do
what it does."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.extract.linking import link_entities


def events_named(text):
    return {m.name for m in link_entities(text, discover=False) if m.entity_type == "EVENT"}


def test_an_abbreviation_in_brackets_and_the_event_word_after_it_name_the_bodys_event():
    assert events_named("Ministers prepared the Group of Twenty (G20) summit in Rio de Janeiro.") == {"G20 Summit"}
    assert events_named("Talks were held at the Brazil, Russia, India, China and South Africa (BRICS) "
                        "summit.") == {"BRICS Summit"}


def test_an_abbreviation_in_brackets_before_another_word_names_no_event():
    """The look-alikes: the body itself, and its abbreviation before a word that names nothing."""
    assert events_named("Finance ministers of the Group of Twenty (G20) countries met in Rio de Janeiro.") == set()
    assert events_named("The Shanghai Cooperation Organisation (SCO) secretariat issued a statement.") == set()


def test_a_summit_named_with_its_bodys_bracketed_abbreviation_is_that_bodys_summit():
    extraction = extract_article(
        "g20", None, None,
        "Chinese President Xi Jinping and Brazilian President Lula da Silva met on Monday on the sidelines of "
        "the Group of Twenty (G20) summit in Rio de Janeiro.", dt.date(2024, 11, 18), "en")
    (summit,) = [e for e in extraction.events if e.types() == {"summit"}]
    assert "G20 Summit" in summit.own_names
