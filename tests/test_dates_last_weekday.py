"""English "last <weekday>" when that weekday is the day before the publication: the one a
week earlier (the day before would be "yesterday" or a bare "on Thursday")."""
import datetime as dt

from ruchina.extract.dates import resolve_dates

D = dt.date
FRIDAY = D(2019, 3, 15)


def test_last_weekday_naming_the_day_before_reaches_back_a_week():
    (resolved,) = resolve_dates("The delegation landed in Hanoi last Thursday.", FRIDAY, "past")
    assert resolved.first == D(2019, 3, 7)


def test_a_bare_weekday_of_the_day_before_stays_the_day_before():
    (resolved,) = resolve_dates("The delegation landed in Hanoi on Thursday.", FRIDAY, "past")
    assert resolved.first == D(2019, 3, 14)


def test_last_weekday_further_back_stays_in_the_week():
    (resolved,) = resolve_dates("The delegation landed in Hanoi last Tuesday.", FRIDAY, "past")
    assert resolved.first == D(2019, 3, 12)


def test_a_russian_last_weekday_is_not_moved():
    (resolved,) = resolve_dates("Делегация прилетела в Ханой в прошлый четверг.", FRIDAY, "past", language="ru")
    assert resolved.first != D(2019, 3, 7)
