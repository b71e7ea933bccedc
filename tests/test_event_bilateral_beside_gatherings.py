"""Two leaders' talks held where a body's leaders have just met, told beside that gathering: two
events. The visitor's talks with his host, told as "their first summit", are their meeting, part of
the state visit, not of the body's summit (extract/summits_of_two.py, corpus/event_parts.py); the
body's leaders' gathering ("BRICS leaders closed their two-day meeting", « les dirigeants du forum
de Coopération économique Asie-Pacifique, réunis ... ») is the body's summit, whose people are those
its own sentences name, not the two a group word before took them for (extract/summit_bodies.py),
with one who "attended in place of" its absent member. Beside each, the look-alike that keeps the
old reading. Fixtures written for these tests (other leaders, other gatherings, other years)."""

from __future__ import annotations

import datetime as dt

from ruchina.corpus.events_table import merged_events
from ruchina.extract.extraction import extract_article

SATURDAY = dt.date(2026, 4, 18)
LULA, RAMAPHOSA, XI, PUTIN, LAVROV = "luiz-inacio-lula-da-silva", "Q1148669", "Q15031", "Q7747", "sergei-lavrov"


def merged(body: str, language: str = "en"):
    extraction = extract_article("a1", None, None, body, SATURDAY, language)
    names = {m.entity_id: m.name for m in extraction.mentions}
    return merged_events([extraction], names)


def test_the_visitors_first_summit_with_his_host_is_their_meeting_of_the_state_visit_beside_the_bodys_summit():
    events = merged("Brazilian President Lula da Silva and South African President Cyril Ramaphosa held their "
                    "first summit on Saturday in Durban. Lula is on a state visit to South Africa.\n\n"
                    "Earlier on Saturday, BRICS leaders closed their two-day meeting in Durban, which Ramaphosa "
                    "chaired, by adopting a declaration. Sergei Lavrov attended in place of President Vladimir "
                    "Putin.")
    by_type = {e.event_type: e for e in events if e.event_type != "agreement"}
    assert {"meeting", "summit", "state_visit"} <= set(by_type), [e.event_type for e in events]
    meeting, summit = by_type["meeting"], by_type["summit"]
    assert {LULA, RAMAPHOSA} <= set(meeting.participant_ids)
    assert meeting.part_of == by_type["state_visit"].event_id
    assert LAVROV in summit.participant_ids and PUTIN not in summit.participant_ids
    assert RAMAPHOSA in summit.participant_ids and LULA not in summit.participant_ids


def test_the_visitors_talks_with_a_third_leader_on_the_sidelines_stay_the_summits():
    """The look-alike: talks with another than the host, at the summit, are the summit's."""
    events = merged("Brazilian President Lula da Silva is on a state visit to South Africa. The BRICS summit "
                    "opened in Durban on Saturday. On the sidelines of the summit in Durban on Saturday, Lula "
                    "held talks with Chinese President Xi Jinping.")
    by_type = {e.event_type: e for e in events}
    assert {"meeting", "summit"} <= set(by_type), [e.event_type for e in events]
    assert by_type["meeting"].part_of == by_type["summit"].event_id


def test_the_leaders_of_a_forum_named_body_gathered_are_its_summit_with_the_people_its_sentence_names():
    events = merged("Xi Jinping et Shinzo Abe se sont entretenus samedi par téléphone. Quelques heures plus tôt, "
                    "les dirigeants du forum de Coopération économique Asie-Pacifique, réunis depuis vendredi à "
                    "Vladivostok sous la présidence de Vladimir Poutine, avaient adopté une déclaration.", "fr")
    (summit,) = [e for e in events if e.event_type == "summit"]
    assert not [e for e in events if e.event_type == "forum"]
    assert PUTIN in summit.participant_ids and XI not in summit.participant_ids


def test_a_forum_whose_name_is_no_bodys_stays_a_forum():
    """The look-alike: « le forum économique » of a city is a forum, no body's summit."""
    events = merged("Les dirigeants réunis au forum économique de Vladivostok ont entendu samedi Vladimir "
                    "Poutine.", "fr")
    assert [e for e in events if e.event_type == "forum"]
