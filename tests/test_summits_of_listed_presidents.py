"""A summit told as the signing of the presidents of four countries or more, named by their
countries' offices ("the presidents of Russia, China, Kazakhstan, Kyrgyzstan and Tajikistan
signed ..."), on a page of the years before the knowledge base's roles of today:

- extract/article_people.article_people: a past leader the article names (Yeltsin, Akayev) is his
  country's leader where the article names none of its leaders of today (knowledge/offices.yaml's
  terms, office_terms.headed_countries); not where it does (Putin stays "the Russian president").
- extract/summit_signers.summits_of_a_bodys_signing: such a signing as the main event, no summit
  told, is the leaders' summit, whose body the page need not name; not three leaders' paper, not
  a signing to come, not a document of a body that holds no summits.
"""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.knowledge.office_terms import headed_countries

SATURDAY = dt.date(1998, 7, 4)
NAMES = ("Boris Yeltsin, Jiang Zemin, Nursultan Nazarbayev, Askar Akayev and Emomali Rahmonov arrived "
         "in Almaty on Thursday. ")
FIVE = "the presidents of Russia, China, Kazakhstan, Kyrgyzstan and Tajikistan"
FIVE_OPENING = "The" + FIVE[3:]


def _events(body: str, title: str | None = None, language: str = "en", published=SATURDAY) -> list:
    return extract_article("a", title, None, body, published, language).events


def _ids(*names: str) -> set[str]:
    from ruchina.knowledge.base import entity_catalog
    return {entity_catalog().named(name).entity_id for name in names}


LEADERS = ("Boris Yeltsin", "Jiang Zemin", "Nursultan Nazarbayev", "Askar Akayev", "Emomali Rahmon")


def test_past_presidents_lead_the_countries_they_headed():
    assert headed_countries(next(iter(_ids("Askar Akayev")))) == {"Kyrgyzstan"}
    assert headed_countries(next(iter(_ids("Boris Yeltsin")))) == {"Russia"}
    assert headed_countries(next(iter(_ids("Li Peng")))) == frozenset()  # (a premier heads no country)


def test_the_presidents_of_listed_countries_are_their_leaders_of_the_day():
    events = _events(f"On Friday {FIVE} signed a border accord in Almaty. " + NAMES)
    signings = [e for e in events if "agreement" in e.types()]
    assert signings and _ids(*LEADERS) <= signings[0].participants


def test_their_signing_as_the_main_event_is_their_summit():
    events = _events(f"{FIVE_OPENING} signed a border accord in Almaty on Friday. " + NAMES,
                     "Five nations agree on border troops")
    summits = [e for e in events if "summit" in e.types()]
    assert len(summits) == 1 and summits[0].main and summits[0].location_id == "almaty"
    assert _ids(*LEADERS) <= summits[0].participants
    assert [e for e in events if e.types() == {"agreement"} and not e.main]


def test_the_same_in_french():
    events = _events("Les présidents de la Russie, de la Chine, du Kazakhstan, du Kirghizstan et du Tadjikistan "
                     "ont signé vendredi à Almaty un accord frontalier. Boris Eltsine, Jiang Zemin, Noursoultan "
                     "Nazarbaïev, Askar Akaïev et Imomali Rakhmonov étaient arrivés jeudi.", language="fr")
    summits = [e for e in events if "summit" in e.types()]
    assert len(summits) == 1 and _ids(*LEADERS) <= summits[0].participants


def test_three_presidents_sign_a_paper_of_their_own():
    events = _events("The presidents of Russia, China and Kazakhstan signed a border accord in Almaty on Friday. "
                     "Boris Yeltsin, Jiang Zemin and Nursultan Nazarbayev arrived on Thursday.")
    assert not any("summit" in e.types() for e in events)


def test_a_signing_to_come_is_no_summit_held():
    events = _events(f"{FIVE_OPENING} will sign a border accord in Almaty next week. " + NAMES)
    assert not any("summit" in e.types() for e in events)


def test_a_document_of_a_body_that_holds_no_summits_is_no_summit():
    events = _events(f"{FIVE_OPENING} signed a United Nations declaration on drugs in Almaty on Friday. "
                     + NAMES)
    assert not any("summit" in e.types() for e in events)


def test_a_leader_of_today_named_keeps_his_country():
    events = _events("Vladimir Putin met Xi Jinping in Beijing on Friday. Boris Yeltsin had met Jiang Zemin there "
                     "in 1996. The Russian president praised the host.", published=dt.date(2019, 6, 8))
    talks = [e for e in events if e.main]
    assert talks and not _ids("Boris Yeltsin") & talks[0].participants


def test_the_presidents_of_countries_in_the_german_genitive():
    events = _events("Die Präsidenten Russlands, Chinas, Kasachstans, Kirgistans und Tadschikistans haben am Freitag "
                     "in Almaty ein Abkommen unterzeichnet. Boris Jelzin, Jiang Zemin, Nursultan Nasarbajew, "
                     "Askar Akajew und Imomali Rachmonow waren am Donnerstag angereist.", language="de")
    signings = [e for e in events if e.types() & {"agreement", "summit"}]
    assert signings and _ids(*LEADERS) <= signings[0].participants


def test_a_summit_told_with_no_place_takes_the_signers_of_its_day():
    events = _events("Boris Yeltsin, Jiang Zemin, Nursultan Nazarbayev and Askar Akayev signed a declaration in "
                     "Almaty on Friday. Friday's summit was the first for Askar Akayev.")
    summits = [e for e in events if "summit" in e.types()]
    assert summits and _ids("Boris Yeltsin", "Jiang Zemin", "Nursultan Nazarbayev", "Askar Akayev") <= summits[0].participants


def test_a_summit_at_another_place_takes_no_signers():
    events = _events("Boris Yeltsin, Jiang Zemin, Nursultan Nazarbayev and Askar Akayev signed a declaration in "
                     "Almaty on Friday. Emomali Rahmonov attended a summit in Tashkent on Friday.")
    summits = [e for e in events if "summit" in e.types() and e.location_id == "tashkent"]
    assert summits and not _ids("Boris Yeltsin", "Jiang Zemin") & summits[0].participants
