"""The opening of an Olympic Games that leaders attend is an event of its own, type other ("sat in
the stadium for the opening of the Tokyo Olympics on Friday"); beside it the look-alikes: the
opening of a road, an exhibition or a market, and an opening of talks. Fixtures written for these
tests (other Games and people than any benchmark page's)."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

FRIDAY = dt.date(2014, 2, 7)
PUTIN = "Q7747"


def _others(body: str):
    events = extract_article("t1", None, None, body, FRIDAY, "en").events
    return [e for e in events if e.mentions[0].event_type == "other"]


def test_leaders_at_the_opening_of_the_games():
    (opening,) = _others("SOCHI, Feb 7 (Agency) - President Vladimir Putin sat among foreign guests in the Fisht "
                         "stadium for the opening of the Sochi Olympics on Friday.")
    assert PUTIN in opening.participants
    assert opening.date.first == FRIDAY


def test_look_alike_the_opening_of_a_road_or_an_exhibition_is_no_event():
    assert _others("SOCHI, Feb 7 (Agency) - President Vladimir Putin drove to the opening of a new mountain road "
                   "on Friday.") == []
    assert _others("SOCHI, Feb 7 (Agency) - President Vladimir Putin spoke at the opening of an exhibition on "
                   "Olympic history on Friday.") == []
