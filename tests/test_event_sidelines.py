"""Summits and the talks held on their sidelines (issue 23's failure classes 3, 5 and 7;
issue 25 for Russian): two leaders' talks at a summit are a meeting of their own, part of the
summit, not the summit; a leader who met two others held two sets of talks; a summit named by
its body is one event whether a report places it in the country or in the city; Russian names
a body's summit as English does (extract/event_sidelines.py, corpus/event_merge.py,
corpus/event_rows.py).

Every fixture is written for these tests, with summits, leaders and wording of their own;
each stands beside a look-alike that must not do what it does."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from ruchina.corpus.event_merge import merge_across_articles
from ruchina.corpus.event_parts import link_parts, place_sideline_talks_by_their_summit
from ruchina.corpus.event_rows import Event
from ruchina.extract.extraction import extract_article

LULA, RAMAPHOSA, MODI, PUTIN, XI, WANG_YI = ("luiz-inacio-lula-da-silva", "Q1148669", "Q1058", "Q7747", "Q15031",
                                             "wang-yi")
JOHANNESBURG_DAY = dt.date(2023, 8, 22)
SAMARKAND_DAY = dt.date(2022, 9, 16)


def extract(article_id, title, body, published, language="en"):
    return extract_article(article_id, title, None, body, published, language)


def people(event) -> set[str]:
    return {p.split("/")[-1] for p in event.participants}


def of_type(extraction, event_type):
    return [e for e in extraction.events if e.types() == {event_type}]


def rows_of(*extractions):
    return merge_across_articles([e for x in extractions for e in x.events], {})


# --- talks of two at a named summit: their own event --------------------------------------

SIDELINE_TALKS = ("Lula and Ramaphosa hold talks at BRICS summit in Johannesburg",
                  "JOHANNESBURG, Aug 22 - Brazilian President Lula da Silva and South African President "
                  "Cyril Ramaphosa held talks on Tuesday on the sidelines of the BRICS summit in Johannesburg. "
                  "The summit of the bloc lasts until Thursday.")


def test_talks_of_two_at_a_named_summit_are_a_meeting_of_their_own_and_the_summit_another():
    extraction = extract("talks", *SIDELINE_TALKS, JOHANNESBURG_DAY)
    (main,) = [e for e in extraction.events if e.main]
    assert main.types() == {"meeting"} and len(main.participants) == 2
    (summit,) = of_type(extraction, "summit")
    assert "BRICS Summit" in summit.own_names
    # (the summit's report that names no one is the summit's, not the talks')
    assert not any("lasts until" in m.sentence for m in main.mentions)
    assert any("lasts until" in m.sentence for m in summit.mentions)


def test_leaders_who_only_attend_a_named_summit_hold_no_meeting_of_their_own():
    """The look-alike: both at the summit, no talks told."""
    extraction = extract("attend", "Lula and Ramaphosa attend BRICS summit in Johannesburg",
                         "Brazilian President Lula da Silva and South African President Cyril Ramaphosa attended "
                         "the BRICS summit in Johannesburg on Tuesday.", JOHANNESBURG_DAY)
    assert not of_type(extraction, "meeting")
    assert len(of_type(extraction, "summit")) == 1


def test_an_unnamed_summit_of_the_two_who_met_is_their_meeting():
    """The look-alike: 'their summit' of two leaders, with no body's name, is the meeting told
    another way: one event."""
    extraction = extract("pair", "Putin and Xi hold summit in Tianjin",
                         "Vladimir Putin and Xi Jinping met in Tianjin on Tuesday. Their summit lasted five hours.",
                         JOHANNESBURG_DAY)
    (gathering,) = [e for e in extraction.events if e.family == "gathering"]
    assert people(gathering) == {PUTIN, XI}


def test_the_meeting_row_is_part_of_the_summit_row_and_keeps_its_two_people_across_articles():
    talks = extract("talks", *SIDELINE_TALKS, JOHANNESBURG_DAY)
    summit = extract("summit", "BRICS summit opens in Johannesburg",
                     "The BRICS summit opened in Johannesburg on Tuesday. Lula da Silva, Cyril Ramaphosa and "
                     "Narendra Modi are attending the three-day meeting.", JOHANNESBURG_DAY)
    rows = rows_of(talks, summit)
    (meeting,) = [r for r in rows if r.event_type == "meeting"]
    (summit_row,) = [r for r in rows if r.event_type == "summit"]
    assert set(meeting.participant_ids) == {LULA, RAMAPHOSA}
    assert meeting.part_of == summit_row.event_id
    assert {"talks", "summit"} <= set(summit_row.article_ids)


# --- one who met two others at a summit: two sets of talks ---------------------------------

def test_a_leader_who_met_two_others_at_a_summit_held_two_meetings():
    extraction = extract("two", "BRICS summit in Johannesburg",
                         "The BRICS summit opened in Johannesburg on Tuesday. Narendra Modi also met Lula da Silva "
                         "and Cyril Ramaphosa on Tuesday.", JOHANNESBURG_DAY)
    meetings = {frozenset(people(e)) for e in of_type(extraction, "meeting")}
    assert meetings == {frozenset({MODI, LULA}), frozenset({MODI, RAMAPHOSA})}


def test_a_leader_who_met_a_leader_and_his_minister_held_one_meeting():
    """The look-alikes: two of one country are one side of one set of talks; and with no
    summit told, three leaders may have met together."""
    extraction = extract("minister", "BRICS summit in Johannesburg",
                         "The BRICS summit opened in Johannesburg on Tuesday. Vladimir Putin also met Xi Jinping "
                         "and Wang Yi on Tuesday.", JOHANNESBURG_DAY)
    (meeting,) = of_type(extraction, "meeting")
    assert people(meeting) == {PUTIN, XI, WANG_YI}
    extraction = extract("no summit", "Leaders meet in Johannesburg",
                         "Narendra Modi met Lula da Silva and Cyril Ramaphosa in Johannesburg on Tuesday.",
                         JOHANNESBURG_DAY)
    (meeting,) = of_type(extraction, "meeting")
    assert people(meeting) == {MODI, LULA, RAMAPHOSA}


# --- a body's summit told at the grain of the country and of the city ----------------------

SCO_IN_THE_COUNTRY = ("Leaders attend SCO summit in Uzbekistan",
                      "The two-day meeting in Samarkand ended on Friday with a joint declaration. Besides the host, "
                      "Shavkat Mirziyoyev, those attending included Vladimir Putin, Sadyr Japarov, Emomali Rahmon "
                      "and Alexander Lukashenko.")


def test_a_named_summit_in_the_country_and_the_meeting_of_its_guests_in_its_city_are_one_event():
    extraction = extract("country", *SCO_IN_THE_COUNTRY, SAMARKAND_DAY)
    (summit,) = [e for e in extraction.events if e.family == "gathering"]
    assert summit.main and "summit" in summit.types()
    assert (summit.date.first, summit.date.last) == (dt.date(2022, 9, 15), dt.date(2022, 9, 16))


def test_a_meeting_in_a_city_of_another_country_is_not_the_named_summit():
    """The look-alike: the city is not in the summit's country."""
    title, body = SCO_IN_THE_COUNTRY
    extraction = extract("elsewhere", title, body.replace("Samarkand", "Ufa"), SAMARKAND_DAY)
    assert len([e for e in extraction.events if e.family == "gathering"]) == 2


def test_reports_of_one_named_summit_at_two_grains_each_naming_its_own_guests_are_one_row():
    """The country's report lists the guests, the city's the two who met: they share one
    (test_same_event's look-alike: reports sharing no guest, another day, are two)."""
    country = extract("country", *SCO_IN_THE_COUNTRY, SAMARKAND_DAY)
    city = extract("city", "Putin and Xi meet in Samarkand on sidelines of SCO summit",
                   "SAMARKAND, Sept 15 - Vladimir Putin and Xi Jinping held talks on Thursday on the sidelines of "
                   "the SCO summit in Samarkand.", dt.date(2022, 9, 15))
    rows = rows_of(country, city)
    (summit,) = [r for r in rows if r.event_type == "summit"]
    assert set(summit.article_ids) == {"country", "city"}
    (meeting,) = [r for r in rows if r.event_type == "meeting"]
    assert set(meeting.participant_ids) == {PUTIN, XI} and meeting.part_of == summit.event_id


# --- Russian: a body's summit is named as in English ---------------------------------------

def test_talks_at_the_sco_summit_in_russian_are_a_meeting_of_their_own():
    extraction = extract("ru", "Путин и Си Цзиньпин провели переговоры в Бишкеке",
                         "Президент России Владимир Путин и председатель КНР Си Цзиньпин в четверг провели "
                         "переговоры на полях саммита ШОС в Бишкеке.", dt.date(2019, 6, 13), "ru")
    (main,) = [e for e in extraction.events if e.main]
    assert main.types() == {"meeting"} and people(main) == {PUTIN, XI}
    (summit,) = of_type(extraction, "summit")
    assert "SCO Summit" in summit.own_names


def test_talks_in_russian_with_no_summit_named_are_one_meeting():
    """The look-alike: the same talks, no summit told."""
    extraction = extract("ru", "Путин и Си Цзиньпин провели переговоры в Бишкеке",
                         "Президент России Владимир Путин и председатель КНР Си Цзиньпин в четверг провели "
                         "переговоры в Бишкеке.", dt.date(2019, 6, 13), "ru")
    assert [e.types() for e in extraction.events if e.family == "gathering"] == [{"meeting"}]


# --- a guest's talks at a placed summit are part of it, whoever the other is ---------------

def _row(event_id, event_type, people, place, first, last, article_ids):
    return Event(event_id=event_id, event_type=event_type, label="", start_date=first, end_date=last,
                 date_precision="day", location_id=place, participant_ids=list(people), status="occurred",
                 article_ids=list(article_ids), evidence="", article_events=[SimpleNamespace(earlier=False)])


def test_a_guests_talks_with_one_not_listed_at_a_placed_summit_are_part_of_it():
    day = JOHANNESBURG_DAY
    summit = _row("summit", "summit", [LULA, RAMAPHOSA], "johannesburg", day, day + dt.timedelta(days=2), ["a"])
    talks = _row("talks", "meeting", [RAMAPHOSA, MODI], "johannesburg", day, day, ["a"])
    link_parts([summit, talks])
    assert talks.part_of == "summit"
    # the look-alikes: a summit no report places (held by video) holds only those it lists,
    # and talks in another city are not on its sidelines
    unplaced = _row("summit", "summit", [LULA, RAMAPHOSA], None, day, day + dt.timedelta(days=2), ["a"])
    talks = _row("talks", "meeting", [RAMAPHOSA, MODI], "johannesburg", day, day, ["a"])
    link_parts([unplaced, talks])
    assert talks.part_of is None
    talks = _row("talks", "meeting", [RAMAPHOSA, MODI], "new-delhi", day, day, ["a"])
    link_parts([summit, talks])
    assert talks.part_of is None


# --- the summit the main talks are held at is reported; others' talks are other talks ------

def test_the_summit_the_main_talks_are_held_at_is_reported_though_no_phrase_dates_it():
    day = dt.date(2023, 9, 10)
    extraction = extract("g20", "Modi and Lula hold talks on sidelines of G20 summit",
                         "Narendra Modi and Lula da Silva held their first talks in a year on the sidelines of the "
                         "G20 summit in New Delhi.", day)
    (summit,) = of_type(extraction, "summit")
    assert "G20 Summit" in summit.own_names and summit.date is None
    # the look-alike: a summit told apart from the talks, held and undated, is background
    extraction = extract("g20", "Modi and Lula hold talks",
                         "Narendra Modi and Lula da Silva held their first talks in a year in New Delhi. Lula had "
                         "attended the G20 summit in New Delhi.", day)
    assert not of_type(extraction, "summit")


def test_talks_of_others_told_on_the_day_before_the_article_are_not_the_main_talks():
    """The main talks of two, dated by the article's day; talks of three the day before are
    other talks, though a report published the next morning may give the day before."""
    day = dt.date(2023, 8, 22)
    extraction = extract("others", "Lula and Ramaphosa hold talks in Pretoria",
                         "Lula da Silva and Cyril Ramaphosa held talks in Pretoria. On Monday Narendra Modi held "
                         "talks with both Lula da Silva and Cyril Ramaphosa.", day)
    (main,) = [e for e in extraction.events if e.main]
    assert people(main) == {LULA, RAMAPHOSA} and main.date.first == day
    assert len(of_type(extraction, "meeting")) == 2
    # the look-alike: the same two on the day before are the main talks, dated by the text
    extraction = extract("same", "Lula and Ramaphosa hold talks in Pretoria",
                         "Lula da Silva and Cyril Ramaphosa held talks in Pretoria. On Monday the two presidents, "
                         "Lula da Silva and Cyril Ramaphosa, held talks.", day)
    (meeting,) = of_type(extraction, "meeting")
    assert meeting.main and meeting.date.first == dt.date(2023, 8, 21)


def test_talks_at_a_summit_are_part_of_the_summit_not_of_a_guests_trip_to_it():
    day = JOHANNESBURG_DAY
    summit = _row("summit", "summit", [LULA, RAMAPHOSA], "johannesburg", day, day + dt.timedelta(days=2), ["a"])
    trip = _row("trip", "visit", [LULA, RAMAPHOSA], "johannesburg", day, day, ["a"])
    talks = _row("talks", "meeting", [LULA, RAMAPHOSA], "johannesburg", day, day, ["a"])
    link_parts([summit, trip, talks])
    # (the guest's trip to the summit is its own event, no part of it: event_parts._guests_trip)
    assert talks.part_of == "summit" and trip.part_of is None
    # the look-alike: with no summit, the talks are part of the visit (the shortest that holds them)
    trip = _row("trip", "state_visit", [LULA, RAMAPHOSA], "johannesburg", day, day + dt.timedelta(days=1), ["a"])
    talks = _row("talks", "meeting", [LULA, RAMAPHOSA], "johannesburg", day, day, ["a"])
    link_parts([trip, talks])
    assert talks.part_of == "trip"


def test_talks_placed_in_the_country_of_the_summit_they_are_part_of_took_place_in_its_city():
    summit = _row("summit", "summit", [PUTIN, XI], "samarkand", SAMARKAND_DAY, SAMARKAND_DAY, ["a"])
    talks = _row("talks", "meeting", [PUTIN, XI], "Q265", SAMARKAND_DAY, SAMARKAND_DAY, ["a"])
    talks.part_of = "summit"
    place_sideline_talks_by_their_summit([summit, talks])
    assert talks.location_id == "samarkand"
    # the look-alikes: talks part of a visit, or of nothing, keep the place they were given
    visit = _row("visit", "visit", [PUTIN, XI], "samarkand", SAMARKAND_DAY, SAMARKAND_DAY, ["a"])
    talks = _row("talks", "meeting", [PUTIN, XI], "Q265", SAMARKAND_DAY, SAMARKAND_DAY, ["a"])
    talks.part_of = "visit"
    place_sideline_talks_by_their_summit([visit, talks])
    assert talks.location_id == "Q265"


TOLD_AGAIN = ("Narendra Modi and Lula da Silva held talks on the sidelines of the BRICS summit in Johannesburg. "
              "The talks came on the second day of the three-day summit, which is hosted by Cyril Ramaphosa.")


def test_a_summit_referred_back_to_in_an_article_naming_one_bodys_summit_is_that_summit():
    extraction = extract("again", "Modi and Lula hold talks at BRICS summit", TOLD_AGAIN, dt.date(2023, 8, 23))
    (summit,) = of_type(extraction, "summit")
    assert "BRICS Summit" in summit.own_names and RAMAPHOSA in people(summit)
    (main,) = [e for e in extraction.events if e.main]
    assert people(main) == {MODI, LULA}


def test_a_summit_referred_back_to_in_an_article_naming_two_bodies_summits_is_neither():
    """The look-alike: which summit "the three-day summit" is, the article does not say."""
    body = TOLD_AGAIN + " Lula will also attend the G20 summit in November."
    extraction = extract("two", "Modi and Lula hold talks at BRICS summit", body, dt.date(2023, 8, 23))
    (brics,) = [e for e in of_type(extraction, "summit") if "BRICS Summit" in e.own_names]
    assert RAMAPHOSA not in people(brics)


def test_talks_told_held_at_a_placed_summit_are_at_its_place_and_talks_told_apart_are_not():
    day = dt.date(2023, 9, 10)
    extraction = extract("g20", "Modi and Lula hold talks on sidelines of G20 summit",
                         "Narendra Modi and Lula da Silva held their first talks in a year on the sidelines of the "
                         "G20 summit in New Delhi.", day)
    (main,) = [e for e in extraction.events if e.main]
    assert main.location_id == "new-delhi"
    # the look-alike: the summit told in a sentence of its own does not place the talks
    extraction = extract("g20", "Modi and Lula hold talks",
                         "Narendra Modi and Lula da Silva held their first talks in a year on Sunday. The G20 summit "
                         "in New Delhi ends on Sunday.", day)
    (main,) = [e for e in extraction.events if e.main]
    assert main.location_id is None
