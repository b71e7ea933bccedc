"""A summit as the goal of what a sentence tells ("a step towards the summit", "un paso hacia la
cumbre", "un pas vers le sommet", "ein Schritt zum Gipfel") is no summit: the visit or talks told
are the step, and the summit is neither held nor planned (knowledge/events_<language>.yaml,
`not_events`). A summit that is held and is itself a step towards something else stays a summit."""

from __future__ import annotations

import datetime as dt

import pytest

from ruchina.extract.extraction import extract_article

MONDAY = dt.date(2019, 6, 10)


def types_told(body: str, language: str, title: str | None = None) -> list[str]:
    return sorted(e.mentions[0].event_type for e in extract_article("g", title, None, body, MONDAY, language).events)


@pytest.mark.parametrize("language, title, body", [
    ("en", None, "Sergei Lavrov arrived in Tokyo on Monday for a two-day visit, a step towards the summit both "
                 "governments now talk about openly."),
    ("es", "Rusia y Japón dan un paso hacia la cumbre",
     "Serguéi Lavrov llegó el lunes a Tokio para una visita de dos días."),
    ("fr", "Un pas vers le sommet entre Moscou et Tokyo",
     "Sergueï Lavrov est arrivé lundi à Tokyo pour une visite de deux jours."),
    ("de", "Ein Schritt zum Gipfel zwischen Moskau und Tokio",
     "Sergej Lawrow ist am Montag zu einem zweitägigen Besuch in Tokio eingetroffen."),
])
def test_a_step_towards_a_summit_tells_no_summit(language, title, body):
    assert types_told(body, language, title) == ["visit"]


@pytest.mark.parametrize("language, body", [
    ("en", "Vladimir Putin and Shinzo Abe held a summit in Tokyo on Monday, a step towards a peace treaty."),
    ("es", "Vladímir Putin y Shinzo Abe celebraron el lunes en Tokio una cumbre, un paso hacia un tratado de paz."),
])
def test_a_summit_held_as_a_step_towards_something_else_stays_a_summit(language, body):
    assert "summit" in types_told(body, language)
