"""A trip told as the way to a summit held where it goes ("flies to Astana, where the summit is
held") is the traveller's attendance at the summit, there (trip_destinations.py); and a state
visit told beside the day's story with no day of its own is under way that day
(state_visits_under_way.py). Fixtures written for these tests (other leaders, other places),
each beside a look-alike that must not trigger."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.knowledge import base

CATALOG = base.entity_catalog()
LUKASHENKO, TOKAYEV, ASTANA, MINSK = (CATALOG.named(name).entity_id for name in (
    "Alexander Lukashenko", "Kassym-Jomart Tokayev", "Astana", "Minsk"))
THURSDAY = dt.date(2024, 7, 4)


def events(body: str, language: str, title: str | None = None):
    return extract_article("trip", title, None, body, THURSDAY, language).events


# --- a trip to the summit's city ---------------------------------------------------------------

def test_a_trip_to_where_the_summit_is_held_is_attendance_at_the_summit_there():
    body = "В субботу Александр Лукашенко вылетит в Астану, где 6–7 июля пройдёт саммит ОДКБ."
    found = events(body, "ru")
    (summit,) = [e for e in found if e.types() == {"summit"}]
    assert LUKASHENKO in summit.participants and summit.location_id == ASTANA
    assert not any(e.types() == {"visit"} for e in found)


def test_in_german_too():
    body = "Alexander Lukaschenko reist nach Astana, wo am Montag der Gipfel der OVKS beginnt."
    (summit,) = [e for e in events(body, "de") if e.types() == {"summit"}]
    assert LUKASHENKO in summit.participants and summit.location_id == ASTANA


def test_a_summit_in_another_clause_is_not_the_trips():
    body = "В субботу Александр Лукашенко вылетит в Минск, а 6–7 июля в Астане пройдёт саммит ОДКБ."
    found = events(body, "ru")
    assert all(e.location_id != MINSK for e in found if e.types() == {"summit"})
    assert any(e.types() == {"visit"} and e.location_id == MINSK for e in found)


# --- a state visit under way ------------------------------------------------------------------

STORY = ("Президент Белоруссии Александр Лукашенко в четверг вручил Президенту Казахстана Касым-Жомарту Токаеву "
         "орден Дружбы народов. Церемония прошла во Дворце Независимости в Минске. ")


def test_a_state_visit_told_beside_the_days_story_is_under_way_that_day():
    body = STORY + "Касым-Жомарт Токаев прибыл в Минск утром с государственным визитом."
    (visit,) = [e for e in events(body, "ru") if "state_visit" in e.types()]
    assert visit.date.first == THURSDAY and TOKAYEV in visit.participants


def test_a_state_visit_to_another_country_is_not_dated_by_the_story():
    body = STORY + "Касым-Жомарт Токаев совершал государственный визит в Китай."
    assert not any(e.date is not None and e.date.first == THURSDAY
                   for e in events(body, "ru") if "state_visit" in e.types())
