"""One who stands or sits next to the subject during an event takes part in it with him: "Li Peng
stood next to Boris Yeltsin on the rostrum during the parade", "Ли Пэн стоял рядом с Ельциным на
трибуне во время парада" (knowledge/events_<language>.yaml ``companions``, read by event_roles.py).
A verb before "during" otherwise closes the subject ("Li Peng congratulated Boris Yeltsin during the
parade": only Li Peng was at it, the other is whom the act is about), and that look-alike stays so.
Texts written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from ruchina.extract.extraction import extract_article
from ruchina.knowledge import base

CATALOG = base.entity_catalog()
LI_PENG, YELTSIN = (CATALOG.named(name).entity_id for name in ("Li Peng", "Boris Yeltsin"))
DAY = dt.date(1994, 5, 10)


def _parade_people(body: str, language: str) -> set[str]:
    events = extract_article("companions", None, None, body, DAY, language).events
    parades = [e for e in events if "parade" in e.types()]
    assert len(parades) == 1, [e.types() for e in events]
    return set(parades[0].participants)


@pytest.mark.parametrize("body, language", [
    ("On 9 May 1994 Li Peng stood next to Boris Yeltsin on the rostrum during the military parade.", "en"),
    ("9 мая 1994 года Ли Пэн стоял рядом с Ельциным на трибуне во время военного парада.", "ru"),
])
def test_one_standing_next_to_the_subject_during_a_parade_takes_part(body, language):
    assert _parade_people(body, language) >= {LI_PENG, YELTSIN}


@pytest.mark.parametrize("body, language", [
    ("On 9 May 1994 Li Peng congratulated Boris Yeltsin during the military parade.", "en"),
    ("9 мая 1994 года Ли Пэн поздравил Ельцина во время военного парада.", "ru"),
])
def test_one_an_act_is_about_during_a_parade_takes_no_part(body, language):
    people = _parade_people(body, language)
    assert LI_PENG in people and YELTSIN not in people
