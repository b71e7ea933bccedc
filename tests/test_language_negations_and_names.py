"""Other languages (issue 25): a meeting told as not announced, an agreement told as not signed, and
people of the field named in their languages. Each beside a look-alike. Every fixture is written for
these tests."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.text.parsing import parse_article

TODAY = dt.date(2026, 1, 1)


def parse(text: str, url: str | None = None):
    return parse_article(text, "seeds/page.txt", today=TODAY, url=url)


def _events(title, body, published, language):
    return extract_article("t1", title, None, body, published, language).events


# --- a meeting told as not announced -----------------------------------------------------------

def test_a_german_meeting_not_announced_is_no_meeting_beside_its_announced_look_alike():
    """ "Ein Treffen ... ist bislang nicht angekündigt": none is told; "ist für Freitag angekündigt": one
    is planned."""
    title = "Putin beim Astana-Forum: Gäste aus der Region"
    head = ("Auf dem Forum in Astana hat Putin eine Rede gehalten. Am Rande des Forums traf Putin am Dienstag "
            "Kassym-Jomart Tokajew. Tokajew gilt als Vertrauter von Staats- und Parteichef Xi Jinping. ")
    events = _events(title, head + "Ein Treffen Putins mit Xi selbst ist bislang nicht angekündigt.",
                     dt.date(2024, 5, 15), "de")
    assert not any({"Q7747", "Q15031"} <= e.participants for e in events)
    events = _events(title, head + "Ein Treffen Putins mit Xi selbst ist für Freitag angekündigt.",
                     dt.date(2024, 5, 15), "de")
    assert any({"Q7747", "Q15031"} <= e.participants for e in events)


# --- people of the field in their languages -----------------------------------------------------

def _people(body, language, published=dt.date(2024, 5, 15)):
    return {m.entity_id for m in extract_article("t1", None, None, body, published, language).mentions
            if m.entity_type == "PERSON" and m.linked}


def test_old_russian_spellings_and_the_leaders_beside_putin_are_linked():
    assert {"zhou-enlai", "mao-zedong"} <= _people("В зале присутствовали Мао Цзэ-дун и Чжоу Энь-лай.", "ru",
                                                   dt.date(1954, 10, 1))
    assert "nikol-pashinyan" in _people("Am Montag sprach Wladimir Putin mit Nikol Paschinjan in Sotschi.", "de")
    assert "Q9588" in _people("Le président Richard Nixon est arrivé à Shanghai.", "fr", dt.date(1972, 2, 27))
    # (a surname alone that names none of them in full stays nobody's: "Никсон" as a brand, the page
    # naming no Nixon in full, is matched only as the alias it is, so the look-alike is a word of another
    # language: "Dovale" is no Doval)
    assert "ajit-doval" not in _people("Putin met the delegation in Dovale on Monday.", "en")


def test_a_spanish_agreement_told_as_not_signed_is_no_signing_beside_its_signed_look_alike():
    """ "No se firmó ningún acuerdo durante la reunión": no signing of the two leaders the page names;
    "Ambos firmaron un acuerdo": one."""
    head = ("El presidente ruso, Vladímir Putin, y el primer ministro indio, Narendra Modi, se reunieron este "
            "martes en el Kremlin. ")
    events = _events(None, head + "No se firmó ningún acuerdo durante la reunión.", dt.date(2023, 6, 14), "es")
    assert not any(e.family == "agreement" for e in events)
    events = _events(None, head + "Ambos firmaron un acuerdo de cooperación durante la reunión.",
                     dt.date(2023, 6, 14), "es")
    assert any(e.family == "agreement" for e in events)


def test_a_spanish_host_receiving_a_minister_with_the_day_and_place_between_is_a_meeting():
    """ "recibió ayer martes en el Kremlin al ministro de Asuntos Exteriores de X": "al" is "a el", and a
    minister is received as a president is; not "recibió ayer una carta del ministro", a letter."""
    body = ("El presidente ruso, Vladímir Putin, recibió ayer martes en el Kremlin al ministro de Asuntos "
            "Exteriores de la India, Subrahmanyam Jaishankar.")
    events = _events(None, body, dt.date(2024, 12, 18), "es")
    assert any(e.family == "gathering" and "Q7747" in e.participants for e in events)
    letter = "El presidente ruso, Vladímir Putin, recibió ayer martes una carta del ministro de Asuntos Exteriores."
    assert not any(e.family == "gathering" for e in _events(None, letter, dt.date(2024, 12, 18), "es"))


def test_a_spanish_visit_being_prepared_is_no_visit_beside_one_dated():
    """ "Putin recibe al canciller indio y prepara la visita de Modi": a visit prepared, no date set,
    is no event and Modi takes part in nothing; "prepara la visita de Modi del 8 de julio" keeps its plan."""
    body = ("El presidente ruso, Vladímir Putin, recibió ayer martes en el Kremlin al ministro de Asuntos "
            "Exteriores de la India, Subrahmanyam Jaishankar.")
    events = _events("Putin recibe al canciller indio en el Kremlin y prepara la visita de Modi", body,
                     dt.date(2024, 6, 19), "es")
    assert not any("Q1058" in e.participants for e in events)
    events = _events("Putin recibe al canciller indio y prepara la visita de Modi del 8 de julio", body,
                     dt.date(2024, 6, 19), "es")
    assert any("Q1058" in e.participants and e.family == "visit" for e in events)
