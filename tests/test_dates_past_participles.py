"""A day right after a past participle opening an aside is a day gone by ("La visite, commencée
samedi, s'achève ce mardi": last Saturday), whatever the tense of the sentence around it
(extract/participle_days.py, knowledge/events_<language>.yaml `past_participles`); a day after a
verb of the future is still to come (Spanish and Russian read their clauses so already, and stand beside French as
its look-alikes in other languages). Fixtures written for these tests, each beside a look-alike."""

from __future__ import annotations

import datetime as dt

import pytest

from ruchina.extract.extraction import extract_article

TUESDAY = dt.date(2022, 9, 13)
LAST_SATURDAY, NEXT_SATURDAY = dt.date(2022, 9, 10), dt.date(2022, 9, 17)

BEGUN = {
    "fr": "La visite d'État de Xi Jinping au Kazakhstan, commencée samedi à Astana, s'achève ce mardi.",
    "es": "La visita de Estado de Xi Jinping a Kazajistán, iniciada el sábado en Astaná, termina este martes.",
    "ru": "Государственный визит Си Цзиньпина в Казахстан, начавшийся в субботу в Астане, завершится во вторник.",
}
TO_COME = {
    "fr": "La visite d'État de Xi Jinping au Kazakhstan commencera samedi à Astana.",
    "es": "La visita de Estado de Xi Jinping a Kazajistán comenzará el sábado en Astaná.",
    "ru": "Государственный визит Си Цзиньпина в Казахстан начнется в субботу в Астане.",
}


def first_day(language, body):
    events = extract_article("t1", None, None, body, TUESDAY, language).events
    dated = [e.date.first for e in events if e.date is not None]
    return min(dated) if dated else None


@pytest.mark.parametrize("language", sorted(BEGUN))
def test_a_day_after_a_past_participle_is_gone_by(language):
    assert first_day(language, BEGUN[language]) == LAST_SATURDAY


@pytest.mark.parametrize("language", sorted(TO_COME))
def test_a_day_after_a_verb_of_the_future_is_to_come(language):
    assert first_day(language, TO_COME[language]) == NEXT_SATURDAY
