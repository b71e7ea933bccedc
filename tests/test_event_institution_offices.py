"""A list of the people at talks whose titles stand between their names: a country's office by its
adjective in either gender ("la chancelière allemande") and the office of a body of several countries
with its name ("la présidente de la Commission européenne", "the President of the European Council":
knowledge/events_<language>.yaml ``institution_offices``) leave the list running; any other words end
it. And several hosts receiving a guest ("Les deux dirigeants ont reçu X"), as one host does."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

THURSDAY = dt.date(2019, 12, 5)


def _ids(*names: str) -> set[str]:
    from ruchina.knowledge.base import entity_catalog
    return {entity_catalog().named(name).entity_id for name in names}


def _meetings(body: str, language: str) -> list:
    return [e for e in extract_article("a", None, None, body, THURSDAY, language).events if e.types() == {"meeting"}]


def test_titles_of_a_country_and_of_a_body_between_the_names_leave_the_list_running():
    body = ("Le président chinois a eu mercredi un entretien avec Emmanuel Macron, la chancelière allemande, "
            "Angela Merkel, et la présidente de la Commission européenne, Ursula von der Leyen.")
    (talks,) = _meetings(body, "fr")
    assert _ids("Xi Jinping", "Emmanuel Macron", "Angela Merkel", "Ursula von der Leyen") <= talks.participants


def test_the_office_of_a_body_in_english_leaves_the_list_running():
    body = ("Xi Jinping held talks on Wednesday with Emmanuel Macron, Angela Merkel and the President of the "
            "European Commission, Ursula von der Leyen.")
    (talks,) = _meetings(body, "en")
    assert _ids("Ursula von der Leyen") <= talks.participants


def test_other_words_between_the_names_end_the_list():
    body = ("Le président chinois a eu mercredi un entretien avec Emmanuel Macron, dont le ministre a critiqué "
            "la présidente de la Commission européenne, Ursula von der Leyen.")
    (talks,) = _meetings(body, "fr")
    assert not _ids("Ursula von der Leyen") & talks.participants


def test_several_hosts_receiving_a_guest_meet_him_there():
    body = "Emmanuel Macron et Angela Merkel ont reçu mercredi Xi Jinping au palais de l'Élysée."
    (talks,) = _meetings(body, "fr")
    assert _ids("Xi Jinping") <= talks.participants and talks.location_id is not None


def test_hosts_who_received_a_letter_meet_no_one():
    body = "Emmanuel Macron et Angela Merkel ont reçu mercredi une lettre de Xi Jinping."
    assert not _meetings(body, "fr")
