"""An act two people do together over a video link with no event word of its own (a terminal
opened, a dam's first turbine started "over a video link"): a call of the two, at no place
(extract/video_link_calls.py, knowledge/events_<language>.yaml's video_link_acts). Texts written
for these tests, invented events, each beside a look-alike that must not be read so: the same act
done in person, one leader's address to a forum by video, an act by video told with no day."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.knowledge import base

CATALOG = base.entity_catalog()
TOKAYEV, LUKASHENKO, MODI = (CATALOG.named(name).entity_id for name in (
    "Kassym-Jomart Tokayev", "Alexander Lukashenko", "Narendra Modi"))
DAY = dt.date(2031, 3, 12)  # a Wednesday


def reports(body: str, language: str = "en", title: str | None = None):
    return extract_article("t", title, None, body, DAY, language).event_mentions


def calls(body: str, language: str = "en", title: str | None = None):
    return [m for m in reports(body, language, title) if m.event_type == "call"]


def test_two_leaders_opening_a_terminal_over_a_video_link_is_a_call_of_the_two_at_no_place():
    found = calls("ASTANA (Wire) - Kassym-Jomart Tokayev and Belarusian President Alexander Lukashenko on Tuesday "
                  "opened a grain terminal on the Caspian coast, talking to each other over a video link.")
    assert len(found) == 1
    call = found[0]
    assert {TOKAYEV, LUKASHENKO} <= set(call.participant_ids)
    assert call.location_id is None and call.status == "occurred" and call.date.first == dt.date(2031, 3, 11)


def test_the_same_terminal_opened_together_in_person_is_no_call():
    body = ("ASTANA (Wire) - Kassym-Jomart Tokayev and Belarusian President Alexander Lukashenko on Tuesday "
            "opened a grain terminal together in Aktau, cutting a ribbon on the quay.")
    assert calls(body) == []


def test_two_leaders_watching_a_turbine_start_via_video_link_in_a_comma_aside_is_a_call():
    found = calls("Alexander Lukashenko, Kassym-Jomart Tokayev on Wednesday watched, via video link, the first "
                  "turbine of a new dam start turning.")
    assert len(found) == 1 and {TOKAYEV, LUKASHENKO} <= set(found[0].participant_ids)


def test_one_leaders_address_to_a_forum_by_video_link_is_the_forums_not_a_call():
    found = reports("MINSK (Wire) - Narendra Modi spoke at the regional investment forum by video link on Tuesday.")
    assert not any(m.event_type == "call" for m in found)
    assert any(m.event_type == "forum" and MODI in m.participant_ids for m in found)


def test_two_leaders_addressing_a_summit_by_video_link_attend_the_summit_and_make_no_call():
    found = reports("Kassym-Jomart Tokayev and Alexander Lukashenko took part in the summit by video link on Tuesday.")
    assert not any(m.event_type == "call" for m in found)
    assert any(m.event_type == "summit" for m in found)


def test_acts_by_video_link_told_with_no_day_in_the_body_are_background():
    body = ("Grain exports across the Caspian rose sharply last year, traders said.\n\n"
            "Kassym-Jomart Tokayev and Alexander Lukashenko have opened several terminals by video link.")
    assert calls(body) == []


def test_one_leader_opening_a_terminal_while_another_watches_a_video_is_no_call():
    body = ("Kassym-Jomart Tokayev on Tuesday opened a grain terminal in Aktau, officials said, and a film of the "
            "ceremony was later sent to Alexander Lukashenko's office by video link.")
    assert calls(body) == []


def test_the_same_act_by_video_link_in_russian_german_french_and_spanish():
    cases = {
        "ru": "Касым-Жомарт Токаев и президент Белоруссии Александр Лукашенко во вторник в режиме видеосвязи "
              "открыли зерновой терминал на Каспии.",
        "de": "Per Videoschalte haben Kassym-Schomart Tokajew und Alexander Lukaschenko am Dienstag einen "
              "Getreideterminal am Kaspischen Meer eröffnet.",
        "fr": "Kassym-Jomart Tokaïev et Alexandre Loukachenko ont inauguré mardi par visioconférence un terminal "
              "céréalier sur la Caspienne.",
        "es": "Kassym-Jomart Tokayev y Alexandr Lukashenko inauguraron el martes por videoconferencia una terminal "
              "de grano en el Caspio.",
    }
    for language, body in cases.items():
        found = calls(body, language)
        assert len(found) == 1 and {TOKAYEV, LUKASHENKO} <= set(found[0].participant_ids), (language, found)
        assert found[0].location_id is None, language


def test_the_same_act_done_in_person_in_russian_and_german_is_no_call():
    cases = {
        "ru": "Касым-Жомарт Токаев и президент Белоруссии Александр Лукашенко во вторник вместе открыли "
              "зерновой терминал в Актау.",
        "de": "Kassym-Schomart Tokajew und Alexander Lukaschenko haben am Dienstag gemeinsam in Aktau einen "
              "Getreideterminal eröffnet.",
    }
    for language, body in cases.items():
        assert calls(body, language) == [], language


def test_a_list_of_those_taking_part_by_video_link_joins_the_report_before_and_makes_no_call():
    body = ("The regional investment forum opened in Minsk on Tuesday. Also taking part in its plenary session on "
            "Tuesday were Kassym-Jomart Tokayev and Alexander Lukashenko (via videoconference).")
    assert calls(body) == []


def test_a_headline_of_two_leaders_joining_a_summit_by_video_is_no_call():
    title = "Tokajew und Lukaschenko nur per Video in Bischkek"
    body = ("Der Gipfel der Eurasischen Wirtschaftsunion begann am Mittwoch in Bischkek. Kassym-Schomart Tokajew und "
            "Alexander Lukaschenko waren per Video zugeschaltet.")
    assert calls(body, "de", title) == []
