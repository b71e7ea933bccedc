"""Talks told held "on the sidelines" with no gathering named are on the sidelines of the one
summit the article reports, at its place; a page whose main event is a summit of the story's days,
with no place line, tells that place's news those days; and a summit and talks of two that one
article tells apart stay two events whatever report of another article ties both. Each beside a
look-alike. Written for these tests; none is copied."""

from __future__ import annotations

import datetime as dt

from ruchina.corpus.event_merge import merge_across_articles
from ruchina.extract.extraction import extract_article

FRIDAY = dt.date(2021, 5, 14)  # a Friday
ERDOGAN, TOKAYEV, RAMAPHOSA = "Q39259", "kassym-jomart-tokayev", "Q1148669"

LIVE_TITLE = "Caspian summit in Kazan: leaders agree shipping rules – live"


def extract(body: str, title: str | None = LIVE_TITLE, published: dt.date = FRIDAY, article_id: str = "live"):
    return extract_article(article_id, title, None, body, published, "en")


def meeting_of(extraction, *people):
    return next(e for e in extraction.events if e.types() == {"meeting"} and set(people) <= set(e.participants))


def test_talks_on_unnamed_sidelines_are_at_the_summits_place():
    body = ("Back to the bilaterals. Recep Tayyip Erdogan and Kassym-Jomart Tokayev met on the sidelines this "
            "afternoon in a guest villa outside the old town.\n\n"
            "The summit runs today at a congress hall on the river.")
    meeting = meeting_of(extract(body), ERDOGAN, TOKAYEV)
    assert meeting.location_id == "kazan"


def test_look_alike_talks_on_unnamed_sidelines_with_no_summit_reported_have_no_place():
    body = ("Recep Tayyip Erdogan and Kassym-Jomart Tokayev met on the sidelines this afternoon in a guest villa "
            "outside the old town.")
    meeting = meeting_of(extract(body, title="Erdogan and Tokayev talk trade"), ERDOGAN, TOKAYEV)
    assert meeting.location_id is None


def test_look_alike_talks_on_named_sidelines_elsewhere_keep_their_own_place():
    body = ("Recep Tayyip Erdogan and Kassym-Jomart Tokayev met on the sidelines of a forum in Astana two weeks "
            "ago, Ankara recalled.\n\nThe summit runs today at a congress hall on the river.")
    extraction = extract(body)
    assert all(e.location_id != "kazan" for e in extraction.events if e.types() == {"meeting"})


def test_talks_of_the_storys_day_on_a_summits_page_are_at_its_place():
    body = ("Cyril Ramaphosa also met Kassym-Jomart Tokayev this evening.\n\n"
            "The summit runs today at a congress hall on the river.")
    assert meeting_of(extract(body), RAMAPHOSA, TOKAYEV).location_id == "kazan"


def test_look_alike_talks_on_a_page_of_a_summit_of_other_days_are_not_placed():
    # (the summit the page tells of was held a month before: no news of its place this day)
    body = ("Cyril Ramaphosa met Kassym-Jomart Tokayev this evening.\n\n"
            "The Caspian summit in Kazan on April 9 agreed shipping rules.")
    extraction = extract(body, title="Caspian summit in Kazan on April 9 agreed shipping rules")
    assert meeting_of(extraction, RAMAPHOSA, TOKAYEV).location_id is None


def test_a_summit_and_talks_one_article_told_apart_stay_apart_across_articles():
    live = extract("Back to the bilaterals. Recep Tayyip Erdogan and Kassym-Jomart Tokayev met on the sidelines "
                   "this afternoon in a guest villa.\n\nThe summit runs today at a congress hall on the river.")
    brief = extract("Erdogan met his Kazakh counterpart in Kazan on Friday.", title="Erdogan meets in Kazan",
                    article_id="brief")
    rows = merge_across_articles(live.events + brief.events, {})
    summit = next(r for r in rows if r.event_type == "summit")
    meeting = next(r for r in rows if r.event_type == "meeting" and ERDOGAN in r.participant_ids)
    assert summit is not meeting and "live" in summit.article_ids and "live" in meeting.article_ids
    assert "brief" in meeting.article_ids and "brief" not in summit.article_ids


def test_talks_on_unnamed_sidelines_days_before_the_story_are_at_the_summits_place():
    # (told on the Monday after: no longer the story's days, but the sidelines are the summit's)
    body = ("The Caspian summit in Kazan ended on Saturday with a deal on shipping.\n\n"
            "Recep Tayyip Erdogan and Kassym-Jomart Tokayev met on the sidelines on Friday.")
    extraction = extract(body, title="Caspian deal on shipping", published=FRIDAY + dt.timedelta(days=3))
    assert meeting_of(extraction, ERDOGAN, TOKAYEV).location_id == "kazan"


SUMMIT_NEWS = ("KAZAN, May 14 -- Kassym-Jomart Tokayev opened the Caspian summit in Kazan on Friday, with "
               "Shavkat Mirziyoyev at his side.\n\n")
MIRZIYOYEV = "shavkat-mirziyoyev"


def summit_of(extraction):
    return next(e for e in extraction.events if "summit" in e.types())


def test_those_who_met_on_unnamed_sidelines_attend_the_summit():
    body = SUMMIT_NEWS + "Recep Tayyip Erdogan and Cyril Ramaphosa met on the sidelines this afternoon."
    assert {ERDOGAN, RAMAPHOSA, TOKAYEV} <= summit_of(extract(body)).participants


def test_look_alike_those_who_met_on_the_named_sidelines_of_another_gathering_do_not_attend_the_summit():
    body = SUMMIT_NEWS + ("Recep Tayyip Erdogan and Cyril Ramaphosa met on the sidelines of a forum in Astana "
                          "two weeks ago.")
    assert not {ERDOGAN, RAMAPHOSA} & summit_of(extract(body)).participants


def test_look_alike_talks_on_unnamed_sidelines_on_another_day_do_not_join_the_summit():
    # (the summit was Friday's; talks on the sidelines of a meeting three days before are not its)
    body = SUMMIT_NEWS + "Recep Tayyip Erdogan and Cyril Ramaphosa met on the sidelines on Tuesday."
    assert not {ERDOGAN, RAMAPHOSA} & summit_of(extract(body)).participants


def test_french_those_who_met_on_the_sidelines_of_the_proceedings_attend_the_summit():
    body = ("Kassym-Jomart Tokaïev accueille depuis vendredi à Kazan les dirigeants de la Caspienne pour un "
            "sommet de deux jours.\n\n"
            "En marge des travaux, Recep Tayyip Erdogan et Cyril Ramaphosa se sont entretenus vendredi.")
    extraction = extract_article("fr", None, None, body, FRIDAY, "fr")
    assert {ERDOGAN, RAMAPHOSA, TOKAYEV} <= summit_of(extraction).participants
