"""A bare office with a country's adjective after it ("el presidente uruguayo", "le président
péruvien") is that country's leader the article names, or nobody: never the article's most named
holder of the office, a leader of another country (event_roles.office_references reads the
adjectives, knowledge/events_<language>.yaml's ``country_adjectives``, in either gender). Every
text is written for the test; each that must find nobody has a look-alike that must find someone."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.knowledge import base

CATALOG = base.entity_catalog()
XI, MADURO = (CATALOG.named(name).entity_id for name in ("Xi Jinping", "Nicolás Maduro"))
PUBLISHED = dt.date(2016, 11, 21)


def people_of(body: str, language: str) -> list[set[str]]:
    """The people of each event the body's last sentence reports (its lead names Xi Jinping)."""
    article = extract_article("office-adjectives", None, None, body, PUBLISHED, language)
    last = body.rsplit(". ", 1)[-1]
    return [set(m.participant_ids) for m in article.event_mentions if m.sentence == last]


ES_LEAD = ("Xi Jinping llegó a Lima el sábado. Xi Jinping visitó un puerto. "
           "Xi Jinping habló de comercio. ")


def test_a_spanish_masculine_adjective_of_another_country_is_not_the_articles_president():
    body = ES_LEAD + "El presidente uruguayo inauguró el lunes una cumbre regional en Montevideo."
    assert people_of(body, "es") and all(XI not in people for people in people_of(body, "es"))


def test_the_spanish_adjective_of_the_country_whose_leader_the_article_names_is_he():
    """The look-alike: the adjective is the named leader's country's (masculine, as above)."""
    body = ES_LEAD + "El presidente chino inauguró el lunes una cumbre regional en Lima."
    assert any(XI in people for people in people_of(body, "es"))


def test_a_spanish_adjective_names_the_leader_of_its_own_country_the_article_names():
    body = (ES_LEAD + "Nicolás Maduro viajó también. "
            "El presidente venezolano inauguró el lunes una cumbre regional en Lima.")
    found = [people for people in people_of(body, "es") if MADURO in people]
    assert found and all(XI not in people for people in found)


FR_LEAD = ("Xi Jinping est arrivé samedi à Lima. Xi Jinping a visité un port. "
           "Xi Jinping a parlé de commerce. ")


def test_a_french_masculine_adjective_of_another_country_is_not_the_articles_president():
    body = FR_LEAD + "Le président péruvien a ouvert lundi un sommet régional à Lima."
    assert people_of(body, "fr") and all(XI not in people for people in people_of(body, "fr"))


def test_a_french_bare_president_with_no_adjective_is_the_articles_president():
    """The look-alike: no country after the office, the article's most named president."""
    body = FR_LEAD + "Le président a ouvert lundi un sommet régional à Lima."
    assert any(XI in people for people in people_of(body, "fr"))
