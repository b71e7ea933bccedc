"""A summit named by the body that holds it ("the summit of the Collective Security Treaty
Organization", "le sommet annuel de l'Organisation de coopération de Shanghai") is a gathering of
many, apart from two leaders' meeting told beside it, as a summit the knowledge base names ("the
SCO summit") is. The look-alikes: a summit no body names stays with the two leaders' meeting, and
a body named elsewhere in the sentence names no summit. Also here, the words that tell such a
page: a call paid in person ("called on X at his hotel") is a meeting, not an appeal ("called on X
to ..."), and "Both are in ..." speaks of the two leaders named before."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.event_words import event_words
from ruchina.extract.extraction import extract_article
from ruchina.extract.summit_bodies import placed_talks_apart, summit_name

DAY = dt.date(2024, 7, 4)
MODI, MACRON = "Q1058", "Q3052772"


def gatherings(title, body, language="en"):
    return [e for e in extract_article("a", title, None, body, DAY, language).events if e.family == "gathering"]


def _astana(summit_words, language="en"):
    if language == "fr":
        return gatherings("Modi et Macron à Astana", "ASTANA - Narendra Modi a rencontré Emmanuel Macron jeudi à Astana. "
                          f"Les deux dirigeants sont à Astana pour {summit_words}, qui s'est ouvert jeudi.", "fr")
    return gatherings("Modi and Macron in Astana", "ASTANA - Narendra Modi called on Emmanuel Macron at his hotel in "
                      f"Astana on Thursday to discuss a jet deal. Both are in Astana for {summit_words}, which opened on Thursday.")


def test_a_summit_of_a_named_body_is_apart_from_the_two_leaders_meeting():
    meeting, summit = _astana("the summit of the Collective Security Treaty Organization")
    assert meeting.types() == {"meeting"} and meeting.participants == {MODI, MACRON} and meeting.main
    assert summit.types() == {"summit"} and summit.own_names == {"Collective Security Treaty Organization Summit"}
    meeting, summit = _astana("le sommet annuel de l'Organisation de coopération de Shanghai", "fr")
    assert summit.types() == {"summit"} and summit.own_names == {"SCO Summit"}  # (the name the knowledge base gives it)


def test_look_alike_a_summit_no_body_names_stays_with_the_meeting():
    (gathering,) = _astana("the summit with leaders from the region")
    assert gathering.types() == {"meeting", "summit"}
    (gathering,) = _astana("le sommet annuel", "fr")
    assert not gathering.own_names


def test_a_body_named_away_from_the_summit_word_names_no_summit():
    (gathering,) = _astana("the summit, where the Collective Security Treaty Organization has observers")
    assert not gathering.own_names


def test_the_link_words_of_each_language():
    assert event_words("en").body_link.fullmatch(" with leaders of the ") is None  # (one word at most before "of")
    assert event_words("en").body_link.fullmatch(" of the ") and event_words("en").body_link.fullmatch(" annual of ")
    assert summit_name("Shanghai Cooperation Organization") == "SCO Summit"
    assert summit_name("NATO") == "NATO Summit"


def test_a_call_paid_in_person_is_a_meeting_but_a_call_on_someone_to_act_is_none():
    events = extract_article("a", "Jet deal in Astana", None, "ASTANA - Narendra Modi called on Emmanuel Macron at "
                             "his hotel in Astana on Thursday to discuss a jet deal.", DAY).events
    assert [(e.family, e.participants) for e in events] == [("gathering", {MODI, MACRON})]
    events = extract_article("a", "Modi urges Macron", None, "ASTANA - Narendra Modi called on Emmanuel Macron in a "
                             "speech on Thursday to cut tariffs.", DAY).events
    assert events == []


def test_both_as_the_subject_is_the_two_named_before_and_both_of_a_list_is_not():
    (_, summit) = _astana("the summit of the Collective Security Treaty Organization")
    assert summit.participants == {MODI, MACRON}
    events = gatherings("Modi and Macron in Astana", "ASTANA - Narendra Modi called on Emmanuel Macron at his hotel "
                        "in Astana on Thursday. Both India and France sent ministers to the summit of the Collective "
                        "Security Treaty Organization.")
    assert not [e for e in events if "summit" in e.types() and e.participants == {MODI, MACRON}]


def _one(text):
    (event,) = [e for e in extract_article("a", "Bishkek", None, text, DAY).events if e.family == "gathering"]
    return event


def test_talks_told_from_one_side_at_a_place_of_their_own_are_no_report_of_the_bodys_summit():
    """Talks told from one side at a place of their own ("after talks in the Kremlin", in Moscow)
    are no report of a body's summit elsewhere."""
    summit = _one("Sadyr Japarov opened a summit of the Collective Security Treaty Organization in Bishkek on Thursday.")
    talks = _one("On Thursday Vladimir Putin spoke to reporters after talks in the Kremlin in Moscow.")
    assert talks.participants == {"Q7747"} and placed_talks_apart(summit, talks) and placed_talks_apart(talks, summit)


def test_look_alike_talks_at_the_summits_own_place_or_of_two_are_left_to_the_other_rules():
    summit = _one("Sadyr Japarov opened a summit of the Collective Security Treaty Organization in Bishkek on Thursday.")
    assert not placed_talks_apart(summit, _one("On Thursday Vladimir Putin spoke to reporters after talks in Bishkek."))
    assert not placed_talks_apart(summit, _one("On Thursday Vladimir Putin and Emmanuel Macron held talks in Moscow."))
