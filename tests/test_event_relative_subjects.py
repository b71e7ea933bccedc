"""A pronoun opening a relative clause refers to the sentence's subject: "Modi flew in from Oslo,
where he had his first summit with Macron" is Modi's and Macron's. The look-alike: a subject in
the possessive ("Modi's tour took in Oslo, where he met Macron") is no sure antecedent."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

DAY = dt.date(2024, 6, 3)
MODI, MACRON = "Q1058", "Q3052772"


def gatherings(body):
    lead = "BERLIN - The two leaders will sign a trade deal on Monday. "
    events = extract_article("a", "Trade in Berlin", None, lead + body, DAY).events
    return [e for e in events if e.family == "gathering"]


def test_the_subject_of_the_sentence_holds_the_summit_its_relative_clause_tells():
    (summit,) = gatherings("Narendra Modi flew in from Oslo, where he had his first summit with French President "
                           "Emmanuel Macron on Saturday.")
    assert summit.participants == {MODI, MACRON}


def test_look_alike_a_possessive_subject_is_no_antecedent():
    (meeting,) = gatherings("Narendra Modi's tour took in Oslo, where he met French President Emmanuel Macron on Saturday.")
    assert MODI not in meeting.participants

