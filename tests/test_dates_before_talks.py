"""A report opening on "before the talks" with no day of its own ("Por la mañana, antes del encuentro, X se
reunió con Y") was held on the day of the talks told before it, even where the story has told another day
since (extract/dates_before_talks.py, events_<language>.yaml `before_the_talks`); "before the summit", a
gathering of days, dates nothing, and neither does the phrase deep inside a sentence. Written for these
tests (other people, places and days than any benchmark page)."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.event_words import listed_words
from ruchina.extract.extraction import extract_article

MODI, ABE, LAVROV = "Q1058", "Q132345", "sergei-lavrov"
PAGE_DAY = dt.date(2019, 6, 13)  # a Thursday
LEAD_ES = ("El primer ministro japonés, Shinzo Abe, recibió ayer miércoles en Tokio al primer ministro indio, "
           "Narendra Modi, que hoy jueves concluye una visita oficial de tres días. ")


def meeting_with_lavrov(body: str, language: str = "es"):
    found = [e for e in extract_article("p1", None, None, body, PAGE_DAY, language).events
             if LAVROV in e.participants and "meeting" in e.types()]
    return found[0] if found else None


def test_talks_before_the_talks_told_are_of_their_day():
    found = meeting_with_lavrov(LEAD_ES + "Por la mañana, antes del encuentro, Narendra Modi se reunió con el ministro "
                                          "ruso Serguéi Lavrov en el hotel.")
    assert found is not None and found.date.first == found.date.last == dt.date(2019, 6, 12)


def test_a_summit_is_no_talks_the_phrase_names():
    words = listed_words("es", "before_the_talks")
    assert words.search("Por la mañana, antes del encuentro, X se reunió con Y.")
    assert words.search("Por la mañana, antes de la cumbre, X se reunió con Y.") is None


def test_the_phrase_deep_in_a_sentence_dates_nothing():
    found = meeting_with_lavrov(LEAD_ES + "Narendra Modi, que había llegado cansado por el largo viaje desde Nueva "
                                          "Delhi antes del encuentro, se reunió con el ministro ruso Serguéi Lavrov.")
    assert found is None or found.date is None or found.date.first != dt.date(2019, 6, 12)
