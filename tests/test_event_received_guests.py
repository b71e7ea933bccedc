"""Two leaders' meeting told from the guest's side: "X fue recibido por Y", "X a été reçu par Y"
(Spanish and French; German's "empfangen" already reads both ways; English's "was received by"
left out: a visit told before it in one clause, "flew in for a visit and was received by Y",
would give way to the meeting, as before "met"), the French "se sont parlé" of two
people, a headline's call paid at a residence, a leader of the field the knowledge base now
names, and two days of talks told as ended with words between the days and the talks' word.
Each fixture has a look-alike that must not be read so. Texts written for the test."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.extract.linking import link_entities
from ruchina.knowledge import base

CATALOG = base.entity_catalog()
LULA, MODI, XI, MA = (CATALOG.named(name).entity_id for name in (
    "Luiz Inácio Lula da Silva", "Narendra Modi", "Xi Jinping", "Ma Ying-jeou"))
PUBLISHED = dt.date(2024, 3, 15)  # a Friday
THURSDAY = dt.date(2024, 3, 14)


def meetings(body: str, language: str = "en", title: str | None = None):
    found = extract_article("t", title, None, body, PUBLISHED, language).event_mentions
    return [m for m in found if m.event_type == "meeting"]


def test_a_guest_received_by_the_host_meets_the_host():
    for body, language in (
            ("Narendra Modi fue recibido el jueves en la capital por Lula.", "es"),
            # (the host after "par" and a description between commas, past the usual reach of an object)
            ("Narendra Modi a été reçu jeudi à Brasilia par son homologue brésilien, Lula.", "fr")):
        found = meetings(body, language)
        assert len(found) == 1 and {LULA, MODI} <= set(found[0].participant_ids), body
        assert found[0].date.first == THURSDAY and found[0].status == "occurred", body


def test_a_thing_received_by_someone_is_no_meeting():
    for body, language in (
            ("La carta fue recibida el jueves por el Gobierno, dijo Lula.", "es"),
            ("La lettre de Modi a été reçue jeudi par le gouvernement brésilien, a dit Lula.", "fr")):
        assert not meetings(body, language), body


def test_two_leaders_who_talked_together_in_french_met():
    found = meetings("Lula et Narendra Modi se sont longuement parlé jeudi à Brasilia.", "fr")
    assert len(found) == 1 and {LULA, MODI} <= set(found[0].participant_ids)
    assert found[0].date.first == THURSDAY


def test_two_leaders_who_talked_by_telephone_in_french_made_a_call():
    """The look-alike: talking by telephone is a call, not a meeting."""
    found = extract_article("t", None, None, "Lula et Narendra Modi se sont parlé jeudi par téléphone.",
                            PUBLISHED, "fr").event_mentions
    assert not any(m.event_type == "meeting" for m in found)


def test_a_leader_known_by_a_hyphenated_given_name_takes_part():
    found = meetings("Taiwan's Ma Ying-jeou sat down with Xi Jinping in Hanoi on Thursday.")
    assert found and {XI, MA} <= set(found[0].participant_ids)


def test_a_short_surname_alone_is_no_one():
    """The look-alike: "Ma" links to no one where the text does not name him in full."""
    assert not any(m.entity_id == MA for m in link_entities("Ma said the hotel was full.", False, "en"))


def test_two_days_of_talks_told_ended_with_two_words_between_span_both_days():
    events = extract_article("a", "Lula and Modi wrap up seaside summit", None,
                             "Brazilian President Lula da Silva and Indian Prime Minister Narendra Modi ended two days "
                             "of unusually frank talks at a beach resort on Friday.\n\nThe summit began on Thursday "
                             "with a dinner.", PUBLISHED, "en").events
    (main,) = [e for e in events if e.main]
    assert main.types() == {"meeting"}
    assert (main.date.first, main.date.last) == (THURSDAY, PUBLISHED)


def test_two_days_of_talks_that_began_on_a_day_run_on_from_it():
    """The look-alike: talks told as begun, not ended, count on from their day."""
    events = extract_article("a", "Lula and Modi open seaside summit", None,
                             "Brazilian President Lula da Silva and Indian Prime Minister Narendra Modi began two days "
                             "of unusually frank talks at a beach resort on Thursday.", PUBLISHED, "en").events
    (main,) = [e for e in events if e.main]
    assert (main.date.first, main.date.last) == (THURSDAY, PUBLISHED)


def test_a_headline_s_call_paid_at_a_residence_is_a_meeting():
    found = meetings("Narendra Modi and Lula spoke of trade, officials said.", title="Modi calls on Lula at beach residence")
    assert any({LULA, MODI} <= set(m.participant_ids) for m in found)


def test_a_headline_s_appeal_is_no_meeting():
    """The look-alike: "calls on X to ..." asks something of X; no one is visited."""
    found = meetings("Narendra Modi and Lula spoke of trade, officials said.", title="Modi calls on Lula to cut tariffs")
    assert not any({LULA, MODI} <= set(m.participant_ids) for m in found)
