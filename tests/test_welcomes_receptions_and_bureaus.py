"""Issue 23 (unseen17's English pages): a welcome at the plane is no meeting with those at the
steps (knowledge/events_en.yaml's not_events); "will receive X" tells a meeting as "will host X"
does (meeting_hosts); "in the east coast city of X" places the event in X (venue_prepositions);
and a story filed from a bureau abroad ("OSLO" over talks in Reykjavik) puts no event of the page
at the bureau's city (story_day_places.py). Texts written for these tests, other names and places
than any page read; each beside a look-alike that keeps its event, person or place."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.knowledge import base

CATALOG = base.entity_catalog()
LULA, MODI = (CATALOG.named(name).entity_id for name in ("Luiz Inácio Lula da Silva", "Narendra Modi"))
GUTERRES = CATALOG.named("António Guterres").entity_id
MONDAY = dt.date(2024, 3, 11)


def extraction(body: str, published: dt.date = MONDAY):
    return extract_article("t", None, None, body, published, "en")


def test_a_welcome_at_the_steps_of_the_plane_is_no_meeting_with_the_welcomers():
    found = extraction("Indian Prime Minister Narendra Modi landed in Brasilia on Monday. He was met at the steps "
                       "by UN Secretary-General Antonio Guterres and the city's governor.")
    assert not any(GUTERRES in m.participant_ids for m in found.event_mentions)


def test_look_alike_a_host_who_met_him_at_the_palace_meets_him():
    found = extraction("Indian Prime Minister Narendra Modi landed in Brasilia on Monday. Lula met Modi at the "
                       "Planalto Palace on Monday.")
    assert any({LULA, MODI} <= set(m.participant_ids) for m in found.event_mentions)


def test_will_receive_a_guest_tells_a_meeting_to_come():
    found = extraction("Indian Prime Minister Narendra Modi flies to Brasilia tonight. Lula will receive Modi "
                       "tomorrow.")
    meetings = [m for m in found.event_mentions if m.event_type == "meeting" and {LULA, MODI} <= set(m.participant_ids)]
    assert meetings and meetings[0].status == "planned" and meetings[0].date.first == dt.date(2024, 3, 12)


def test_look_alike_to_receive_a_letter_tells_no_meeting():
    found = extraction("Lula is due to receive a letter from Modi tomorrow.")
    assert not any(m.event_type == "meeting" and {LULA, MODI} <= set(m.participant_ids) for m in found.event_mentions)


def test_the_city_after_a_few_words_describing_it_is_the_place():
    found = extraction("Lula received Modi in the Black Sea resort city of Sochi on Monday.")
    (meeting,) = [e for e in found.events if "meeting" in e.types()]
    assert CATALOG.get(meeting.location_id).name == "Sochi"


def test_look_alike_a_city_the_sentence_names_after_the_place_is_not_the_place():
    found = extraction("Lula received Modi in Brasilia on Monday, a week after floods hit the southern city of Sochi.")
    (meeting,) = [e for e in found.events if "meeting" in e.types()]
    assert CATALOG.get(meeting.location_id).name == "Brasília"


def test_a_bureau_abroad_is_no_place_of_the_storys_other_events():
    found = extraction("NEW DELHI, March 11 - Brazilian President Lula received Indian Prime Minister Narendra Modi "
                       "in Brasilia on Monday, officials said. Modi arrived on Sunday for a three-day visit.")
    (visit,) = [e for e in found.events if "visit" in e.types()]
    assert visit.location_id is None or CATALOG.get(visit.location_id).name != "New Delhi"


def test_look_alike_a_story_filed_where_it_happens_keeps_the_line_for_its_other_events():
    found = extraction("BRASILIA, March 11 - Brazilian President Lula received Indian Prime Minister Narendra Modi "
                       "in Brasilia on Monday, officials said. Modi arrived on Sunday for a three-day visit.")
    (visit,) = [e for e in found.events if "visit" in e.types()]
    assert visit.location_id is not None and CATALOG.get(visit.location_id).name == "Brasília"


def test_a_headlines_meeting_in_a_country_and_the_leads_in_its_city_are_one_meeting():
    found = extract_article("t", "Lula eases tariffs after Modi meeting in Russia", None,
                            "Brazilian President Lula said on Monday he would ease tariffs after talks with Indian "
                            "Prime Minister Narendra Modi in the southern city of Sochi.", MONDAY, "en")
    meetings = [e for e in found.events if "meeting" in e.types()]
    assert len(meetings) == 1


def test_look_alike_two_meetings_of_the_body_in_a_country_and_its_city_stay_two():
    found = extraction("Lula met Modi in Russia on Friday. Lula met Modi again in the southern city of Sochi on "
                       "Monday.")
    assert len([e for e in found.events if "meeting" in e.types()]) == 2
