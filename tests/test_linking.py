"""Entity linking: curated entities by alias, unknown proper names discovered, and the
usual false positives left out."""

from __future__ import annotations

import pytest

from ruchina.extract.linking import link_entities


def names(text, discover=True):
    return {(m.name, m.entity_type, m.linked) for m in link_entities(text, discover)}


def test_aliases_on_word_boundaries_with_possessives_and_hyphens():
    found = names("Russia-China ties grew. Putin’s aides and China's envoy met; Russian officials agreed.")
    assert ("Russia", "GPE", True) in found and ("China", "GPE", True) in found
    assert ("Vladimir Putin", "PERSON", True) in found
    assert not any(name == "Russian" for name, _, _ in found), "a demonym is not a mention of its country"


def test_no_match_inside_a_longer_word():
    assert names("The Indianapolis team and Chinatown shops.", discover=False) == set()


def test_the_longest_alias_wins():
    found = names("The U.S. State Department and the Belt and Road Forum.", discover=False)
    assert found == {("U.S. State Department", "ORG", True), ("Belt and Road Forum", "EVENT", True)}


def test_a_bare_short_form_needs_context():
    assert ("Xi Jinping", "PERSON", True) not in names("Xi said the river was high.", discover=False)
    assert ("Xi Jinping", "PERSON", True) in names("China's leader arrived. Xi said ties were strong.", discover=False)


def test_accents_are_optional_in_the_text():
    assert ("António Guterres", "PERSON", True) in names("Antonio Guterres attended.", discover=False)


def test_the_kremlin_as_government_and_as_place():
    assert ("Kremlin", "ORG", True) in names("The Kremlin said the talks went well.")
    assert ("Moscow Kremlin", "FAC", True) in names("The talks were held in the Kremlin on Monday.")


def test_unknown_names_are_discovered_with_a_type_from_context():
    text = (
        "The ministers gathered on Monday. Economist Lena Marsh told reporters the plan was sound. "
        "Marsh added that the Harbor Development Ministry would fund it. Delegates later arrived in Vientiane."
    )
    found = names(text)
    assert ("Lena Marsh", "PERSON", False) in found
    assert ("Harbor Development Ministry", "ORG", False) in found
    assert ("Vientiane", "GPE", False) in found
    mentions = [m for m in link_entities(text) if m.name == "Lena Marsh"]
    assert len(mentions) == 2, "the bare surname later is the same person"


@pytest.mark.parametrize(
    "text",
    [
        "Despite the rain, officials met. Overall, it went well.",
        "They met on Wednesday and again in October.",
        "CLICK HERE TO READ MORE FROM THE DAILY PLANET",
        "Western sanctions and Global markets moved.",
        "I think it was important.",
    ],
)
def test_ordinary_capitalised_words_are_not_entities(text):
    assert {name for name, _, linked in names(text) if not linked} == set()


def test_headlines_link_curated_entities_without_discovering():
    found = names("Putin and Xi Forge Alliances Amid Global Uncertainties", discover=False)
    assert found == {("Vladimir Putin", "PERSON", True)}
