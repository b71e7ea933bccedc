"""Who attends a summit an English page tells through what happens at it, not through a sentence
naming its attendees (knowledge/events_en.yaml): leaders who "put their names to" its declaration
sign it (an agreement, whose signers attend the summit: summit_signers.py); one who "attended as a
guest of the chair" or "as an observer", or "is taking part as an observer", leaders "in the hall" up
to a semicolon (gathering_presence.py), and one "chairing" or "here as an observer" in an apposition
(host_appositions.py). Fixtures written for these tests, with
another bloc, other leaders, places and years than any page read; each beside a look-alike that
must not add anyone."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

PUTIN, XI = "Q7747", "Q15031"
TOKAYEV, LUKASHENKO, MIRZIYOYEV = "kassym-jomart-tokayev", "alexander-lukashenko", "shavkat-mirziyoyev"
JAPAROV, RAHMON, PEZESHKIAN = "sadyr-japarov", "Q57366", "masoud-pezeshkian"
DAY = dt.date(2022, 10, 14)
LEAD = ("ASTANA, Oct 14 -- Leaders of the Commonwealth of Independent States held their summit in "
        "Astana on Friday.\n\n")


def events(text):
    return extract_article("t1", None, None, text, DAY, "en").events


def people_of(found, kind):
    return {p for e in found if kind in e.types() for p in e.participants}


def test_leaders_who_put_their_names_to_the_declaration_sign_it_and_attend_the_summit():
    found = events(LEAD + "Kassym-Jomart Tokayev, Alexander Lukashenko, Sadyr Japarov and Emomali Rahmon "
                          "put their names to the Astana declaration on Friday.")
    assert {TOKAYEV, LUKASHENKO, JAPAROV, RAHMON} <= people_of(found, "agreement")
    assert {TOKAYEV, LUKASHENKO, JAPAROV, RAHMON} <= people_of(found, "summit")


def test_a_name_put_to_a_list_is_no_signing():
    """The look-alike: a name put forward for a post signs no paper."""
    found = events(LEAD + "Sadyr Japarov put his name to the list of candidates for the chair.")
    assert not [e for e in found if "agreement" in e.types()]


def test_two_leaders_putting_their_names_to_a_paper_of_their_own_do_not_make_the_summits_people():
    """The look-alike: two leaders signing a bilateral paper beside the summit sign it at talks of
    their own; too few to tell who was at the summit."""
    found = events(LEAD + "On the sidelines, Alexander Lukashenko and Emomali Rahmon put their names to a "
                          "bilateral memorandum on trade.")
    assert not {LUKASHENKO, RAHMON} & people_of(found, "summit")


def test_one_who_attended_as_a_guest_or_an_observer_is_one_of_the_summits_people():
    found = events(LEAD + "Iran's Masoud Pezeshkian attended as an observer. Shavkat Mirziyoyev attended "
                          "as a guest of the chair.")
    assert {PEZESHKIAN, MIRZIYOYEV} <= people_of(found, "summit")


def test_one_who_never_attended_as_an_observer_is_nobodys():
    """The look-alike: a negated attendance adds no one."""
    found = events(LEAD + "Masoud Pezeshkian has never attended as an observer.")
    assert PEZESHKIAN not in {p for e in found for p in e.participants}


def test_leaders_in_the_hall_up_to_a_semicolon_are_the_summits_people():
    found = events(LEAD + "Vladimir Putin and Xi Jinping are in the hall; their aides said the two held no "
                          "talks of their own.")
    assert {PUTIN, XI} <= people_of(found, "summit")


def test_leaders_in_the_hall_of_a_museum_told_with_no_gathering_are_nobodys():
    """The look-alike: with no summit or forum told before, a hall is no gathering's room."""
    found = events("Vladimir Putin and Xi Jinping are in the hall; the exhibition opens at noon.")
    assert not {PUTIN, XI} & {p for e in found for p in e.participants}


def test_a_leader_chairing_in_an_apposition_is_one_of_the_summits_people():
    found = events(LEAD + "Kazakh President Kassym-Jomart Tokayev, chairing, said trade inside the bloc "
                          "had grown by a fifth.")
    assert TOKAYEV in people_of(found, "summit")


def test_chairing_with_an_object_of_its_own_makes_no_apposition():
    """The look-alike: chairing something the sentence names ("chairing the commission") is no
    apposition of the summit's chair."""
    found = events(LEAD + "Sadyr Japarov, chairing the trade commission, said tariffs would fall.")
    assert JAPAROV not in people_of(found, "summit")


def test_one_taking_part_as_an_observer_or_here_as_one_is_one_of_the_summits_people():
    found = events(LEAD + "Masoud Pezeshkian is taking part as an observer. Uzbekistan's Shavkat "
                          "Mirziyoyev, here as an observer, said the region needed new railways.")
    assert {PEZESHKIAN, MIRZIYOYEV} <= people_of(found, "summit")


def test_one_here_as_an_observer_where_no_gathering_is_told_is_nobodys():
    """The look-alike: with no summit or forum told before, an observer's apposition (an election
    observer quoted) joins no one."""
    found = events("Masoud Pezeshkian, here as an observer, said the vote had been calm.")
    assert PEZESHKIAN not in {p for e in found for p in e.participants}
