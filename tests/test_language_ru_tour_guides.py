"""The guides of a tour take part in it: "Пояснения давали X, Y" after the sentence that tells the
visit, as "X provided commentary" does in English (events_ru.yaml attending). Beside it, the
look-alike that stays out: "не давали пояснений" (no explanations given), and a speaking verb
("пояснил") whose speaker only comments. Fixtures written for these tests."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

PUBLISHED = dt.date(2024, 10, 8)
VISIT = "В Твери Владимир Путин посетил завод «Вагонмаш» с рабочим визитом. "


def visit_people(body: str) -> set[str]:
    extraction = extract_article("tour", "Посещение завода", None, body, PUBLISHED, "ru")
    return {p for m in extraction.event_mentions if m.event_type == "visit" for p in m.participant_ids}


def test_those_who_gave_explanations_take_part_in_the_tour():
    people = visit_people(VISIT + "Пояснения давали генеральный директор завода Павел Малков и главный инженер Ирина Соколова.")
    assert {"pavel-malkov", "irina-sokolova"} <= people


def test_those_who_gave_no_explanations_do_not():
    people = visit_people(VISIT + "Журналистам пояснений не давали ни Павел Малков, ни Ирина Соколова.")
    assert not {"pavel-malkov", "irina-sokolova"} & people


def test_one_who_explains_to_the_press_later_does_not():
    people = visit_people(VISIT + "Позднее директор завода Павел Малков пояснил журналистам, что выпуск вырастет.")
    assert "pavel-malkov" not in people
