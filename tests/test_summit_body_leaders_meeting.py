"""A meeting of a body's leaders told in English by the body's name and the leaders' word before
the meeting's word ("CSTO leaders meet in Astana", "EAEU heads of state met on Friday") is that
body's summit (knowledge/events_en.yaml ``summit_body_meetings``, read by summit_bodies.py), and the
leaders its chair's talks were attended by are its people. The look-alikes: the body's ministers
meeting, and leaders meeting with no body named, stay meetings. Fixtures written for these tests,
with another bloc, other leaders, places and years than any page read."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

PUTIN, LUKASHENKO = "Q7747", "alexander-lukashenko"
TOKAYEV, JAPAROV, RAHMON = "kassym-jomart-tokayev", "sadyr-japarov", "Q57366"
DAY = dt.date(2022, 11, 23)


def events(title, body):
    return extract_article("t1", title, None, body, DAY, "en").events


def test_a_bodys_leaders_meeting_is_its_summit_and_the_chairs_talks_give_its_people():
    found = events("CSTO leaders meet in Astana",
                   "ASTANA: Heads of state of the Collective Security Treaty Organization met in the Kazakh "
                   "capital on Wednesday.\n\nKazakh President Kassym-Jomart Tokayev chaired the talks, which were "
                   "attended by Vladimir Putin, Alexander Lukashenko, Sadyr Japarov and Emomali Rahmon.")
    (main,) = [e for e in found if e.main]
    assert main.types() == {"summit"}
    assert {TOKAYEV, PUTIN, LUKASHENKO, JAPAROV, RAHMON} <= main.participants


def test_the_bodys_ministers_meeting_stays_a_meeting():
    """The look-alike: the body's foreign ministers are no leaders; their meeting is no summit."""
    found = events("CSTO foreign ministers meet in Astana",
                   "ASTANA: Foreign ministers of the Collective Security Treaty Organization met in the Kazakh "
                   "capital on Wednesday.")
    (main,) = [e for e in found if e.main]
    assert main.types() == {"meeting"}


def test_leaders_meeting_with_no_body_named_stay_a_meeting():
    """The look-alike: two leaders who meet, no body before their word, hold talks."""
    found = events("Two leaders meet in Astana",
                   "ASTANA: Vladimir Putin and Alexander Lukashenko met in the Kazakh capital on Wednesday.")
    (main,) = [e for e in found if e.main]
    assert main.types() == {"meeting"} and main.participants == {PUTIN, LUKASHENKO}


def _body_event(body, language="en"):
    found = extract_article("t2", None, None, body, DAY, language).events
    return [e for e in found if "CSTO Summit" in e.own_names or e.types() & {"summit", "meeting"}]


def test_a_meeting_of_a_bodys_heads_of_government_named_after_it_is_its_summit():
    """"a meeting of <body> heads of government": the body's council of heads of government meets."""
    (event,) = _body_event("After Minsk, Lukashenko heads for Bishkek, where he is due to attend a meeting of "
                           "Collective Security Treaty Organization heads of government on Thursday.")
    assert event.types() == {"summit"}


def test_a_meeting_of_a_bodys_defence_ministers_stays_a_meeting():
    """The look-alike: the body's ministers named after it meet; no summit."""
    (event,) = _body_event("After Minsk, Lukashenko heads for Bishkek, where he is due to attend a meeting of "
                           "Collective Security Treaty Organization defence ministers on Thursday.")
    assert event.types() == {"meeting"}


def test_a_russian_meeting_of_the_member_states_heads_of_government_is_the_bodys_summit():
    (event,) = _body_event("В четверг Лукашенко примет участие во встрече глав правительств государств - членов "
                           "Организации Договора о коллективной безопасности в Бишкеке.", "ru")
    assert event.types() == {"summit"}


def test_a_russian_meeting_of_the_member_states_ministers_stays_a_meeting():
    (event,) = _body_event("В четверг Лукашенко примет участие во встрече министров обороны государств - членов "
                           "Организации Договора о коллективной безопасности в Бишкеке.", "ru")
    assert event.types() == {"meeting"}


# --- the body's leaders named before it, and those present listed after -------------------------

def test_leaders_of_a_body_meeting_is_its_summit_and_those_listed_present_are_its_people():
    found = events("ASTANA WIRE",
                   "ASTANA, Nov 23 - The heads of state of the Collective Security Treaty Organization met in the "
                   "Kazakh capital on Wednesday.\n\nKazakh President Kassym-Jomart Tokayev chaired the session. "
                   "Russian President Vladimir Putin, Belarusian President Alexander Lukashenko, Kyrgyzstan's Sadyr "
                   "Japarov and Tajikistan's Emomali Rahmon attended.")
    (main,) = [e for e in found if e.main]
    assert main.types() == {"summit"}
    assert {PUTIN, LUKASHENKO, JAPAROV, RAHMON} <= main.participants


def test_one_standing_in_for_a_member_is_present_too():
    found = events("ASTANA WIRE",
                   "ASTANA, Nov 23 - The heads of state of the Collective Security Treaty Organization met in the "
                   "Kazakh capital on Wednesday.\n\nRussian President Vladimir Putin, Belarusian President "
                   "Alexander Lukashenko and Kyrgyz President Sadyr Japarov attended, with Tajikistan represented "
                   "by Prime Minister Kokhir Rasulzoda.")
    (main,) = [e for e in found if e.main]
    assert {PUTIN, LUKASHENKO, JAPAROV} <= main.participants
    assert any(p not in (PUTIN, LUKASHENKO, JAPAROV) for p in main.participants)


def test_the_ministers_of_a_body_named_before_it_stay_a_meeting():
    """The look-alike: the body's foreign ministers meeting is no summit."""
    found = events("ASTANA WIRE",
                   "ASTANA, Nov 23 - The foreign ministers of the Collective Security Treaty Organization met in "
                   "the Kazakh capital on Wednesday.")
    assert all(e.types() != {"summit"} for e in found)


def test_two_present_after_talks_naming_no_one_are_no_crowd():
    """The look-alike: "A and B attended" after a meeting that named no one lists too few to tell who met."""
    found = events("ASTANA WIRE",
                   "ASTANA, Nov 23 - Officials met in the Kazakh capital on Wednesday.\n\nVladimir Putin and "
                   "Alexander Lukashenko attended.")
    assert all(not ({PUTIN, LUKASHENKO} <= e.participants) for e in found)
