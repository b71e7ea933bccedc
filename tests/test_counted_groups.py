"""A group word that counts its people refers back to that many of those named last
(extract/counted_groups.py; the number words of knowledge/calendar.yaml, ``{counts}`` in the group
patterns of knowledge/events_<language>.yaml): a bloc's leaders
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
from ruchina.extract.event_words import event_words
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
    assert people_of(events, "summit") == [FIVE]


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


def test_look_alike_the_three_after_a_last_group_of_three_are_that_group_not_the_last_three_named():
    """(the group holds as many as counted: no one named after it joins)"""
    events = rows("Narendra Modi, Xi Jinping and Vladimir Putin held talks in Brasília on Tuesday. Cyril Ramaphosa "
                  "lands in Brasília on Tuesday. On Wednesday afternoon the three are due to meet the leaders of "
                  "Argentina and Chile.")
    meetings = people_of(events, "meeting")
    assert {MODI, XI, PUTIN} in meetings
    assert {XI, PUTIN, RAMAPHOSA} not in meetings


def test_every_number_word_of_the_language_counts_a_group_eleven_and_twelve_too():
    """The group patterns take the language's number words from one list (calendar.yaml): each
    pattern once stopped at ten, so "les onze dirigeants" was no group though eleven was counted."""
    for language, words in (("fr", "les onze dirigeants"), ("es", "los doce líderes"), ("de", "die elf Staatschefs"),
                            ("en", "the twelve leaders"), ("fr", "les douze ont signé")):
        found = event_words(language).group.search(words)
        assert found is not None and counted(language, found.group()) in (11, 12), words
    # (the look-alikes: two is the pair's own word, and a count of countries no group)
    assert counted("fr", "les deux dirigeants") is None
    assert event_words("fr").group.search("les onze pays") is None


def test_look_alike_a_count_in_a_relative_clause_after_the_event_word_is_that_clauses_people():
    """ "His trip comes a week after a summit at which Lula hosted the five presidents of the bloc": the five
    are the relative clause's, not the trip's; beside it "the five" of the event's own clause are the five."""
    trip = rows(ARRIVALS_EN + "Narendra Modi spoke to reporters. His visit follows a week in which Lula hosted the "
                "five presidents of the Mercosur bloc.")
    assert all(FIVE - {MODI, LULA} - people for people in people_of(trip, "visit"))
