"""A trip of several stops told in one preview (issue 23, class 7): each stop's visit keeps its
own day, place, tense and host. "will arrive in Spain on Wednesday for a state visit lasting
until Friday" is one state visit in Spain from Wednesday to Friday, whatever the rest of the
sentence names ("..., and Madrid means to join Brasilia's plan": neither a city of a possessive
nor the day of the telling is the visit's); "then fly on to Portugal on Saturday for a state visit
hosted by President X" is the next stop's visit, on that Saturday to come (the host's participle
"hosted" tells who receives him, not that it was held), in Portugal, with X its host and not the
first stop's.

Fixtures are written for these tests, about other leaders and other trips."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.event_compatibility import status_of
from ruchina.extract.extraction import extract_article

MONDAY = dt.date(2023, 4, 17)
WEDNESDAY, FRIDAY, SATURDAY = (MONDAY + dt.timedelta(days=n) for n in (2, 4, 5))


def visits(body: str, published: dt.date = MONDAY) -> list[tuple]:
    events = extract_article("a", None, None, body, published).events
    return sorted((e.location_id, e.date and (e.date.first, e.date.last), status_of(e), tuple(sorted(e.participants)))
                  for e in events if "state_visit" in e.types())


def test_an_arrival_for_a_state_visit_is_one_visit_in_that_country_to_its_stated_last_day():
    found = visits("Russian President Vladimir Putin will arrive in India on Wednesday for a state visit "
                   "lasting until Friday, the Indian foreign ministry confirmed on Monday, and New Delhi intends "
                   "to use it to sign up to Moscow's energy plan - the first big economy to do so.")
    assert [(place, days, status) for place, days, status, _ in found] == [("Q668", (WEDNESDAY, FRIDAY), "planned")]  # (India)


def test_an_arrival_for_talks_then_a_state_visit_elsewhere_does_not_date_the_visit():
    # (the cue "for" is the talks', not the visit's: the visit is told past them, not the arrival's)
    found = visits("Lula will arrive in Spain on Wednesday for talks with Pedro Sanchez, before a state "
                   "visit to Portugal in May.")
    assert all(days != (WEDNESDAY, WEDNESDAY) and place != "spain" for place, days, _, _ in found)


def test_the_next_stop_s_state_visit_is_on_its_own_day_to_come_with_its_own_host():
    found = visits("Lula will arrive in Spain on Wednesday for a state visit lasting until Friday. After "
                   "Madrid, the Brazilian leader will make a stop in Seville on Friday afternoon, then travel "
                   "to Portugal on Saturday for a state visit hosted by President Marcelo Rebelo de Sousa.")
    portugal = [v for v in found if v[0] == "portugal"]
    assert [(days, status) for _, days, status, _ in portugal] == [((SATURDAY, SATURDAY), "planned")]
    assert "marcelo-rebelo-de-sousa" in portugal[0][3]
    spain = [v for v in found if v[0] == "spain"]
    assert spain and all("marcelo-rebelo-de-sousa" not in people for *_, people in spain)


def test_a_state_visit_told_hosted_by_its_host_in_the_past_stays_held():
    # (a participle of the past with no cue of the future anywhere: the visit was held)
    found = visits("Lula travelled to Portugal on Saturday for a state visit hosted by President Marcelo "
                   "Rebelo de Sousa.", dt.date(2023, 4, 24))
    assert [(days, status) for _, days, status, _ in found] == [((dt.date(2023, 4, 22),) * 2, "occurred")]


def stops(body: str, published: dt.date, title: str | None = None, language: str = "en") -> list[tuple]:
    events = extract_article("a", title, None, body, published, language).events
    return sorted(((e.location_id or "", e.date and e.date.first, tuple(sorted(e.participants)))
                   for e in events if e.types() & {"visit", "state_visit"}), key=str)


FRIDAY_BEFORE = dt.date(2030, 3, 8)


def test_a_trip_of_two_stops_told_by_weekday_is_one_visit_per_stop():
    found = stops("Lula travels to Canada on Monday and to the United States on Tuesday.", FRIDAY_BEFORE)
    assert [(place, day) for place, day, _ in found] == [("Q30", dt.date(2030, 3, 12)),
                                                         ("canada", dt.date(2030, 3, 11))]


def test_a_next_stop_with_no_day_or_no_place_adds_no_visit():
    assert [place for place, *_ in stops("Lula travels to Canada on Monday and to Mexico later.",
                                         FRIDAY_BEFORE)] == ["canada"]
    assert [place for place, *_ in stops("Lula travels to Canada on Monday and to the summit on Tuesday.",
                                         FRIDAY_BEFORE)] == ["canada"]


SPAIN_TITLE = "莫迪抵达马德里 对西班牙进行正式访问"


def test_the_next_stop_s_host_does_not_host_the_stop_before():
    # (Modi in Madrid on the 15th, talks with Sanchez there; Lisbon on the 14th names no host)
    found = stops("新华社6月15日电 印度总理莫迪当地时间15日抵达马德里，开始对西班牙进行正式访问。西班牙首相佩德罗·桑切斯"
                  "为莫迪举行欢迎仪式，随后双方举行会谈。\n\n14日，莫迪抵达葡萄牙首都里斯本，对葡萄牙进行正式访问，"
                  "这是他首次访问葡萄牙。", dt.date(2030, 6, 15), SPAIN_TITLE, "zh")
    hosts = {day: people for _, day, people in found}
    assert "pedro-sanchez" in hosts[dt.date(2030, 6, 15)]
    assert "pedro-sanchez" not in hosts[dt.date(2030, 6, 14)]


def test_a_one_stop_visit_is_still_hosted_by_its_talks_of_the_next_day():
    found = stops("新华社6月15日电 印度总理莫迪14日抵达马德里，开始对西班牙进行正式访问。\n\n15日，西班牙首相佩德罗·桑切斯"
                  "同莫迪举行会谈。", dt.date(2030, 6, 15), SPAIN_TITLE, "zh")
    assert found and all("pedro-sanchez" in people for *_, people in found)
