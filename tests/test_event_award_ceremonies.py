"""An award conferred on someone is a ceremony, an event of the type `other` with the giver and
the one honoured: "presented him with the Order of Merit", "conferred the state medal on Lula",
"вручил Моди орден", "qui lui a remis la médaille". The look-alikes: medals won at games, an
order placed for goods, and a medal shown, not conferred, are no ceremony."""

from __future__ import annotations

import datetime as dt

import pytest

from ruchina.extract.extraction import extract_article

DAY = dt.date(2024, 2, 6)
MODI, MACRON = "Q1058", "Q3052772"


def others(body, language="en", title="Modi in Paris"):
    return [e for e in extract_article("a", title, None, body, DAY, language).events if e.family == "other"]


@pytest.mark.parametrize("sentence", [
    "PARIS - Emmanuel Macron held talks with Narendra Modi at the Elysee on Tuesday and then presented him with the "
    "Grand Cross of the Legion of Honour.",
    "PARIS - Emmanuel Macron conferred the highest French decoration on Narendra Modi on Tuesday.",
    "PARIS - On Tuesday Emmanuel Macron hung a gold medal around the neck of Narendra Modi at the Elysee.",
])
def test_an_award_conferred_on_a_guest_is_a_ceremony_of_both(sentence):
    (ceremony,) = others(sentence)
    assert ceremony.participants == {MODI, MACRON} and ceremony.date.first == DAY


def test_russian_and_french_awards_handed_to_a_guest():
    (ceremony,) = others("Эммануэль Макрон во вторник вручил Нарендре Моди орден Почётного легиона.", "ru", "Моди в Париже")
    assert ceremony.participants == {MODI, MACRON}
    # (the award in a clause of its own: "a été reçu par X" is now a meeting word, and a ceremony
    # told in a relative clause after a meeting word, "reçu par X, qui lui a remis", gives way to
    # the meeting, as after "a rencontré X, qui lui a remis")
    assert others("Mardi à Paris, Emmanuel Macron a accueilli Narendra Modi et lui a remis la médaille de la Ville.",
                  "fr", "Modi à Paris")


@pytest.mark.parametrize("sentence", [
    "PARIS - French skiers won three medals on Tuesday, and Emmanuel Macron met Narendra Modi.",
    "PARIS - Emmanuel Macron presented an order for 26 jets to Narendra Modi on Tuesday.",
    "PARIS - Emmanuel Macron showed Narendra Modi the medals of the 1924 Games on Tuesday.",
])
def test_look_alikes_medals_won_an_order_placed_a_medal_shown_are_no_ceremony(sentence):
    assert others(sentence) == []
