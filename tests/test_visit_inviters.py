"""An official who invites a visitor is no party to the visit for inviting him
(extract/visit_inviters.py): "a visit at the invitation of the Duma's chairman" is the visitor's, and
the host leader's when the page tells him receiving the visitor; the chairman's talks with him are
their own event. A leader who invites ("at the invitation of President X") is the host and stays, and
an official the sentence also names taking part ("invited by X, he held talks with X") stays too.

Texts written for these tests, in several languages, with invented visits and words; each beside a
look-alike that must not do what it does."""

from __future__ import annotations

import datetime as dt

import pytest

from ruchina.extract.extraction import extract_article

DAY = dt.date(2031, 6, 2)  # a Monday
PUTIN, XI, VOLODIN, LAVROV, WANG = "Q7747", "Q15031", "vyacheslav-volodin", "sergei-lavrov", "wang-yi"


def visits(body: str, language: str = "en"):
    return [e for e in extract_article("t", None, None, body, DAY, language).events if e.family == "visit"]


@pytest.mark.parametrize("language, body", [
    ("en", "Wang Yi will pay an official visit to Russia from Wednesday to Friday at the invitation of "
           "Duma chairman Vyacheslav Volodin, the ministry said."),
    ("en", "Wang Yi, invited by Foreign Minister Sergei Lavrov, will visit Russia from Wednesday to Friday."),
    ("ru", "Ван И посетит Россию с визитом со среды по пятницу по приглашению председателя Госдумы "
           "Вячеслава Володина."),
    ("de", "Wang Yi stattet Russland von Mittwoch bis Freitag auf Einladung von Duma-Chef Wjatscheslaw Wolodin "
           "einen offiziellen Besuch ab."),
])
def test_an_official_who_invites_the_visitor_is_no_party_to_the_visit(language, body):
    found = visits(body, language)
    assert found and all(WANG in v.participants for v in found)
    assert not any({VOLODIN, LAVROV} & v.participants for v in found)


def test_a_leader_who_invites_the_visitor_hosts_the_visit():
    body = "Xi Jinping will pay a state visit to Russia from Wednesday to Friday at the invitation of President Vladimir Putin."
    (visit,) = visits(body)
    assert {XI, PUTIN} <= visit.participants


def test_an_official_the_sentence_names_taking_part_stays():
    body = ("Invited by Duma chairman Vyacheslav Volodin, Wang Yi arrived in Moscow on Monday for a visit and "
            "held talks with Vyacheslav Volodin the same day.")
    found = [e for e in extract_article("t", None, None, body, DAY, "en").events if "meeting" in e.types()]
    assert found and {WANG, VOLODIN} <= found[0].participants
