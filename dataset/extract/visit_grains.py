"""One visit told in one sentence at two grains: "X arrived in Beijing late on Monday on a state
visit to China" reports the arrival in a city and the visit to the country that holds it, one visit
of one visitor. The two reports are joined within the article, and the visit is placed in the city
(the finest place a report of it states, as a reader would), unless the sentences that tell it in the
country name two cities of it (a tour, placed in the country). Its host is the country's head of
state all the same: a report places it in his country (event_state_hosts.py).

Not where both are dated and begin on different days: "on the second day of his state visit to China, he
flew to Harbin" tells a leg of the visit, not its arrival. Only in one sentence: two sentences of an
article may tell a stop in a city and the whole trip to the
country, which stay two events (a leg and its visit, corpus/visit_legs.py reads them).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ruchina.knowledge.base import entity_catalog

if TYPE_CHECKING:  # (event_mentions.py asks this of its events)
    from ruchina.extract.event_mentions import ArticleEvent


def _nested(place: str, other: str) -> bool:
    """Whether one place holds the other (a country and its city, either way)."""
    catalog = entity_catalog()
    return place in catalog.places_containing(other) or other in catalog.places_containing(place)


def one_visit_at_two_grains(a: ArticleEvent, b: ArticleEvent) -> bool:
    """Two visit reports placed in a country and in a city of it, told in one sentence, that name
    the same visitor (or one of them names no one) and, dated, begin on one day: one visit."""
    if a.family != "visit" or b.family != "visit" or not (a.location_id and b.location_id):
        return False
    if not _nested(a.location_id, b.location_id):
        return False
    if a.participants and b.participants and not (a.participants & b.participants):
        return False  # (another visitor's trip told in the same sentence)
    if a.date is not None and b.date is not None and a.date.first != b.date.first:
        return False  # ("on the second day of his state visit to China, flew to Harbin": a leg of it)
    sentences = {m.sentence_start for m in a.mentions if m.sentence_start >= 0}
    return any(m.sentence_start in sentences for m in b.mentions)


def _one_day(event: ArticleEvent):
    """The one day an event is dated to, or None."""
    date = event.date
    return date.first if date is not None and date.precision == "day" and date.first == date.last else None


def arrival_city(event: ArticleEvent, chosen: str) -> str:
    """Of a visit placed in ``chosen``, the one place inside it that a report gives in a sentence
    that places it in ``chosen`` too (the city the visitor arrived in); ``chosen`` where there is none,
    or two of them (a tour)."""
    if event.family != "visit":
        return chosen
    catalog = entity_catalog()
    at_chosen = {m.sentence_start for m in event.mentions if m.location_id == chosen and m.sentence_start >= 0}
    inside = {m.location_id for m in event.mentions if m.location_id and m.sentence_start in at_chosen
              and m.location_id != chosen and chosen in catalog.places_containing(m.location_id)}
    return inside.pop() if len(inside) == 1 else chosen


def one_meeting_at_two_grains(a: ArticleEvent, b: ArticleEvent) -> bool:
    """A meeting its headline places in a country ("Xi meeting in South Korea") and a report under
    it in a city of that country ("talks with Xi in the South Korean city of Busan"), sharing a
    person: a headline names the country where the story names the city; one meeting. So are two
    reports of the same two people or more meeting on the same day, one in the country, one in its
    city ("met in Slovakia on Thursday", "The two presidents met in Bratislava on Thursday"). Two
    meetings of the body in a country and in its city stay two (another day, other people)."""
    if not (a.types() == b.types() == {"meeting"} and a.location_id and b.location_id):
        return False
    if a.location_id == b.location_id or not _nested(a.location_id, b.location_id):
        return False
    if len(a.participants) >= 2 and a.participants == b.participants and _one_day(a) and _one_day(a) == _one_day(b) \
            and not any(all(m.part == "title" for m in e.mentions) for e in (a, b)):
        return True  # (a headline's city over the story's country, "Antalya talks: ...", is no venue: title_cities.py)
    in_title = [e for e in (a, b) if all(m.part == "title" for m in e.mentions)]
    if len(in_title) != 1 or not a.participants & b.participants:
        return False
    # (only the headline's country over the story's city: a headline's city over the story's country,
    # "Antalya talks: ...", names the city as no venue, title_cities.py)
    other = b if in_title[0] is a else a
    return in_title[0].location_id in entity_catalog().places_containing(other.location_id)

