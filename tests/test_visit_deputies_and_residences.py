"""A visitor told as a deputy of an office ("заместителя председателя КНР", "the Vice President of China"):
the office phrase is the deputy's, not a reference to the office's holder whom the article names elsewhere
(extract/office_deputies.py, read by event_roles.office_references); and a state residence outside the
capital where guests are received, "в Барвихе", is the place of the meeting (knowledge/entities.yaml).
Beside each, the look-alike that must not change: the office told without its deputy's word is still an
office phrase; a meeting told in the capital stays there. Fixtures written for these tests (Hu Jintao as
vice-president in Moscow, 2001)."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.extract.office_deputies import deputys_office


def _at_office(language: str, sentence: str, office: str) -> bool:
    return deputys_office(language, sentence, sentence.index(office))


def test_a_deputy_chairman_in_russian_is_a_deputys_office():
    assert _at_office("ru", "Путин принял в Кремле заместителя председателя КНР", "председателя")


def test_the_chairman_in_russian_is_the_offices_own():
    assert not _at_office("ru", "Путин принял в Кремле председателя КНР", "председателя")


def test_a_vice_president_in_english_is_a_deputys_office():
    assert _at_office("en", "Putin received the Vice President of China", "President")
    assert not _at_office("en", "Putin received the President of China", "President")


def _places(body: str) -> set:
    return {m.location_id for m in extract_article("residence", "Встреча", None, body, dt.date(2001, 10, 29),
                                                   "ru").event_mentions if m.part != "title"}


def test_a_meeting_at_barvikha_is_placed_there():
    assert "barvikha" in _places("Президент Владимир Путин встретился сегодня в Барвихе с Ху Цзиньтао.")


def test_a_meeting_in_moscow_stays_in_moscow():
    assert "barvikha" not in _places("Президент Владимир Путин встретился сегодня в Москве с Ху Цзиньтао.")
