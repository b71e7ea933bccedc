"""People the knowledge base does not know, in German, French and Spanish: a known given name and
the capitalised words after it, particles between them, named as written, so that the English
reports' discovered person of that name is the same entity and takes part in the same events
(extract/latin_people.py). Beside them, the look-alikes that stay no person: a given name with no
capitalised word after it, a name the text already links, a word in capitals only after a given
name (a regnal number), and German nouns with no given name before them. Fixtures written for
these tests."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

PUBLISHED = dt.date(2021, 6, 10)


def people(body, language):
    mentions = extract_article("t1", "Besuch", None, body, PUBLISHED, language).body_mentions
    return {m.name: m.entity_id for m in mentions if m.entity_type == "PERSON"}


def test_a_french_host_unknown_to_the_knowledge_base_is_named_as_written():
    found = people("Le président portugais Marcelo Rebelo de Sousa a reçu mercredi à Lisbonne le Premier "
                   "ministre chinois Li Keqiang.", "fr")
    assert found.get("Marcelo Rebelo de Sousa") == "marcelo-rebelo-de-sousa"


def test_the_same_person_is_one_entity_in_german_and_in_english():
    german = people("Am Mittwoch empfing Staatspräsident Sauli Niinistö den Gast im Präsidentenpalast.", "de")
    english = extract_article("t2", "Visit", None, "On Wednesday President Sauli Niinistö received "
                              "the guest at the Presidential Palace.", PUBLISHED, "en").body_mentions
    assert german.get("Sauli Niinistö") in {m.entity_id for m in english}


def test_a_spanish_name_with_a_particle_and_two_surnames():
    found = people("El canciller Mario Gómez del Campo firmó el acuerdo con Wang Yi.", "es")
    assert "Mario Gómez del Campo" in found


def test_a_german_noun_after_the_name_is_not_part_of_it_when_the_text_links_it():
    found = people("Man erwartet, dass Mario Draghi Peking im Herbst besucht.", "de")
    assert "Mario Draghi" in found
    assert not any("Peking" in name for name in found)


def test_a_given_name_alone_or_before_a_regnal_number_is_no_person():
    found = people("Am Abend sprach Alberto II im Palast; später kam auch Maria dazu.", "de")
    assert not {name for name in found if name.startswith(("Alberto", "Maria"))}


def test_capitalised_german_nouns_with_no_given_name_are_no_person():
    found = people("Die Delegation besichtigte Hafen und Werft, danach gab es Gespräche im Rathaus.", "de")
    assert found == {}
