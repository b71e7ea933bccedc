"""Reports of one real event that an article gave no row (issue 23, class 7): an interview
given "ahead of" a visit, talks told around an aside ("the President, who is in Kazakhstan on
a visit, held talks"), the visit that aside speaks of. Each beside a look-alike that must not
trigger.

Fixtures are written for these tests in the shape of what real pages say."""

from __future__ import annotations

import datetime as dt

from ruchina.corpus.event_merge import merge_across_articles
from ruchina.extract.extraction import extract_article

PUTIN, TOKAYEV, LUKASHENKO = "Q7747", "kassym-jomart-tokayev", "alexander-lukashenko"
KAZAKHSTAN = "Q232"
DAY = dt.date(2030, 3, 14)


def visits(body, published=DAY, article_id="a", title=None):
    extraction = extract_article(article_id, title, None, body, published)
    return extraction, [m for m in extraction.event_mentions if m.event_type == "visit"]


# --- "ahead of", "on the eve of", "an invitation to": still to come --------------------------

def test_a_visit_the_sentence_puts_ahead_of_what_it_reports_is_planned():
    _, (visit,) = visits("Ahead of his visit to Kazakhstan, Vladimir Putin answered questions from a newspaper.")
    assert visit.status == "planned"
    _, (visit,) = visits("On the eve of the visit to Kazakhstan, Vladimir Putin gave an interview to its television.")
    assert visit.status == "planned"


def test_a_visit_ahead_of_which_something_happened_in_a_past_year_stays_occurred():
    # the look-alike: the date puts the visit before the article's own day
    _, (visit,) = visits("Ahead of his visit to Kazakhstan in May 2028, Vladimir Putin answered questions "
                         "from a newspaper.")
    assert visit.status == "occurred"


def test_a_visit_that_an_act_of_a_past_month_came_ahead_of_is_no_plan():
    # a look-back: the act was held well before the article, so what it came ahead of is past too
    _, (visit,) = visits("In May 2029 Vladimir Putin gave an interview on the eve of his visit to Kazakhstan.")
    assert visit.status == "occurred"
    # the look-alike: an act of this week's Monday, ahead of a visit, leaves the visit to come
    _, (visit,) = visits("On Monday Vladimir Putin gave an interview on the eve of his visit to Kazakhstan.")
    assert visit.status == "planned"


def test_an_invitation_to_visit_is_to_a_visit_to_come_a_visit_at_an_invitation_is_held():
    _, (visit,) = visits("Vladimir Putin has accepted the invitation to visit Kazakhstan.")
    assert visit.status == "planned"
    _, (visit,) = visits("Vladimir Putin visited Kazakhstan at the invitation of its President.")
    assert visit.status == "occurred"


def test_a_forum_named_at_length_after_in_advance_of_is_to_come():
    extraction = extract_article("a", None, None, "Our meeting is being held in advance of the Eastern Economic "
                                                  "Forum, and I asked my office to organise it.", DAY)
    (forum,) = [m for m in extraction.event_mentions if m.event_type == "forum"]
    assert forum.status == "planned"
    # the look-alike: a forum of a past year
    extraction = extract_article("a", None, None, "Our meeting was held in advance of the Eastern Economic "
                                                  "Forum in September 2028, and I asked my office to organise it.", DAY)
    (forum,) = [m for m in extraction.event_mentions if m.event_type == "forum"]
    assert forum.status == "occurred"


def test_the_interviews_visit_joins_the_visit_held_days_later():
    interview, _ = visits("Ahead of his visit to Kazakhstan, Vladimir Putin answered questions from a newspaper "
                          "editor about the Caspian.", article_id="interview")
    held, _ = visits("On March 17, Vladimir Putin arrived in Kazakhstan on a visit at the invitation of "
                     "Kassym-Jomart Tokayev.", dt.date(2030, 3, 17), "held")
    rows = merge_across_articles([*interview.events, *held.events], {})
    assert any({"interview", "held"} <= set(row.article_ids) for row in rows)


# --- an aside between commas ------------------------------------------------------------------

CEREMONY = ("Vladimir Putin attended the opening ceremony of a new ice stadium in Astana.\n\n"
            "Earlier, the President of Russia, who is in Kazakhstan on a visit, held talks with President of "
            "Kazakhstan Kassym-Jomart Tokayev.")


def test_the_subject_before_an_aside_holds_the_talks_after_it():
    extraction = extract_article("a", None, None, CEREMONY, DAY)
    (talks,) = [e for e in extraction.events if e.family == "gathering"]
    assert talks.participants == {PUTIN, TOKAYEV}
    assert talks.date is not None and talks.date.first == DAY


def test_the_people_an_aside_names_do_not_take_part_in_the_talks_after_it():
    extraction = extract_article("a", None, None, "Vladimir Putin, who met Alexander Lukashenko in Minsk, then "
                                                  "held talks with Kassym-Jomart Tokayev.", DAY)
    talks = [m for m in extraction.event_mentions if "talks" in m.sentence[m.scope[0]:m.scope[1]]
             and TOKAYEV in m.participant_ids]
    assert talks and all(LUKASHENKO not in m.participant_ids for m in talks)


def test_the_visit_an_aside_tells_is_under_way_on_the_day_of_the_story_with_the_host():
    extraction = extract_article("a", None, None, CEREMONY, DAY)
    (visit,) = [e for e in extraction.events if e.family == "visit"]
    assert visit.participants == {PUTIN, TOKAYEV}
    assert visit.location_id == KAZAKHSTAN
    assert (visit.date.first, visit.date.last) == (DAY, DAY)


def test_a_visit_an_aside_counts_in_passing_is_no_visit_of_the_day():
    # the look-alike: "who has visited Kazakhstan many times" is his habit, not this visit
    body = CEREMONY.replace("who is in Kazakhstan on a visit", "who has visited Kazakhstan many times")
    extraction = extract_article("a", None, None, body, DAY)
    assert not [e for e in extraction.events if e.family == "visit"]


def test_a_visit_elsewhere_than_the_main_events_place_takes_not_its_day():
    # the look-alike: Uzbekistan does not hold Astana
    body = CEREMONY.replace("who is in Kazakhstan on a visit", "who is to travel to Uzbekistan on a visit")
    extraction = extract_article("a", None, None, body, DAY)
    assert all(not (e.family == "visit" and e.date is not None and e.date.first == DAY) for e in extraction.events)


# --- "the visit" in an article about the talks held in it -------------------------------------

TALKS = ("Vladimir Putin held talks in Astana with Kassym-Jomart Tokayev.\n\n"
         "A package of documents was adopted within the framework of the visit.")


def test_the_visit_an_article_about_talks_refers_back_to_holds_the_talks():
    extraction = extract_article("a", None, None, TALKS, DAY)
    (visit,) = [e for e in extraction.events if e.family == "visit"]
    assert visit.participants == {PUTIN, TOKAYEV}
    assert visit.location_id == "Q1520"  # Astana
    assert (visit.date.first, visit.date.last) == (DAY, DAY)


def test_the_last_visit_or_the_visit_after_a_call_holds_nothing():
    # the look-alikes: an earlier visit; a call, which is held at no place
    extraction = extract_article("a", None, None, TALKS.replace("the visit", "the last visit"), DAY)
    assert not [e for e in extraction.events if e.family == "visit"]
    call = ("Vladimir Putin had a telephone conversation with Kassym-Jomart Tokayev.\n\n"
            "They went over the documents adopted within the framework of the visit.")
    extraction = extract_article("a", None, None, call, DAY)
    assert not [e for e in extraction.events if e.family == "visit" and e.date is not None]
