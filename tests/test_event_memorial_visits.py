"""A leader's visit to a place of memory: a first visit told by setting foot in a named place ("the
first sitting president to set foot in X") is a visit, not one who never did ("has never set foot in
X"); and in Spanish the one who accompanies the visitor ("visitó ..., acompañado por el primer ministro
Y") is one of the visit's people, not the visitor's spouse ("acompañado de su esposa"). Texts written
for these tests, with other visits and names than any page measured."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.knowledge import base

CATALOG = base.entity_catalog()
JERUSALEM = CATALOG.named("Jerusalem").entity_id
WIDODO, SCHOLZ = CATALOG.named("Joko Widodo").entity_id, CATALOG.named("Olaf Scholz").entity_id
DAY = dt.date(2034, 9, 13)  # a Wednesday


def _visits(body: str, language: str = "en") -> list:
    return [m for m in extract_article("memorial", None, None, body, DAY, language).event_mentions
            if m.event_type == "visit"]


def test_setting_foot_in_a_named_place_is_a_visit_there():
    visits = _visits("Joko Widodo on Tuesday became the first Indonesian president to set foot in Jerusalem, "
                     "where he laid a wreath at a memorial to the victims of the war.")
    assert [(m.location_id, m.date.first) for m in visits] == [(JERUSALEM, dt.date(2034, 9, 12))]


def test_look_alike_one_who_never_set_foot_there_makes_no_visit():
    assert _visits("Joko Widodo has never set foot in Jerusalem, his spokesman said on Tuesday.") == []


def test_the_one_who_accompanies_a_visitor_in_spanish_is_one_of_its_people():
    body = ("El canciller alemán, Olaf Scholz, visitó ayer el memorial del Holocausto en Jerusalén, acompañado por "
            "el presidente indonesio, Joko Widodo.")
    visits = _visits(body, "es")
    assert visits and {SCHOLZ, WIDODO} <= set(visits[0].participant_ids)


def test_look_alike_a_spouse_accompanying_the_visitor_is_no_person_of_the_visit():
    body = ("El presidente indonesio, Joko Widodo, visitó ayer el memorial del Holocausto en Jerusalén, acompañado "
            "de su esposa, Iriana Widodo.")
    visits = _visits(body, "es")
    assert visits and set(visits[0].participant_ids) == {WIDODO}
