"""A communique that closes a visit or that is told issued on the talks, each beside a look-alike that
must make no document. Written for these tests (other people, places and days than any benchmark page).

- A visit told as ending with a joint communique ("Der Besuch endete am 3. August mit einem gemeinsamen
  Kommuniqué") adopted it, an agreement of its own on that day (knowledge/events_de.yaml
  `closing_documents`, extract/closing_documents.py); one that ended without one ("ohne gemeinsames
  Kommuniqué") or with a row ("mit einem Eklat") made none.
- A joint communique told issued with what it is about between ("a joint communique on the talks was
  issued") is an agreement, as one told issued bare is (events_en.yaml); one told not issued is none.
"""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

MODI, ABE = "Q1058", "Q132345"
PAGE_DAY = dt.date(2019, 8, 10)
ARRIVAL_DE = "Narendra Modi landete am 31. Juli in Tokio, Shinzo Abe empfing ihn am Flughafen. "
TALKS_EN = "Narendra Modi left Tokyo on Saturday after three days of talks with Shinzo Abe. "


def agreements(body: str, language: str):
    events = extract_article("p1", None, None, body, PAGE_DAY, language).events
    return [e for e in events if "agreement" in e.types()]


def test_a_visit_ending_with_a_joint_communique_adopted_it_that_day():
    [document] = agreements(ARRIVAL_DE + "Der Besuch endete am 3. August mit einem gemeinsamen Kommuniqué, "
                                         "das Einigkeit zeigte.", "de")
    assert document.date is not None and document.date.first == document.date.last == dt.date(2019, 8, 3)


def test_a_visit_ending_without_a_communique_adopted_none():
    assert agreements(ARRIVAL_DE + "Der Besuch endete am 3. August ohne gemeinsames Kommuniqué.", "de") == []


def test_a_visit_ending_with_a_row_adopted_nothing():
    assert agreements(ARRIVAL_DE + "Der Besuch endete am 3. August mit einem Eklat im Parlament.", "de") == []


def test_a_joint_communique_on_the_talks_told_issued_is_an_agreement():
    [document] = agreements(TALKS_EN + "The talks became known only today, when a joint communique on the talks "
                                       "was issued.", "en")
    assert document.date is not None and document.date.first == PAGE_DAY


def test_a_joint_communique_on_the_talks_told_not_issued_is_none():
    assert agreements(TALKS_EN + "No joint communique on the talks was issued.", "en") == []
