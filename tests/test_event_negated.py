"""A meeting said not to have been held names no event, and a leader said not to have attended
an event is none of its participants, in English and French (knowledge/events_<lang>.yaml:
passing, absent). Fixtures written for these tests; each beside a look-alike that keeps its
event or its participant."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

PUTIN, ERDOGAN, MODI = "Q7747", "Q39259", "Q1058"
TOKAYEV = "kassym-jomart-tokayev"
DAY = dt.date(2023, 7, 5)
LEAD = "Vladimir Putin held talks with Kazakh President Kassym-Jomart Tokayev in Astana on Wednesday. "


def others(body, title="Putin and Tokayev meet in Astana", published=DAY, language="en"):
    return [e for e in extract_article("t1", title, None, body, published, language).events if not e.main]


def with_erdogan(verb):
    return LEAD + f"Turkish President Recep Tayyip Erdogan {verb} bilateral meeting with Tokayev in Ankara on Monday."


def test_a_meeting_held_elsewhere_is_an_event():
    (meeting,) = others(with_erdogan("held a"))
    assert meeting.participants == {ERDOGAN, TOKAYEV}


def test_a_meeting_not_held_is_no_event():
    assert others(with_erdogan("did not hold a")) == []
    assert others(with_erdogan("never had a")) == []


def test_a_meeting_not_held_in_french_is_no_event():
    lead = "Vladimir Poutine s'est entretenu mercredi avec le président kazakh Kassym-Jomart Tokaïev à Astana. "
    title = "Poutine et Tokaïev à Astana"
    held = lead + "Le président turc Recep Tayyip Erdogan a eu un entretien bilatéral avec Tokaïev à Ankara lundi."
    not_held = lead + "Le président turc Recep Tayyip Erdogan n'a pas eu d'entretien bilatéral avec Tokaïev à Ankara lundi."
    assert any(ERDOGAN in e.participants for e in others(held, title=title, language="fr"))
    assert not any(ERDOGAN in e.participants for e in others(not_held, title=title, language="fr"))


def parade_rows(verb):
    body = ("Vladimir Poutine a assisté jeudi au défilé de la Victoire sur la place Rouge à Moscou. Le Premier "
            f"ministre indien Narendra Modi, venu en Russie en début de mois, {verb} défilé.")
    return extract_article("t1", "Défilé à Moscou", None, body, dt.date(2024, 5, 9), "fr").events


def test_a_leader_who_attended_the_parade_in_french_takes_part():
    assert any(MODI in e.participants for e in parade_rows("a assisté au"))


def test_a_leader_who_did_not_attend_the_parade_in_french_takes_no_part():
    for verb in ("n'a pas assisté au", "n'a pas pris part au"):
        assert not any(MODI in e.participants for e in parade_rows(verb)), verb


def test_the_summit_a_meeting_was_not_held_at_stays():
    body = LEAD + ("Turkish President Recep Tayyip Erdogan did not hold a bilateral meeting with Tokayev at "
                   "the summit in Ankara on Monday.")
    rows = others(body)
    assert [e.mentions[0].event_type for e in rows] == ["summit"]


def title_rows(title):
    body = "Tokayev and Putin spent the afternoon at the presidential palace in Astana on Wednesday."
    return extract_article("t1", title, None, body, DAY, "en").events


def test_an_event_set_against_the_talks_by_but_no_is_none():
    # ("held talks but no press conference": the talks are the one event told)
    rows = title_rows("Tokayev and Putin hold long talks but no joint press conference")
    assert [sorted(e.types()) for e in rows] == [["meeting"]]
    assert rows[0].participants == {PUTIN, TOKAYEV}


def test_talks_and_a_press_conference_are_both_told():
    rows = title_rows("Tokayev and Putin hold long talks and a joint press conference")
    assert {t for e in rows for t in e.types()} >= {"meeting"} and len(rows) == 2
