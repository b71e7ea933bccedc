"""A gathering's session (events.part_of): a forum's plenary day, a business forum held at a
summit, a summit's outreach day, told as its own summit or forum on fewer days inside a longer
gathering at its place, is part of that gathering. Beside the look-alikes that must stay apart:
another body's summit held in that city on the longer one's last day, two gatherings of the same
days, a gathering known only to the month, and a forum in another city that week; and talks on
the plenary day stay the whole forum's, not the session's."""

from __future__ import annotations

import datetime as dt

from ruchina.corpus.event_parts import link_parts
from ruchina.corpus.event_rows import Event
from ruchina.extract.dates import ResolvedDate
from ruchina.extract.event_mentions import ArticleEvent, EventMention

PUTIN, XI = "Q7747", "Q15031"
TOKAYEV, LUKASHENKO = "kassym-jomart-tokayev", "alexander-lukashenko"
KAZAN, SOCHI = "kazan", "sochi"


def row(event_id, kind, first, last, place, people, names=(), precision="day"):
    """An events row as the merge makes it, reported by one article (names: the known events its
    sentence names, "SCO Summit")."""
    date = ResolvedDate(first, last, precision, "", 0, 0, "explicit")
    report = EventMention("a1", kind, tuple(people), place, date, "occurred", False, "", 0, 0, event_names=tuple(names))
    return Event(event_id, kind, event_id, first, last, precision, place, list(people), "occurred", ["a1"], "",
                 [ArticleEvent("a1", last, [report], set(names))])


def test_a_one_day_plenary_forum_inside_a_three_day_forum_is_part_of_it():
    forum = row("forum", "forum", dt.date(2026, 10, 6), dt.date(2026, 10, 8), KAZAN, [PUTIN, TOKAYEV, XI])
    plenary = row("plenary", "forum", dt.date(2026, 10, 7), dt.date(2026, 10, 7), KAZAN, [PUTIN, TOKAYEV])
    link_parts([forum, plenary])
    assert plenary.part_of == "forum" and forum.part_of is None


def test_a_business_forum_on_a_summit_s_first_day_is_part_of_the_summit():
    summit = row("summit", "summit", dt.date(2026, 3, 2), dt.date(2026, 3, 4), KAZAN, [PUTIN, XI, LUKASHENKO])
    business = row("business", "forum", dt.date(2026, 3, 2), dt.date(2026, 3, 2), KAZAN, [PUTIN])
    link_parts([summit, business])
    assert business.part_of == "summit"


def test_another_body_s_summit_on_the_last_day_of_a_summit_in_its_city_is_no_session_of_it():
    sco = row("sco", "summit", dt.date(2026, 7, 1), dt.date(2026, 7, 2), KAZAN, [PUTIN, XI, TOKAYEV], ["SCO Summit"])
    brics = row("brics", "summit", dt.date(2026, 7, 2), dt.date(2026, 7, 2), KAZAN, [PUTIN, XI], ["BRICS Summit"])
    talks = row("talks", "meeting", dt.date(2026, 7, 2), dt.date(2026, 7, 2), KAZAN, [PUTIN, XI])
    link_parts([sco, brics, talks])
    assert brics.part_of is None
    # (talks held on the day both sat are the shorter summit's, as before)
    assert talks.part_of == "brics"


def test_gatherings_of_the_same_days_or_known_only_to_the_month_hold_no_session():
    forum = row("forum", "forum", dt.date(2026, 10, 6), dt.date(2026, 10, 8), KAZAN, [PUTIN, TOKAYEV])
    same_days = row("same", "summit", dt.date(2026, 10, 6), dt.date(2026, 10, 8), KAZAN, [PUTIN, TOKAYEV])
    month = row("month", "forum", dt.date(2026, 5, 1), dt.date(2026, 5, 31), KAZAN, [PUTIN, TOKAYEV], precision="month")
    in_may = row("in_may", "forum", dt.date(2026, 5, 14), dt.date(2026, 5, 14), KAZAN, [PUTIN])
    link_parts([forum, same_days, month, in_may])
    assert same_days.part_of is None and forum.part_of is None and in_may.part_of is None


def test_a_forum_in_another_city_that_week_is_no_session_of_the_forum():
    forum = row("forum", "forum", dt.date(2026, 10, 6), dt.date(2026, 10, 8), KAZAN, [PUTIN, TOKAYEV])
    elsewhere = row("elsewhere", "forum", dt.date(2026, 10, 7), dt.date(2026, 10, 7), SOCHI, [PUTIN])
    link_parts([forum, elsewhere])
    assert elsewhere.part_of is None


def test_talks_on_the_plenary_day_are_the_whole_forum_s_not_the_session_s():
    forum = row("forum", "forum", dt.date(2026, 10, 6), dt.date(2026, 10, 8), KAZAN, [PUTIN, TOKAYEV, XI])
    plenary = row("plenary", "forum", dt.date(2026, 10, 7), dt.date(2026, 10, 7), KAZAN, [PUTIN, TOKAYEV, XI])
    talks = row("talks", "meeting", dt.date(2026, 10, 7), dt.date(2026, 10, 7), KAZAN, [PUTIN, XI])
    link_parts([forum, plenary, talks])
    assert plenary.part_of == "forum" and talks.part_of == "forum"
