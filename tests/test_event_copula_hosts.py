"""A gathering's host told by a dash standing for "is" (extract/copula_hosts.py, knowledge
events_ru.yaml ``host_copula``): "Организатор форума — президент Таджикистана ..." puts the
host among the gathering's people. The look-alike: a dash after other words of the gathering
("Итоги саммита — ...") names no host."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

PUTIN, RAHMON = "Q7747", "Q57366"
FRIDAY = dt.date(2031, 5, 16)


def _gathering_people(body: str) -> set[str]:
    events = extract_article("a", None, None, body, FRIDAY, "ru").events
    gatherings = [e for e in events if {"summit", "forum"} & e.types()]
    assert len(gatherings) == 1, [e.types() for e in events]
    return set(gatherings[0].participants)


def test_the_host_after_a_dash_takes_part():
    body = ("В пятницу в Душанбе открылся форум министров энергетики. "
            "Организатор форума — президент Таджикистана Эмомали Рахмон.")
    assert RAHMON in _gathering_people(body)


def test_a_dash_after_other_words_of_the_summit_names_no_host():
    body = ("В пятницу в Душанбе открылся саммит стран региона. "
            "Итоги саммита — Эмомали Рахмон назвал их скромными.")
    assert RAHMON not in _gathering_people(body)
