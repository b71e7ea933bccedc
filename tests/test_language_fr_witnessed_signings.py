"""French leaders who witness the signing of documents their ministers sign (« les deux chefs de
gouvernement ont assisté à la signature de plusieurs accords »): an agreement of theirs, an event
of its own, not an attendance list continuing the talks told before (knowledge/events_fr.yaml
``agreement``, ``attending``); « les deux chefs de gouvernement » are the two named before
(``group``). Fixtures written for these tests, with other leaders and documents than any page
read; beside look-alikes that must not make an agreement of theirs."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

MACRON, MODI = "Q3052772", "Q1058"
DAY = dt.date(2024, 10, 8)
TALKS = "Emmanuel Macron s'est entretenu lundi à Paris avec le premier ministre indien, Narendra Modi. "


def of_type(text, kind):
    return [e for e in extract_article("t1", None, None, text, DAY, "fr").events if kind in e.types()]


def test_the_two_heads_of_government_witnessing_a_signing_make_it_theirs():
    found = of_type(TALKS + "A l'issue de leurs discussions, les deux chefs de gouvernement ont assisté à la "
                            "signature de trois accords, sur le nucléaire civil, l'espace et la santé.", "agreement")
    assert len(found) == 1
    assert {MACRON, MODI} <= found[0].participants
    assert found[0].date.first == dt.date(2024, 10, 7)


def test_leaders_who_did_not_witness_the_signing_make_no_agreement_of_theirs():
    found = of_type(TALKS + "Les deux dirigeants n'ont pas assisté à la signature des accords.", "agreement")
    assert not any({MACRON, MODI} & e.participants for e in found)


def test_a_minister_who_also_attended_the_talks_still_joins_them():
    """The attendance cue, where no signing follows it, still adds its people to the talks."""
    found = of_type(TALKS + "Le ministre russe Sergueï Lavrov a également assisté à la rencontre.", "meeting")
    assert any("sergei-lavrov" in e.participants for e in found)
