"""A document the sides of a summit adopt, told right after the summit's report by words for those
sides ("The two sides adopted ...", "Ergebnis: Die Gipfelteilnehmer verabschiedeten ..."), is
adopted at that summit, on its day, by its people (documents_after_summits.py). The look-alike: the
same words after a sentence that tells something else say nothing of the summit."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

DAY = dt.date(2024, 10, 10)
SUMMIT = ("Prabowo Subianto met Anwar Ibrahim in Vientiane on Wednesday. On Thursday Joko Widodo opened the "
          "ASEAN-China summit in Vientiane with Premier Li Qiang. ")
DOCUMENT = "The two sides adopted a joint statement on the digital economy."


def _documents(body, language="en"):
    events = extract_article("a", "Leaders in Vientiane", None, body, DAY, language).events
    return [e for e in events if "agreement" in e.types()]


def test_the_two_sides_right_after_a_summit_adopt_its_document_there_with_its_people():
    (document,) = _documents(SUMMIT + DOCUMENT)
    assert document.participants == {"joko-widodo", "li-qiang"}
    assert document.date.first == DAY and document.location_id == "vientiane"


def test_the_two_sides_after_a_sentence_of_something_else_adopt_nothing_of_the_summit():
    assert _documents(SUMMIT + "Trade rose by a fifth last year. " + DOCUMENT) == []


def test_the_summits_participants_after_a_colon_in_german():
    (document,) = _documents(
        "Am Donnerstag eröffnete Joko Widodo in Vientiane gemeinsam mit Ministerpräsident Li Qiang den Gipfel "
        "zwischen ASEAN und China. Ergebnis: Die Gipfelteilnehmer verabschiedeten eine gemeinsame Erklärung zur "
        "Digitalwirtschaft.", "de")
    assert document.participants == {"joko-widodo", "li-qiang"} and document.date.first == DAY
