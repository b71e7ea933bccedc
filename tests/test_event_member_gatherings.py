"""A gathering of a body's members' leaders told with no summit word ("the leaders of the member
states, meeting under ...", "les chefs d'État des pays membres se sont retrouvés ...", "Leaders of
the five-nation bloc gather on Thursday") in an article that names that body's summit is the
summit: its own day, not the talks' held on its eve, its chair among its people (a chair set off by
a comma after his title too), and the document told right after it ("Ils y ont adopté ...", "They
are expected to adopt ...") adopted at it, by its people, on its day. Beside each, a look-alike that
must not: the members' ministers, a document told after a sentence of other talks, a host's words
that are not his title. Fixtures written for these tests (other bodies, other people, other days)."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.knowledge import base

CATALOG = base.entity_catalog()
XI, MODI, RAMAPHOSA, LUKASHENKO = (CATALOG.named(n).entity_id for n in (
    "Xi Jinping", "Narendra Modi", "Cyril Ramaphosa", "Alexander Lukashenko"))
TUESDAY, WEDNESDAY, THURSDAY = dt.date(2023, 8, 22), dt.date(2023, 8, 23), dt.date(2023, 8, 24)

FR_TALKS = ("Xi Jinping et Narendra Modi ont eu un entretien mardi 22 août à Johannesburg, en marge du sommet "
            "des BRICS, consacré à la frontière commune. ")
FR_SUMMIT = ("Le lendemain, mercredi, les chefs d'État des pays membres se sont retrouvés au centre de conventions, "
             "sous la présidence du chef de l'État sud-africain, Cyril Ramaphosa. ")
FR_DOCUMENT = "Ils y ont adopté une déclaration commune sur l'élargissement du groupe."


def _events(body: str, language: str, published: dt.date, title: str | None = None):
    return extract_article("members", title, None, body, published, language).events


def _summits(events):
    return [e for e in events if "summit" in e.types()]


def test_the_member_states_heads_gathering_the_day_after_the_talks_is_the_summit_of_that_day():
    events = _events(FR_TALKS + FR_SUMMIT + FR_DOCUMENT, "fr", THURSDAY)
    [summit] = [e for e in _summits(events) if e.date is not None and e.date.first == WEDNESDAY]
    assert summit.event_names == {"BRICS Summit"}
    assert RAMAPHOSA in summit.participants  # (the chair set off by a comma after his title)
    talks = [e for e in events if e.types() == {"meeting"} or e.mentions[0].event_type == "meeting"]
    assert any(e.date is not None and e.date.first == TUESDAY and {XI, MODI} <= e.participants for e in talks)
    [declaration] = [e for e in events if e.family == "agreement"]
    assert declaration.date is not None and declaration.date.first == WEDNESDAY
    assert RAMAPHOSA in declaration.participants


def test_the_summit_the_day_after_talks_told_by_their_bare_noun_is_not_those_talks():
    # (the talks told again by "their talks", their day told in the sentence before: the summit of
    # the next day, with its own day, stays apart from them)
    talks = ("Ils s'étaient vus à Moscou en mars ; ils se sont retrouvés mardi 22 août à Johannesburg. "
             "Xi Jinping et Narendra Modi ont consacré leur entretien, en marge du sommet des BRICS, à la "
             "frontière commune. ")
    events = _events(talks + FR_SUMMIT + FR_DOCUMENT, "fr", THURSDAY)
    [summit] = [e for e in _summits(events) if e.date is not None and e.date.first == WEDNESDAY]
    assert "meeting" not in summit.types()
    assert any(e.types() >= {"meeting"} and e.date is not None and e.date.first == TUESDAY for e in events)


def test_the_member_states_ministers_are_no_summit():
    ministers = FR_SUMMIT.replace("les chefs d'État des pays membres", "les ministres des Affaires étrangères")
    events = _events(FR_TALKS + ministers, "fr", THURSDAY)
    assert not any(e.date is not None and e.date.first == WEDNESDAY for e in _summits(events))


def test_a_document_after_a_sentence_of_other_talks_is_not_the_summits():
    talks_between = ("Cyril Ramaphosa a ensuite reçu Luiz Inácio Lula da Silva pour un entretien. ")
    events = _events(FR_TALKS + FR_SUMMIT + talks_between + FR_DOCUMENT, "fr", THURSDAY)
    assert not any(e.family == "agreement" and e.date is not None and e.date.first == WEDNESDAY
                   and RAMAPHOSA in e.participants and XI in e.participants for e in events)


EN_BODY = ("JOHANNESBURG, Aug 22 - Chinese President Xi Jinping and Indian Prime Minister Narendra Modi met in "
           "Johannesburg on Tuesday, a day before a summit of the BRICS group that both hope will widen the bloc. "
           "Leaders of the five-nation bloc gather on Wednesday at the convention centre, where South African "
           "President Cyril Ramaphosa will chair the meeting. They are expected to adopt a joint declaration.")


def test_the_blocs_leaders_gathering_on_a_day_to_come_is_the_summit_and_its_declaration_of_that_day():
    events = _events(EN_BODY, "en", TUESDAY, "Xi and Modi meet in Johannesburg on eve of BRICS summit")
    summits = [e for e in _summits(events) if RAMAPHOSA in e.participants]
    assert summits and all(e.date is not None and e.date.first == WEDNESDAY for e in summits)
    assert all(e.event_names == {"BRICS Summit"} for e in summits)
    assert not any(e.types() == {"meeting"} and e.participants == {RAMAPHOSA} for e in events)
    [declaration] = [e for e in events if e.family == "agreement"]
    assert declaration.date is not None and declaration.date.first == WEDNESDAY


def test_the_blocs_ministers_gathering_stays_their_meeting():
    ministers = EN_BODY.replace("Leaders of the five-nation bloc gather", "Foreign ministers of the five-nation bloc gather")
    events = _events(ministers, "en", TUESDAY, "Xi and Modi meet in Johannesburg on eve of BRICS summit")
    assert not any(RAMAPHOSA in e.participants and e.date is not None and e.date.first == WEDNESDAY
                   for e in _summits(events))


def test_a_host_after_words_that_are_not_his_title_is_not_taken():
    body = ("Le sommet des BRICS s'est tenu mercredi 23 août à Johannesburg sous la présidence de l'Afrique du Sud, "
            "a rappelé Alexandre Loukachenko, qui n'y assistait pas.")
    [summit] = _summits(_events(body, "fr", THURSDAY))
    assert LUKASHENKO not in summit.participants
