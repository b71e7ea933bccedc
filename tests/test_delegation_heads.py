"""The heads of the delegations told right after a report of talks ("Переговоры открылись в Пекине 14 мая.
Советскую делегацию возглавил X, китайскую - Y") take part in those talks (events_ru.yaml `attending`);
a sentence that says one did not lead it ("Делегацию не возглавил X"), or names him with no delegation,
adds no one. Written for these tests (other talks and days than any benchmark page)."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

KUZNETSOV, QIAO = "vasily-kuznetsov", "qiao-guanhua"
OPENING = "Переговоры открылись в Пекине 14 мая 1970 года. "


def talks(body: str):
    [found] = [e for e in extract_article("p1", None, None, body, dt.date(1970, 5, 20), "ru").events
               if "meeting" in e.types()]
    return found


def test_the_heads_of_both_delegations_take_part_in_the_talks():
    found = talks(OPENING + "Советскую делегацию возглавил заместитель министра Василий Кузнецов, китайскую - "
                            "заместитель министра Цяо Гуаньхуа.")
    assert found.participants == {KUZNETSOV, QIAO}


def test_one_who_did_not_lead_the_delegation_does_not():
    assert talks(OPENING + "Делегацию не возглавил Василий Кузнецов.").participants == set()


def test_one_named_with_no_delegation_does_not():
    assert talks(OPENING + "Василий Кузнецов остался в Москве.").participants == set()
