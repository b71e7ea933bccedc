"""One visit told in one sentence at two grains, an arrival in a city and a state visit to the country
that holds it, is one visit placed in the city (issue 23, classes 3 and 7; extract/visit_grains.py).
Beside it the look-alikes: a visit to another country in the same sentence, another visitor's visit
in the same sentence, and a city and its country told in two sentences stay apart.

Every fixture is written for these tests, with visits and leaders of their own."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.event_mentions import ArticleEvent
from ruchina.extract.event_report import EventMention
from ruchina.extract.extraction import extract_article
from ruchina.extract.visit_grains import one_visit_at_two_grains
from ruchina.knowledge.base import entity_catalog

DAY = dt.date(2031, 3, 11)  # a Tuesday


def known(name: str) -> str:
    return entity_catalog().named(name).entity_id


def visits(body: str, title: str = "Trade tops the agenda"):
    return [e for e in extract_article("a", title, None, body, DAY, "en").events if e.family == "visit"]


def test_an_arrival_in_a_city_on_a_state_visit_to_its_country_is_one_visit_in_the_city():
    found = visits("Tokayev and Modi opened a trade fair on Tuesday. Tokayev arrived in New Delhi late on Monday "
                   "night on a state visit to India, his first since the election.")
    (visit,) = found
    assert visit.location_id == known("New Delhi")
    assert {m.location_id for m in visit.mentions} >= {known("New Delhi"), known("India")}
    assert visit.date is not None and visit.date.first == dt.date(2031, 3, 10)


def test_an_arrival_in_a_city_of_another_country_stays_apart_from_the_state_visit():
    """The look-alike: Astana is not in India; two trips."""
    found = visits("Tokayev and Modi opened a trade fair on Tuesday. Tokayev arrived in Astana late on Monday "
                   "night after a state visit to India.")
    assert known("Astana") in {v.location_id for v in found}
    assert not any(known("India") in {m.location_id for m in v.mentions}
                   and known("Astana") in {m.location_id for m in v.mentions} for v in found)


def test_a_state_visit_to_the_country_in_another_month_stays_apart():
    """The look-alike: one sentence, a city and its country, but the state visit is months away."""
    found = visits("Tokayev arrived in New Delhi on Monday, while Lula da Silva will pay a state visit to India "
                   "in May.")
    assert len(found) == 2
    assert {v.location_id for v in found} == {known("New Delhi"), known("India")}


def test_a_leg_flown_on_the_visits_second_day_stays_apart_from_the_visit():
    """The look-alike: one sentence, a city and its country, one visitor, but the city is a leg
    told on the visit's second day (its days begin on another day than the leg's)."""
    found = [e for e in extract_article("a", "Лула в Шанхае", None,
                                        "Лула да Силва в пятницу, во второй день государственного визита в Китай, "
                                        "прилетел из Пекина в Шанхай, где осмотрел порт.", dt.date(2031, 3, 14), "ru").events
             if e.family == "visit"]
    assert sorted(e.location_id for e in found) == sorted([known("China"), known("Shanghai")])


def report(kind: str, where: str, people: tuple[str, ...], sentence_start: int) -> ArticleEvent:
    mention = EventMention("a", kind, tuple(known(p) for p in people), known(where), None, "occurred", False,
                           "a sentence", sentence_start, sentence_start + 10)
    return ArticleEvent("a", DAY, [mention])


def test_two_visitors_in_one_sentence_are_two_visits():
    """The look-alike of the rule itself: a city and its country in one sentence, each report naming
    its own visitor."""
    arrival = report("visit", "New Delhi", ("Kassym-Jomart Tokayev",), 0)
    state_visit = report("state_visit", "India", ("Luiz Inácio Lula da Silva",), 0)
    assert not one_visit_at_two_grains(arrival, state_visit)
    assert one_visit_at_two_grains(arrival, report("state_visit", "India", ("Kassym-Jomart Tokayev",), 0))
    assert not one_visit_at_two_grains(arrival, report("state_visit", "India", ("Kassym-Jomart Tokayev",), 200))


def test_a_visit_told_as_the_countrys_is_hosted_by_the_visitors_talks_in_another_city_of_it():
    """Placed in the city it began in, the visit is still the country's: the visitor's talks the
    next day in its capital name its host (extract/event_visits.py)."""
    found = visits("Modi arrived in Kazan on Monday on a state visit to Russia. On Tuesday Modi held talks with "
                   "Mikhail Mishustin in Moscow.", title="Modi in Russia")
    (visit,) = found
    assert visit.location_id == known("Kazan") and known("Mikhail Mishustin") in visit.participants


def test_a_visit_told_only_in_a_city_is_not_hosted_by_talks_in_another_city():
    """The look-alike: no sentence tells the visit as the country's."""
    found = visits("Modi arrived in Kazan on Monday for a visit. On Tuesday Modi held talks with Mikhail Mishustin "
                   "in Moscow.", title="Modi in Russia")
    (visit,) = found
    assert known("Mikhail Mishustin") not in visit.participants
