"""An agency's flash: bulleted lines written all in capitals under a dateline, then "(more)", are
the story (text/page_flashes.py); a name the knowledge base lacks after a person's cue word keeps
its capitals when the line is recased (extract/capital_lines.py). The look-alikes: bullets in
ordinary case, a lone shouted bullet and a menu of short capital bullets make no flash, and a
line in capitals whose words after a cue are no name stays lower-cased. Texts written for these
tests."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.capital_lines import recase_capital_lines
from ruchina.extract.extraction import extract_article
from ruchina.knowledge import base
from ruchina.text.page_flashes import find_flash
from ruchina.text.parsing import parse_article

TODAY = dt.date(2032, 1, 1)
CATALOG = base.entity_catalog()
MODI, RAMAPHOSA = (CATALOG.named(name).entity_id for name in ("Narendra Modi", "Cyril Ramaphosa"))

FLASH_PAGE = """URL: https://capewire.example/flash/2031/03/13/durban-talks

CAPEWIRE -- FLASH
Published 13-03-2031 09:10 GMT

DURBAN, March 13 (Capewire) --
* MODI, RAMAPHOSA HOLD TALKS ON SHIPPING LANES - OFFICIALS
* LEADERS AGREE TO OPEN THREE NEW CONSULATES
* MODI BRIEFED RAMAPHOSA ON TUESDAY'S MEETING WITH UN ENVOY PAUL KESTREL - AIDE
(more)
"""


def _parse(text: str):
    return parse_article(text, "seeds/flash.txt", today=TODAY)


def test_a_flash_s_bullets_in_capitals_are_its_story_under_its_dateline():
    article = _parse(FLASH_PAGE)
    assert article.paragraphs == [
        "DURBAN, March 13 (Capewire) --",
        "MODI, RAMAPHOSA HOLD TALKS ON SHIPPING LANES - OFFICIALS",
        "LEADERS AGREE TO OPEN THREE NEW CONSULATES",
        "MODI BRIEFED RAMAPHOSA ON TUESDAY'S MEETING WITH UN ENVOY PAUL KESTREL - AIDE",
    ]
    assert article.subtitle is None  # (the first bullet is the story's lead, not a dek)
    assert "(more)" in article.boilerplate
    assert article.published_date == dt.date(2031, 3, 13)


def test_a_flash_reports_its_talks_at_the_dateline_s_city_and_the_one_briefed_is_at_no_meeting():
    article = _parse(FLASH_PAGE)
    extraction = extract_article("flash", article.title, article.subtitle, article.body, article.published_date,
                                 "en", place=article.place)
    mentions = [m for event in extraction.events for m in event.mentions]
    (talks,) = [e for e in extraction.events if any("shipping" in m.sentence.lower() for m in e.mentions)]
    assert talks.main and talks.types() == {"meeting"}
    assert set(talks.mentions[0].participant_ids) == {MODI, RAMAPHOSA}
    assert talks.assumed_location == CATALOG.named("Durban").entity_id  # (the dateline's city)
    (briefed,) = [m for m in mentions if "envoy" in m.sentence.lower()]
    # Ramaphosa is only told of Tuesday's meeting; the envoy the knowledge base lacks stays a name
    assert RAMAPHOSA not in briefed.participant_ids and MODI in briefed.participant_ids
    assert briefed.date.first == dt.date(2031, 3, 11)
    assert any(m.name == "Paul Kestrel" and m.entity_id in briefed.participant_ids for m in extraction.body_mentions)


def test_look_alikes_ordinary_bullets_one_shouted_line_and_a_menu_make_no_flash():
    ordinary = ["DURBAN, March 13 (Capewire) --", "* Modi and Ramaphosa held talks on shipping lanes.",
                "* Leaders agreed to open three new consulates."]
    shouted = ["Capewire", "* MODI AND RAMAPHOSA HOLD TALKS IN DURBAN", "Modi and Ramaphosa met on Thursday."]
    menu = ["* HOME", "* WORLD NEWS", "* MARKETS", "* OPINION"]
    for paragraphs in (ordinary, shouted, menu):
        assert find_flash(paragraphs) is None
    flash = find_flash(["CAPEWIRE", "DURBAN, March 13 (Capewire) --", "* MODI AND RAMAPHOSA HOLD TALKS IN DURBAN",
                        "- LEADERS AGREE TO OPEN THREE NEW CONSULATES", "(more)"])
    assert (flash.start, flash.end) == (1, 4)


def test_a_name_after_a_cue_word_keeps_its_capitals_and_other_words_after_a_cue_do_not():
    assert recase_capital_lines("* MODI MET UN ENVOY PAUL KESTREL - AIDE", "en") == \
        "* Modi met UN envoy Paul Kestrel - aide"
    assert recase_capital_lines("* SPOKESMAN PAUL KESTREL SAID TALKS WENT WELL", "en") == \
        "* Spokesman Paul Kestrel said talks went well"
    # look-alikes: no given name after the cue, an event word in the run, a run that goes on ("in")
    assert recase_capital_lines("* ENVOY PAUL ARRIVES IN DURBAN", "en") == "* Envoy paul arrives in Durban"
    assert recase_capital_lines("* FOREIGN MINISTER HOLDS TALKS", "en") == "* Foreign minister holds talks"
    assert recase_capital_lines("* ENVOY PAUL TALKS TO MODI", "en") == "* Envoy paul talks to Modi"


def test_one_briefed_on_a_meeting_is_none_of_its_people_but_one_briefed_during_it_is():
    told = extract_article("told", None, None, "Modi briefed Cyril Ramaphosa on his talks with Lula in Goa.",
                           dt.date(2031, 3, 13))
    (talks,) = [m for e in told.events for m in e.mentions]
    assert RAMAPHOSA not in talks.participant_ids and MODI in talks.participant_ids
    # the look-alike: briefed during their own meeting (a frame's words before the event word)
    during = extract_article("during", None, None,
                             "Modi briefed Cyril Ramaphosa on Tuesday during their meeting in Durban.",
                             dt.date(2031, 3, 13))
    (meeting,) = [m for e in during.events for m in e.mentions]
    assert {MODI, RAMAPHOSA} <= set(meeting.participant_ids)


def test_a_bullet_s_bare_infinitive_is_a_plan_and_prose_that_ends_its_sentence_is_not():
    wednesday = dt.date(2031, 3, 12)
    flash = extract_article("flash", None, None, "* MODI TO HOLD TALKS WITH RAMAPHOSA IN DURBAN ON FRIDAY\n\n"
                            "* LEADERS AGREE TO OPEN THREE NEW CONSULATES", wednesday)
    (talks,) = [m for e in flash.events for m in e.mentions if m.event_type == "meeting"]
    assert talks.status == "planned" and talks.date.first == dt.date(2031, 3, 14)
    # the look-alike: a sentence of prose, ended by its full stop, that tells the trip as made
    prose = extract_article("prose", None, None, "Modi flew to Durban to hold talks with Cyril Ramaphosa on Friday.",
                            wednesday)
    (talks,) = [m for e in prose.events for m in e.mentions if m.event_type == "meeting"]
    assert talks.status == "occurred" and talks.date.first == dt.date(2031, 3, 7)


def test_a_body_named_for_its_seat_right_before_an_event_word_places_it_there():
    moscow = CATALOG.named("Moscow").entity_id
    seat = extract_article("seat", None, None, "* MODI TO HOLD KREMLIN TALKS WITH PUTIN ON FRIDAY\n\n"
                           "* LEADERS AGREE TO OPEN THREE NEW CONSULATES", dt.date(2031, 3, 12))
    (talks,) = [m for e in seat.events for m in e.mentions if m.event_type == "meeting"]
    assert talks.location_id == moscow
    # the look-alike: the body as the one who speaks of the meeting, not right before its word
    spoken = extract_article("spoken", None, None, "The Kremlin said the meeting with Modi went well.",
                             dt.date(2031, 3, 12))
    assert all(m.location_id is None for e in spoken.events for m in e.mentions)
