"""Today's officials and heads of state have their office as a role (knowledge/entities.yaml):

- extract/event_roles.office_references: "the Indian President" is the one person the knowledge
  base gives the office, where the article names her; a past holder, who has no role, is not
  the bare office's, though the article names him.
- knowledge/base.is_official and extract/summit_signers: a minister, a vice premier or a
  parliament's speaker who signs a summit's declaration is none of the summit's leaders; a
  head of state who signs it is one. Nor is an official "the Chinese leader" where the article
  names him more often than the leader.
"""

from __future__ import annotations

import datetime as dt

import pytest

from ruchina.extract.article_people import role_holder
from ruchina.extract.extraction import extract_article
from ruchina.knowledge.base import entity_catalog, is_official, office_countries

DAY = dt.date(2031, 3, 12)


def _id(name: str) -> str:
    return entity_catalog().named(name).entity_id


def _events(title: str, body: str) -> list:
    return extract_article("a", title, None, body, DAY, "en").events


@pytest.mark.parametrize(("office", "country", "holder"), [
    ("President", "India", "Droupadi Murmu"),
    ("President", "Pakistan", "Asif Ali Zardari"),
    ("Prime Minister", "Ethiopia", "Abiy Ahmed"),
    ("Minister of Defence", "Russia", "Andrei Belousov"),
    ("Speaker of the State Duma", "Russia", "Vyacheslav Volodin"),
])
def test_an_office_of_today_has_its_one_holder(office, country, holder):
    assert role_holder(office, country) == _id(holder)


@pytest.mark.parametrize(("name", "official", "country"), [
    ("Andrei Belousov", True, "Russia"),
    ("Dong Jun", True, "China"),
    ("He Lifeng", True, "China"),
    ("Han Zheng", True, "China"),
    ("Vyacheslav Volodin", True, "Russia"),
    ("Denis Manturov", True, "Russia"),
    ("Marco Rubio", True, "United States"),
    ("Droupadi Murmu", False, "India"),
    ("Ali Khamenei", False, "Iran"),
    ("Mohamed bin Zayed Al Nahyan", False, "United Arab Emirates"),
])
def test_an_officials_role_tells_his_rank_and_his_country(name, official, country):
    assert is_official(_id(name)) is official
    assert office_countries([_id(name)]) == {country}


def test_a_past_holder_has_no_role_of_todays_office():
    # (a role of his would leave "the Indian president" to no one, or to him at any date)
    for name in ("Ram Nath Kovind", "Pranab Mukherjee", "Li Peng", "Sergei Ivanov"):
        assert entity_catalog().named(name).role is None


INDIAN_VISIT = ("{} flew to Novosibirsk on Tuesday. Vladimir Putin received the Indian President at a "
                "lakeside residence on Wednesday for talks on rail freight.")


def test_the_indian_president_is_the_holder_the_article_names():
    (talks,) = [e for e in _events("Visit to Novosibirsk", INDIAN_VISIT.format("Droupadi Murmu"))
                if e.types() == {"meeting"}]
    assert talks.participants == {_id("Vladimir Putin"), _id("Droupadi Murmu")}


def test_a_former_president_named_in_the_article_is_not_the_indian_president():
    # (Kovind held the office before her: the bare office is not his, though he is named; his
    # own trip is his, Putin's talks are not)
    talks = [e for e in _events("Visit to Novosibirsk", INDIAN_VISIT.format("Ram Nath Kovind"))
             if _id("Vladimir Putin") in e.participants]
    assert talks and all(_id("Ram Nath Kovind") not in e.participants for e in talks)


DECLARATION = ("The BRICS summit opened in Kazan on Wednesday. Luiz Inácio Lula da Silva, Cyril Ramaphosa, "
               "Masoud Pezeshkian and {} signed the final declaration in Kazan on Wednesday.")


def _summit(signer: str):
    (summit,) = [e for e in _events("Summit in Kazan", DECLARATION.format(signer)) if "summit" in e.types()]
    return summit


@pytest.mark.parametrize("minister", ["Andrei Belousov", "Dong Jun", "He Lifeng"])
def test_an_official_who_signs_a_summits_declaration_is_none_of_its_leaders(minister):
    summit = _summit(minister)
    assert _id(minister) not in summit.participants
    assert _id("Masoud Pezeshkian") in summit.participants


def test_a_head_of_state_who_signs_it_is_one_of_its_leaders():
    assert _id("Droupadi Murmu") in _summit("Droupadi Murmu").participants
