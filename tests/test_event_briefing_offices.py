"""A government's own briefing speaks of its own head of government as "the Prime Minister",
unnamed, and may name a foreign one beside him: the bare office is the briefing's country's
holder (briefing_offices.py), not the only prime minister the page names; an analysis that names
one prime minister keeps him. And "Earlier in the day" opening a sentence goes on with the
story's day (calendar.yaml `day_parts`), while "Earlier this year" stays background. Fixtures
written for these tests, each beside a look-alike."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.briefing_offices import briefing_country
from ruchina.extract.extraction import extract_article

MODI, SHARIF, ERDOGAN, PUTIN = "Q1058", "shehbaz-sharif", "Q39259", "Q7747"
DAY = dt.date(2024, 7, 4)  # a Thursday

BRIEFING_TITLE = "Transcript of briefing by Foreign Secretary on the Prime Minister's day in Astana"
BRIEFING = (
    "Official Spokesperson: Good afternoon. The Foreign Secretary will brief you on today's engagements.\n\n"
    "Foreign Secretary: Thank you. The Prime Minister held talks with President Vladimir Putin in Astana today, "
    "on the margins of the summit. Prime Minister Shehbaz Sharif of Pakistan was also in the hall.")
ANALYSIS_TITLE = "What Sharif wants from Astana"
ANALYSIS = (
    "Shehbaz Sharif arrived in Astana this week. The Prime Minister held talks with President Vladimir Putin "
    "in Astana today, on the margins of the summit.")


def _with_putin(title, body):
    return [e for e in extract_article("b1", title, None, body, DAY, "en").events
            if PUTIN in e.participants and "meeting" in e.types()]


def test_a_briefing_is_its_speakers_country():
    assert briefing_country(BRIEFING, "en") == "India"


def test_look_alike_an_analysis_is_no_ones_briefing():
    # ("Foreign Secretary" inside a sentence is no briefer's line)
    assert briefing_country(ANALYSIS + " The Foreign Secretary: a post of note.", "en") is None


def test_the_prime_minister_of_a_briefing_is_its_countrys():
    talks = _with_putin(BRIEFING_TITLE, BRIEFING)
    assert talks and all(MODI in e.participants and SHARIF not in e.participants for e in talks)


def test_look_alike_the_prime_minister_of_an_analysis_is_the_one_it_names():
    talks = _with_putin(ANALYSIS_TITLE, ANALYSIS)
    assert talks and all(SHARIF in e.participants and MODI not in e.participants for e in talks)


TITLE = "Putin and Tokayev meet in Astana"
LEAD = "Vladimir Putin held talks with Kazakh President Kassym-Jomart Tokayev in Astana on Thursday. "


def _with_erdogan(body):
    return [e for e in extract_article("t1", TITLE, None, LEAD + body, DAY, "en").events
            if ERDOGAN in e.participants]


def test_earlier_in_the_day_is_the_storys_day():
    rows = _with_erdogan("Earlier in the day, he met Turkish President Recep Tayyip Erdogan.")
    assert [e.date.first for e in rows] == [DAY]


def test_look_alike_earlier_this_year_stays_background():
    assert _with_erdogan("Earlier this year, he met Turkish President Recep Tayyip Erdogan.") == []



def test_a_day_taken_from_the_storys_flow_is_not_lent_to_a_headlines_other_talks():
    # (the headline's "Astana talks" reads Putin beside Erdogan; the body's talks, dated only by
    # "Earlier in the day", are Erdogan's with Tokayev: their borrowed day is not lent on to the
    # headline's talks, which a day of their own would keep as reported)
    title = "Erdogan skips business forum after Astana talks as Putin sends a video"
    body = ("Turkish President Recep Tayyip Erdogan was expected at the business forum this evening but did not "
            "come. A seat stayed empty.\nEarlier in the day Erdogan held talks with President Kassym-Jomart "
            "Tokayev at the Akorda in Astana, on the first full day of a state visit.\nRussian President Vladimir "
            "Putin, who is not travelling to Kazakhstan, spoke to the forum in a video address.")
    rows = extract_article("t2", title, None, body, DAY, "en").events
    talks = [e for e in rows if "meeting" in e.types()]
    assert [e.date.kind for e in talks if ERDOGAN in e.participants and "kassym-jomart-tokayev" in e.participants] == [
        "same_day"]
    assert [e for e in talks if PUTIN in e.participants and e.date is not None and e.date.kind == "same_day"] == []


MURMU, SINGH = "droupadi-murmu", "manmohan-singh"
RELEASE_TITLE = "List of Outcomes: State Visit of the President of Russia to India"
RELEASE = (
    "The President of the Russian Federation, H.E. Mr. Vladimir Putin, is on a State Visit to India on 4 and 5 "
    "October 2018.\n\nThe Prime Minister and the President held talks at Hyderabad House, New Delhi, today.\n\n"
    "(More details are on the website of the Ministry of External Affairs.)")


def _talks(title, body, day):
    return [e for e in extract_article("r1", title, None, body, day, "en").events if "meeting" in e.types()]


def test_the_president_of_an_indian_release_on_a_visiting_president_is_the_guest():
    # India's briefers speak of their own Prime Minister unnamed, not of their President: "the
    # President" of a release about a visiting president is the guest, and never today's President
    # of India on a page of 2018.
    talks = _talks(RELEASE_TITLE, RELEASE, dt.date(2018, 10, 5))
    assert talks and all({MODI, PUTIN} <= set(e.participants) and MURMU not in e.participants for e in talks)


def test_the_prime_minister_of_a_briefing_is_the_one_of_its_year():
    # (look-alike of the above: the briefers' own office, named or not, but its holder of the page's year)
    body = BRIEFING.replace("President Vladimir Putin in Astana", "President Vladimir Putin in Yekaterinburg")
    talks = _with_putin(BRIEFING_TITLE, body.replace("Shehbaz Sharif of Pakistan", "Yousaf Raza Gilani of Pakistan"))
    assert talks and all(MODI in e.participants for e in talks)
    old = [e for e in extract_article("b2", BRIEFING_TITLE, None, body, dt.date(2010, 6, 10), "en").events
           if PUTIN in e.participants and "meeting" in e.types()]
    assert old and all(SINGH in e.participants and MODI not in e.participants for e in old)
