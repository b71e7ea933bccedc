"""What the sides count on doing is still to come: "Стороны рассчитывают подписать пакет документов"
is a planned signing, not one held (knowledge/events_ru.yaml ``tense: future``). Fixtures written for
these tests, with other people and documents than any page read; beside a signing told done."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

DAY = dt.date(2001, 7, 15)
ARRIVAL = "МОСКВА, 15 июля. Председатель КНР Цзян Цзэминь прибыл сегодня в Москву с государственным визитом. "


def agreements(text):
    return [e for e in extract_article("t1", None, None, text, DAY, "ru").event_mentions if e.event_type == "agreement"]


def test_a_signing_the_sides_count_on_is_planned():
    found = agreements(ARRIVAL + "Стороны рассчитывают подписать договор о добрососедстве и несколько соглашений.")
    assert found and all(m.status == "planned" for m in found)


def test_a_signing_told_done_is_held():
    found = agreements(ARRIVAL + "Стороны подписали договор о добрососедстве и несколько соглашений.")
    assert found and all(m.status == "occurred" for m in found)
