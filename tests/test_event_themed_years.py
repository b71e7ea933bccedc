"""A themed year two leaders open ("opened the Year of Russia in China", "открыли Год Китая") is its
opening ceremony, an event of its own beside their talks; a year named in passing is none."""
from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article


def _events(body: str, published: dt.date, language: str = "en") -> list[tuple]:
    return [(e.mentions[0].event_type, sorted(e.participants), e.date.first if e.date else None)
            for e in extract_article("a", None, None, body, published, language).events]


def test_leaders_opening_a_themed_year_hold_its_ceremony():
    body = "On Tuesday evening Leonid Brezhnev and Richard Nixon opened the Year of Science in Moscow."
    assert _events(body, dt.date(1974, 7, 3)) == [("other", ["Q9588", "leonid-brezhnev"], dt.date(1974, 7, 2))]


def test_a_themed_year_opened_in_russian_is_its_ceremony():
    body = "Леонид Брежнев и Ричард Никсон вечером открыли в Кремле Год науки."
    assert [e[0] for e in _events(body, dt.date(1974, 7, 2), "ru")] == ["other"]


def test_a_year_named_without_being_opened_is_no_event():
    body = "Leonid Brezhnev said the Year of Science had brought the two academies closer."
    assert _events(body, dt.date(1974, 7, 3)) == []
