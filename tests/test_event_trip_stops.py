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
