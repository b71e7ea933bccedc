"""A visit told under way since a day ("ist seit Montag zu einem Besuch in Kasachstan", "has been in
Astana since Monday on a visit"): that day is its first, so it is a report of the story's visit,
not undated background (extract/visits_under_way_since.py). Beside it, the look-alikes that must
stay background: a visit recalled from last year ("his visit last year"), and the first visit since a
month, not a day. Fixtures written for these tests (other people, other visits)."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.knowledge import base

CATALOG = base.entity_catalog()
TOKAYEV = CATALOG.named("Kassym-Jomart Tokayev").entity_id
PUBLISHED = dt.date(2024, 11, 13)  # a Wednesday
MONDAY = dt.date(2024, 11, 11)


def visits(title: str, body: str, language: str):
    extraction = extract_article("since-day", title, None, body, PUBLISHED, language)
    return [e for e in extraction.events if e.family == "visit"]


def test_a_visit_under_way_since_monday_in_german_begins_on_monday():
    body = ("Der kasachische Präsident Kassym-Schomart Tokajew hat am Mittwoch in Budapest Gespräche geführt. "
            "Tokajew ist seit Montag zu einem dreitägigen Besuch in Ungarn.")
    [visit] = visits("Tokajew in Budapest", body, "de")
    assert TOKAYEV in visit.participants
    assert visit.date.first == MONDAY


def test_a_visit_under_way_since_monday_in_english_begins_on_monday():
    body = ("Kazakh President Kassym-Jomart Tokayev held talks in Budapest on Wednesday. "
            "Tokayev has been in Hungary since Monday on an official visit.")
    [visit] = visits("Tokayev in Budapest", body, "en")
    assert TOKAYEV in visit.participants
    assert visit.date.first == MONDAY


def test_a_visit_recalled_from_last_year_stays_background():
    body = ("Kazakh President Kassym-Jomart Tokayev held talks in Budapest on Wednesday. "
            "Tokayev recalled his visit to Hungary last year.")
    assert visits("Tokayev in Budapest", body, "en") == []


def test_the_first_visit_since_a_month_is_no_day_of_its_own():
    body = ("Kazakh President Kassym-Jomart Tokayev held talks in Budapest on Wednesday. "
            "It was his first visit to Hungary since May 2019.")
    assert all(v.date is None or v.date.first != MONDAY for v in visits("Tokayev in Budapest", body, "en"))


def test_a_visit_told_ended_at_its_sentences_day_counts_back_from_it():
    body = ("Kassym-Jomart Tokaïev a été reçu mercredi à Budapest par le Premier ministre hongrois au terme "
            "d'une visite de trois jours en Hongrie.")
    [visit] = visits("Tokaïev en Hongrie", body, "fr")
    assert TOKAYEV in visit.participants
    assert (visit.date.first, visit.date.last) == (MONDAY, PUBLISHED)


def test_a_visit_recalled_on_the_sentences_day_is_not_dated_by_it():
    body = ("Kassym-Jomart Tokaïev a été reçu mercredi à Budapest par le Premier ministre hongrois. "
            "Il a rappelé mercredi sa visite de trois jours en Hongrie l'an dernier.")
    assert all(v.date is None or v.date.last != PUBLISHED for v in visits("Tokaïev en Hongrie", body, "fr"))


def test_a_visit_since_monday_whose_end_another_day_tells_begins_on_monday():
    body = ("Der kasachische Präsident Kassym-Schomart Tokajew hat am Mittwoch in Budapest Gespräche geführt. "
            "Tokajew hält sich seit Montag zu einem viertägigen Besuch in Ungarn auf, der am Donnerstag endet.")
    [visit] = visits("Tokajew in Budapest", body, "de")
    assert visit.date.first == MONDAY


def test_talks_told_beside_a_state_visit_since_monday_are_reported():
    # ("a state visit since Monday" is no "first visit since": knowledge `passing` takes only ordinals)
    body = ("Kazakh President Kassym-Jomart Tokayev, who has been in Budapest on a state visit since Monday, met "
            "Viktor Orban on Tuesday.")
    events = extract_article("since-day", None, None, body, PUBLISHED, "en").events
    assert any("meeting" in e.types() and TOKAYEV in e.participants for e in events)


def test_a_day_after_a_colon_past_since_years_begins_no_visit():
    body = ("Für Kassym-Schomart Tokajew ist die Reise nach Ungarn die längste seit Jahren: Am Montag sind in "
            "Budapest Gespräche geplant.")
    assert all(v.date is None or v.date.first != MONDAY for v in visits("Tokajew in Budapest", body, "de"))
