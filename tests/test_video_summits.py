"""Summits held by video link: who takes part and where they are placed. The dek read as the
headline under a title that tells no event (extract/dek_headlines.py), a plan given up that tells
no tense of the summit held (event_tense.py, ``dropped_plans``), a meeting's verb held as the
summit after it (event_clauses.meets_for, ``met_for``), a chair's seat between "chaired" and "by"
(``hosted_by``), the lead's summit that is the title's (event_compatibility.py), "the meeting" run
from a seat and a virtual meeting's list of leaders after a summit held by video
(gathering_attendees.py), and a body's summit kept apart from a gathering no body names a week
away (corpus/summit_bodies_apart.py). Texts written for these tests, with invented gatherings, days and
words; each beside a look-alike that must not do what it does."""

from __future__ import annotations

import datetime as dt

from ruchina.corpus.event_merge import merge_across_articles
from ruchina.extract.extraction import extract_article
from ruchina.knowledge.base import entity_catalog

PUTIN = "Q7747"
TOKAYEV, LUKASHENKO, ERDOGAN = "kassym-jomart-tokayev", "alexander-lukashenko", "Q39259"
MIRZIYOYEV = "shavkat-mirziyoyev"
DAY = dt.date(2031, 3, 12)  # a Wednesday


def events(body: str, title: str | None = None, subtitle: str | None = None, language: str = "en"):
    return extract_article("t", title, subtitle, body, DAY, language).events


def of_type(found, kind: str):
    return [e for e in found if kind in e.types()]


def city(name: str) -> str:
    return entity_catalog().named(name).entity_id


# --- the dek under a title that tells no event is the headline

def test_a_flash_s_first_line_under_the_wire_s_name_reports_the_summit():
    found = events("LUKASHENKO, PUTIN TAKE PART IN VIRTUAL MEETING\n\nLUKASHENKO CALLS FOR A COMMON GRAIN MARKET",
                   title="STEPPE WIRE - FLASH",
                   subtitle="TOKAYEV CHAIRS EURASIAN ECONOMIC UNION SUMMIT BY VIDEO FROM ASTANA")
    (summit,) = of_type(found, "summit")
    assert summit.location_id == city("Astana")
    assert {TOKAYEV, LUKASHENKO, PUTIN} <= set(summit.participants)


def test_a_dek_under_a_title_that_tells_its_own_event_stays_a_dek():
    """The look-alike: the title tells talks; the dek's summit is no report of the story's."""
    found = events("Kassym-Jomart Tokayev received Shavkat Mirziyoyev in Astana on Wednesday.",
                   title="Tokayev holds talks with Mirziyoyev in Astana",
                   subtitle="Alexander Lukashenko chairs a summit by video from Minsk")
    assert not of_type(found, "summit")


def test_a_dek_s_summit_under_a_title_that_names_people_and_no_body_stays_a_dek():
    """The look-alike: the title tells the story in words that are no event's, naming its people;
    the dek's summit, held by video, is told in passing."""
    found = events("Kazakh President Kassym-Jomart Tokayev was welcomed with an honour guard in Minsk on Wednesday.",
                   title="Minsk rolls out the red carpet for Tokayev as Lukashenko signs grain deals",
                   subtitle="The guest arrived a day after both leaders joined the virtual summit of the union")
    assert not [e for e in found if e.main and "summit" in e.types()]


def test_a_body_s_leaders_meeting_online_in_the_dek_under_the_body_s_name_is_its_summit():
    found = events("Kazakh President Kassym-Jomart Tokayev spoke of grain prices on Wednesday.",
                   title="At the Eurasian Economic Union, Tokayev warns of a grain glut",
                   subtitle="Leaders of the member states meet online under a Belarusian chair")
    (summit,) = of_type(found, "summit")
    assert summit.main and summit.own_names


def test_leaders_meeting_online_in_a_dek_under_a_title_naming_no_body_is_no_summit():
    """The look-alike: the title names a person and no body; the dek stays a dek."""
    found = events("Kazakh President Kassym-Jomart Tokayev spoke of grain prices on Wednesday.",
                   title="In Astana, Tokayev warns of a grain glut",
                   subtitle="Leaders of the member states meet online under a Belarusian chair")
    assert not of_type(found, "summit")


# --- a plan given up tells no tense of the summit held

def test_a_summit_held_by_video_instead_of_in_a_city_is_held():
    found = events("Kazakh President Kassym-Jomart Tokayev hosted the leaders of the union by video link on "
                   "Wednesday for the bloc's spring summit, which was meant to be held in Astana before the floods.")
    (summit,) = of_type(found, "summit")
    assert {m.status for m in summit.mentions} == {"occurred"}
    assert summit.location_id != city("Astana")


def test_a_summit_still_due_in_a_city_is_to_come():
    """The look-alike: a plan told plainly after the word is the summit's tense."""
    found = events("Kazakh President Kassym-Jomart Tokayev spoke of the bloc's spring summit, which is due to "
                   "be held in Astana next month.")
    (summit,) = of_type(found, "summit")
    assert {m.status for m in summit.mentions} == {"planned"}


# --- "met by video ... for a summit": the summit; its chair's seat between "chaired" and "by"

def test_leaders_who_met_by_video_for_a_summit_chaired_from_a_city_held_that_summit_there():
    found = events("Leaders of the Eurasian Economic Union met by video on Wednesday evening for a summit "
                   "chaired from Minsk by Belarusian President Alexander Lukashenko.")
    (summit,) = found
    assert summit.types() == {"summit"}
    assert summit.location_id == city("Minsk")
    assert LUKASHENKO in summit.participants


def test_two_leaders_who_met_for_the_summit_hold_talks_of_their_own():
    """The look-alike: two leaders named before "met" held their own meeting there."""
    found = events("Kassym-Jomart Tokayev and Shavkat Mirziyoyev met in Minsk on Wednesday for the summit "
                   "of the Eurasian Economic Union.")
    (meeting,) = of_type(found, "meeting")
    assert {TOKAYEV, MIRZIYOYEV} <= set(meeting.participants)


def test_a_pair_that_will_meet_for_the_summit_holds_talks_of_its_own():
    """The look-alike: "the two leaders" before "meet" are a pair, their meeting their own."""
    found = events("Kassym-Jomart Tokayev received Shavkat Mirziyoyev in Astana on Wednesday. The two leaders will "
                   "meet again in Minsk in May for the summit of the Eurasian Economic Union.")
    assert [e for e in of_type(found, "meeting") if e.date and e.date.first.month == 5]


# --- the lead's summit is the title's, whoever each names

def test_the_lead_s_summit_under_a_title_s_summit_is_that_summit():
    found = events("Leaders of the union met by video on Wednesday for a summit chaired from Minsk by "
                   "Belarusian President Alexander Lukashenko.\n\nThey agreed on a common grain market.",
                   title="Tokayev and Erdogan log on as Belarus hosts virtual Eurasian summit")
    (summit,) = of_type(found, "summit")
    assert {TOKAYEV, ERDOGAN, LUKASHENKO} <= set(summit.participants)
    assert summit.location_id == city("Minsk")


def test_a_lead_s_summit_told_as_earlier_is_not_the_title_s():
    """The look-alike: the lead looks back at last year's summit, chaired by another."""
    found = events("Last year's summit was chaired from Minsk by Belarusian President Alexander Lukashenko."
                   "\n\nThey agreed on a common grain market.",
                   title="Tokayev and Erdogan log on as Kazakhstan hosts virtual Eurasian summit")
    main = next(e for e in found if e.main)
    assert LUKASHENKO not in main.participants


# --- after a summit held by video: "the meeting" run from a seat, and the list of a virtual meeting

SUMMIT = ("Kazakh President Kassym-Jomart Tokayev chaired a summit of the Eurasian Economic Union held by "
          "video link on Wednesday.\n\n")


def test_the_meeting_a_chair_ran_from_a_city_places_the_video_summit_there():
    (summit,) = of_type(events(SUMMIT + "Tokayev ran the meeting from Astana."), "summit")
    assert summit.location_id == city("Astana")


def test_a_meeting_of_another_body_run_from_a_city_does_not_place_the_summit():
    """The look-alike: "a meeting of his security council" is no back reference to the summit."""
    found = events(SUMMIT + "Tokayev later ran a meeting of his security council from Astana.")
    (summit,) = of_type(found, "summit")
    assert summit.location_id != city("Astana")


def test_leaders_taking_part_in_the_virtual_meeting_attend_the_video_summit():
    (summit,) = of_type(events(SUMMIT + "Alexander Lukashenko and Recep Tayyip Erdogan took part in the "
                                        "virtual meeting."), "summit")
    assert {TOKAYEV, LUKASHENKO, ERDOGAN} <= set(summit.participants)


def test_two_leaders_holding_a_meeting_after_the_video_summit_meet_on_their_own():
    """The look-alike: a meeting told with no video words and no attendance cue is their talks."""
    found = events(SUMMIT + "Alexander Lukashenko and Recep Tayyip Erdogan held a meeting afterwards.")
    (summit,) = of_type(found, "summit")
    assert not {LUKASHENKO, ERDOGAN} & set(summit.participants)


# --- across articles: a body's summit and a gathering no body names, a week apart

BODYS = ("Kazakh President Kassym-Jomart Tokayev chaired a summit of the Eurasian Economic Union by video link from "
         "Astana on Wednesday, with Alexander Lukashenko and Shavkat Mirziyoyev on screen.", DAY)
UNNAMED = ("Kassym-Jomart Tokayev chaired the summit by video from Astana on Wednesday, with Alexander Lukashenko "
           "and Shavkat Mirziyoyev on screen.")


def summit_rows(*articles):
    found = [e for number, (body, published) in enumerate(articles)
             for e in extract_article(f"a{number}", None, None, body, published).events]
    return sorted((row.start_date, sorted(row.article_ids)) for row in merge_across_articles(found, {})
                  if row.event_type == "summit")


def test_a_body_s_summit_and_an_unnamed_summit_of_its_chair_a_week_before_are_two_rows():
    week_before = DAY - dt.timedelta(days=7)
    assert summit_rows(BODYS, (UNNAMED, week_before)) == [(week_before, ["a1"]), (DAY, ["a0"])]


def test_a_body_s_summit_and_an_unnamed_report_of_its_day_are_one_row():
    """The look-alike: the same summit, one report naming its body and the other not, on one day."""
    assert summit_rows(BODYS, (UNNAMED, DAY)) == [(DAY, ["a0", "a1"])]
