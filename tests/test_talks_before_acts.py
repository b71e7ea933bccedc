"""Talks told as what a dated act of their sentence followed (extract/event_after_events.py,
``dated_before_acts``). "On Tuesday in Tashkent the two presidents signed a treaty after talks at
the palace": the sentence's day stands before the signing's word and dates only it, yet the talks
were held that day too; undated, in a story whose main event is elsewhere, they would go as
background. Talks with a day of their own keep it; talks of other people than the signers' are no
tie; talks not told after the act's "after" word are not dated by it.

Every fixture is written for these tests, with leaders, places and wording of their own."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

DAY = dt.date(2023, 3, 15)  # a Wednesday
TITLE = "Tokayev opens the Almaty investment forum"
LEAD = ("Kassym-Jomart Tokayev on Wednesday opened the Almaty investment forum, which runs until Friday, "
        "before several hundred bankers.")


def meetings(body):
    extraction = extract_article("acts", TITLE, None, LEAD + "\n\n" + body, DAY, "en", place="Almaty")
    return [e for e in extraction.events if e.types() == {"meeting"}]


def people(event) -> frozenset[str]:
    return frozenset(p.split("/")[-1] for p in event.participants)


def test_talks_the_dated_signing_followed_are_held_on_its_day():
    found = meetings("On Tuesday in Tashkent Shavkat Mirziyoyev and Tokayev signed a treaty on water "
                     "after talks at the Kuksaroy residence.")
    assert [(people(e) >= {"shavkat-mirziyoyev"}, e.date and e.date.first) for e in found] == [
        (True, dt.date(2023, 3, 14))]


def test_talks_with_a_day_of_their_own_keep_it():
    found = meetings("On Tuesday in Tashkent Shavkat Mirziyoyev and Tokayev signed a treaty on water "
                     "after talks on Sunday at the Kuksaroy residence.")
    assert [e.date.first for e in found if e.date] == [dt.date(2023, 3, 12)]


def test_talks_a_visit_of_days_followed_take_no_day_from_its_arrival():
    # (a visit is no act of a day: the talks before it were held before he flew in, on a day not told)
    found = meetings("On Tuesday Shavkat Mirziyoyev arrived in Astana for a three-day state visit "
                     "after talks with Alexander Lukashenko in Minsk.")
    assert not any(e.date and e.date.first == dt.date(2023, 3, 14) for e in found)


def test_talks_of_others_than_the_signers_take_no_day_from_the_signing():
    # (the treaty is two men's; the talks, with a third they do not name as signing)
    found = meetings("On Tuesday in Tashkent Shavkat Mirziyoyev and Tokayev signed a treaty on water "
                     "after talks with Alexander Lukashenko.")
    assert not any(e.date and e.date.first == dt.date(2023, 3, 14) for e in found)


def test_talks_not_told_after_the_act_are_not_dated_by_it():
    # ("signed ... and said talks would follow": the talks are no act the signing followed)
    found = meetings("On Tuesday in Tashkent Shavkat Mirziyoyev and Tokayev signed a treaty on water; "
                     "the two said talks at the Kuksaroy residence had been useful.")
    assert not any(e.date and e.date.first == dt.date(2023, 3, 14) for e in found)
