"""A state visit's ceremonies (extract/hosted_ceremonies.py, the `other` words of events_<language>.yaml):
the host's welcome with a guard of honour and the state banquet are events of their own, their hosts and
the guest their people. A head of state who only welcomes the guest beside the prime minister who holds
the talks is no party to the talks. Look-alike: a president who welcomes the visitor and holds talks with
him is one of the talks' people.
"""

from __future__ import annotations

import datetime as dt

from ruchina.corpus.events_table import merged_events
from ruchina.extract.extraction import extract_article

TUESDAY = dt.date(2031, 5, 6)
MACRON, XI, ATTAL = "Q3052772", "Q15031", "gabriel-attal"


def _events(body: str, language: str = "en", published: dt.date = TUESDAY):
    return extract_article("a", "Notes", None, body, published, language).events


def test_a_welcome_with_a_guard_of_honour_is_a_ceremony_of_its_hosts_and_guest_apart_from_the_talks():
    events = _events("Xi Jinping arrived in Paris on Sunday for a state visit. President Emmanuel Macron and Prime "
                     "Minister Gabriel Attal welcomed Xi at the Invalides with a guard of honour on Monday. Attal then "
                     "held talks with Xi at Matignon.")
    welcome = next(e for e in events if e.types() == {"other"})
    talks = next(e for e in events if e.types() == {"meeting"})
    assert welcome.participants == {MACRON, ATTAL, XI}
    assert talks.participants == {ATTAL, XI}


def test_a_president_who_welcomes_the_visitor_and_then_holds_talks_with_him_is_in_the_talks():
    events = _events("President Emmanuel Macron welcomed President Xi Jinping to the Elysee Palace on Monday and held "
                     "talks with him before a state banquet.")
    talks = next(e for e in events if "meeting" in e.types())
    assert talks.participants == {MACRON, XI}


def test_a_state_banquet_in_the_guests_honour_is_an_event_of_host_and_guest():
    events = _events("El lunes, el presidente Emmanuel Macron ofreció un banquete de Estado en honor de Xi Jinping "
                     "en el Elíseo.", "es")
    assert any(e.types() == {"other"} and e.participants == {MACRON, XI} for e in events)
    events = _events("Вечером в понедельник Эмманюэль Макрон дает в честь Си Цзиньпина государственный прием.", "ru",
                     dt.date(2031, 5, 5))
    assert any(e.types() == {"other"} and e.participants == {MACRON, XI} for e in events)


# --- ceremonies of one day told apart by their kind (extract/ceremony_kinds.py) --------------------

STATE_DAY = ("President Emmanuel Macron welcomed President Xi Jinping at the Invalides with a guard of honour on "
             "Monday morning. In the evening Macron hosted a state banquet for Xi at the Elysee Palace.")


def test_the_welcome_and_the_state_banquet_of_one_day_are_two_ceremonies():
    ceremonies = [e for e in _events(STATE_DAY) if e.types() == {"other"}]
    assert len(ceremonies) == 2
    assert {kind for e in ceremonies for kind in e.ceremonies} == {"welcome", "banquet"}


def test_one_welcome_told_twice_stays_one_ceremony():
    events = _events("President Emmanuel Macron welcomed President Xi Jinping at the Invalides with a guard of honour "
                     "on Monday. The ceremonial welcome lasted twenty minutes.")
    assert len([e for e in events if e.types() == {"other"}]) == 1


def test_across_articles_a_welcome_and_a_banquet_of_one_day_stay_two_rows():
    welcome = extract_article("a", None, None, "President Emmanuel Macron welcomed President Xi Jinping at the Elysee "
                              "Palace with a guard of honour on Monday.", TUESDAY, "en")
    banquet = extract_article("b", None, None, "El lunes por la noche, el presidente Emmanuel Macron ofreció un banquete "
                              "de Estado en honor de Xi Jinping en el Elíseo.", TUESDAY, "es")
    names = {m.entity_id: m.name for x in (welcome, banquet) for m in x.mentions}
    rows = [e for e in merged_events([welcome, banquet], names) if e.event_type == "other"]
    assert len(rows) == 2



def test_an_official_welcome_in_a_preview_is_no_ceremony_that_takes_the_talks_day():
    events = _events("Xi Jinping flies to Paris tomorrow for a state visit that runs from Monday to Wednesday. On "
                     "Monday there will be an official welcome at the Elysee Palace and then talks with President "
                     "Emmanuel Macron.", published=dt.date(2031, 5, 4))
    talks = next(e for e in events if "meeting" in e.types())
    assert talks.date is not None and talks.date.first == dt.date(2031, 5, 5)
