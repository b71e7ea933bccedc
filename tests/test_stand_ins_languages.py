"""A minister who attends a summit in his leader's place, in German, French, Spanish and Chinese
(extract/away_people.py, knowledge/events_<language>.yaml's stood_in_for): the leader he stands in
for is away. Texts written for these tests, invented events, each beside a look-alike where the
leader comes along and stays among the summit's people."""

from __future__ import annotations

import datetime as dt

import pytest

from ruchina.extract.extraction import extract_article

DAY = dt.date(2033, 9, 7)


def main_event(body: str, language: str):
    extraction = extract_article("a", None, None, body, DAY, language)
    return next(e for e in extraction.events if e.main)


STAND_IN = {
    "de": "Sergej Lawrow nahm am Mittwoch anstelle von Wladimir Putin am Gipfel der Schanghaier Organisation in Tiflis teil.",
    "fr": "À la place de Vladimir Poutine, Sergueï Lavrov a participé mercredi au sommet de l'Organisation de Shanghai à Tbilissi.",
    "es": "En lugar de Vladímir Putin, Serguéi Lavrov participó el miércoles en la cumbre de la Organización de Shanghái en Tiflis.",
    "zh": "拉夫罗夫7日代替普京出席在第比利斯举行的上海合作组织峰会。",
}

WITH_LEADER = {
    "de": "Sergej Lawrow nahm am Mittwoch zusammen mit Wladimir Putin am Gipfel der Schanghaier Organisation in Tiflis teil.",
    "fr": "Vladimir Poutine a participé mercredi au sommet de l'Organisation de Shanghai à Tbilissi avec Sergueï Lavrov.",
    "es": "Vladímir Putin participó el miércoles en la cumbre de la Organización de Shanghái en Tiflis con Serguéi Lavrov.",
    "zh": "拉夫罗夫7日陪同普京出席在第比利斯举行的上海合作组织峰会。",
}


@pytest.mark.parametrize("language", sorted(STAND_IN))
def test_a_minister_attending_in_the_leaders_place_leaves_the_leader_away(language):
    people = main_event(STAND_IN[language], language).participants
    assert "sergei-lavrov" in people and "Q7747" not in people, people


@pytest.mark.parametrize("language", sorted(WITH_LEADER))
def test_a_minister_attending_beside_the_leader_leaves_the_leader_there(language):
    people = main_event(WITH_LEADER[language], language).participants
    assert "Q7747" in people, people
