"""A "summit" of two leaders, a title's or a lead's, over a story that tells their talks, is
their meeting (issue 23's failure class 7; extract/summits_of_two.py): the events row's type
is the story's, `meeting`, as two leaders alone meet. Beside it the look-alikes that stay
summits: a body's summit the two attend, a summit told as the setting of their talks, and a
summit the story names as a body's elsewhere.

Every fixture is written for these tests, with leaders and wording of their own."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

LULA, RAMAPHOSA = "luiz-inacio-lula-da-silva", "Q1148669"
DAY = dt.date(2023, 8, 25)


def main_event(title, body, language="en"):
    events = extract_article("a", title, None, body, DAY, language).events
    (main,) = [e for e in events if e.main]
    return main, events


def test_a_title_summit_of_two_told_as_their_talks_is_their_meeting():
    main, _ = main_event("Lula and Ramaphosa end summit without a trade deal",
                         "Brazilian President Lula da Silva and South African President Cyril Ramaphosa ended their "
                         "talks on Friday without agreeing on tariffs, after four hours of meetings.")
    assert main.types() == {"meeting"}
    assert {LULA, RAMAPHOSA} <= main.participants


def test_a_bodys_summit_the_two_attend_stays_a_summit():
    """The look-alike: the title names the body's summit; the two meet at it."""
    _, events = main_event("Lula and Ramaphosa attend BRICS summit",
                           "Brazilian President Lula da Silva and South African President Cyril Ramaphosa met on "
                           "Friday before the BRICS summit opened.")
    assert any(e.types() == {"summit"} for e in events)


def test_a_summit_told_as_the_setting_of_their_talks_stays_a_summit():
    """The look-alike: no body named, but the story tells the summit as where the two met."""
    _, events = main_event("Lula and Ramaphosa at summit",
                           "Brazilian President Lula da Silva and South African President Cyril Ramaphosa held talks "
                           "on Friday on the sidelines of a summit of forty leaders.")
    assert any(e.types() == {"summit"} for e in events)


def test_a_leads_summit_of_two_under_a_title_of_their_talks_is_their_meeting():
    main, events = main_event("Lula, Ramaphosa open talks in Brasilia",
                              "BRASILIA, August 25 (Wire) -- Brazilian President Lula da Silva and South African "
                              "President Cyril Ramaphosa started their first formal summit on Friday, with only "
                              "aides present.")
    assert main.types() == {"meeting"}
    assert not any("summit" in e.types() for e in events)


def test_a_summit_of_three_in_a_sentence_under_a_title_of_their_talks_is_their_meeting():
    main, events = main_event("Lula, Ramaphosa and Modi hold talks in Durban",
                              "Brazilian President Lula da Silva, South African President Cyril Ramaphosa and Indian "
                              "Prime Minister Narendra Modi opened their first three-leader summit in Durban on "
                              "Friday.")
    assert main.types() == {"meeting"}
    assert not any("summit" in e.types() for e in events)


def test_a_summit_told_on_another_day_with_no_one_stays_a_summit():
    """The look-alike: "the summit began on Monday" beside two days of talks that ended on
    Friday (Thursday and Friday) may be another event; nothing is retyped."""
    _, events = main_event("Lula and Ramaphosa wrap up Durban summit with a port deal",
                           "Brazilian President Lula da Silva and South African President Cyril Ramaphosa ended two "
                           "days of talks at a seaside estate on Friday, saying they had agreed to expand port links."
                           "\n\nThe summit began on Monday with a dinner at the estate.")
    assert any("summit" in e.types() for e in events)


def test_a_summit_beside_talks_of_one_day_stays_a_summit():
    """The look-alike: talks told on one day say nothing of the summit begun the day before."""
    _, events = main_event("Lula and Ramaphosa wrap up Durban summit with a port deal",
                           "Brazilian President Lula da Silva and South African President Cyril Ramaphosa held talks "
                           "at a seaside estate on Friday, saying they had agreed to expand port links."
                           "\n\nThe summit began on Thursday with a dinner at the estate.")
    assert any("summit" in e.types() for e in events)


def test_a_summit_on_a_day_of_talks_told_over_two_days_is_their_meeting():
    """"The summit began on Thursday" beside "ended two days of talks on Friday" (Thursday and
    Friday) tells their talks again: one meeting over both days."""
    main, events = main_event("Lula and Ramaphosa wrap up Durban summit with a port deal",
                              "Brazilian President Lula da Silva and South African President Cyril Ramaphosa ended "
                              "two days of talks at a seaside estate on Friday, saying they had agreed to expand port "
                              "links.\n\nThe summit, which had no fixed agenda, began on Thursday with a dinner at "
                              "the estate.")
    assert main.types() == {"meeting"}
    assert (main.date.first, main.date.last) == (dt.date(2023, 8, 24), DAY)
    assert not any("summit" in e.types() for e in events)


def test_a_title_summit_the_story_names_as_a_bodys_stays_a_summit():
    """The look-alike: the two met, but the summit of the title is the G20's, named below."""
    _, events = main_event("Lula and Ramaphosa at the summit",
                           "Brazilian President Lula da Silva and South African President Cyril Ramaphosa met on "
                           "Friday in Nairobi.\n\nThe G20 summit drew forty leaders.")
    assert any(e.types() == {"summit"} for e in events)


def test_a_summit_the_two_attend_on_other_days_than_their_talks_stays_a_summit():
    """The look-alike: the two met the day before a summit both are to attend."""
    _, events = main_event("Lula and Ramaphosa hold talks in Nairobi",
                           "Brazilian President Lula da Silva and South African President Cyril Ramaphosa met on "
                           "Thursday in Nairobi.\n\nThe talks came on the eve of the regional summit, which both "
                           "leaders will attend on Friday and Saturday.")
    assert any("summit" in e.types() for e in events)


def test_a_summit_a_sentence_tells_as_where_the_two_will_meet_stays_a_summit():
    """The look-alike: the meeting and the summit in one sentence: the summit is where they meet."""
    events = extract_article("a", "Lula welcomes Ramaphosa", None,
                             "Brazilian President Lula da Silva welcomed South African President Cyril Ramaphosa in "
                             "Brasilia on Friday.\n\nThe next meeting of the two leaders is planned for October, at "
                             "the summit in Nairobi.", DAY, "en").events
    assert any("summit" in e.types() and {LULA, RAMAPHOSA} <= e.participants for e in events)


def test_a_summit_the_two_are_told_to_attend_further_down_stays_a_summit():
    """The look-alike: under their talks, a later sentence tells both there for a summit of others."""
    _, events = main_event("Lula and Ramaphosa hold talks in Nairobi",
                           "Brazilian President Lula da Silva and South African President Cyril Ramaphosa held talks "
                           "in Nairobi on Friday.\n\nBoth are in Nairobi for the summit with leaders from the region, "
                           "which opened on Friday.")
    assert any("summit" in e.types() for e in events)


def test_a_bodys_summit_on_other_days_leaves_talks_told_over_two_days_a_meeting():
    """A body's summit the story names for another month ("due in Johannesburg in October for
    the BRICS summit") is another event: the title's summit is the two days of talks."""
    main, _ = main_event("Lula and Ramaphosa end two-day summit at the coast",
                              "Brazilian President Lula da Silva and South African President Cyril Ramaphosa ended "
                              "two days of talks at a seaside estate on Friday, saying they had agreed to expand port "
                              "links.\n\nLula is due back in South Africa in October for the BRICS summit in "
                              "Johannesburg.")
    assert main.types() == {"meeting"}
    assert (main.date.first, main.date.last) == (dt.date(2023, 8, 24), DAY)


def test_a_bodys_summit_on_the_talks_days_stays_a_summit():
    """The look-alike: the body's summit is held on the days of the talks: the title's may be it."""
    main, _ = main_event("Lula and Ramaphosa end two-day summit at the coast",
                         "Brazilian President Lula da Silva and South African President Cyril Ramaphosa ended "
                         "two days of talks at a seaside estate on Friday, saying they had agreed to expand port "
                         "links.\n\nBoth also attended the BRICS summit in Johannesburg on Thursday.")
    assert "summit" in main.types()


def test_a_summit_the_lead_tells_as_the_two_leaders_own_is_their_meeting_beside_a_bodys_summit():
    """Their "first summit" on the day a body's leaders closed their own meeting in the same city:
    two events, the two leaders' meeting (the title's summit of the same two too) and the body's summit."""
    main, events = main_event("Lula and Ramaphosa hail ties at first summit as BRICS gathering ends",
                              "Brazilian President Lula da Silva and South African President Cyril Ramaphosa held "
                              "their first summit on Friday at a museum in Durban.\n\nEarlier on Friday, BRICS "
                              "leaders closed their two-day meeting in Durban by adopting a declaration.")
    assert main.types() == {"meeting"}
    assert {LULA, RAMAPHOSA} <= main.participants
    assert (main.date.first, main.date.last) == (DAY, DAY)
    assert any(e.types() == {"summit"} and e is not main for e in events)


def test_a_german_lead_telling_the_two_met_for_their_summit_is_their_meeting():
    main, _ = main_event("Lula und Ramaphosa in Durban",
                         "Brasiliens Präsident Lula da Silva und Südafrikas Präsident Cyril Ramaphosa sind am "
                         "Freitag in Durban zu ihrem ersten Gipfeltreffen zusammengekommen. Bereits am Donnerstag "
                         "war der zweitägige BRICS-Gipfel zu Ende gegangen.", "de")
    assert main.types() == {"meeting"}


def test_their_blocs_summit_stays_a_summit():
    """The look-alike: "their bloc's summit" is the body's, which the two attend."""
    _, events = main_event("Lula and Ramaphosa open their bloc's summit in Durban",
                           "Brazilian President Lula da Silva and South African President Cyril Ramaphosa opened "
                           "their bloc's summit on Friday in Durban, with leaders of three more states.")
    assert any("summit" in e.types() for e in events)


def test_the_two_countries_summit_named_by_them_is_their_meeting():
    """ "the annual Brazil-France summit": the two countries' leaders' own, named by the two
    countries joined by a hyphen right before the word (knowledge/events_en.yaml own_summit_words)."""
    main, _ = main_event("Lula and Macron in Belem",
                         "Brazilian President Lula da Silva and French President Emmanuel Macron held the "
                         "annual Brazil-France summit on Friday in Belem.")
    assert main.types() == {"meeting"}
    assert {LULA, "Q3052772"} <= main.participants


def test_a_regions_summit_with_one_country_stays_a_summit():
    """The look-alike: "the Brazil-Africa summit" is a region's, which leaders of many countries attend."""
    _, events = main_event("Lula and Ramaphosa in Durban",
                           "Brazilian President Lula da Silva and South African President Cyril Ramaphosa opened "
                           "the first Brazil-Africa summit on Friday in Durban.")
    assert any("summit" in e.types() for e in events)
