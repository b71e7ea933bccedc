"""A Russian surname of an ending the list does not know ("-ак", "-ан") is a surname where the text
writes it both after the given name and before it with a patronymic ("Пётр Гусак Гусак Пётр Ильич":
a page's name and its tag of the full name): the person is discovered (extract/language_people.py).
Beside it, one order alone: a word before a given name and patronymic may be any word ("в Рязани
Пётр Ильич"), and one after a given name may be a title, so neither alone makes a person. Fixtures
written for these tests."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

TUESDAY = dt.date(2024, 3, 12)


def people(body):
    mentions = extract_article("t1", "Совещание", None, body, TUESDAY, "ru").body_mentions
    return {m.name for m in mentions if m.entity_type == "PERSON"}


def test_a_surname_written_in_both_orders_is_a_person():
    found = people("В совещании приняли участие заместитель министра Пётр Гусак Гусак Пётр Ильич заместитель "
                   "министра и губернатор Рязанской области Павел Малков.")
    assert "Pyotr Gusak" in found


def test_a_surname_in_the_tag_order_of_an_inflected_name_is_a_person():
    found = people("Президент встретился с Петром Гусаком. Гусак Пётр Ильич рассказал о работе министерства.")
    assert "Pyotr Gusak" in found


def test_one_order_alone_is_no_person():
    found = people("В совещании принял участие заместитель министра Пётр Гусак. В Рязани Пётр Ильич рассказал о работе.")
    assert not {name for name in found if name.startswith("Pyotr")}
