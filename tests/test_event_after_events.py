"""An event told as held after another of the article's events, with no day of its own, is held on
that event's day (event_after_events.py; knowledge/events_<lang>.yaml after_event), not on the day
another report at the same place lends it. Fixtures written for these tests (other events, other
names), each beside a look-alike that must not trigger."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

LUKASHENKO = "alexander-lukashenko"
MAY_9 = dt.date(2024, 5, 9)


def talks_day(body, title="Victory Day parade on Red Square", language="en"):
    found = extract_article("t1", title, None, body, MAY_9, language).events
    (talks,) = [e for e in found if "meeting" in e.types() and LUKASHENKO in e.participants]
    return talks.date.first if talks.date else None


LEAD = ("Vladimir Putin watched the Victory Day parade on Red Square in Moscow on Thursday. "
        "Putin held talks with Kassym-Jomart Tokayev in Moscow on Wednesday. ")


def test_talks_after_the_parade_are_on_the_parades_day():
    assert talks_day(LEAD + "Putin met Alexander Lukashenko in Moscow after the parade.") == MAY_9


def test_talks_with_a_day_of_their_own_keep_it():
    body = LEAD + "Putin met Alexander Lukashenko in Moscow on 7 May after the parade."
    assert talks_day(body) == dt.date(2024, 5, 7)


def test_talks_before_the_parade_take_no_day_of_it():
    assert talks_day(LEAD + "Putin met Alexander Lukashenko in Moscow before the parade.") != MAY_9


def test_talks_after_the_parade_in_chinese():
    body = ("普京5月9日在莫斯科紅場出席勝利日閱兵。普京5月8日在莫斯科與托卡耶夫舉行會談。"
            "閱兵結束後，普京與盧卡申科在莫斯科舉行會談。")
    assert talks_day(body, "莫斯科紅場閱兵", "zh") == MAY_9


def signing_day(body):
    found = extract_article("t1", "Tokayev in Moscow", None, body, dt.date(2024, 5, 6), "en").events
    (signing,) = [e for e in found if "agreement" in e.types()]
    return signing.date.first if signing.date else None


VISIT = "Kassym-Jomart Tokayev arrived in Moscow today for a four-day official visit. "


def test_a_signing_after_which_talks_of_a_day_end_is_on_the_talks_day():
    # ("..., after which" closes the talks' clause: the signing follows them, not the visit's first day)
    body = VISIT + ("He is to hold talks with President Vladimir Putin tomorrow, after which the foreign "
                    "ministers are expected to sign an agreement on the border.")
    assert signing_day(body) == dt.date(2024, 5, 7)


def test_a_signing_after_a_which_of_another_noun_takes_no_day_of_the_talks():
    # (the "which" of a noun that is no event: "the talks tomorrow" are in another sentence)
    body = VISIT + ("He is to hold talks with President Vladimir Putin tomorrow. The ministers will then go to "
                    "a dinner, after which they are expected to sign an agreement on the border.")
    assert signing_day(body) != dt.date(2024, 5, 7)
