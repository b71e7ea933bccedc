"""Two ways a visit comes to hold its parts, on short articles written for the tests.

A state visit whose first report places it in the city it began in ("arrived in Shanghai"), and
whose visitor holds talks in another city of the country on its days, spans the country
(corpus/visit_spans.py); placed in the country, it holds those talks (event_rows links the
parts again once visits span a country). Look-alikes: the visitor's talks in another country,
and the host's talks with someone else in the capital, stay apart.

A state visit is paid to the head of state wherever in his country it is held: a state visit
placed in a city takes the country's president when the article tells him with the visitor at
talks of their own (extract/event_state_hosts.py). Look-alikes: a visit of another kind to a
city (a leg of a tour, a trip to a forum held there) keeps the people its own reports name, and a
state visit to a city whose president the article shows only with someone else takes no host."""

from __future__ import annotations

import datetime as dt

from ruchina.corpus.events_table import merged_events
from ruchina.extract.extraction import extract_article

XI, PUTIN = "Q15031", "Q7747"
LUKASHENKO, TOKAYEV = "alexander-lukashenko", "kassym-jomart-tokayev"
CHINA, BEIJING, SHANGHAI = "Q148", "Q956", "shanghai"
WEDNESDAY = dt.date(2031, 6, 4)


def merged(body, language="en"):
    extraction = extract_article("a1", None, None, body, WEDNESDAY, language)
    return merged_events([extraction], {m.entity_id: m.name for m in extraction.mentions})


def of_kind(events, *kinds):
    return [e for e in events if e.event_type in kinds]


# --- a visit placed in the country once it spans it holds the talks in its other city ----------

def test_talks_in_the_capital_belong_to_a_state_visit_that_began_in_another_city_of_the_country():
    events = merged("Alexander Lukashenko arrived in Shanghai on Monday for a three-day state visit. On Tuesday "
                    "Lukashenko and Xi Jinping held talks in Beijing.")
    (visit,) = of_kind(events, "state_visit")
    (talks,) = of_kind(events, "meeting")
    assert visit.location_id == CHINA and talks.location_id == BEIJING
    assert talks.part_of == visit.event_id


def test_the_visitor_s_talks_in_another_country_stay_out_of_the_visit():
    events = merged("Alexander Lukashenko arrived in Shanghai on Monday for a three-day state visit. On Tuesday "
                    "Lukashenko and Vladimir Putin held talks in Moscow.")
    assert [talks.part_of for talks in of_kind(events, "meeting")] == [None]


def test_the_host_s_talks_with_someone_else_in_the_capital_stay_out_of_the_visit():
    events = merged("Alexander Lukashenko arrived in Shanghai on Monday for a three-day state visit. On Tuesday "
                    "Lukashenko and Xi Jinping held talks in Beijing. On Wednesday Xi Jinping and Kassym-Jomart "
                    "Tokayev met in Beijing.")
    others = [e for e in of_kind(events, "meeting") if TOKAYEV in e.participant_ids]
    assert [talks.part_of for talks in others] == [None]


# --- a state visit to a city is the head of state's to host ------------------------------------

def test_a_state_visit_to_a_city_takes_the_president_the_visitor_holds_talks_with():
    events = merged("Kassym-Jomart Tokayev arrived in Moscow on Monday on a state visit. On Tuesday Tokayev and "
                    "Vladimir Putin signed a treaty on the Caspian shelf.")
    (visit,) = of_kind(events, "state_visit")
    assert set(visit.participant_ids) == {TOKAYEV, PUTIN}


def test_a_plain_visit_to_a_city_keeps_only_the_people_its_reports_name():
    events = merged("Kassym-Jomart Tokayev arrived in Kazan on Monday on a visit to a trade fair. On Tuesday "
                    "Tokayev and Vladimir Putin signed a treaty on the Caspian shelf.")
    (visit,) = of_kind(events, "visit")
    assert visit.participant_ids == [TOKAYEV]


def test_a_state_visit_to_a_city_whose_president_meets_only_another_guest_takes_no_host():
    events = merged("Kassym-Jomart Tokayev arrived in Moscow on Monday on a state visit. On Tuesday Vladimir "
                    "Putin and Alexander Lukashenko signed a treaty on the Union State.")
    (visit,) = of_kind(events, "state_visit")
    assert visit.participant_ids == [TOKAYEV]


def test_talks_after_the_last_day_a_state_visit_is_told_to_last_give_it_no_host():
    # (a visit of stated days ends on its last; only one told by its arrival day alone reaches on:
    # event_visits.last_day_of, which the visit's own talks are read by too)
    events = merged("Kassym-Jomart Tokayev arrived in Moscow on Monday for a two-day state visit. On Wednesday "
                    "Tokayev and Vladimir Putin signed a treaty on the Caspian shelf.")
    (visit,) = of_kind(events, "state_visit")
    assert visit.participant_ids == [TOKAYEV]
