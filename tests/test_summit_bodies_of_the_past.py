"""Bodies whose summits are told by their names, of other periods and formats than today's
(knowledge/entities*.yaml): the Group of Eight (1997-2014), the Shanghai Five (1996-2001, the SCO
before it), the Astana format (the Russian, Turkish and Iranian presidents on Syria), in the
languages that spell them otherwise ("Schanghaier Fünf", "Cinq de Shanghai", "上海五国"); and a
summit "of the so-called" body (knowledge/events_en.yaml summit_body_links) is that body's. Not the
city a body is named after ("the Astana summit" is a summit in Astana), nor a body's ministers.
"""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.extract.linking import link_entities
from ruchina.extract.summit_bodies import known_summit

FRIDAY = dt.date(2031, 5, 16)


def _linked(text: str, language: str = "en") -> list[tuple[str, str]]:
    return [(m.name, m.entity_type) for m in link_entities(text, False, language)]


def _events(body: str, title: str | None = None, language: str = "en") -> list:
    return extract_article("a", title, None, body, FRIDAY, language).events


def test_the_bodies_hold_summits_the_knowledge_base_names():
    assert known_summit("Group of Eight") == "G8 Summit"
    assert known_summit("Shanghai Five") == "Shanghai Five Summit"
    assert known_summit("Astana format") == "Astana format Summit"


def test_the_bodies_in_other_languages():
    assert ("Shanghai Five", "ORG") in _linked("Das Treffen der Schanghaier Fünf ging zu Ende.", "de")
    assert ("Shanghai Five", "ORG") in _linked("Les « Cinq de Shanghai » se retrouvent à Almaty.", "fr")
    assert ("Shanghai Five", "ORG") in _linked("上海五国元首会晤在阿拉木图举行。", "zh")
    assert ("Group of Eight", "ORG") in _linked("Die Gruppe der Acht tagt in Genua.", "de")


def test_a_city_a_body_is_named_after_stays_the_city():
    assert _linked("Leaders gathered for the Astana summit.") == [("Astana", "GPE")]
    assert ("Shanghai", "GPE") in _linked("Die Gruppe tagte in Shanghai.", "de")


def test_a_summit_of_the_so_called_body_is_that_bodys_and_talks_beside_it_are_apart():
    events = _events("Vladimir Putin met Masoud Pezeshkian and Recep Tayyip Erdogan in Ankara on Friday for a summit "
                     "of the so-called Astana format on Syria. On the sidelines of the summit, Putin and Erdogan "
                     "held talks on grain.")
    summits = [e for e in events if "summit" in e.types()]
    assert len(summits) == 1 and "Astana format Summit" in summits[0].event_names
    assert len(summits[0].participants) == 3


def test_a_bodys_ministers_hold_no_summit():
    events = _events("The G8 finance ministers met in Genoa on Friday to discuss debt relief.")
    assert not any("summit" in e.types() for e in events)
