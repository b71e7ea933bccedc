"""A leader's funeral (funerals.py, the funeral words of knowledge/events_<language>.yaml): an event
of its own, without the one it is for, and its mourners named over several sentences one funeral. Beside
each, the look-alike that must not: a funeral home is no gathering, and talks told after the funeral
with other people stay talks of their own. Every fixture is written for these tests."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

BREZHNEV, KOSYGIN, MIKOYAN, ZHOU = "leonid-brezhnev", "alexei-kosygin", "anastas-mikoyan", "zhou-enlai"


def _events(title: str | None, body: str, published: dt.date, language: str = "en"):
    return extract_article("t1", title, None, body, published, language).events


def test_the_one_buried_is_no_mourner_and_the_mourners_are_one_funeral():
    body = ("On 12 March 1970, Anastas Mikoyan was buried in Moscow.\n\n"
            "Leonid Brezhnev and Alexei Kosygin gave the funeral speeches. "
            "Zhou Enlai was among the foreign mourners.")
    (funeral,) = [e for e in _events("A cold spring: Mikoyan's funeral", body, dt.date(1970, 3, 14))
                  if e.types() == {"other"}]
    assert funeral.date.first == dt.date(1970, 3, 12)
    assert funeral.participants == {BREZHNEV, KOSYGIN, ZHOU}


def test_a_russian_funeral_keeps_out_the_one_it_is_for():
    body = "12 марта 1970 года Анастас Микоян был похоронен в Москве. Леонид Брежнев и Алексей Косыгин выступили на похоронах."
    funerals = [e for e in _events(None, body, dt.date(1970, 3, 14), "ru") if e.types() == {"other"}]
    assert funerals and all(MIKOYAN not in e.participants for e in funerals)
    assert any({BREZHNEV, KOSYGIN} <= e.participants for e in funerals)


def test_look_alike_a_funeral_home_is_no_gathering():
    body = "On Monday Leonid Brezhnev and Alexei Kosygin drove past the new funeral home in Moscow."
    assert not [e for e in _events(None, body, dt.date(1970, 3, 4)) if e.types() == {"other"}]


def test_look_alike_talks_after_the_funeral_stay_talks():
    body = ("On 12 March 1970, Anastas Mikoyan was buried in Moscow. Zhou Enlai was among the mourners.\n\n"
            "On 13 March Zhou Enlai held talks with Alexei Kosygin in the Kremlin.")
    events = _events("Mikoyan's funeral", body, dt.date(1970, 3, 14))
    (talks,) = [e for e in events if e.types() == {"meeting"}]
    assert talks.participants == {ZHOU, KOSYGIN}
    assert KOSYGIN not in next(e for e in events if e.types() == {"other"}).participants
