"""Three rules of the people of an event told beside other acts of its day.

An act the sentence's subject does next, told after a time link and a verb with no subject of its
own (", before holding the BRICS summit with Z in the afternoon", ", avant de tenir l'après-midi le
sommet des BRICS avec Z"), is a report of its own (acts_before.py): its people are the sentence's
subject and those its own clause names, not the host of the reception before it; a time of that day
puts it on the reception's day. The look-alike: a link before a clause with a subject of its own
(", hours before Z welcomed them to the summit") tells the summit only as the setting of the talks.

A body paired with a country before a summit ("the EU-China summit") names no leader of the
country: who sits for it the text says (event_roles.pair_references); two countries ("the
Russia-China summit") still give both sides' leaders.

Talks told as "their" talks after an act that frames them ("X shakes hands with A and B before their
meeting") are of everyone the act names (event_roles.participants), not only of its subject."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

KAZAN_DAY = dt.date(2024, 10, 22)
MODI, PUTIN, XI, RAMAPHOSA = "Q1058", "Q7747", "Q15031", "Q1148669"
LULA = "luiz-inacio-lula-da-silva"


def _events(body, language="en", day=KAZAN_DAY, title="The Kazan Courier"):
    return extract_article("a", title, None, body, day, language).events


def test_a_summit_held_next_by_the_received_guests_is_theirs_on_the_receptions_day():
    for body, language in (
            ("Lula and Cyril Ramaphosa were received by Narendra Modi at his hotel on Tuesday morning, before "
             "holding the BRICS summit with Vladimir Putin in the afternoon.", "en"),
            ("Lula et Cyril Ramaphosa ont été reçus mardi matin par Narendra Modi à son hôtel, avant de tenir "
             "l'après-midi le sommet des BRICS avec Vladimir Poutine.", "fr")):
        meeting, summit = _events(body, language)
        assert meeting.types() == {"meeting"} and meeting.participants == {MODI, RAMAPHOSA, LULA}
        assert summit.types() == {"summit"} and summit.participants == {PUTIN, RAMAPHOSA, LULA}
        assert summit.date.first == KAZAN_DAY


def test_a_summit_after_a_clause_of_its_own_subject_is_only_the_setting():
    (meeting,) = _events("Lula and Cyril Ramaphosa were received by Narendra Modi at his hotel on Tuesday "
                         "morning, hours before Vladimir Putin welcomed them to the BRICS summit.")
    assert meeting.types() == {"meeting"} and meeting.participants == {MODI, RAMAPHOSA, LULA}


def _summit_reports(body, day):
    result = extract_article("a", "EU-China summit: Xi tells Tusk and Juncker the two sides should be partners",
                             None, body, day, "en")
    return [m for m in result.event_mentions if m.event_type == "summit" and m.sentence_start >= 0]


def test_a_body_paired_with_a_country_names_no_leader_of_the_country():
    (report,) = _summit_reports("Li Keqiang has opened the 21st EU-China summit in Brussels. Xi Jinping is in Paris.",
                                dt.date(2019, 4, 9))
    assert report.participant_ids == ("li-keqiang",)


def test_two_countries_paired_give_both_sides_leaders():
    (summit,) = _events("Vladimir Putin spoke in Moscow on Monday. Xi Jinping has opened the Russia-China summit "
                        "in Harbin.", day=dt.date(2019, 4, 9))
    assert summit.participants == {PUTIN, XI}


def test_their_talks_after_an_act_are_of_everyone_the_act_names():
    # ("X shakes hands with A and B before their meeting": the three meet; without "their", the frame's
    # subject alone is at the meeting, as in "congratulated Y during a meeting of the cabinet")
    day, abe = dt.date(2018, 7, 17), "Q132345"
    (meeting,) = _events("Shinzo Abe shakes hands with Jean-Claude Juncker and Ursula von der Leyen before their "
                         "meeting at the Akasaka Palace in Tokyo on Tuesday morning.", day=day)
    assert meeting.participants == {abe, "jean-claude-juncker", "ursula-von-der-leyen"}
    (meeting,) = _events("Shinzo Abe congratulated Jean-Claude Juncker during a meeting of the cabinet in Tokyo "
                         "on Tuesday morning.", day=day)
    assert meeting.participants == {abe}
