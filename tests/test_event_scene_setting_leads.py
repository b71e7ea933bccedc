"""A lead that sets the scene, telling no event and no day ("Twenty years on, a Brazilian president
is received in New Delhi again."), under a title that tells none: the sentence right after it, when
its first report is held on a day it names, is the story's news, its main event, and a visit told
beside it is the visit those talks are held in. A sentence after it that names no day (an
analysis's "X has met Y more often than anyone") is not made the news (short texts written for the tests)."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

LULA, MODI = "luiz-inacio-lula-da-silva", "Q1058"


def events(title, body, published, language="en"):
    return extract_article("001_x", title, None, body, published, language).events


def test_the_dated_talks_right_after_a_scene_setting_lead_are_the_main_event():
    body = ("Twenty years on, a Brazilian president is received in New Delhi again. Narendra Modi held talks "
            "on Tuesday, March 3, with Luiz Inacio Lula da Silva, who is in India on a state visit.")
    found = events("Brazil and India: old friends", body, dt.date(2026, 3, 4))
    [main] = [e for e in found if e.main]
    assert main.family == "gathering" and {LULA, MODI} <= main.participants
    assert main.date.first == dt.date(2026, 3, 3)


def test_in_french_the_visit_beside_those_talks_is_kept():
    body = ("Vingt ans après, un président brésilien est de nouveau reçu à New Delhi. Narendra Modi s'est "
            "entretenu mardi 3 mars avec Luiz Inacio Lula da Silva, arrivé la veille à New Delhi pour une visite "
            "d'État de trois jours, et les deux dirigeants ont convenu de se revoir.")
    found = events("Le Brésil et l'Inde : de vieux amis", body, dt.date(2026, 3, 4), "fr")
    assert any(e.main and e.family == "gathering" for e in found)
    [visit] = [e for e in found if e.family == "visit"]
    assert LULA in visit.participants and visit.date is not None


def test_an_undated_sentence_after_a_scene_setting_lead_is_not_made_the_news():
    body = ("Twenty years on, a Brazilian president is received in New Delhi again. Narendra Modi has held talks "
            "with Luiz Inacio Lula da Silva more often than with any other leader.")
    found = events("Brazil and India: old friends", body, dt.date(2026, 3, 4))
    assert not any(e.main for e in found)


def test_a_greeting_alone_above_the_story_sets_no_scene():
    body = ("Good evening, and thank you for joining this briefing.\n\nNarendra Modi held talks on Tuesday, "
            "March 3, with Luiz Inacio Lula da Silva, who is in India on a state visit.")
    found = events("Press room > Transcripts", body, dt.date(2026, 3, 4))
    assert not any(e.main for e in found)


def test_a_report_of_one_person_after_a_scene_setting_lead_is_not_made_the_news():
    body = ("India and Brazil will no longer tax each other's ethanol. Narendra Modi signed the pact on "
            "Tuesday, March 3, after his talks.")
    found = events("No more ethanol tariffs", body, dt.date(2026, 3, 4))
    assert not any(e.main for e in found)
