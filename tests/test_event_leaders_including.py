"""A sentence that opens with "Leaders including A, B and C" lists those at the event the
article is telling (knowledge ``attending``): a summit's participants are the leaders listed
as attending. Fixtures written for these tests, with another summit and other leaders; beside
a look-alike whose list is not of leaders."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

LULA, RAMAPHOSA, MODI, XI = "luiz-inacio-lula-da-silva", "Q1148669", "Q1058", "Q15031"
DAY = dt.date(2023, 8, 23)
TITLE = "BRICS summit in Johannesburg: leaders agree to enlarge the group"
LEAD = "The BRICS summit opened in Johannesburg on Tuesday with a call to enlarge the group.\n\n"


def summit(more):
    found = extract_article("t1", TITLE, None, LEAD + more, DAY, "en").events
    (main,) = [e for e in found if e.main]
    assert "summit" in main.types()
    return main


def test_the_leaders_a_sentence_lists_as_including_attend_the_summit():
    main = summit("Leaders including Lula, Ramaphosa, Modi and Xi Jinping posed for photographs before the session.")
    assert {LULA, RAMAPHOSA, MODI, XI} <= main.participants


def test_critics_including_some_leaders_are_no_list_of_those_attending():
    main = summit("Critics including Lula and Modi say the group has grown too slowly.")
    assert not {LULA, MODI} & main.participants


def test_leaders_who_attended_among_them_those_listed_are_at_the_event_told_before():
    """ "Some 40 leaders attended, among them A and B": no event word of its own; the list
    is of those at the summit the sentence before tells (issue 23's failure class 5)."""
    main = summit("Delegations from Africa and Asia filled the hall. Some 40 heads of state attended, "
                  "among them Lula, Ramaphosa and Modi.")
    assert {LULA, RAMAPHOSA, MODI} <= main.participants


def test_leaders_who_criticised_it_among_them_those_listed_are_no_list_of_those_attending():
    """The look-alike: the same list after leaders who spoke of the event from afar."""
    main = summit("Delegations from Africa and Asia filled the hall. Some leaders criticised the plan, "
                  "among them Lula and Modi.")
    assert not {LULA, MODI} & main.participants
