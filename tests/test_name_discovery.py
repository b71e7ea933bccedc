"""Discovered names on the kinds of junk real texts give (issue 23): each fixture, written for
these tests, sits beside a look-alike that must still give its name."""

from __future__ import annotations

from ruchina.extract.linking import link_entities


def discovered(text):
    return {m.name for m in link_entities(text) if not m.linked}


def test_weapons_and_aircraft_named_by_the_kind_after_them_are_not_entities():
    text = ("The navy received the Sosna-7M missiles, the Kedr and Pikhta long-range launchers and a "
            "Borei-B class boat; the Kama Region missile plant and the Lugovo Rocket Works delivered them.")
    found = discovered(text)
    assert not found & {"Sosna-7M", "Kedr", "Pikhta", "Borei-B"}
    assert {"Kama Region", "Lugovo Rocket Works"} <= found


def test_a_theme_or_slogan_after_its_cue_word_is_no_name():
    text = ("The forum's central theme is Building Bridges, Sharing Horizons. A session themed Open "
            "Roads: New Chances, will be chaired by Olga Brin. The topic was raised by Kamagaz in Lugovo.")
    found = discovered(text)
    assert not any(word in name for name in found for word in ("Bridges", "Horizons", "Roads", "Chances"))
    assert {"Olga Brin", "Kamagaz", "Lugovo"} <= found


def test_words_of_a_prayer_and_names_of_languages_are_not_names():
    text = "In the Name of Allah, the Most Merciful, I greet you in English and in Arabic, in the name of our peoples; the Kama Council agrees."
    assert discovered(text) == {"Kama Council"}
