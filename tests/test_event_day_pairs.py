"""A summit, forum or visit dated by two days that follow each other, joined by one short word
("today and tomorrow", "сегодня и завтра", "aujourd'hui et demain"), lasts both days
(extract/event_day_pairs.py). Beside each, look-alikes that keep one day: the second day
begins another clause, the days do not follow each other, or the event is a meeting of a day."""

import datetime as dt

import pytest

from ruchina.extract.extraction import extract_article

FRIDAY = dt.date(2019, 6, 14)
SATURDAY = dt.date(2019, 6, 15)


def _days(body: str, language: str = "en", types=frozenset({"summit", "forum", "visit", "state_visit"})):
    events = [e for e in extract_article("x", None, None, body, FRIDAY, language).events if types & e.types()]
    assert len(events) == 1, [e.types() for e in events]
    return events[0].date.first, events[0].date.last


@pytest.mark.parametrize("body, language", [
    ("Leaders of the Caspian states gathered in Aktau. The summit runs today and tomorrow at a seaside hotel.", "en"),
    ("Лидеры прикаспийских государств собрались в Актау. Саммит пройдет сегодня и завтра в гостинице на берегу моря.",
     "ru"),
    ("Les dirigeants des pays riverains de la Caspienne sont réunis à Aktaou. Le sommet se tient aujourd'hui et demain "
     "dans un hôtel.", "fr"),
])
def test_a_summit_on_two_joined_days_lasts_both(body, language):
    assert _days(body, language) == (FRIDAY, SATURDAY)


@pytest.mark.parametrize("body", [
    # the second day opens another clause: the summit is the first day's
    "Leaders of the Caspian states gathered in Aktau. The summit opened today, and tomorrow the leaders fly home.",
    # the days do not follow each other
    "Leaders of the Caspian states gathered in Aktau. The forum runs today and on Sunday.",
])
def test_days_not_joined_as_one_events_keep_one_day(body):
    first, last = _days(body)
    assert first == last == FRIDAY


def test_a_meeting_on_two_joined_days_is_not_stretched():
    body = "The foreign ministers of Kazakhstan and Iran met in Aktau today and tomorrow they fly to Baku."
    first, last = _days(body, types=frozenset({"meeting"}))
    assert first == last == FRIDAY


THURSDAY = dt.date(2019, 6, 13)
_TITLE = "Caspian summit in Aktau: leaders adopt a declaration"


def _summit_and_signing(body: str):
    events = extract_article("x", _TITLE, None, body, FRIDAY, "en").events
    summit = next(e for e in events if "summit" in e.types())
    signing = next(e for e in events if "agreement" in e.types())
    return (summit.date.first, summit.date.last), (signing.date.first, signing.date.last)


@pytest.mark.parametrize("signed, day", [("this afternoon", FRIDAY), ("yesterday", THURSDAY)])
def test_a_signing_told_on_one_day_of_the_summit_keeps_that_day(signed, day):
    body = (f"The summit runs yesterday and today at a seaside hotel. The declaration signed {signed} "
            "sets rules for shipping.")
    assert _summit_and_signing(body) == ((THURSDAY, FRIDAY), (day, day))


def test_a_signing_with_no_day_of_its_own_takes_the_summit_s_days():
    body = "The summit runs yesterday and today at a seaside hotel. The leaders signed a declaration on shipping."
    assert _summit_and_signing(body) == ((THURSDAY, FRIDAY), (THURSDAY, FRIDAY))
