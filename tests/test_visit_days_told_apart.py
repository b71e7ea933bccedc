"""A visiting minister's visit, told by several pages: written for these tests (other names and
places than the benchmark pages), each beside a look-alike that must not change.

- The day after an event word that a verb of announcing takes as its object is the announcement's
  ("Tokyo had announced the visit on Monday"): extract/announced_events.py. Beside it, a day the
  sentence gives the visit itself ("will visit Tokyo on Monday, the ministry announced").
- Talks with no day of their own inside a main visit its reports date to several days ("on Sunday
  for a visit that runs until Wednesday") fall on one of them, not on its first: event_inside.py.
  Beside it, a visit of one day lends its day.
- A visiting minister's talks with his counterpart make the counterpart no host of the visit
  (event_visits.visit_hosted_by_talks); talks with the head of government do.
- A page's plan of a day to come is no report of the visitor's visit begun days before that page:
  corpus/plans_told_late.py. Beside it, a plan told before the visit began is of it.
"""

from __future__ import annotations

import datetime as dt

from ruchina.corpus.events_table import merged_events
from ruchina.extract.extraction import extract_article
from ruchina.knowledge.office_terms import countries_served

MODI, ABE, JAISHANKAR, WANG_YI = "Q1058", "Q132345", "subrahmanyam-jaishankar", "wang-yi"
WEDNESDAY = dt.date(2019, 6, 12)


def events_of(body: str, published: dt.date = WEDNESDAY, title: str = "Modi in Japan"):
    return extract_article("t1", title, None, body, published, "en").events


def visit_days(body: str, published: dt.date = WEDNESDAY) -> set:
    return {(e.date.first, e.date.last) if e.date else None for e in events_of(body, published) if e.family == "visit"}


def test_the_day_after_an_announced_visit_is_the_announcements():
    body = ("TOKYO - Prime Minister Shinzo Abe received Indian Prime Minister Narendra Modi in Tokyo on Wednesday. "
            "New Delhi had announced the visit on Monday without giving its length.")
    # (a report of the visit under way that day, not a visit of Monday's, which as past news is none)
    assert visit_days(body) == {(WEDNESDAY, WEDNESDAY)}


def test_a_day_the_sentence_gives_the_visit_itself_stays():
    body = "Indian Prime Minister Narendra Modi will visit Tokyo on Friday, his office announced."
    assert visit_days(body) == {(dt.date(2019, 6, 14), dt.date(2019, 6, 14))}


def talks_days(visit_words: str) -> list:
    body = (f"NEW DELHI - Indian Prime Minister Narendra Modi will travel to Japan on Sunday {visit_words}, "
            "his office said.\n\nAn aide said Modi would hold talks with Shinzo Abe and would visit a "
            "shipyard.")
    return [e.date and (e.date.first, e.date.last) for e in events_of(body) if e.family == "gathering"]


def test_talks_inside_a_visit_of_days_take_none_of_its_days():
    assert talks_days("for a visit that runs until Wednesday") == [None]


def test_talks_inside_a_visit_of_one_day_take_its_day():
    sunday = dt.date(2019, 6, 16)
    assert talks_days("for a visit") == [(sunday, sunday)]


def visit_people(talker: str) -> set:
    body = (f"{talker} will hold talks with Foreign Minister Wang Yi, who will visit India on Monday, a spokesman "
            "said on Wednesday.")
    (visit,) = [e for e in events_of(body, title="Talks in New Delhi") if e.family == "visit"]
    return visit.participants


def test_a_ministers_counterpart_hosts_no_visit():
    assert visit_people("External Affairs Minister Subrahmanyam Jaishankar") == {WANG_YI}


def test_the_head_of_government_the_visitor_meets_hosts_his_visit():
    assert visit_people("Prime Minister Narendra Modi") == {MODI, WANG_YI}


def test_the_defence_ministers_of_the_past_served_their_countries():
    assert countries_served("wei-fenghe") == {"China"}


def two_pages(plan_published: dt.date, plan_day: str):
    began = extract_article("a1", "Modi in Tokyo", None, "TOKYO - Indian Prime Minister Narendra Modi arrived in "
                            "Tokyo on Monday for a visit to Japan.", dt.date(2019, 6, 10), "en")
    plan = extract_article("a2", "Modi's plans", None, f"Narendra Modi will visit Tokyo {plan_day}, New Delhi "
                           "said.", plan_published, "en")
    names = {m.entity_id: m.name for x in (began, plan) for m in x.mentions}
    return [e for e in merged_events([began, plan], names) if e.event_type == "visit"]


def test_a_plan_told_days_after_the_visit_began_is_another_visit():
    assert len(two_pages(dt.date(2019, 6, 20), "on Saturday")) == 2


def test_a_plan_told_before_the_visit_began_is_of_it():
    (visit,) = two_pages(dt.date(2019, 6, 7), "on Monday")
    assert set(visit.article_ids) == {"a1", "a2"}
