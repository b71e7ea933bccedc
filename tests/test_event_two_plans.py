"""One sentence that tells two events, each on days of its own; the days and tense of plans and
of what goes on.

* Two event words of one sentence, each dated by its own words to days that lie apart ("will join
  the leaders' meeting on Thursday and the summit on Saturday and Sunday"), are two events, not one
  (sentence_days_apart.py); one event word over two days, and one summit told as opened and running
  on, stay one event.
* An event word in a person's relative clause told in the past ("X, who met Y on Tuesday, is due
  to ...") is held, whatever the tense of the sentence around it (relative_tenses.py); a relative
  clause in the future, or one whose event is the aim of an invitation, stays a plan. "is due to see
  Z next week" is a meeting planned for that week.
* A German present with its weekday put first ("Am Freitag und Samstag richtet X den Gipfel aus")
  points forward, as "findet am Freitag statt" does; the past of the same sentence points back.
* On a summit's page, a summit told by another name ("the SCO summit hosted by Tajikistan") is
  not placed where the page's own summit is (story_day_places.py); an unnamed meeting of the
  story's day still is.

Texts written for these tests; none is copied from a page.
"""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

MONDAY = dt.date(2031, 4, 7)


def events(body: str, published: dt.date, language: str = "en", title: str | None = None):
    return extract_article("two-plans", title, None, body, published, language).events


def rows(body: str, published: dt.date, language: str = "en", title: str | None = None):
    return sorted((min(e.types()), e.mentions[0].status, e.date and e.date.first, e.date and e.date.last,
                   e.location_id, frozenset(e.participants))
                  for e in events(body, published, language, title))


def test_two_event_words_of_one_sentence_on_days_apart_are_two_events():
    found = rows("Narendra Modi will join the leaders' meeting by video on Thursday and the summit in Lima "
                 "on Saturday and Sunday.", MONDAY)
    assert [(kind, status, first, last) for kind, status, first, last, _, _ in found] == [
        ("meeting", "planned", dt.date(2031, 4, 10), dt.date(2031, 4, 10)),
        ("summit", "planned", dt.date(2031, 4, 12), dt.date(2031, 4, 13)),
    ]


def test_one_event_word_over_two_days_stays_one_event():
    found = rows("Vladimir Putin and Narendra Modi met in New Delhi on Monday and Tuesday.", MONDAY + dt.timedelta(2))
    assert len(found) == 1
    assert found[0][2:4] == (MONDAY, MONDAY + dt.timedelta(1))


def test_a_summit_opened_and_running_on_stays_one_event():
    found = rows("The Andean summit opened in Lima on Tuesday and runs until Thursday, with Narendra Modi "
                 "and Vladimir Putin among the leaders.", MONDAY + dt.timedelta(2))
    assert len(found) == 1
    assert found[0][0] == "summit" and found[0][2:4] == (MONDAY + dt.timedelta(1), MONDAY + dt.timedelta(3))


def test_a_past_relative_clause_is_held_and_the_visit_due_next_week_is_planned():
    tuesday = MONDAY + dt.timedelta(1)
    found = rows("Kassym-Jomart Tokayev, who met Narendra Modi in Astana on Tuesday, is due to see "
                 "Xi Jinping in Beijing next week.", tuesday)
    held = [r for r in found if "Q1058" in r[5]]
    planned = [r for r in found if "Q15031" in r[5]]
    assert [r[1:4] for r in held] == [("occurred", tuesday, tuesday)]
    assert [r[1:4] for r in planned] == [("planned", dt.date(2031, 4, 14), dt.date(2031, 4, 20))]


def test_a_relative_clause_in_the_future_or_of_an_aim_stays_a_plan():
    tuesday = MONDAY + dt.timedelta(1)
    will = rows("Kassym-Jomart Tokayev, who will meet Narendra Modi in Astana on Friday, spoke on Tuesday.", tuesday)
    assert [(r[0], r[1], r[2]) for r in will] == [("meeting", "planned", dt.date(2031, 4, 11))]
    invited = rows("Kassym-Jomart Tokayev, who was invited to attend the summit in Beijing on Friday, "
                   "spoke on Tuesday.", tuesday)
    assert [(r[0], r[1], r[2]) for r in invited] == [("summit", "planned", dt.date(2031, 4, 11))]


def test_a_german_present_after_its_weekday_points_forward_and_its_past_back():
    tuesday = MONDAY + dt.timedelta(1)
    ahead = rows("Für die Ostseestaaten geht die Gipfelwoche weiter: Am Freitag und Samstag richtet Polen "
                 "den Ostsee-Gipfel aus.", tuesday, "de")
    assert [r[1:4] for r in ahead if r[0] == "summit"] == [("planned", dt.date(2031, 4, 11), dt.date(2031, 4, 12))]
    back = rows("Am Samstag hat Polen den Ostsee-Gipfel ausgerichtet.", tuesday, "de")
    assert [r[1:3] for r in back if r[0] == "summit"] == [("occurred", dt.date(2031, 4, 5))]


def test_a_summit_of_another_name_on_a_summits_page_is_not_placed_at_its_place():
    sunday = dt.date(2031, 11, 2)
    found = events("The G20 summit in Rome closed on Sunday with a pledge on climate.\n\n"
                   "Many of the leaders had also been on screen on Saturday for the SCO summit hosted by Tajikistan."
                   "\n\nOn Saturday, the leaders of the European Union held a meeting over a working dinner.",
                   sunday, title="G20 summit in Rome: leaders agree on climate goals")
    main = next(e for e in found if e.main)
    other = next(e for e in found if e.own_names == {"SCO Summit"})
    dinner = next(e for e in found if e.types() == {"meeting"})
    assert main.location_id is not None
    assert other.location_id is None
    assert dinner.location_id == main.location_id


def test_each_event_word_of_one_sentence_takes_the_names_around_it():
    """ "the SCO summit on Thursday and the G20 Leaders' Summit on Saturday": each summit its own
    name (not both names on each, which would tie one to the other's reports); a sentence of one
    event word keeps every name it gives."""
    found = events("Narendra Modi will address the SCO summit by video on Thursday and attend the G20 Leaders' "
                   "Summit on Saturday and Sunday.", MONDAY)
    assert sorted((e.date.first, tuple(sorted(e.own_names))) for e in found) == [
        (dt.date(2031, 4, 10), ("SCO Summit",)), (dt.date(2031, 4, 12), ("G20 Summit",))]
    one = events("Vladimir Putin met Xi Jinping on the sidelines of the SCO summit in Astana on Monday.", MONDAY)
    assert any(e.own_names == {"SCO Summit"} for e in one)


def test_an_undated_past_relative_clause_is_still_reported():
    """ "X, who travelled to Beijing by train, thanked Y": no day of its own, the visit is left to
    the sentence's tense and still reported (held and undated, it would be dropped as background)."""
    found = rows("Kassym-Jomart Tokayev, who travelled to Beijing by train, thanked Xi Jinping and said "
                 "Kazakhstan would stand with China.", MONDAY)
    assert [r[0] for r in found] == ["visit"]
