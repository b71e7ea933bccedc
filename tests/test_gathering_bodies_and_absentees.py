"""Gatherings of several leaders told in the ways a summit's coverage tells them, each beside a
look-alike that must not trigger. Fixtures written for these tests, with other summits, leaders,
places and years than any page read:

- a body's summit told in Chinese with the body's name in quotes and a formal meeting
  ("“金砖四国”领导人第一次正式会晤"), and the attendance list right after it, that summit's people
  (summit_bodies.py, knowledge ``summit_body_meetings``; 金砖四国 a BRIC name);
- the summit of a forum of states ("la cumbre del foro IBSA"): that body's summit, no forum of its own
  (knowledge: the IBSA Dialogue Forum, the Spanish ``forum`` word);
- a disaster where it struck ("por el terremoto en Turquía") no place of the event told beside it
  (knowledge ``topic_before``);
- leaders told "among the leaders at the table", present at the gathering told before
  (gathering_presence.py, ``present_at_gathering``);
- one an event is told held without ("sin X", "without the prime minister X"), none of its people,
  nor of a title's pair (away_people.py ``held_without``, title_pairs.py);
- a date line whose place holds a particle in lower case ("Río de Janeiro, 18 de noviembre de
  2031 - 10:05"), the story's place line, not its headline (page_dates.py, page_place_date_lines.py).
"""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.text.page_place_date_lines import date_line_place
from ruchina.text.parsing import parse_article

PUTIN, MEDVEDEV, HU = "Q7747", "dmitry-medvedev", "hu-jintao"
LULA, SINGH, ZUMA = "luiz-inacio-lula-da-silva", "manmohan-singh", "jacob-zuma"
TOKAYEV, MIRZIYOYEV, LUKASHENKO = "kassym-jomart-tokayev", "shavkat-mirziyoyev", "alexander-lukashenko"
MODI = "Q1058"


def events(body, day, language="en", title=None):
    return extract_article("t1", title, None, body, day, language).events


def of_type(found, kind):
    return [e for e in found if kind in e.types()]


# --- a body's formal leaders' meeting in Chinese ---------------------------------------------

_YEKATERINBURG = dt.date(2009, 6, 17)


def test_a_quoted_bodys_formal_leaders_meeting_is_its_summit_with_the_attendance_list():
    found = events("华通社叶卡捷琳堡6月16日电 国家主席胡锦涛16日在叶卡捷琳堡出席“金砖四国”领导人第一次正式会晤。"
                   "俄罗斯总统梅德韦杰夫、巴西总统卢拉出席。", _YEKATERINBURG, "zh")
    summits = of_type(found, "summit")
    assert summits and not of_type(found, "meeting")
    assert {HU, MEDVEDEV, LULA} <= {p for e in summits for p in e.participants}


def test_look_alike_two_countries_formal_meeting_stays_a_meeting():
    """No body before the leaders' word: the two heads' own talks."""
    found = events("华通社莫斯科6月16日电 国家主席胡锦涛16日同俄罗斯总统梅德韦杰夫举行中俄两国领导人第二次正式会晤。",
                   _YEKATERINBURG, "zh")
    assert of_type(found, "meeting") and not of_type(found, "summit")


# --- the summit of a forum of states ----------------------------------------------------------

_PRETORIA = dt.date(2011, 10, 19)


def test_the_summit_of_a_forum_of_states_is_that_bodys_summit_and_no_forum():
    found = events("Jacob Zuma, Dilma Rousseff y Manmohan Singh celebraron ayer martes en Pretoria la cumbre "
                   "del foro IBSA.", _PRETORIA, "es")
    (summit,) = of_type(found, "summit")
    assert not of_type(found, "forum")
    assert any("IBSA" in name for name in summit.event_names)
    assert {ZUMA, SINGH} <= summit.participants


def test_look_alike_a_forum_of_its_own_stays_a_forum():
    found = events("Vladímir Putin inauguró ayer martes el foro económico en Ekaterimburgo.", _PRETORIA, "es")
    assert of_type(found, "forum") and not of_type(found, "summit")


# --- a disaster's place -----------------------------------------------------------------------

_ANKARA = dt.date(2023, 2, 10)


def test_the_place_of_an_earthquake_is_not_the_summits():
    found = events("Los líderes celebraron ayer jueves una cumbre exprés por el terremoto en Turquía.", _ANKARA, "es")
    (summit,) = of_type(found, "summit")
    assert summit.location_id is None


def test_look_alike_a_summit_placed_in_the_country_keeps_it():
    found = events("Los líderes celebraron ayer jueves una cumbre exprés en Turquía.", _ANKARA, "es")
    (summit,) = of_type(found, "summit")
    assert summit.location_id is not None


# --- among the leaders at the table ------------------------------------------------------------

_ASTANA = dt.date(2031, 7, 4)
_SUMMIT = "ASTANA, July 4 -- Kassym-Jomart Tokayev opened the summit of the SCO in Astana on Thursday.\n\n"


def test_leaders_among_those_at_the_table_join_the_summit():
    found = events(_SUMMIT + "Shavkat Mirziyoyev and Alexander Lukashenko are among the leaders at the table.", _ASTANA)
    assert {TOKAYEV, MIRZIYOYEV, LUKASHENKO} <= {p for e in of_type(found, "summit") for p in e.participants}


def test_look_alike_leaders_among_critics_join_nothing():
    found = events(_SUMMIT + "Shavkat Mirziyoyev and Alexander Lukashenko are among the leaders who doubt the plan.",
                   _ASTANA)
    assert not {MIRZIYOYEV, LUKASHENKO} & {p for e in found for p in e.participants}


# --- held without ------------------------------------------------------------------------------


def test_one_a_summit_is_held_without_is_none_of_its_people():
    found = events("ASTANA, July 4 -- SCO leaders opened their summit in Astana on Thursday without the Indian "
                   "prime minister Narendra Modi.", _ASTANA)
    summits = of_type(found, "summit")
    assert summits and MODI not in {p for e in summits for p in e.participants}


def test_look_alike_without_one_and_with_another_keeps_the_other():
    """"sin X y con Y": only X is away; Y, after "con", is there, and no pair of the title is read."""
    found = events("Los líderes aprobaron una declaración en Astaná, y Tokáyev dio la bienvenida a todos.",
                   _ASTANA, "es", title="Termina en Astaná una cumbre sin Modi y con Putin en pantalla")
    people = {p for e in found for p in e.participants}
    assert MODI not in people
    assert PUTIN in {p for e in of_type(found, "summit") for p in e.participants}


# --- a date line's place with a particle --------------------------------------------------------


def test_a_date_line_whose_place_holds_a_particle_is_the_place_line():
    assert date_line_place("Río de Janeiro, 18 de noviembre de 2031 - 10:05") == "Río de Janeiro"
    page = ("EL DIARIO | Internacional\n\nRío de Janeiro, 18 de noviembre de 2031 - 10:05\n\n"
            "Abre en Río la cumbre del G20 con un llamado contra el hambre\n\n"
            "Los líderes del G20 inauguraron este martes su cumbre anual en el puerto de la ciudad.")
    article = parse_article(page, "seeds/page.txt", today=dt.date(2031, 12, 1))
    assert article.title.startswith("Abre en Río")
    assert article.place == "Río de Janeiro"


def test_look_alike_a_line_of_names_with_a_particle_and_no_known_place_gives_none():
    assert date_line_place("Cumbre de Ministros, 18 de noviembre de 2031 - 10:05") is None


# --- kept away, told right after the name -------------------------------------------------------


def test_one_told_staying_away_is_none_of_the_titles_event():
    found = extract_article("t1", "SCO summit in Astana: leaders adopt declaration, Tokayev speaks by video, "
                            "Narendra Modi stays away – live", "The leaders have adopted the Astana Declaration on trade.",
                            "Shavkat Mirziyoyev opened the summit this morning.", _ASTANA, "en").events
    assert of_type(found, "agreement")
    assert MODI not in {p for e in found for p in e.participants}


def test_look_alike_one_told_staying_on_is_there():
    found = events("ASTANA, July 4 -- Kassym-Jomart Tokayev and Narendra Modi held talks in Astana on Thursday, "
                   "and Modi stays on for the summit.", _ASTANA)
    assert MODI in {p for e in of_type(found, "meeting") for p in e.participants}


# --- a live page's title ---------------------------------------------------------------------------

_LIVE = ("THE DAILY LEDGER | World | Live\n\nLIVE\n\n{headline}\n\nThursday 4 July\n\nKey events\n\n"
         "- 16:20 Charter signed\n\n- 11:05 Summit opens\n\n16:20 Charter signed\n\n"
         "The heads of state have signed a charter on trade in Astana.\n\n11:05 Summit opens\n\n"
         "Kassym-Jomart Tokayev opened the summit this morning.")


def test_a_live_pages_headline_is_its_title_not_its_newest_entrys_heading():
    """The newest entry's heading is printed twice (under "Key events" and over its entry), as a
    headline printed again is; its time stamp tells it an entry's."""
    page = _LIVE.format(headline="SCO summit in Astana: leaders sign trade charter – as it happened")
    article = parse_article(page, "seeds/page.txt", today=dt.date(2031, 12, 1))
    assert article.title.startswith("SCO summit in Astana")


def test_look_alike_a_headline_printed_twice_with_no_stamp_stays_the_title():
    page = ("THE DAILY LEDGER | World\n\nTrade charter signed in Astana\n\nTrade charter signed in Astana\n\n"
            "The heads of state have signed a charter on trade in Astana on Thursday.")
    article = parse_article(page, "seeds/page.txt", today=dt.date(2031, 12, 1))
    assert article.title == "Trade charter signed in Astana"


# --- German: those at the table ----------------------------------------------------------------


def test_those_seated_at_the_table_join_the_summit_in_german():
    found = events("ASTANA. Kassym-Jomart Tokajew eröffnete am Donnerstag in Astana den Gipfel der SCO.\n\n"
                   "Am Tisch saßen Schawkat Mirsijojew und Alexander Lukaschenko.", _ASTANA, "de")
    assert {MIRZIYOYEV, LUKASHENKO} <= {p for e in of_type(found, "summit") for p in e.participants}


def test_look_alike_a_table_that_is_no_gatherings_adds_no_one_in_german():
    """"Am Tisch" opening a sentence that tells who sat elsewhere, at a dinner's table, with no
    sitting verb right after it: no one joins the summit."""
    found = events("ASTANA. Kassym-Jomart Tokajew eröffnete am Donnerstag in Astana den Gipfel der SCO.\n\n"
                   "Am Tisch des Hotels wurde später über Schawkat Mirsijojew und Alexander Lukaschenko gesprochen.",
                   _ASTANA, "de")
    assert not {MIRZIYOYEV, LUKASHENKO} & {p for e in of_type(found, "summit") for p in e.participants}


# --- Russian: a declaration to be signed -------------------------------------------------------

_RU_SUMMIT = "АСТАНА, 3 июля. /Корр./. Саммит ШОС открылся сегодня в Астане. "


def test_a_declaration_the_heads_of_state_will_sign_tomorrow_is_an_agreement_to_come():
    found = events(_RU_SUMMIT + "Завтра главы государств подпишут Астанинскую декларацию.", dt.date(2031, 7, 3), "ru")
    (agreement,) = of_type(found, "agreement")
    assert agreement.date.first == dt.date(2031, 7, 4)


def test_look_alike_a_declaration_they_will_not_sign_is_no_agreement():
    found = events(_RU_SUMMIT + "Главы государств не подпишут итоговую декларацию.", dt.date(2031, 7, 3), "ru")
    assert not of_type(found, "agreement")


# --- a statement signed beside two summits of a day ----------------------------------------------

_DURBAN = dt.date(2013, 3, 27)
_TWO_SUMMITS = ("DURBAN, March 26 -- Dmitry Medvedev, Hu Jintao and Luiz Inacio Lula da Silva held a BRICS summit in "
                "Durban on Tuesday.\n\n{ibsa}Dmitry Medvedev, Hu Jintao, Luiz Inacio Lula da Silva and Manmohan Singh "
                "approved a joint statement.")


def test_a_statement_beside_two_summits_of_its_day_gives_its_signers_to_the_one_they_hold():
    found = events(_TWO_SUMMITS.format(ibsa="In the afternoon, Jacob Zuma, Luiz Inacio Lula da Silva and Manmohan "
                                            "Singh held an IBSA summit in Durban.\n\n"), _DURBAN)
    (ibsa,) = [e for e in of_type(found, "summit") if ZUMA in e.participants]
    (bric,) = [e for e in of_type(found, "summit") if ZUMA not in e.participants]
    assert not {MEDVEDEV, HU} & ibsa.participants
    assert SINGH in bric.participants


def test_look_alike_a_statement_beside_one_summit_gives_it_all_its_signers():
    (summit,) = of_type(events(_TWO_SUMMITS.format(ibsa=""), _DURBAN), "summit")
    assert {MEDVEDEV, HU, LULA, SINGH} <= summit.participants
