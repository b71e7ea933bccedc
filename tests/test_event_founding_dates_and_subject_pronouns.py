"""Two things a report's sentence tells beside its event word, read for the event:

- a date right after a word of founding ("a mechanism set up in 1996", « un mécanisme créé en 1996 ») is
  the founding's, no date of the talks the sentence reports (extract/founding_dates.py); a date of the
  talks' own stays theirs;
- a pronoun opening the clause as its subject ("In the morning, he and X ...", « Le matin, il a
  coprésidé avec X la rencontre ») stands for the one the sentence before named, who takes part beside
  the one named here, even where that one is named before the event word (extract/event_roles.py);
  a possessive inside the clause ("with X and his ...") adds no one.

Fixtures written for these tests (other people, other meetings)."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.knowledge import base

CATALOG = base.entity_catalog()
MODI, TOKAYEV, PUTIN = (CATALOG.named(n).entity_id for n in ("Narendra Modi", "Kassym-Jomart Tokayev",
                                                             "Vladimir Putin"))
THURSDAY = dt.date(2024, 3, 14)


def _meetings(body: str, language: str):
    return [e for e in extract_article("x", None, None, body, THURSDAY, language).events if e.types() == {"meeting"}]


FRENCH = ("Narendra Modi a passé sa journée de mercredi à Astana. Le matin, il a coprésidé avec le président "
          "Kassym-Jomart Tokaïev la 3e rencontre du conseil des deux pays, un mécanisme créé en 2009.")


def test_a_founding_year_after_its_word_is_no_day_of_the_talks():
    [meeting] = _meetings(FRENCH, "fr")
    assert meeting.date is None or meeting.date.first.year == 2024


def test_a_day_of_the_talks_own_stays_theirs():
    body = FRENCH.replace("Le matin, il a coprésidé", "Le 12 mars, il a coprésidé")
    [meeting] = _meetings(body, "fr")
    assert meeting.date.first == dt.date(2024, 3, 12)


def test_a_subject_pronoun_opening_the_clause_brings_the_one_named_before():
    [meeting] = _meetings(FRENCH, "fr")
    assert {MODI, TOKAYEV} <= meeting.participants
    english = ("Narendra Modi spent Wednesday in Astana. In the morning, he and President Kassym-Jomart Tokayev "
               "held talks on trade.")
    [meeting] = _meetings(english, "en")
    assert {MODI, TOKAYEV} <= meeting.participants


def test_a_possessive_inside_the_clause_brings_no_one():
    body = ("Narendra Modi spent Wednesday in Astana. Vladimir Putin and his guest Kassym-Jomart Tokayev "
            "held talks in Moscow on Wednesday.")
    for meeting in _meetings(body, "en"):
        assert MODI not in meeting.participants


def test_a_pronoun_opening_a_sentence_of_no_talks_brings_no_one():
    body = ("Narendra Modi arrived in Astana on Wednesday. He spoke right after Kassym-Jomart Tokayev at the "
            "opening ceremony of the forum on Thursday.")
    events = extract_article("x", None, None, body, THURSDAY, "en").events
    assert not any({MODI, TOKAYEV} <= e.participants for e in events if "meeting" not in e.types())
