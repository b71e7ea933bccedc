"""A bloc's summit told by its body and city, its leaders named only as those who adopted its
declaration (extract/event_signings.adopted_at_their_summit): four leaders or more adopting one
document, with no day or place of their own, adopted it at the one summit the article tells, and
attended it. The list of signers runs on past the event word's reach ("adopted by A, B, C, D and
E": extract/object_lists.py), in the passive with an apposition between the document and its verb
(knowledge/events_en.yaml, events_fr.yaml). A day told between "preceded" and "by" is what precedes
the summit's, never the summit's (extract/preceding_events.py; knowledge/events_fr.yaml,
events_es.yaml ``preceded_by``).

Beside the look-alikes: a bilateral and a trilateral paper on a summit's sidelines, a declaration
when the article tells two summits, a foreign ministers' meeting, a list of signers that ends before
a bystander (or names one after it: he signs nothing), "met A and B" past the reach (no list of
three), and a summit opened on the day a sentence tells. Written for these tests: another bloc,
other leaders and another year than any page of the benchmarks.
"""

from __future__ import annotations

import datetime as dt

from ruchina.corpus.events_table import merged_events
from ruchina.extract.event_words import event_words
from ruchina.extract.extraction import extract_article
from ruchina.extract.object_lists import continues_the_objects

SATURDAY = dt.date(2022, 9, 17)
THURSDAY, MONDAY = dt.date(2022, 9, 15), dt.date(2022, 9, 12)
PUTIN, XI = "Q7747", "Q15031"
TOKAYEV, MIRZIYOYEV, JAPAROV = "kassym-jomart-tokayev", "shavkat-mirziyoyev", "sadyr-japarov"
FIVE = {PUTIN, XI, TOKAYEV, MIRZIYOYEV, JAPAROV}
LEADERS = "Kassym-Jomart Tokayev, Xi Jinping, Vladimir Putin, Shavkat Mirziyoyev and Sadyr Japarov"
SUMMIT_EN = "The leaders of the SCO held their summit in Samarkand on Thursday. "


def rows(text: str, language: str = "en"):
    extraction = extract_article("a1", None, None, text, SATURDAY, language)
    names = {m.entity_id: m.name for m in extraction.mentions}
    return merged_events([extraction], names)


def of_type(events, kind: str) -> list:
    return [e for e in events if e.event_type == kind]


def test_five_leaders_adopting_the_declaration_attended_the_summit():
    events = rows(SUMMIT_EN + LEADERS + " adopted the declaration.")
    [summit] = of_type(events, "summit")
    [signing] = of_type(events, "agreement")
    assert set(summit.participant_ids) == FIVE
    assert (summit.start_date, summit.location_id) == (THURSDAY, "samarkand")
    assert signing.part_of == summit.event_id


def test_the_passive_with_an_apposition_lists_every_signer():
    events = rows(SUMMIT_EN + "The Samarkand Declaration, named after the host city, was adopted by " + LEADERS + ".")
    [summit] = of_type(events, "summit")
    assert set(summit.participant_ids) == FIVE
    assert of_type(events, "agreement")[0].part_of == summit.event_id


def test_french_passive_lists_leaders_each_with_an_office_and_a_country():
    events = rows("Les dirigeants de l'OCS ont tenu jeudi leur sommet à Samarcande. La déclaration de Samarcande, "
                  "du nom de la ville hôte, a été adoptée par le président kazakh Kassym-Jomart Tokaïev, le président "
                  "chinois Xi Jinping, le président russe Vladimir Poutine, le président ouzbek Chavkat Mirzioïev et "
                  "le président kirghiz Sadyr Japarov.", "fr")
    [summit] = of_type(events, "summit")
    assert set(summit.participant_ids) == FIVE
    assert summit.start_date == THURSDAY


def test_look_alike_a_bilateral_paper_on_the_sidelines_gives_the_summit_no_one():
    [summit] = of_type(rows(SUMMIT_EN + "Xi Jinping and Vladimir Putin signed a statement."), "summit")
    assert summit.participant_ids == []


def test_look_alike_a_trilateral_paper_gives_the_summit_no_one():
    events = rows(SUMMIT_EN + "Xi Jinping, Vladimir Putin and Shavkat Mirziyoyev signed a statement.")
    [summit] = of_type(events, "summit")
    assert summit.participant_ids == []


def test_look_alike_a_declaration_beside_two_summits_goes_to_neither():
    events = rows(SUMMIT_EN + "The leaders of the CSTO held their summit in Yerevan on Friday. "
                  + LEADERS + " adopted the declaration.")
    summits = of_type(events, "summit")
    assert len(summits) == 2 and all(s.participant_ids == [] for s in summits)


def test_look_alike_a_foreign_ministers_meeting_is_no_summit():
    events = rows("The foreign ministers of the SCO met in Samarkand on Thursday. Sergei Lavrov, Wang Yi, "
                  "Mukhtar Tleuberdi and Vladimir Norov adopted the declaration.")
    assert of_type(events, "summit") == []


def test_look_alike_ministers_signing_an_agreement_at_the_summit_are_none_of_its_leaders():
    events = rows(SUMMIT_EN + "Sergei Lavrov, Wang Yi, Mukhtar Tleuberdi and Vladimir Norov signed an agreement on "
                  "customs.")
    [summit] = of_type(events, "summit")
    assert not {"sergei-lavrov", "wang-yi"} & set(summit.participant_ids)


def test_look_alike_a_list_of_signers_ends_before_a_bystander():
    events = rows("The treaty was signed by Vladimir Putin and Xi Jinping in Moscow on Thursday, while Shavkat "
                  "Mirziyoyev watched.")
    [signing] = of_type(events, "agreement")
    assert set(signing.participant_ids) == {PUTIN, XI}


def test_a_day_told_before_what_preceded_the_summit_is_not_the_summit_s():
    french = rows("Les dirigeants de l'OCS ont tenu jeudi leur sommet à Samarcande. Le sommet avait été précédé, "
                  "lundi, d'une série d'entretiens bilatéraux.", "fr")
    spanish = rows("Los líderes de la OCS celebraron el jueves su cumbre en Samarcanda. La cumbre fue precedida el "
                   "lunes por una reunión de Xi Jinping y Vladímir Putin.", "es")
    assert [s.start_date for s in of_type(french, "summit")] == [THURSDAY]
    assert [s.start_date for s in of_type(spanish, "summit")] == [THURSDAY]
    assert [m.start_date for m in of_type(spanish, "meeting")] == [MONDAY]
    by_date = rows("Los líderes de la OCS celebraron el jueves su cumbre en Samarcanda. La cumbre fue precedida el "
                   "12 de septiembre por una reunión de Xi Jinping y Vladímir Putin.", "es")
    assert [s.start_date for s in of_type(by_date, "summit")] == [THURSDAY]
    assert [m.start_date for m in of_type(by_date, "meeting")] == [MONDAY]


def test_look_alike_a_summit_opened_on_a_day_takes_that_day():
    events = rows("Le sommet de l'OCS s'est ouvert lundi à Samarcande.", "fr")
    assert [s.start_date for s in of_type(events, "summit")] == [MONDAY]


def test_look_alike_a_bystander_named_in_the_signings_sentence_is_none_of_the_summits_people():
    """(four adopt the declaration; the fifth, named in its sentence, only speaks of it)"""
    events = rows(SUMMIT_EN + "The declaration was adopted by Kassym-Jomart Tokayev, Xi Jinping, Vladimir Putin and "
                  "Shavkat Mirziyoyev, as Sadyr Japarov told reporters afterwards.")
    [summit] = of_type(events, "summit")
    assert set(summit.participant_ids) == FIVE - {JAPAROV}


def test_look_alike_met_a_and_b_past_the_reach_is_no_list_of_three():
    """("and" runs a list on only once it holds two: one host's talks with each are no meeting of three)"""
    events = rows("Xi Jinping met Uzbek President Shavkat Mirziyoyev and Kyrgyz President Sadyr Japarov in Samarkand "
                  "on Thursday.")
    meetings = [set(m.participant_ids) for m in of_type(events, "meeting")]
    assert {XI, MIRZIYOYEV} in meetings
    assert not any({XI, MIRZIYOYEV, JAPAROV} <= people for people in meetings)


def test_a_list_of_signers_runs_on_past_each_ones_country_in_brackets():
    """ "A (Kasachstan), B (China) und C": a guest's country in brackets tells him, it ends no list; a
    word between does ("in Anwesenheit von C")."""
    words = event_words("de")
    listed = "unterzeichnet von Kassym-Jomart Tokajew (Kasachstan), Xi Jinping (China) und Wladimir Putin."
    first_end, second = listed.index(" (Kasachstan)"), listed.index("Xi Jinping")
    second_end, third = listed.index(" (China)"), listed.index("Wladimir")
    assert continues_the_objects(words, listed, first_end, second, 1)
    assert continues_the_objects(words, listed, second_end, third, 2)
    watched = ("unterzeichnet von Kassym-Jomart Tokajew (Kasachstan), Xi Jinping (China) in Anwesenheit von "
               "Wladimir Putin.")
    assert not continues_the_objects(words, watched, second_end, watched.index("Wladimir"), 2)
