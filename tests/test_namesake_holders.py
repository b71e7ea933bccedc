"""A surname two holders of one office share is read in the page's year (extract/namesake_holders.py,
knowledge/offices.yaml): "President Bush" on a page of 1990 is George H. W. Bush, on a page of 2003 his
son. Written for these tests, each beside a look-alike that must keep the linker's reading."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.knowledge.base import entity_catalog


def people(body: str, published: dt.date | None) -> set[str]:
    found = extract_article("n1", None, None, body, published, "en").body_mentions
    return {m.name for m in found if m.entity_type == "PERSON"}


def test_the_surname_of_a_page_of_the_fathers_term_is_the_father():
    body = "President Bush and Chancellor Helmut Kohl met at Camp David on Saturday to discuss German unity."
    assert "George H. W. Bush" in people(body, dt.date(1990, 2, 26))


def test_the_same_sentence_on_a_page_of_the_sons_term_is_the_son():
    body = "President Bush and Chancellor Gerhard Schroeder met at Camp David on Saturday to discuss Iraq."
    named = people(body, dt.date(2003, 2, 26))
    assert "George W. Bush" in named and "George H. W. Bush" not in named


def test_a_name_written_in_full_stays_its_owners():
    body = "George W. Bush, the governor of Texas, told reporters in Austin that he would not comment."
    assert "George W. Bush" in people(body, dt.date(1990, 2, 26))


def test_the_father_is_known_with_his_term():
    assert entity_catalog().named("George H. W. Bush").entity_type == "PERSON"


def test_a_bare_surname_after_the_offices_title_is_the_holder_of_the_year():
    body = "President Clinton and Chancellor Helmut Kohl met in Bonn on Monday to discuss NATO."
    assert "Bill Clinton" in people(body, dt.date(1994, 7, 11))


def test_the_surname_after_another_title_or_in_another_year_is_no_holder():
    assert "Bill Clinton" not in people("Secretary Clinton met the Chinese foreign minister in Hanoi on Friday.",
                                        dt.date(2010, 7, 23))
    assert "Bill Clinton" not in people("President Clinton, as the candidate called herself, opened the rally.",
                                        dt.date(2016, 9, 2))


def test_the_surname_alone_on_a_page_that_titles_the_holder_is_the_holder():
    body = ("President Clinton flies to Tokyo on Monday for talks with the prime minister. "
            "Officials said Mr. Clinton would also meet students there.")
    found = extract_article("n1", None, None, body, dt.date(1996, 4, 15), "en").body_mentions
    assert [m.name for m in found if m.surface == "Clinton"] == ["Bill Clinton", "Bill Clinton"]


def test_the_surname_alone_on_a_page_with_no_titled_holder_stays_unlinked():
    body = "Officials said Mr. Clinton would also meet students in Tokyo on Monday."
    assert "Bill Clinton" not in people(body, dt.date(1996, 4, 15))


def test_russian_the_surname_alone_beside_the_full_name_is_his():
    body = ("Президент США Билл Клинтон прибыл в Токио в понедельник. "
            "Визит Клинтона продлится до пятницы.")
    found = extract_article("n1", None, None, body, dt.date(1996, 4, 15), "ru").body_mentions
    assert sum(m.name == "Bill Clinton" for m in found) == 2


def test_russian_the_surname_alone_with_no_full_name_is_no_one_known():
    body = "Визит Клинтона в Токио продлится до пятницы."
    found = extract_article("n1", None, None, body, dt.date(1996, 4, 15), "ru").body_mentions
    assert not any(m.name in {"Bill Clinton", "Hillary Clinton"} for m in found)
