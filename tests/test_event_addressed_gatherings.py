""""X addressed the Y summit" tells the summit when nothing before it did: the words that
make one who addressed a gathering one of its people (knowledge/events_<language>.yaml's
attending) join the gathering reported before; in the first report of a story, with no
gathering before them, the gathering they name is the one reported. Texts written for these
tests, invented events, each beside a look-alike that must keep its reading."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

DAY = dt.date(2031, 5, 16)


def events(body: str, title: str | None = None):
    return extract_article("a", title, None, body, DAY, "en").events


def test_a_summit_a_leader_addressed_in_the_lead_is_reported():
    found = events("Kazakh President Kassym-Jomart Tokayev addressed the CSTO summit from a video screen on "
                   "Thursday, while the other leaders sat around the table in the hall.\n\n"
                   "He spoke about border security and trade.")
    summits = [e for e in found if e.mentions[0].event_type == "summit"]
    assert len(summits) == 1
    assert "kassym-jomart-tokayev" in summits[0].participants
    assert summits[0].date is not None and summits[0].date.first == dt.date(2031, 5, 15)


def test_look_alike_one_who_addressed_the_summit_told_before_joins_it():
    found = events("The CSTO summit opened in Minsk on Thursday.\n\n"
                   "Kazakh President Kassym-Jomart Tokayev addressed the summit from a video screen.")
    summits = [e for e in found if e.mentions[0].event_type == "summit"]
    assert len(summits) == 1
    assert "kassym-jomart-tokayev" in summits[0].participants


def test_look_alike_one_who_addressed_the_participants_tells_no_gathering_alone():
    found = events("Kazakh President Kassym-Jomart Tokayev addressed the participants on Thursday.\n\n"
                   "He spoke about border security and trade.")
    assert not found
