"""A lead that names its people only as a group ("the leaders signed ...") speaks of the two
its headline names (issue 23's failure class 5; extract/header_pairs.py). Beside it the
look-alikes: a headline naming one person, and a lead that names no group.

Every fixture is written for these tests, with leaders and wording of their own."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

LULA, RAMAPHOSA = "luiz-inacio-lula-da-silva", "Q1148669"
DAY = dt.date(2023, 8, 25)
LEAD = ("After three hours of talks in Pretoria on Friday, the two leaders signed a memorandum on "
        "shipping and asked their ministers to draft a trade pact.")


def reports(title, body=LEAD):
    return extract_article("a", title, None, body, DAY, "en").events


def test_a_lead_naming_the_two_leaders_as_a_group_is_of_the_pair_the_headline_names():
    events = reports("Ramaphosa welcomes Lula as 'an old friend of Africa'")
    (talks,) = [e for e in events if e.types() == {"meeting"}]
    assert talks.participants == {LULA, RAMAPHOSA}


def test_a_headline_naming_one_person_gives_the_group_no_pair():
    """The look-alike: one person in the headline; the group is not guessed."""
    events = reports("Lula hails 'an old friend of Africa'")
    (talks,) = [e for e in events if e.types() == {"meeting"}]
    assert talks.participants != {LULA, RAMAPHOSA}


def test_a_lead_that_names_no_group_takes_no_one_from_the_headline():
    """The look-alike: a lead of officials' talks with no group word stays without the pair."""
    events = reports("Ramaphosa welcomes Lula as 'an old friend of Africa'",
                     "Officials held talks in Pretoria on Friday on shipping and a trade pact.")
    assert not any(e.participants == {LULA, RAMAPHOSA} for e in events if e.types() == {"meeting"})
