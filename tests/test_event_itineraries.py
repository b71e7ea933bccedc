"""A visit told as an itinerary ("arrived in Shanghai on Tuesday, held talks with Xi in Beijing on
Thursday and flew home on Friday") lasts to its last day and is placed in the country holding its
cities (event_itineraries.py); in the corpus, the report that tells the whole trip places the
visit's row, and talks held in one of its cities do not move it there (corpus/event_rows.py).
", and on Thursday watched the parade" opens that day's clause (events_en.yaml clause_links).
Fixtures written for these tests, each beside a look-alike that must not trigger."""

from __future__ import annotations

import datetime as dt

from ruchina.corpus.event_merge import merge_across_articles
from ruchina.extract.extraction import extract_article

LULA, XI, PUTIN = "luiz-inacio-lula-da-silva", "Q15031", "Q7747"
CHINA, SHANGHAI = "Q148", "shanghai"
SATURDAY, TUESDAY = dt.date(2024, 5, 18), dt.date(2024, 5, 14)
TRIP = ("Lula da Silva arrived in Shanghai on Tuesday, held talks with Xi Jinping in Beijing on Thursday and "
        "flew home on Friday.")


def visits(body, published=SATURDAY, title="Lula's week in China"):
    return [e for e in extract_article("t1", title, None, body, published, "en").events if e.family == "visit"]


def test_an_itinerary_gives_the_visit_its_days_and_its_country():
    (visit,) = visits(TRIP)
    assert (visit.date.first, visit.date.last) == (dt.date(2024, 5, 14), dt.date(2024, 5, 17))
    assert visit.location_id == CHINA


def test_an_arrival_alone_keeps_its_day_and_city():
    (visit,) = visits("Lula da Silva arrived in Shanghai on Tuesday for talks with business leaders.")
    assert (visit.date.first, visit.date.last, visit.location_id) == (TUESDAY, TUESDAY, SHANGHAI)


def test_someone_elses_later_talks_are_no_part_of_the_trip():
    body = ("Lula da Silva arrived in Shanghai on Tuesday; Xi Jinping held talks with Vladimir Putin in Beijing on "
            "Thursday.")
    (visit,) = [v for v in visits(body) if LULA in v.participants]
    assert (visit.date.first, visit.date.last, visit.location_id) == (TUESDAY, TUESDAY, SHANGHAI)


def rows(*articles):
    found = []
    for number, (title, body, published) in enumerate(articles):
        found += extract_article(f"a{number}", title, None, body, published, "en").events
    return merge_across_articles(found, {})


def test_the_row_of_a_trip_is_placed_by_the_report_that_tells_it_whole():
    arrival = ("Lula lands in Shanghai", "Lula da Silva arrived in Shanghai on Tuesday.", TUESDAY)
    (visit,) = [e for e in rows(("Lula's week in China", TRIP, SATURDAY), arrival) if e.event_type == "visit"]
    assert visit.location_id == CHINA and len(visit.article_ids) == 2


def test_the_row_of_a_one_city_visit_keeps_its_city():
    arrival = ("Lula lands in Shanghai", "Lula da Silva arrived in Shanghai on Tuesday.", TUESDAY)
    again = ("Lula in Shanghai", "Lula da Silva arrived in Shanghai on Tuesday for talks.", TUESDAY)
    (visit,) = [e for e in rows(arrival, again) if e.event_type == "visit"]
    assert visit.location_id == SHANGHAI


def test_talks_told_before_the_visit_they_are_held_in_are_no_itinerary():
    body = ("Lula da Silva held talks with Xi Jinping in Beijing on Thursday during a visit that began in Shanghai "
            "on Tuesday.")
    (visit,) = visits(body)
    assert visit.date.first == visit.date.last  # (no itinerary: the talks frame no later days)
    # (but the visit spans Shanghai and Beijing: placed in the country, visit_frame_places.py)
    assert visit.location_id == CHINA


def _days(body):
    found = extract_article("t1", "Lukashenko's week in Moscow", None, body, dt.date(2024, 5, 10), "en").event_mentions
    return [(m.event_type, m.date.first if m.date else None) for m in found]


def test_a_weekday_after_and_opens_the_next_days_clause():
    body = ("Alexander Lukashenko arrived in Moscow on Monday, held talks with Vladimir Putin on Tuesday, and on "
            "Thursday watched the Victory Day parade beside him.")
    assert ("parade", dt.date(2024, 5, 9)) in _days(body)
    assert ("meeting", dt.date(2024, 5, 7)) in _days(body)


def test_and_without_a_weekday_gives_the_parade_no_day_of_the_talks():
    body = ("Alexander Lukashenko arrived in Moscow on Monday, held talks with Vladimir Putin on Tuesday, and "
            "watched the Victory Day parade beside him.")
    assert ("parade", None) in _days(body)
