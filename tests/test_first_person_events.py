"""A plan a speaker of a transcript tells in the first person is the speaker's, and it is its own
event apart from the day's meeting (extract/first_person_events.py; event_mentions's
``_done_before_to_come``). Fixtures written for these tests in the shape of a presidency's
page: a forum's plenary session with its transcript; each beside a look-alike that must not do
what it does."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

PUTIN = "Q7747"
DAY = dt.date(2024, 10, 3)
NEXT_WEEK = (dt.date(2024, 10, 7), dt.date(2024, 10, 13))
PLAN = "We will take up housing with the governors at a meeting of the State Board next week."


def plenary(plan: str, language: str = "en"):
    body = ("The President took part in the plenary session of the Volga Economic Forum.\n\n"
            "Vladimir Putin: Good afternoon, friends. Today we are meeting in difficult times. " + plan +
            " Governor Ivan Lodkin: Thank you, Mr President. The forum is a great success. Vladimir Putin: Thank you.")
    return extract_article("f1", "Plenary session of the Volga Economic Forum", None, body, DAY, language).events


def next_weeks(events):
    return [e for e in events if e.date is not None and (e.date.first, e.date.last) == NEXT_WEEK]


def test_a_meeting_the_speaker_plans_for_next_week_is_his_and_not_todays_meeting():
    """ "Today we are meeting" and "we will take up housing at a meeting next week": a meeting of
    one day held on the article's day and one to come after it are two (they were one, dated
    today, with the plan's words). The speaker who says "we will" holds the one to come."""
    events = plenary(PLAN)
    (planned,) = next_weeks(events)
    assert planned.participants == {PUTIN} and all(m.status == "planned" for m in planned.mentions)
    # ("Today we are meeting", in a forum's transcript, is the forum itself: forum_gatherings.py)
    (today,) = [e for e in events if e.family in ("gathering", "forum") and e.date and e.date.first == DAY]
    assert all(m.status == "occurred" for m in today.mentions)


def test_another_persons_plan_a_done_meeting_and_named_people_take_no_speaker():
    told_of_another = plenary("We know that next week you will take up housing with the governors at a meeting "
                              "of the State Board.")
    assert [e.participants for e in next_weeks(told_of_another)] == [set()]
    done = plenary("Yesterday we took up housing with the governors at a meeting of the State Board.")
    assert not [e for e in done if e.family == "gathering" and e.date and e.date.first == DAY - dt.timedelta(days=1)
                and e.participants]
    named = plenary("We will take up housing with Governor Anna Belova at a meeting of the State Board next week.")
    assert [e.participants for e in next_weeks(named)] == [{"anna-belova"}]


def test_a_russian_speakers_plan_is_his():
    body = ("Президент принял участие в пленарном заседании Волжского экономического форума.\n\n"
            "В.Путин: Добрый день, друзья. Мы обсудим жильё с губернаторами на заседании Государственного совета "
            "на следующей неделе. И.Лодкин: Спасибо, Владимир Владимирович. Форум проходит успешно. В.Путин: Спасибо.")
    events = extract_article("f2", "Пленарное заседание Волжского экономического форума", None, body, DAY, "ru").events
    assert [e.participants for e in next_weeks(events)] == [{PUTIN}]
    other = body.replace("Мы обсудим жильё", "Мы знаем, что Вы обсудите жильё")
    events = extract_article("f2", "Пленарное заседание Волжского экономического форума", None, other, DAY, "ru").events
    assert [e.participants for e in next_weeks(events)] == [set()]


def test_a_summit_held_today_that_closes_tomorrow_stays_one_event():
    """The look-alike of the first test: a summit lasts days, so one held on the article's day
    and said to close tomorrow is one summit, not a summit done and another to come."""
    body = ("Vladimir Putin took part in the summit of Caspian states in Baku today.\n\n"
            "The leaders held the first session of the summit on Thursday. The summit will close tomorrow with a "
            "joint declaration.")
    events = extract_article("s1", "Caspian summit in Baku", None, body, DAY).events
    (summit,) = [e for e in events if e.family == "gathering"]
    assert {m.status for m in summit.mentions} == {"occurred", "planned"}
