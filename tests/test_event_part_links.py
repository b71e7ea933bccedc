"""Which larger event holds talks (events.part_of), on short articles written for the tests:
a visit the article dates by its arrival day alone holds its visitor's talks there in the next
days, in every language that tells the arrival; a parade holds no talks, the guest's visit does.
Each beside a look-alike that must stay apart: another leader's talks in that city that week,
talks in another city, talks a week on, and talks with no visit told."""

from __future__ import annotations

import datetime as dt

from ruchina.corpus.event_parts import link_parts
from ruchina.corpus.event_rows import Event
from ruchina.corpus.events_table import merged_events
from ruchina.extract.dates import ResolvedDate
from ruchina.extract.event_mentions import ArticleEvent, EventMention
from ruchina.extract.extraction import extract_article

PUTIN, XI = "Q7747", "Q15031"
TOKAYEV, LUKASHENKO = "kassym-jomart-tokayev", "alexander-lukashenko"


def merged(body, published, language="en"):
    extraction = extract_article("a1", None, None, body, published, language)
    return merged_events([extraction], {m.entity_id: m.name for m in extraction.mentions})


def of_kind(events, *kinds):
    return [e for e in events if e.event_type in kinds]


def row(event_id, kind, first, last, place, people):
    """An events row as the merge makes it, reported by one article."""
    date = ResolvedDate(first, last, "day", "", 0, 0, "explicit")
    report = EventMention("a1", kind, tuple(people), place, date, "occurred", False, "", 0, 0)
    return Event(event_id, kind, event_id, first, last, "day", place, list(people), "occurred", ["a1"], "",
                 [ArticleEvent("a1", last, [report])])


# --- a visit told by its arrival day, its talks the day after ---------------------------------

def test_talks_the_day_after_an_arrival_for_a_state_visit_are_part_of_that_visit():
    events = merged("Kassym-Jomart Tokayev landed in Beijing on Sunday for a state visit. On Monday Tokayev and "
                    "Xi Jinping held talks at the Great Hall of the People.", dt.date(2024, 7, 2))
    (visit,) = of_kind(events, "state_visit")
    (talks,) = of_kind(events, "meeting")
    # (dated by its arrival, it lasts until its last part: corpus/visit_last_days.py)
    assert (visit.start_date, visit.end_date) == (dt.date(2024, 6, 30), dt.date(2024, 7, 1))
    assert talks.start_date == dt.date(2024, 7, 1) and talks.part_of == visit.event_id


def test_in_french_talks_the_day_after_an_arrival_for_a_state_visit_are_part_of_that_visit():
    events = merged("Alexandre Loukachenko est arrivé dimanche à Moscou pour une visite d'État. Lundi, Loukachenko "
                    "et Vladimir Poutine ont tenu des pourparlers au Kremlin.", dt.date(2024, 7, 2), "fr")
    (visit,) = of_kind(events, "state_visit")
    (talks,) = of_kind(events, "meeting")
    assert talks.start_date == visit.start_date + dt.timedelta(days=1)
    assert talks.part_of == visit.event_id


def test_another_leader_s_talks_in_that_city_next_day_are_no_part_of_the_visit():
    visit = row("visit", "state_visit", dt.date(2024, 6, 30), dt.date(2024, 6, 30), "Q956", [TOKAYEV])
    # (the visitor is not at them: they belong to no visit the article tells)
    others = row("others", "meeting", dt.date(2024, 7, 1), dt.date(2024, 7, 1), "Q956", [LUKASHENKO, XI])
    link_parts([visit, others])
    assert others.part_of is None


def test_the_visitor_s_talks_in_another_city_or_a_week_on_are_no_part_of_a_one_day_visit():
    visit = row("visit", "visit", dt.date(2024, 6, 30), dt.date(2024, 6, 30), "Q956", [TOKAYEV])
    elsewhere = row("elsewhere", "meeting", dt.date(2024, 7, 1), dt.date(2024, 7, 1), "Q649", [TOKAYEV, PUTIN])
    week_on = row("week_on", "meeting", dt.date(2024, 7, 7), dt.date(2024, 7, 7), "Q956", [TOKAYEV, XI])
    before = row("before", "meeting", dt.date(2024, 6, 29), dt.date(2024, 6, 29), "Q956", [TOKAYEV, XI])
    link_parts([visit, elsewhere, week_on, before])
    assert (elsewhere.part_of, week_on.part_of, before.part_of) == (None, None, None)


def test_a_visit_whose_days_are_told_holds_nothing_after_its_last_day():
    # (a visit dated by two days has told its end: the talks the day after are of no visit told)
    visit = row("visit", "state_visit", dt.date(2024, 6, 29), dt.date(2024, 6, 30), "Q956", [TOKAYEV])
    after = row("after", "meeting", dt.date(2024, 7, 1), dt.date(2024, 7, 1), "Q956", [TOKAYEV, XI])
    link_parts([visit, after])
    assert after.part_of is None


# --- a parade holds no talks -------------------------------------------------------------------

def test_talks_on_a_parade_s_day_are_part_of_the_guest_s_visit_not_of_the_parade():
    parade = row("parade", "parade", dt.date(2025, 5, 9), dt.date(2025, 5, 9), "Q649", [PUTIN, LUKASHENKO, TOKAYEV])
    visit = row("visit", "visit", dt.date(2025, 5, 8), dt.date(2025, 5, 10), "Q649", [TOKAYEV])
    talks = row("talks", "meeting", dt.date(2025, 5, 9), dt.date(2025, 5, 9), "Q649", [TOKAYEV, PUTIN])
    link_parts([parade, visit, talks])
    assert talks.part_of == "visit"


def test_talks_on_a_parade_s_day_with_no_visit_told_are_part_of_nothing():
    parade = row("parade", "parade", dt.date(2025, 5, 9), dt.date(2025, 5, 9), "Q649", [PUTIN, LUKASHENKO])
    talks = row("talks", "meeting", dt.date(2025, 5, 9), dt.date(2025, 5, 9), "Q649", [LUKASHENKO, PUTIN])
    link_parts([parade, talks])
    assert talks.part_of is None


def test_in_russian_unplaced_talks_the_day_after_an_arrival_are_part_of_the_visit_and_take_its_city():
    events = merged("Касым-Жомарт Токаев в воскресенье прибыл в Пекин с государственным визитом. В понедельник "
                    "Токаев и Си Цзиньпин провели переговоры.", dt.date(2024, 7, 2), "ru")
    (visit,) = of_kind(events, "state_visit")
    (talks,) = of_kind(events, "meeting")
    assert talks.part_of == visit.event_id and talks.location_id == visit.location_id == "Q956"


# --- talks in a city of the country a visit is told to ----------------------------------------

def test_talks_named_in_a_city_of_the_visited_country_in_the_visit_s_sentence_are_kept_and_held_in_it():
    for language, body in (
            ("en", "Kassym-Jomart Tokayev, on a state visit to China, held talks with Xi Jinping in Beijing on "
                   "Monday."),
            ("fr", "Kassym-Jomart Tokaïev, en visite d'État en Chine, a eu lundi des entretiens avec Xi Jinping "
                   "à Pékin."),
            ("es", "Kassym-Jomart Tokáyev, en visita de Estado en China, mantuvo el lunes conversaciones con Xi "
                   "Jinping en Pekín.")):
        events = merged(body, dt.date(2024, 7, 1), language)
        (visit,) = of_kind(events, "state_visit")
        (talks,) = of_kind(events, "meeting")
        assert talks.location_id == "Q956" and talks.part_of == visit.event_id, language


def test_talks_in_a_city_of_another_country_beside_a_visit_are_not_held_in_it():
    events = merged("Kassym-Jomart Tokayev, on a state visit to China, held talks with Vladimir Putin in Moscow on "
                    "Monday.", dt.date(2024, 7, 1))
    assert all(e.part_of is None for e in of_kind(events, "meeting"))


# --- a summit and a forum beside it -------------------------------------------------------------

def test_talks_held_by_a_summit_and_a_forum_at_its_place_are_the_summit_s():
    summit = row("summit", "summit", dt.date(2017, 11, 10), dt.date(2017, 11, 11), "Q649", [])
    forum = row("forum", "forum", dt.date(2017, 11, 10), dt.date(2017, 11, 10), "Q649", [PUTIN])
    talks = row("talks", "meeting", dt.date(2017, 11, 10), dt.date(2017, 11, 10), "Q649", [PUTIN, XI])
    link_parts([summit, forum, talks])
    assert talks.part_of == "summit"


def test_talks_at_a_forum_with_no_summit_stay_the_forum_s():
    forum = row("forum", "forum", dt.date(2023, 10, 17), dt.date(2023, 10, 18), "Q956", [PUTIN, XI])
    talks = row("talks", "meeting", dt.date(2023, 10, 18), dt.date(2023, 10, 18), "Q956", [PUTIN, XI])
    link_parts([forum, talks])
    assert talks.part_of == "forum"


def test_talks_at_a_forum_on_a_visit_that_goes_on_after_it_are_the_visit_s():
    """A guest whose visit to the country opens at a forum and goes on for days after it ends (to
    the capital): his talks with the host at the forum are his visit's; the forum is a stop of it."""
    vladivostok, modi = "vladivostok", "Q1058"
    forum = row("forum", "forum", dt.date(2021, 9, 1), dt.date(2021, 9, 4), vladivostok, [PUTIN, modi])
    visit = row("visit", "visit", dt.date(2021, 9, 3), dt.date(2021, 9, 6), vladivostok, [PUTIN, modi])
    talks = row("talks", "meeting", dt.date(2021, 9, 3), dt.date(2021, 9, 3), vladivostok, [PUTIN, modi])
    link_parts([forum, visit, talks])
    assert talks.part_of == "visit"


def test_talks_at_a_forum_on_a_trip_to_it_within_its_days_are_the_forum_s():
    """The look-alike: a guest's trip to the forum, over and done within the forum's days, holds
    none of the talks there: they are the forum's."""
    vladivostok, modi = "vladivostok", "Q1058"
    forum = row("forum", "forum", dt.date(2021, 9, 1), dt.date(2021, 9, 4), vladivostok, [PUTIN, modi])
    visit = row("visit", "visit", dt.date(2021, 9, 2), dt.date(2021, 9, 3), vladivostok, [PUTIN, modi])
    talks = row("talks", "meeting", dt.date(2021, 9, 3), dt.date(2021, 9, 3), vladivostok, [PUTIN, modi])
    link_parts([forum, visit, talks])
    assert talks.part_of == "forum"


# --- a forum that names no one ------------------------------------------------------------------

def test_a_forum_that_names_no_one_holds_no_talks_but_a_summit_that_names_no_one_does():
    forum = row("forum", "forum", dt.date(2019, 4, 25), dt.date(2019, 4, 27), "Q649", [])
    talks = row("talks", "meeting", dt.date(2019, 4, 26), dt.date(2019, 4, 26), "Q649", [PUTIN, LUKASHENKO])
    link_parts([forum, talks])
    assert talks.part_of is None, "nothing says the two were at the forum"
    summit = row("summit", "summit", dt.date(2019, 4, 25), dt.date(2019, 4, 27), "Q649", [])
    link_parts([summit, talks])
    assert talks.part_of == "summit", "talks at a summit's place on its days are on its sidelines"
