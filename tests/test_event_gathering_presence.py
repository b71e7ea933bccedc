"""Leaders told present in the room of a summit, forum or parade reported before, in a sentence that
reports no event of its own (gathering_presence.py and the ``present_at_gathering`` cues of
knowledge/events_<language>.yaml): "were also in the hall", "among the guests ... were", "A, B and C
attended.", German "für X nimmt Y teil", French "sont également présents". Fixtures written for these
tests, with other gatherings, leaders and places than any page read; each beside a look-alike that
must not add anyone."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

PUTIN, XI, LAVROV = "Q7747", "Q15031", "sergei-lavrov"
TOKAYEV, LUKASHENKO, ERDOGAN = "kassym-jomart-tokayev", "alexander-lukashenko", "Q39259"
MIRZIYOYEV, PEZESHKIAN = "shavkat-mirziyoyev", "masoud-pezeshkian"
DAY = dt.date(2024, 10, 9)
FORUM = ("MINSK, Oct 9 -- Belarusian President Alexander Lukashenko opened an economic forum of the "
         "Eurasian Economic Union in Minsk on Wednesday.\n\n")


def events(text, language="en"):
    return extract_article("t1", None, None, text, DAY, language).events


def of_type(found, kind):
    return [e for e in found if kind in e.types()]


def people_of(found, kind):
    return {p for e in of_type(found, kind) for p in e.participants}


def test_leaders_in_the_hall_join_the_forum_not_the_talks_told_just_before():
    """"Also in the hall" speaks of the forum's room: its people, though a sentence about a planned
    meeting stands between."""
    found = events(FORUM + "Lukashenko is expected to hold talks with Vladimir Putin next month.\n\n"
                           "Kassym-Jomart Tokayev and Shavkat Mirziyoyev were also in the hall.")
    assert {TOKAYEV, MIRZIYOYEV} <= people_of(found, "forum")
    assert not {TOKAYEV, MIRZIYOYEV} & people_of(found, "meeting")


def test_leaders_not_in_the_hall_are_nobody_s_people():
    """The look-alike: a negated presence adds no one."""
    found = events(FORUM + "Kassym-Jomart Tokayev and Shavkat Mirziyoyev were not in the hall.")
    assert not {TOKAYEV, MIRZIYOYEV} & {p for e in found for p in e.participants}


def test_guests_on_the_stand_of_a_parade_and_a_bare_attended_join_it():
    found = events("MOSCOW, Oct 9 -- Vladimir Putin reviewed a military parade on Red Square on Wednesday.\n\n"
                   "Among the guests on the stand were Kassym-Jomart Tokayev and Masoud Pezeshkian.\n\n"
                   "Shavkat Mirziyoyev and Alexander Lukashenko attended.")
    assert {PUTIN, TOKAYEV, PEZESHKIAN, MIRZIYOYEV, LUKASHENKO} <= people_of(found, "parade")


def test_guests_with_no_gathering_told_before_join_nothing():
    """The look-alike: the same words after talks of two alone (no summit, forum or parade) add
    no one to the talks."""
    found = events("MOSCOW, Oct 9 -- Vladimir Putin held talks with Xi Jinping in the Kremlin on Wednesday.\n\n"
                   "Among the guests at the dinner were Kassym-Jomart Tokayev and Masoud Pezeshkian.\n\n"
                   "Alexander Lukashenko never attended.")
    assert not {TOKAYEV, PEZESHKIAN, LUKASHENKO} & {p for e in found for p in e.participants}


def test_german_one_who_takes_part_for_a_country_joins_the_summit_not_the_one_away():
    found = events("Am Mittwoch hat Präsident Kassym-Schomart Tokajew in Astana den Gipfel der "
                   "Eurasischen Wirtschaftsunion eröffnet.\n\n"
                   "Alexander Lukaschenko fehlt wegen einer Erkältung; für Russland nimmt Außenminister "
                   "Sergej Lawrow teil.", "de")
    assert LAVROV in people_of(found, "summit")
    assert LUKASHENKO not in people_of(found, "summit")


def test_german_one_who_does_not_take_part_is_none_of_the_summit():
    """The look-alike: "nimmt nicht teil"."""
    found = events("Am Mittwoch hat Präsident Kassym-Schomart Tokajew in Astana den Gipfel der "
                   "Eurasischen Wirtschaftsunion eröffnet.\n\nAlexander Lukaschenko nimmt nicht teil.", "de")
    assert LUKASHENKO not in people_of(found, "summit")


def test_french_leaders_also_present_join_the_summit_and_those_absent_do_not():
    summit = ("Le président kazakh, Kassym-Jomart Tokaïev, a ouvert mercredi à Astana le sommet de "
              "l'Union économique eurasiatique.\n\n")
    found = events(summit + "Alexandre Loukachenko et Chavkat Mirzioïev sont également présents.", "fr")
    assert {TOKAYEV, LUKASHENKO, MIRZIYOYEV} <= people_of(found, "summit")
    absent = events(summit + "Alexandre Loukachenko et Chavkat Mirzioïev ne sont pas présents.", "fr")
    assert not {LUKASHENKO, MIRZIYOYEV} & people_of(absent, "summit")


def test_leaders_in_the_hall_join_the_article_s_gathering_not_a_summit_told_in_passing():
    """The forum the lead tells is the hall's, not a summit told after it ("had a summit with X the
    day before")."""
    found = events(FORUM + "Lukashenko flew in from Baku, where he had a summit with Recep Tayyip Erdogan "
                           "the day before.\n\nKassym-Jomart Tokayev and Shavkat Mirziyoyev were also in the hall.")
    assert {TOKAYEV, MIRZIYOYEV} <= people_of(found, "forum")
    assert not {TOKAYEV, MIRZIYOYEV} & people_of(found, "summit")


def test_leaders_a_gathering_brought_to_its_city_join_it_and_one_only_quoted_does_not():
    """ "The gathering ... brought A, B and C to the city": its people. The look-alike: one who only
    comments on what it brought ("X said") is none of them."""
    found = events(FORUM + "The two-day gathering, which began with a concert on Tuesday night, brought "
                           "Kassym-Jomart Tokayev, Shavkat Mirziyoyev and a dozen ministers to the city.")
    assert {TOKAYEV, MIRZIYOYEV} <= people_of(found, "forum")
    quoted = events(FORUM + "The gathering brought no deal on tariffs, Recep Tayyip Erdogan said in Ankara.")
    assert ERDOGAN not in people_of(quoted, "forum")


def test_leaders_standing_beside_the_host_at_a_parade_join_it_and_one_who_did_not_stand_there_does_not():
    found = events("MOSCOW, Oct 9 -- Vladimir Putin reviewed a military parade on Red Square on Wednesday.\n\n"
                   "Kassym-Jomart Tokayev and Masoud Pezeshkian stood next to Putin, along with Shavkat Mirziyoyev.")
    assert {TOKAYEV, PEZESHKIAN, MIRZIYOYEV} <= people_of(found, "parade")
    negated = events("MOSCOW, Oct 9 -- Vladimir Putin reviewed a military parade on Red Square on Wednesday.\n\n"
                     "Alexander Lukashenko did not stand next to Putin this time.")
    assert LUKASHENKO not in people_of(negated, "parade")


def test_those_on_stage_with_the_host_join_the_forum():
    """"On stage with X: A, B and C": the people who share the gathering's stage are its people."""
    found = events(FORUM + "On stage with Lukashenko: Kassym-Jomart Tokayev and Shavkat Mirziyoyev.")
    assert {TOKAYEV, MIRZIYOYEV} <= people_of(found, "forum")


def test_a_stage_named_with_no_list_adds_no_one():
    """The look-alike: "on stage" with no colon that opens a list tells of no one present."""
    found = events(FORUM + "Later a choir on stage sang while Kassym-Jomart Tokayev spoke to reporters outside.")
    assert TOKAYEV not in people_of(found, "forum")


def test_in_german_those_on_the_podium_join_the_forum():
    found = events("Alexander Lukaschenko hat am Mittwoch in Minsk ein Wirtschaftsforum eröffnet.\n\n"
                   "Auf dem Podium saßen neben ihm Kassym-Schomart Tokajew und Shavkat Mirziyoyev.", "de")
    assert {TOKAYEV, MIRZIYOYEV} <= people_of(found, "forum")
