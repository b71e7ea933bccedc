"""A Russian transcript labels a turn with an initial and a surname only ("М.Орешкин:"), and
the page may name that speaker in full nowhere: the knowledge base's officials who speak in
the presidency's transcripts (knowledge/entities.yaml, their Russian names in
entities_ru.yaml) are named by such a label (extract/transcripts.py, ``_known_people``).
Fixtures written for these tests; each beside a look-alike label that must name no one known."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.knowledge.base import entity_catalog

DAY = dt.date(2025, 4, 3)
REPORT = "Владимир Путин провёл совещание о строительстве новых мостов через реки Сибири."


def speakers(body):
    extraction = extract_article("r1", "Совещание о мостах", None, body, DAY, "ru")
    (main,) = [e for e in extraction.events if e.main]
    labels = {m.surface: m.entity_id for m in extraction.body_mentions if "." in m.surface}
    return labels, main.participants


def known(name):
    return entity_catalog().named(name).entity_id


def test_a_label_of_an_official_the_knowledge_base_knows_names_him():
    body = (REPORT + " В.Путин: Добрый день. Начнём с финансирования. М.Орешкин: Спасибо. Средства на мосты "
            "предусмотрены в бюджете. В.Путин: Хорошо. А.Алиханов: Металл для пролётов поставят вовремя.")
    labels, participants = speakers(body)
    assert labels["М.Орешкин"] == known("Maxim Oreshkin")
    assert labels["А.Алиханов"] == known("Anton Alikhanov")
    assert {known("Maxim Oreshkin"), known("Anton Alikhanov")} <= participants


def test_a_label_of_the_same_surname_and_another_initial_names_no_known_official():
    body = (REPORT + " В.Путин: Добрый день. Начнём с финансирования. П.Орешкин: Спасибо. Средства на мосты "
            "предусмотрены в бюджете. В.Путин: Хорошо. Д.Фурсенко: Проекты готовы.")
    labels, participants = speakers(body)
    assert labels["П.Орешкин"] == "p-oreshkin" and labels["Д.Фурсенко"] == "d-fursenko"
    assert known("Maxim Oreshkin") not in participants and known("Andrei Fursenko") not in participants
