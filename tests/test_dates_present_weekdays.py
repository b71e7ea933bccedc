"""A weekday in a sentence that has no cue of the past nor of the future ("the congress opens
on Wednesday", a schedule that "runs from Tuesday to Thursday") is the nearer of its two
occurrences around the publication date: the coming one when the last lies four days back or
more. A cue of the past still points back, one of the future forward, and a present-tense
weekday whose last occurrence is the nearer stays there."""

import datetime as dt

import pytest

from ruchina.extract.dates import resolve_dates

MONDAY = dt.date(2019, 6, 10)


@pytest.mark.parametrize("sentence, language, first, last", [
    # no tense cue, the coming Wednesday two days on, the last one five days back: the coming one
    ("The congress of the Andean Community opens in Quito on Wednesday.", "en", dt.date(2019, 6, 12), dt.date(2019, 6, 12)),
    # a schedule of days to come, told in the present
    ("The Chilean president's state visit to Peru runs from Tuesday to Thursday.", "en",
     dt.date(2019, 6, 11), dt.date(2019, 6, 13)),
    ("В среду в Минске открывается форум регионов, который продлится два дня.", "ru",
     dt.date(2019, 6, 12), dt.date(2019, 6, 12)),
])
def test_a_weekday_told_with_no_tense_is_the_nearer_one(sentence, language, first, last):
    dates = resolve_dates(sentence, MONDAY, language=language)
    assert [(d.first, d.last) for d in dates] == [(first, last)]


@pytest.mark.parametrize("sentence, language, first, last", [
    # a cue of the past: the last Wednesday, however far back
    ("The congress of the Andean Community opened in Quito on Wednesday.", "en", dt.date(2019, 6, 5), dt.date(2019, 6, 5)),
    ("В среду в Минске прошёл форум регионов.", "ru", dt.date(2019, 6, 5), dt.date(2019, 6, 5)),
    # no tense cue, but the last Saturday (two days back) is nearer than the next (five days on)
    ("The congress in Quito on Saturday draws two hundred delegates.", "en", dt.date(2019, 6, 8), dt.date(2019, 6, 8)),
    # days that hold the publication date: a visit under way
    ("The Chilean president's state visit to Peru runs from Sunday to Tuesday.", "en",
     dt.date(2019, 6, 9), dt.date(2019, 6, 11)),
])
def test_look_alikes_a_weekday_that_stays_where_it_was(sentence, language, first, last):
    dates = resolve_dates(sentence, MONDAY, language=language)
    assert [(d.first, d.last) for d in dates] == [(first, last)]
