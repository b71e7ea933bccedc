"""The agents of a passive of preparing or chairing a meeting are its people (extract/passive_agents.py,
knowledge/events_<language>.yaml ``passive_agent_verbs``, ``passive_agent_words``), though the day and
the place told first put them past an object's reach; a passive that says nothing of who met ("was
praised by") adds no one.

Texts written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from ruchina.extract.extraction import extract_article

FRIDAY = dt.date(2031, 5, 16)
WEDNESDAY = dt.date(2031, 5, 14)


def wednesdays_people(body: str, language: str) -> list[set]:
    events = extract_article("t", None, None, body, FRIDAY, language).events
    return [set(e.participants) for e in events if e.date is not None and e.date.first == WEDNESDAY]


@pytest.mark.parametrize("language, body, agents", [
    ("de", "Die Außenminister trafen sich am Freitag in Kasan. Vorbereitet worden war das Treffen am Mittwoch, "
           "ebenfalls in Kasan, von Staatsrat Wang Yi und dem russischen Vizepremier Alexander Nowak, die die "
           "Kommission leiten.", {"wang-yi", "alexander-nowak"}),
    ("en", "The talks on Wednesday, also in Kazan, were prepared at a three-hour session by State Councilor Wang Yi "
           "and Russian Deputy Prime Minister Alexander Novak.", {"wang-yi", "alexander-novak"}),
    ("fr", "La réunion de mercredi, également à Kazan, a été préparée au cours d'une longue séance par Wang Yi et "
           "Sergueï Lavrov.", {"wang-yi", "sergei-lavrov"}),
    ("es", "La reunión del miércoles, también en Kazán, fue preparada en una larga sesión por Wang Yi y "
           "Alexander Novak.", {"wang-yi", "alexander-novak"}),
])
def test_those_a_meeting_was_prepared_by_are_its_people(language, body, agents):
    assert wednesdays_people(body, language) == [agents]


@pytest.mark.parametrize("language, body", [
    ("de", "Die Außenminister trafen sich am Freitag in Kasan. Kritisiert worden war das Treffen am Mittwoch, "
           "ebenfalls in Kasan, von Staatsrat Wang Yi und dem russischen Vizepremier Alexander Nowak, die die "
           "Kommission leiten."),
    ("en", "The talks on Wednesday, also in Kazan, were praised at a three-hour session by State Councilor Wang Yi "
           "and Russian Deputy Prime Minister Alexander Novak."),
])
def test_a_passive_that_says_nothing_of_who_met_adds_no_one(language, body):
    assert wednesdays_people(body, language) == [set()]
