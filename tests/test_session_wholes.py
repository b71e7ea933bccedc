"""A session one article reports alone ("he spoke at the plenary session of the Eastern Economic
Forum") is part of the gathering of that name other articles report over its days
(events.part_of, corpus/event_sessions.py). Beside the look-alikes that stay unlinked: a forum
day told with no session word, a session of another named forum, a gathering of that name in
another city or of the session's own days, and two rows of that name that could each hold it."""

from __future__ import annotations

import datetime as dt

from ruchina.corpus.event_rows import Event
from ruchina.corpus.event_sessions import link_sessions_to_named_gatherings
from ruchina.extract.dates import ResolvedDate
from ruchina.extract.event_mentions import ArticleEvent, EventMention

PUTIN, TOKAYEV = "Q7747", "kassym-jomart-tokayev"
EEF, EURASIAN = "Eastern Economic Forum", "Eurasian Economic Forum"
VLADIVOSTOK, SOCHI = "vladivostok", "sochi"


def row(event_id, article, first, last, place, name, session=False, kind="forum"):
    date = ResolvedDate(first, last, "day", "", 0, 0, "explicit")
    report = EventMention(article, kind, (PUTIN, TOKAYEV), place, date, "occurred", False, "", 0, 0,
                          event_names=(name,), session=session)
    return Event(event_id, kind, event_id, first, last, "day", place, [PUTIN, TOKAYEV], "occurred", [article], "",
                 [ArticleEvent(article, last, [report], {name})])


def forum(event_id="forum", place=VLADIVOSTOK, first=dt.date(2026, 9, 3), last=dt.date(2026, 9, 6), name=EEF):
    return row(event_id, "a2", first, last, place, name)


def plenary(session=True, name=EEF, place=VLADIVOSTOK):
    return row("plenary", "a1", dt.date(2026, 9, 5), dt.date(2026, 9, 5), place, name, session)


def test_a_plenary_session_reported_alone_is_part_of_the_forum_of_its_name():
    whole, session = forum(), plenary()
    link_sessions_to_named_gatherings([whole, session])
    assert session.part_of == "forum" and whole.part_of is None


def test_a_forum_day_told_with_no_session_word_is_left_alone():
    whole, day = forum(), plenary(session=False)
    link_sessions_to_named_gatherings([whole, day])
    assert day.part_of is None


def test_a_session_of_another_named_forum_or_in_another_city_is_no_part_of_it():
    whole, other_forum, elsewhere = forum(), plenary(name=EURASIAN), plenary(place=SOCHI)
    link_sessions_to_named_gatherings([whole, other_forum])
    link_sessions_to_named_gatherings([whole, elsewhere])
    assert other_forum.part_of is None and elsewhere.part_of is None


def test_a_gathering_of_the_session_s_own_day_holds_no_session():
    same_day = forum(first=dt.date(2026, 9, 5), last=dt.date(2026, 9, 5))
    session = plenary()
    link_sessions_to_named_gatherings([same_day, session])
    assert session.part_of is None


def test_two_rows_of_that_name_that_could_each_hold_it_leave_it_unlinked():
    one, two, session = forum("one"), forum("two", first=dt.date(2026, 9, 4)), plenary()
    link_sessions_to_named_gatherings([one, two, session])
    assert session.part_of is None
