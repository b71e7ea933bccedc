"""A discovered name the text shows to be a person's once (a title before it) is a person's
wherever the text writes it, and so takes part in the events told there
(extract/discovered_people.py). Texts written for the test; each beside a look-alike."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.extract.linking import link_entities


def kinds(text):
    return {(m.surface, m.entity_type) for m in link_entities(text) if not m.linked}


def test_a_name_a_title_marks_as_a_person_s_is_a_person_s_without_the_title_too():
    text = ("The Mongolian prime minister Oyun Batbold arrived in the capital on Monday.\n\n"
            "Kassym-Jomart Tokayev has held talks with Oyun Batbold this afternoon at the Akorda.")
    assert ("Oyun Batbold", "MISC") not in kinds(text)
    found = extract_article("t", None, None, text, dt.date(2024, 5, 13), "en").event_mentions
    talks = [m for m in found if m.event_type == "meeting"]
    assert talks and "oyun-batbold" in talks[-1].participant_ids


def test_look_alike_a_name_of_no_kind_the_text_never_marks_as_a_person_s_keeps_it():
    text = ("The Mongolian prime minister Oyun Batbold arrived in the capital on Monday.\n\n"
            "Kassym-Jomart Tokayev has held talks with Oyun Batbold this afternoon at the Akorda.")
    assert ("Akorda", "MISC") in kinds(text)


def test_look_alike_a_single_word_read_as_a_person_s_once_is_not_made_one_elsewhere():
    from ruchina.extract.discovered_people import people_throughout
    from ruchina.extract.linking import Mention

    once = Mention(0, 7, "Valdaro", "valdaro", "Valdaro", "PERSON", False)
    elsewhere = Mention(40, 47, "Valdaro", "valdaro", "Valdaro", "MISC", False)
    assert people_throughout("Valdaro came. " + " " * 40, [once, elsewhere])[1].entity_type == "MISC"


def test_look_alike_a_name_that_labels_a_transcript_s_turn_is_left_to_the_transcript():
    text = ("Prime Minister of Mongolia Oyun Batbold arrived on Monday.\n\n"
            "Oyun Batbold: Colleagues, I thank Kazakhstan for hosting today's meeting.")
    assert ("Oyun Batbold", "MISC") in kinds(text)
