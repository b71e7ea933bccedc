"""A dateline names where the reporter sat. The main event that names no place is put there
(extract/place_line.py, story_day_places.py), except where a sentence that tells it places another
event of its people away from the line's city: "GENEVA - Lula and Macron signed an accord in Paris
today, on a visit Lula has cut short" is no visit to Geneva. Written for these tests, beside the
look-alike with nothing placed elsewhere, which keeps the line's city."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.knowledge.base import entity_catalog

FRIDAY = dt.date(2009, 9, 11)


def visit_place(body: str) -> str | None:
    events = extract_article("d1", "Lula cuts his trip short", None, body, FRIDAY, "en").events
    (visit,) = [e for e in events if e.family == "visit"]
    return visit.location_id


def test_a_visit_told_with_its_signing_in_another_city_is_not_at_the_datelines():
    body = ("GENEVA - Luiz Inacio Lula da Silva and Emmanuel Macron signed an accord in Paris today, on a visit the "
            "Brazilian president has decided to cut short.\n\nThe text covers trade and defence.")
    assert visit_place(body) != entity_catalog().named("Geneva").entity_id


def test_the_same_story_filed_from_the_signings_city_is_placed_there():
    body = ("PARIS - Luiz Inacio Lula da Silva and Emmanuel Macron signed an accord today, on a visit the "
            "Brazilian president has decided to cut short.\n\nThe text covers trade and defence.")
    assert visit_place(body) == entity_catalog().named("Paris").entity_id


def meeting_place(body: str) -> str | None:
    events = extract_article("d2", "Lula and Macron meet", None, body, FRIDAY, "en").events
    (main,) = [e for e in events if e.main]
    return main.location_id


def test_an_earlier_event_told_elsewhere_leaves_the_line_its_city():
    body = ("PARIS - Luiz Inacio Lula da Silva said on Friday that his talks with Emmanuel Macron were warm. It was "
            "their second meeting, after the Group of 20 summit in Rome last month.\n\nThey discussed trade.")
    assert meeting_place(body) == entity_catalog().named("Paris").entity_id


def test_the_lines_country_told_in_the_sentence_leaves_the_line_its_city():
    body = ("PARIS - Luiz Inacio Lula da Silva and Emmanuel Macron met today on the sidelines of the Ruritania "
            "Forum in Ruritania.\n\nThey discussed trade.")
    assert meeting_place(body) == entity_catalog().named("Paris").entity_id


# A visit told under way in the main event's own sentence, to a country other than the line's city's:
# the line is where the agency sits, and the meeting is held somewhere in the visited country (no city).
SUNDAY = dt.date(2019, 3, 10)


def received_place(body: str, title: str = "Bolsonaro receives Abe") -> str | None:
    events = extract_article("d3", title, None, body, SUNDAY, "en").events
    (main,) = [e for e in events if e.main]
    return main.location_id


def test_a_meeting_with_a_guest_visiting_another_country_is_not_at_the_datelines_city():
    body = ("TOKYO, March 10 - Brazilian President Jair Bolsonaro on Saturday received Japanese Prime Minister "
            "Shinzo Abe, who is on a visit to Brazil.\n\nThe two discussed trade.")
    assert received_place(body) != entity_catalog().named("Tokyo").entity_id


def test_a_guest_visiting_the_datelines_country_leaves_the_meeting_at_the_datelines_city():
    body = ("BRASÍLIA, March 10 - Brazilian President Jair Bolsonaro on Saturday received Japanese Prime Minister "
            "Shinzo Abe, who is on a visit to Brazil.\n\nThe two discussed trade.")
    assert received_place(body) == entity_catalog().named("Brasília").entity_id


def zh_place(body: str) -> str | None:
    events = extract_article("d4", None, None, body, SUNDAY, "zh").events
    (main,) = [e for e in events if e.main]
    return main.location_id


def test_a_chinese_dateline_above_a_guest_under_way_in_another_country_places_nothing():
    body = ("新华社北京3月10日电 当地时间3月9日，法国总统马克龙会见正在法国访问的国务院总理李强。\n\n"
            "李强于3月8日至11日访问法国。")
    assert zh_place(body) is None


def test_a_chinese_dateline_of_the_visited_countrys_city_places_the_meeting_there():
    body = ("新华社巴黎3月10日电 3月9日，法国总统马克龙会见正在法国访问的国务院总理李强。\n\n"
            "李强于3月8日至11日访问法国。")
    assert zh_place(body) == entity_catalog().named("Paris").entity_id
