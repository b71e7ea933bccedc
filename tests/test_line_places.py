"""A report placed only by its page's place line ("BEIJING, March 4 (Agency) -") joins the other
reports of the same meeting that place it in the city it was held in, and the row takes that city
(corpus/line_places.py, merge_keys.sought_keys); a region named as what talks are about is no
place beside a city; and a visit whose visitor is received in the capital after talks in another
city spans the country (visit_spans.py, by its visitors). Beside each, a look-alike that must stay
apart or keep its city. Fixtures written for these tests."""

from __future__ import annotations

import datetime as dt

from ruchina.corpus.event_merge import merge_across_articles
from ruchina.corpus.event_reports import Commonness
from ruchina.extract.extraction import extract_article
from ruchina.knowledge import base

TUESDAY = dt.date(2031, 3, 4)
CATALOG = base.entity_catalog()


def _rows(*extractions):
    return merge_across_articles([e for x in extractions for e in x.events], {}, common=Commonness())


def _placed():
    return extract_article("placed", "Premiers meet in Tianjin", None,
                           "Indian Prime Minister Narendra Modi and Chinese Premier Li Qiang held talks in Tianjin on "
                           "Monday.", TUESDAY)


def _meetings_of(rows, article_id):
    return [row for row in rows if row.event_type == "meeting" and article_id in row.article_ids]


def test_a_report_placed_by_its_place_line_joins_the_meeting_placed_where_it_was_held():
    line = extract_article("line", "Premiers' talks", None,
                           "BEIJING, March 4 (Agency) - Chinese Premier Li Qiang and Indian Prime Minister Narendra "
                           "Modi held talks on Monday, the foreign ministry said.", TUESDAY)
    rows = _rows(_placed(), line)
    (meeting,) = _meetings_of(rows, "line")
    assert "placed" in meeting.article_ids and CATALOG.get(meeting.location_id).name == "Tianjin"


def test_look_alike_two_reports_each_stating_its_city_stay_two_meetings():
    stated = extract_article("stated", "Premiers' talks", None,
                             "Chinese Premier Li Qiang and Indian Prime Minister Narendra Modi held talks in Beijing "
                             "on Monday, the foreign ministry said.", TUESDAY)
    rows = _rows(_placed(), stated)
    assert not any({"placed", "stated"} <= set(row.article_ids) for row in _meetings_of(rows, "stated"))


def test_a_region_a_report_names_yields_to_the_city_of_a_place_line():
    region = extract_article("region", "Premiers' talks", None,
                             "Chinese Premier Li Qiang and Indian Prime Minister Narendra Modi held talks in the "
                             "Asia-Pacific on Monday.", TUESDAY)
    line = extract_article("line", "Premiers' talks", None,
                           "BEIJING, March 4 (Agency) - Chinese Premier Li Qiang and Indian Prime Minister Narendra "
                           "Modi held talks on Monday, the foreign ministry said.", TUESDAY)
    rows = _rows(region, line)
    together = [row for row in _meetings_of(rows, "line") if "region" in row.article_ids]
    assert together and CATALOG.get(together[0].location_id).name == "Beijing"


def _visit_rows(*extractions):
    return [row for row in _rows(*extractions) if row.event_type in ("visit", "state_visit")]


def _arrival_in_tianjin():
    return extract_article("arrival", "Modi in Tianjin", None,
                           "Indian Prime Minister Narendra Modi arrived in Tianjin on Monday for a two-day official "
                           "visit and held talks with Chinese Premier Li Qiang there on Monday.", TUESDAY)


def test_a_visit_whose_visitor_is_received_in_the_capital_next_day_spans_the_country():
    audience = extract_article("audience", "Xi receives Modi", None,
                               "Chinese President Xi Jinping received Indian Prime Minister Narendra Modi in Beijing "
                               "on Tuesday.", TUESDAY)
    (visit,) = [row for row in _visit_rows(_arrival_in_tianjin(), audience) if "arrival" in row.article_ids]
    assert CATALOG.get(visit.location_id).name == "China"


def test_look_alike_a_visit_told_in_one_city_keeps_it():
    (visit,) = [row for row in _visit_rows(_arrival_in_tianjin()) if "arrival" in row.article_ids]
    assert CATALOG.get(visit.location_id).name == "Tianjin"


def test_look_alike_a_country_stated_beside_a_place_lines_city_leaves_the_city():
    """(a country named beside the talks is a side as often as a place: the line's city stays)"""
    country = extract_article("country", "Premiers' talks", None,
                              "Chinese Premier Li Qiang and Indian Prime Minister Narendra Modi held talks in India "
                              "on Monday.", TUESDAY)
    line = extract_article("line", "Premiers' talks", None,
                           "BEIJING, March 4 (Agency) - Chinese Premier Li Qiang and Indian Prime Minister Narendra "
                           "Modi held talks on Monday, the foreign ministry said.", TUESDAY)
    together = [row for row in _meetings_of(_rows(country, line), "line") if "country" in row.article_ids]
    assert together and CATALOG.get(together[0].location_id).name == "Beijing"
