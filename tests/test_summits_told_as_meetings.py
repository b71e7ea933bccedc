"""A bloc's summit told with the plain word "meeting", known by what its leaders signed there:

- extract/summit_signers._meeting_as_summit (called by summits_of_a_bodys_signing): the article's
  main event, a meeting of four or more leaders who sign there a document naming a body that holds
  summits ("a charter setting up BRICS"), is that body's summit, no second event. Not three leaders'
  meeting; not four leaders' paper that names no such body; not a signing to come.
"""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

THURSDAY = dt.date(2031, 9, 11)
HOSTED = ("Cyril Ramaphosa, who hosted the two-hour meeting in a hotel on the Cape Town waterfront on Thursday, "
          "sat down with Luiz Inácio Lula da Silva, Narendra Modi, Prabowo Subianto and Masoud Pezeshkian. ")


def _events(body: str, title: str) -> list:
    return extract_article("a", title, None, body, THURSDAY, "en").events


def _types_of_main(events: list) -> set[str]:
    return next(e for e in events if e.main).types()


def test_a_meeting_of_five_leaders_signing_a_blocs_charter_is_its_summit():
    events = _events(HOSTED + "The five signed a declaration setting up a BRICS grain exchange.",
                     "Five leaders set up a grain exchange")
    assert _types_of_main(events) == {"summit"}
    assert len([e for e in events if "summit" in e.types()]) == 1
    assert any(e.types() == {"agreement"} for e in events)


def test_three_leaders_signing_a_blocs_charter_hold_a_meeting():
    events = _events("Cyril Ramaphosa, who hosted the two-hour meeting in a hotel on the Cape Town waterfront on "
                     "Thursday, sat down with Narendra Modi and Masoud Pezeshkian. The three signed a charter "
                     "setting up a BRICS grain exchange.", "Three leaders set up a grain exchange")
    assert _types_of_main(events) == {"meeting"}


def test_five_leaders_signing_a_paper_of_no_summit_body_hold_a_meeting():
    events = _events(HOSTED + "The five signed a declaration on ocean fishing.", "Five leaders write on fishing")
    assert _types_of_main(events) == {"meeting"}


def test_a_charter_to_be_signed_later_makes_no_summit():
    events = _events(HOSTED + "The five will sign a declaration setting up a BRICS grain exchange next year.",
                     "Five leaders plan a grain exchange")
    assert _types_of_main(events) == {"meeting"}
