"""A group word that counts its people refers back to that many of those named last
(extract/counted_groups.py; knowledge/events_<language>.yaml ``group_counts``): a bloc's leaders
named one or two a sentence, then "the five are due to meet ...", "les cinq ont rencontré ...".
Beside the look-alikes: "the two" after two named is still those two, a count of more people than
the article has named keeps the last group, and a count of countries ("les cinq pays") refers to no
leaders. Written for these tests: another summit, other leaders and another year than any page of
the benchmarks.
"""

from __future__ import annotations

import datetime as dt

from ruchina.corpus.events_table import merged_events
from ruchina.extract.counted_groups import counted, counted_group
from ruchina.extract.extraction import extract_article

SATURDAY = dt.date(2025, 6, 28)
PUTIN, XI, MODI, RAMAPHOSA, LULA = "Q7747", "Q15031", "Q1058", "Q1148669", "luiz-inacio-lula-da-silva"
FIVE = {PUTIN, XI, MODI, RAMAPHOSA, LULA}
ARRIVALS_EN = ("Luiz Inácio Lula da Silva hosts the BRICS summit in Brasília on Wednesday. Cyril Ramaphosa lands in "
               "Brasília on Monday. Narendra Modi arrives on Tuesday. Xi Jinping and Vladimir Putin make up the rest "
               "of the group. ")
ARRIVALS_FR = ("Luiz Inácio Lula da Silva a accueilli mercredi le sommet des BRICS à Brasília. Cyril Ramaphosa était "
               "arrivé lundi. Narendra Modi était arrivé mardi. Xi Jinping et Vladimir Poutine complétaient le groupe. ")


def rows(text: str, language: str = "en", published: dt.date = SATURDAY):
    extraction = extract_article("a1", None, None, text, published, language)
    names = {m.entity_id: m.name for m in extraction.mentions}
    return merged_events([extraction], names)


def people_of(events, kind: str) -> list[set]:
    return [set(e.participant_ids) for e in events if e.event_type == kind]


def test_the_five_are_the_five_named_last():
    events = rows(ARRIVALS_EN + "On Wednesday afternoon the five are due to meet the leaders of Argentina and Chile.")
    assert FIVE in people_of(events, "meeting")


def test_french_les_cinq_as_the_subject_are_the_five_named_last():
    events = rows(ARRIVALS_FR + "Mercredi après-midi, les cinq ont rencontré les dirigeants de l'Argentine et du Chili.",
                  "fr", dt.date(2025, 7, 4))
    assert any(people >= FIVE for people in people_of(events, "summit") + people_of(events, "meeting"))


def test_look_alike_the_two_are_still_the_two_named_last():
    events = rows(ARRIVALS_EN + "On Wednesday afternoon the two are due to meet the leaders of Argentina and Chile.")
    assert {PUTIN, XI} in people_of(events, "meeting")
    assert FIVE not in people_of(events, "meeting")


def test_look_alike_a_count_the_article_has_not_named_keeps_the_last_group():
    events = rows(ARRIVALS_EN + "On Wednesday afternoon the six are due to meet the leaders of Argentina and Chile.")
    assert {PUTIN, XI} in people_of(events, "meeting")


def test_look_alike_a_count_of_countries_refers_to_no_leaders():
    events = rows(ARRIVALS_FR + "Mercredi après-midi, les cinq pays ont rencontré les dirigeants de l'Argentine et du "
                  "Chili.", "fr", dt.date(2025, 7, 4))
    assert all(not people >= FIVE for people in people_of(events, "meeting"))


def test_the_count_read_from_words_and_digits():
    assert counted("en", "the five leaders") == 5
    assert counted("fr", "les cinq dirigeants") == 5
    assert counted("de", "die 12 Staatschefs") == 12
    assert counted("en", "the two leaders") is None  # ("the two" is the last pair: no count to fill)
    assert counted_group(3, ("a", "b"), ("x", "a", "b")) == ("x", "a", "b")
    assert counted_group(3, ("a", "b"), ("a", "b")) == ("a", "b")
    assert counted_group(2, ("a", "b"), ("x", "y", "a", "b")) == ("a", "b")


def test_look_alike_a_spokesman_named_between_is_none_of_the_five():
    """(an official of the knowledge base's official_roles speaks; the five are still the leaders)"""
    events = rows(ARRIVALS_EN + "Dmitry Peskov told reporters that the agenda was full. "
                  "On Wednesday afternoon the five are due to meet the leaders of Argentina and Chile.")
    assert FIVE in people_of(events, "meeting")
