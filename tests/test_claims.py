"""Claims extracted from one article: each fixture (our own words, shaped like sentences
seen in real news) beside a look-alike that must be read differently.

A number becomes a claim only when the thing it measures can be named; its attribute names
that thing, so that two claims compare only when they measure the same thing."""

from __future__ import annotations

import datetime as dt

import pandera.errors
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from ruchina.corpus.claims_table import claims_table
from ruchina.extract.claims import ATTRIBUTE, EVENT_OF_SENTENCE, extract_statement_claims
from ruchina.extract.event_sentences import extract_event_mentions
from ruchina.extract.linking import link_entities
from ruchina.schemas import MODELS


def claims_of(text: str, published=dt.date(2024, 3, 4)):
    mentions = link_entities(text)
    events = extract_event_mentions("a", text, published, mentions)
    return extract_statement_claims("a", text, mentions, {e.sentence_start for e in events})


def stated(text: str) -> set[tuple[str, str, str]]:
    """(subject, attribute, qualifier + value) of every claim, event subjects as "event"."""
    return {("event" if c.subject_id.startswith(EVENT_OF_SENTENCE) else c.subject_id, c.attribute,
             f"{c.qualifier} {c.value}") for c in claims_of(text)}


# --- the measured thing is named ------------------------------------------------------------

def test_shares_of_different_wholes_are_different_attributes():
    exports = stated("China accounted for 21.4 percent of Japan's exports last year.")
    imports = stated("China accounted for 57 percent of Japan's energy imports last year.")
    assert {a for _, a, _ in exports} == {"percent_of_japan_exports"}
    assert {a for _, a, _ in imports} == {"percent_of_japan_energy_imports"}


@pytest.mark.parametrize("text", [
    "Growth reached 4.2 percent in the third quarter, the ministry said.",          # a bare percentage
    "Inflation in China stood at 6.1 percent, well above the target of 2 percent.",  # no whole, no part
    "Trade between China and Japan grew by 34 percent.",                             # a change
    "China is responsible for more than 90% of its foreign investment.",            # "its": whose?
    "China supplies 30 percent of the country's coal.",                              # which country?
    "Japan and Korea account for 45 percent of the world market.",                   # two parts together
    "The forecast is 60 to 65 percent of the harvest.",                              # a range
])
def test_a_percentage_whose_whole_or_part_cannot_be_named_is_no_claim(text):
    assert stated(text) == set()


@pytest.mark.parametrize("text", [
    "The new pipeline will carry 22 billion cubic metres a year.",          # a unit, not a thing
    "Over 30 years the deal is worth over 900 billion, officials said.",      # money, time
    "China signed contracts worth $40 billion and 1,200 kilometres of track.",
    "The incidence stood at 81.5 cases per 100,000 people.",                  # a rate's base
    "China has 1.4 billion people and Japan 125 million people.",             # people: who?
    "China ruled out the 2015 accords and the 2019 guidelines.",              # years, not counts
    "China added 20 more countries to the list, officials said.",             # a change, not a total
])
def test_units_money_time_and_unnamed_counts_make_no_claim(text):
    assert stated(text) == set()


def test_a_count_of_named_things_is_a_claim_about_what_the_sentence_says_has_them():
    assert stated("The Asian Infrastructure Investment Bank counts 106 countries as members.") == {
        ("asian-infrastructure-investment-bank", "country_count", "exact 106")}
    assert stated("The Shanghai Cooperation Organisation now has over 20 partner states.") == {
        ("Q485207", "partner_state_count", "over 20")}
    assert stated("The Belt and Road Initiative (BRI), a lending scheme in more than 150 countries, turns ten.") == {
        ("belt-and-road-initiative", "country_count", "over 150")}


def test_a_count_in_a_sentence_reporting_an_event_is_the_event_s_unless_a_clause_says_otherwise():
    # (dated, so that the sentence reports the forum rather than mentioning it: extract/sentence_reports.py)
    assert stated("The forum in Beijing on Tuesday was attended by delegations from over 130 countries.") == {
        ("event", "country_count", "over 130")}
    # the count belongs to a clause about something else
    assert stated("The summit in Astana took place as the hosts prepared to welcome 25 world leaders.") == set()


def test_kinds_of_number_never_share_an_attribute():
    text = ("The Shanghai Cooperation Organisation was founded in 2001. The Shanghai Cooperation Organisation "
            "has 26 partner countries. China accounts for 31 percent of the Shanghai Cooperation Organisation's "
            "trade and lent $12 billion.")
    attributes = {a for _, a, _ in stated(text)}
    assert attributes == {"founded_year", "partner_country_count", "percent_of_shanghai_cooperation_organisation_trade"}


def test_the_entity_founded_is_the_one_the_verb_is_about():
    assert stated("The SCO, which was formally established in 2001, met in Astana.") >= {("Q485207", "established_year", "exact 2001")}
    assert not any(a.endswith("_year") for _, a, _ in stated("Putin visited the SCO office, a building erected in 1990."))


# --- every attribute passes the claims table's schema --------------------------------------

WORD_PIECES = ["e-mail", "E-mails", "anti-crisis", "re-elected", "ſtrange", "İstanbul", "Kelvin\u212a", "straße",
               "naïve", "x'", "’s", "-", "--", "o'clock", "ABC", "3D", "co-ops", "us", "this", "gas", "yes"]
word = st.one_of(st.sampled_from(WORD_PIECES), st.text(st.characters(codec="utf-8", categories=("L", "Pd", "Po")),
                                                      min_size=1, max_size=12))
number = st.one_of(st.integers(0, 10**9).map(str), st.sampled_from(["1,000", "2.5", "12.75", "1,234,567", "2022"]))


@given(st.lists(word, min_size=1, max_size=3), number, st.lists(word, min_size=1, max_size=4),
       st.sampled_from(["The Shanghai Cooperation Organisation has", "China accounts for", "Russia's",
                        "The summit in Beijing drew", "The SCO,  a bloc of", "delegations from over"]))
@example(["the"], "25", ["e-mails"], "The Shanghai Cooperation Organisation has")
@example(["the"], "25", ["anti-crisis", "measures"], "The Shanghai Cooperation Organisation has")
@example(["the"], "25", ["percent", "of", "Japan's", "e-mail", "traffic"], "China accounts for")
def test_arbitrary_words_around_a_number_never_make_an_invalid_attribute(before, value, after, lead):
    text = f"{lead} {' '.join(before)} {value} {' '.join(after)}."
    claims = claims_of(text)
    for claim in claims:
        assert ATTRIBUTE.fullmatch(claim.attribute), claim.attribute
    rows = [c for c in claims if not c.subject_id.startswith(EVENT_OF_SENTENCE)]
    frame = claims_table(rows).to_pandas()
    try:
        MODELS["claims"].validate(frame, lazy=True)
    except pandera.errors.SchemaErrors as errors:  # pragma: no cover - the failure is the report
        pytest.fail(f"{text!r}: {errors.failure_cases[['column', 'check', 'failure_case']].to_dict('records')}")
