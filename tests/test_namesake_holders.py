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
