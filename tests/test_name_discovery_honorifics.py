"""An honorific printed before a person's name ("Shri", as Indian official texts write it)
is a word of address, no part of the name, like "Mr". Its look-alike: a place name that
begins with a similar word ("Sri Lanka") keeps its first word. Fixtures written for the test."""

from __future__ import annotations

from ruchina.extract.linking import link_entities


def discovered(text):
    return {m.name: m.entity_type for m in link_entities(text) if not m.linked}


def test_an_honorific_before_a_speaker_s_name_is_left_out():
    found = discovered("Joint Secretary, Shri Kiran Bhatt: Good afternoon. Smt. Leela Nair will read the statement.")
    assert "Shri Kiran Bhatt" not in found and "Smt. Leela Nair" not in found
    assert found.get("Kiran Bhatt") == "PERSON"
    assert found.get("Leela Nair") == "PERSON"


def test_look_alike_a_place_beginning_with_a_like_word_keeps_it():
    found = discovered("The delegation then flew on to Sri Lanka and met Kiran Bhatt there.")
    assert not any(name == "Lanka" for name in found)
