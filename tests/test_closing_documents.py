"""A gathering told as ending with a document ("the summit ended on Sunday with a declaration") adopted
that document, an agreement of its own, by the summit's people, at its place, on its last day; and a
summit's document adopted by all its people takes the people the summit's talks add. Each beside a
look-alike that must make no document. Written for these tests; none is copied."""

from __future__ import annotations

import datetime as dt

from ruchina.corpus.event_merge import merge_across_articles
from ruchina.extract.extraction import extract_article

MONDAY = dt.date(2021, 5, 17)  # a Monday
ERDOGAN, TOKAYEV, RAMAPHOSA, PUTIN = "Q39259", "kassym-jomart-tokayev", "Q1148669", "Q7747"

TITLE = "Caspian leaders part ways in Kazan"
OPENING = ("Recep Tayyip Erdogan, Kassym-Jomart Tokayev, Cyril Ramaphosa and Narendra Modi attended the two-day "
           "summit in Kazan on Saturday and Sunday.\n\n")


def extract(body: str, title: str = TITLE, article_id: str = "story"):
    return extract_article(article_id, title, None, body, MONDAY, "en")


def agreements(extraction):
    return [e for e in extraction.events if "agreement" in e.types()]


def test_a_summit_ending_with_a_declaration_adopted_it_on_its_last_day_by_its_people():
    body = OPENING + "The summit ended on Sunday with a declaration on shipping lanes across the inland sea."
    [document] = agreements(extract(body))
    assert {ERDOGAN, TOKAYEV, RAMAPHOSA} <= document.participants
    assert document.location_id == "kazan"
    assert document.date is not None and document.date.first == document.date.last == dt.date(2021, 5, 16)


def test_a_group_wrapping_up_its_summit_with_a_communique_adopted_it():
    body = OPENING + ("The five wrapped up their summit in the old town on Sunday with a joint communique on "
                      "fishing quotas.")
    [document] = agreements(extract(body))
    assert {ERDOGAN, TOKAYEV, RAMAPHOSA} <= document.participants


def test_look_alike_a_summit_ending_without_a_declaration_adopted_none():
    body = OPENING + "The summit ended on Sunday without a declaration, the first time in a decade."
    assert agreements(extract(body)) == []


def test_look_alike_a_summit_ending_with_no_communique_adopted_none():
    body = OPENING + "The summit ended on Sunday with no communique after a row over fishing quotas."
    assert agreements(extract(body)) == []


def test_look_alike_a_news_conference_ending_with_a_statement_is_no_gathering_s_document():
    body = ("Cyril Ramaphosa spoke to reporters in Pretoria on Monday. The news conference ended with a "
            "declaration of support for the miners.")
    assert agreements(extract(body, title="Ramaphosa speaks")) == []


def test_look_alike_a_summit_told_as_not_ending_with_a_declaration_adopted_none():
    body = OPENING + "Unlike the last one, the summit did not end with a declaration on Sunday, diplomats said."
    assert agreements(extract(body)) == []


def _rows(closing: str, title: str = TITLE):
    body = OPENING + ("Vladimir Putin, who also came to Kazan, held talks with Erdogan there on Saturday.\n\n"
                      + closing)
    rows = merge_across_articles(extract(body, title).events, {})
    return next(r for r in rows if r.event_type == "summit"), next(r for r in rows if r.event_type == "agreement")


def test_a_summit_s_document_adopted_by_all_its_people_takes_those_its_talks_add():
    summit, document = _rows("The summit ended on Sunday with a declaration on shipping lanes.")
    assert PUTIN in summit.participant_ids
    assert set(document.participant_ids) == set(summit.participant_ids)


def test_look_alike_two_leaders_treaty_signed_at_the_summit_keeps_its_signers():
    summit, document = _rows("On Sunday Putin and Tokayev signed a treaty on air links in Kazan.",
                             "Putin and Tokayev sign air treaty in Kazan")
    assert PUTIN in summit.participant_ids and document.part_of == summit.event_id
    assert set(document.participant_ids) == {PUTIN, TOKAYEV}
