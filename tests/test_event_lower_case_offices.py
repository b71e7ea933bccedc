"""A head of government's title written in lower case without a name ("The premier will then pay
an official visit to X") stands for the one of that office the article names, as "the Premier"
does (knowledge/events_en.yaml `offices`); "the president" and "the chairman" in lower case stay
nobody's, being any company's or body's. Texts written for these tests."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.knowledge import base

CATALOG = base.entity_catalog()
LI_QIANG, LULA = (CATALOG.named(name).entity_id for name in ("Li Qiang", "Luiz Inácio Lula da Silva"))
DAY = dt.date(2024, 6, 3)


def extraction(body: str):
    return extract_article("t", "Briefing on the premier's trip", None, body, DAY, "en")


def test_the_premier_in_lower_case_is_the_premier_the_article_names():
    found = extraction("Premier Li Qiang will attend a forum in Astana on 5 June. "
                       "The premier will then pay an official visit to India from 7 to 9 June.")
    (visit,) = [m for m in found.event_mentions if m.event_type == "visit" and m.date and m.date.first.day == 7]
    assert LI_QIANG in visit.participant_ids


def test_look_alike_the_president_in_lower_case_stays_nobody_s():
    found = extraction("President Lula will attend a forum in Astana on 5 June. "
                       "The president of the bank will then pay an official visit to India from 7 to 9 June.")
    (visit,) = [m for m in found.event_mentions if m.event_type == "visit" and m.date and m.date.first.day == 7]
    assert LULA not in visit.participant_ids
