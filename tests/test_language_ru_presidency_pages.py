"""On a page of the Russian presidency's own site, which names itself in its footer ("Ссылка на
материал: kremlin.ru/d/..."), a bare "Президент" is Russia's President, whether the page names him
or not ("Президент провёл встречу" over the list of those who showed it to him) and whoever else
it names (extract/briefing_offices.py, events_ru.yaml own_briefings). Beside it, the same text with
no such footer: the bare office is the page's most named president, or nobody. Fixtures written for
these tests."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.knowledge import base

CATALOG = base.entity_catalog()
PUTIN = CATALOG.named("Vladimir Putin").entity_id
PUBLISHED = dt.date(2025, 3, 20)
FOOTER = " Статус материала Опубликован в разделе: Новости Ссылка на материал: kremlin.ru/d/70001"


def people_of_events(body: str) -> set[str]:
    extraction = extract_article("presidency-page", "Встреча с фермерами", None, body, PUBLISHED, "ru")
    return {p for m in extraction.event_mentions for p in m.participant_ids}


TEXT = "В Казани Президент провёл встречу с фермерами."


def test_the_bare_president_of_the_presidencys_own_page_is_russias():
    assert PUTIN in people_of_events(TEXT + FOOTER)


def test_the_bare_president_of_another_page_names_nobody_it_does_not_name():
    assert PUTIN not in people_of_events(TEXT + " Статус материала Опубликован в разделе: Новости")


def test_on_the_presidencys_own_page_another_president_named_more_is_not_the_bare_one():
    body = ("Александр Лукашенко прибыл в Казань. Александр Лукашенко осмотрел завод. " + TEXT + FOOTER)
    assert PUTIN in people_of_events(body)


def test_on_another_page_the_most_named_president_is_the_bare_one():
    body = "Александр Лукашенко прибыл в Казань. Александр Лукашенко осмотрел завод. " + TEXT
    assert PUTIN not in people_of_events(body)
