"""A document two leaders sign at their talks is an agreement, dated to the day of its signing, in the
shapes a report tells it: the day and the place between the verb and the document ("ont signé mardi à
Minsk un accord", "firmaron ayer martes en Minsk un tratado"), the document's title opened by a quote
("un « traité d'amitié »"), a declaration signed in Russian ("подписали совместную декларацию"), a
German passive with the day and the talks between ("Das Dokument wurde am Dienstag ... unterzeichnet")
(knowledge/events_<lang>.yaml, `triggers.agreement`), and a past signing verb whose clause holds no
cue of the future, held though a later clause speaks of what is to come (event_tense.py).
Fixtures written for these tests (other leaders, other documents), each beside a look-alike that
must not be read so: a document only drafted or discussed, one to be signed, one signed years ago."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.knowledge import base

CATALOG = base.entity_catalog()
LUKASHENKO, TOKAYEV = (CATALOG.named(name).entity_id for name in ("Alexander Lukashenko", "Kassym-Jomart Tokayev"))
WEDNESDAY = dt.date(2024, 10, 16)  # published the day after the talks
TUESDAY = dt.date(2024, 10, 15)


def agreements(body: str, language: str, title: str = "Minsk", published: dt.date = WEDNESDAY):
    found = extract_article("decl", title, None, body, published, language).events
    return [e for e in found if e.family == "agreement"]


def signed_on_tuesday(body: str, language: str) -> bool:
    return any(e.date is not None and e.date.first == TUESDAY and {LUKASHENKO, TOKAYEV} <= e.participants
               and any(m.status == "occurred" for m in e.mentions) for e in agreements(body, language))


FR = ("Alexandre Loukachenko et Kassym-Jomart Tokaïev ont signé mardi à Minsk un « traité d'amitié et "
      "d'entraide » qui remplace les accords de transit.")


def test_french_day_and_place_between_the_verb_and_a_quoted_title():
    assert signed_on_tuesday(FR, "fr")


def test_french_a_treaty_only_discussed_is_no_agreement():
    assert agreements(FR.replace("ont signé", "ont discuté"), "fr") == []


def test_french_initialled_is_signed():
    assert signed_on_tuesday(FR.replace("ont signé", "ont paraphé"), "fr")


ES = ("Alexandr Lukashenko y Kassym-Jomart Tokáyev firmaron ayer martes en Minsk un tratado "
      "de cooperación aduanera.")


def test_spanish_day_and_place_between_the_verb_and_the_document():
    assert signed_on_tuesday(ES, "es")


def test_spanish_a_treaty_only_drafted_is_no_agreement():
    assert agreements(ES.replace("firmaron", "redactaron"), "es") == []


RU = ("Александр Лукашенко и Касым-Жомарт Токаев провели во вторник в Минске переговоры, по итогам которых "
      "подписали совместную декларацию о союзничестве.")


def test_russian_a_declaration_signed():
    assert signed_on_tuesday(RU, "ru")


def test_russian_a_declaration_only_discussed_is_no_agreement():
    assert agreements(RU.replace("подписали", "обсудили"), "ru") == []


DE = ("Alexander Lukaschenko und Kassym-Schomart Tokajew haben in Minsk ein Abkommen über Zölle unterzeichnet. "
      "Das Dokument wurde am Dienstag nach langen Gesprächen der beiden Präsidenten im Palast der "
      "Unabhängigkeit unterzeichnet.")


def test_german_a_document_signed_in_the_passive_dates_the_signing():
    assert signed_on_tuesday(DE, "de")


def test_german_a_document_only_discussed_is_no_signing_of_that_day():
    unsigned = DE.replace("wurde am Dienstag nach langen Gesprächen der beiden Präsidenten im Palast der "
                          "Unabhängigkeit unterzeichnet", "wurde am Dienstag nach langen Gesprächen der beiden "
                          "Präsidenten im Palast der Unabhängigkeit besprochen")
    assert not any(e.date is not None and e.date.first == TUESDAY for e in agreements(unsigned, "de"))


EN = ("Alexander Lukashenko and Kassym-Jomart Tokayev yesterday signed a treaty on customs cooperation in Minsk, "
      "at what is likely to be their last meeting before the Kazakh election.")


def test_a_past_signing_verb_is_held_though_a_later_clause_tells_the_future():
    assert signed_on_tuesday(EN, "en")


def test_a_signing_expected_in_its_own_clause_stays_planned():
    planned = EN.replace("yesterday signed", "are expected to sign")
    assert all(m.status == "planned" for e in agreements(planned, "en") for m in e.mentions)


def test_a_treaty_signed_years_ago_is_not_dated_to_the_talks():
    body = ("Alexander Lukashenko held talks with Kassym-Jomart Tokayev in Minsk on Tuesday. "
            "They recalled the customs treaty the two countries signed in 2015.")
    assert not any(e.date is not None and e.date.first == TUESDAY for e in agreements(body, "en"))
