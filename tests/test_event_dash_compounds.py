"""A dash inside a compound noun is no break of the clause: "в заседании Совета министров обороны
государств — членов ОДКБ в Минске" is held in Minsk (the grammar's ``dash_compounds``, read into
the scope break of event_word_patterns.py); a dash between two statements still breaks it. Texts
written for these tests."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.event_words import event_words
from ruchina.extract.extraction import extract_article
from ruchina.knowledge import base

MINSK = base.entity_catalog().named("Minsk").entity_id


def test_a_place_after_a_member_states_dash_is_the_events():
    body = ("Министр обороны России Андрей Белоусов принял участие во вторник в заседании Совета министров "
            "обороны государств — членов ОДКБ в Минске.")
    events = extract_article("dash", None, None, body, dt.date(2024, 11, 26), "ru").events
    assert MINSK in {e.location_id for e in events}


def test_a_dash_between_two_statements_still_breaks_the_clause():
    words = event_words("ru")
    assert words.scope_break.search("Стороны провели переговоры — в Минске прошло заседание")
    assert not words.scope_break.search("заседание государств — членов ОДКБ")
