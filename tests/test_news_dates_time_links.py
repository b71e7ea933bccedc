"""An event a time link sets off from the sentence's act (issue 23, class 4): ", after the
state visit to Mongolia in March" tells of the visit with no tense of its own, whatever the
tense of the sentence; its month is the one nearest the article, and a visit before the
article was held. And a second meeting word a sentence gives a day of its own ("..., and he
also met the minister on Friday morning") is another meeting, whose day is not the first's.
Fixtures written for these tests (other leaders, places and wording than any page
measured), each beside a look-alike that must keep its reading."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

JUNE = dt.date(2024, 6, 10)


def visits(body: str, published: dt.date = JUNE):
    return [m for m in extract_article("a", "News", None, body, published).event_mentions
            if m.event_type == "state_visit"]


def test_a_visit_after_a_time_link_in_a_month_before_the_article_was_held():
    (visit,) = visits("It will be the third meeting of the two presidents this year, after the Indian "
                      "leader's state visit to Mongolia in March.")
    assert (visit.date.first, visit.date.last) == (dt.date(2024, 3, 1), dt.date(2024, 3, 31))
    assert visit.status == "occurred"


def test_a_visit_after_a_time_link_in_a_month_after_the_article_is_still_to_come():
    (visit,) = visits("It will be the third meeting of the two presidents this year, after the Indian "
                      "leader's state visit to Mongolia in July.")
    assert (visit.date.first, visit.status) == (dt.date(2024, 7, 1), "planned")


def test_a_time_link_inside_a_clause_of_the_future_keeps_the_future():
    (visit,) = visits("Modi will fly on to Minsk after the state visit to Mongolia in March.", dt.date(2024, 2, 10))
    assert (visit.date.first, visit.status) == (dt.date(2024, 3, 1), "planned")


def test_a_time_link_s_clause_with_a_tense_of_its_own_keeps_it():
    (visit,) = visits("The two will meet again in the autumn, after Modi will have paid a state visit to "
                      "Mongolia in May.")
    assert (visit.date.first, visit.status) == (dt.date(2025, 5, 1), "planned")


# --- two meetings a sentence dates apart ------------------------------------------------------

def meetings(body: str, published: dt.date = dt.date(2024, 3, 8)):
    return [(m.participant_ids, m.date.first if m.date else None)
            for m in extract_article("a", "News", None, body, published).event_mentions if m.event_type == "meeting"]


def test_a_second_meeting_word_with_a_day_of_its_own_is_another_meeting_with_its_own_people():
    found = meetings("Modi and Lukashenko had talked for three hours on Thursday evening in an informal meeting, "
                     "and Lukashenko also met the Indian finance minister, Nirmala Sitharaman, on Friday morning.")
    assert found == [(("Q1058", "alexander-lukashenko"), dt.date(2024, 3, 7)),
                     (("alexander-lukashenko", "nirmala-sitharaman"), dt.date(2024, 3, 8))]


def test_a_second_meeting_word_on_the_same_day_or_with_no_day_stays_one_report():
    for tail in (", on Thursday.", "."):
        (meeting,) = meetings("Modi and Lukashenko had talked for three hours on Thursday evening in an informal "
                              "meeting, and Lukashenko also met the Indian finance minister, Nirmala Sitharaman" + tail)
        assert meeting[1] == dt.date(2024, 3, 7)
