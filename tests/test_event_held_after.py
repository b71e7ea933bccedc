"""An event word followed by a past participle ("the summit held in April 2008") reports an
event that was held, whatever the tense of the sentence around it ("... would help", "... will
..."), and its month without a year is the last one before the article, not the next. The
look-alikes: the same sentence with the event "to be held", and a forum "held every year".
Every fixture is written for these tests, in the shape of what real pages say."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

DAY = dt.date(2021, 12, 30)


def meetings(body, title="Greetings to the heads of neighbouring states"):
    events = extract_article("a", title, None, body, DAY).events
    return [e for e in events if e.mentions[0].event_type in ("meeting", "summit", "forum")]


def _status(event):
    return "occurred" if any(m.status == "occurred" for m in event.mentions) else "planned"


def test_a_meeting_held_in_a_month_inside_a_sentence_of_what_will_be_is_past_and_of_the_last_such_month():
    body = ("Vladimir Putin expressed confidence that carrying out the decisions adopted after the Supreme State "
            "Council meeting held in November would bring the two economies closer.")
    (meeting,) = meetings(body)
    assert _status(meeting) == "occurred"
    assert (meeting.date.first, meeting.date.last) == (dt.date(2021, 11, 1), dt.date(2021, 11, 30))


def test_a_meeting_to_be_held_in_a_month_is_still_to_come_in_the_next_such_month():
    body = ("Vladimir Putin expressed confidence that carrying out the decisions to be adopted at the Supreme State "
            "Council meeting to be held in March would bring the two economies closer.")
    (meeting,) = meetings(body)
    assert _status(meeting) == "planned"
    assert meeting.date.first == dt.date(2022, 3, 1)


def test_a_summit_with_its_year_held_long_ago_is_past_in_a_sentence_about_what_would_follow():
    body = ("Vladimir Putin recalled that at the alliance summit held in April 2008 its members had decided "
            "that two more countries would join them one day.")
    summits = meetings(body)
    assert summits and all(_status(s) == "occurred" for s in summits)


def test_a_forum_held_every_year_is_a_habit_not_a_sign_of_the_past():
    body = "Vladimir Putin will speak at the economic forum, held every year in the city, in June."
    assert all(_status(f) == "planned" for f in meetings(body, title="Programme of the week"))


def russian_meetings(body):
    events = extract_article("a", "Поздравления главам государств", None, body, DAY, "ru").events
    return [e for e in events if e.mentions[0].event_type in ("meeting", "summit")]


def test_in_russian_the_participle_after_the_name_that_follows_the_event_word_tells_it_as_held():
    """Russian puts the body's or the person's name between the event word and its participle."""
    for body in ("Владимир Путин выразил уверенность, что выполнение решений заседания Высшего государственного "
                 "совета Союзного государства, состоявшегося в ноябре, поможет сблизить законодательства двух стран.",
                 "Владимир Путин уверен, что решения встречи с Александром Лукашенко, состоявшейся в ноябре, "
                 "будут выполнены."):
        (meeting,) = russian_meetings(body)
        assert _status(meeting) == "occurred", body
        assert (meeting.date.first, meeting.date.last) == (dt.date(2021, 11, 1), dt.date(2021, 11, 30)), body


def test_in_russian_a_meeting_planned_for_later_stays_to_come():
    body = "Владимир Путин уверен, что решения встречи с Александром Лукашенко, запланированной на март, будут выполнены."
    (meeting,) = russian_meetings(body)
    assert _status(meeting) == "planned"
