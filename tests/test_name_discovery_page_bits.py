"""Page bits that are no names (issue 23, class 9): a live blog's entry stamps ("4 Nov 2024
18.05 GMT"), a photo credit's words ("Photograph: Wire/Pool") and a venue's common noun after
a known place ("the Beijing Aquarium"), each beside a look-alike that must still give its
name. The fixtures are written for these tests; none is copied."""

from __future__ import annotations

from ruchina.extract.linking import link_entities


def discovered(text):
    return {m.name for m in link_entities(text) if not m.linked}


def test_the_month_of_a_live_blog_stamp_is_no_name():
    text = ("4 Nov 2024 18.05 GMT\nThe firm Kamagaz opens its plant in Lugovo.\n\n"
            "5 Dec 2024 09.40 GMT\nLena Marsh leaves the talks.")
    found = discovered(text)
    assert not found & {"Nov", "Dec"}
    assert {"Kamagaz", "Lugovo", "Lena Marsh"} <= found


def test_look_alike_a_short_name_without_a_day_before_it_stays():
    found = discovered("Later the delegates met Jan Novak, and Brinkov thanked Jan for the visit to Lugovo.")
    assert "Jan Novak" in found


def test_the_words_of_a_photo_credit_are_no_names():
    found = discovered("Lena Marsh met Olga Brin in Lugovo on Monday. Photo by Pool.\n\n"
                       "Then the two went to the Kamagaz plant, Handout pictures show.")
    assert not found & {"Pool", "Handout", "Photo"}
    assert {"Olga Brin", "Lena Marsh", "Lugovo", "Kamagaz"} <= found


def test_a_venue_noun_after_a_known_place_is_no_new_name():
    found = discovered("The two leaders later toured the Beijing Aquarium and the Moscow Zoo with Lena Marsh.")
    assert not found & {"Aquarium", "Zoo"}
    assert "Lena Marsh" in found


def test_look_alike_a_venue_with_an_unknown_name_is_found_whole():
    found = discovered("The two leaders later toured the Lugovo Zoo with Lena Marsh.")
    assert "Lugovo Zoo" in found


def test_the_words_before_a_call_signs_spelled_number_are_no_name():
    found = discovered("Lena Marsh flew home aboard Marine One after the talks in Lugovo.")
    assert "Marine" not in found
    assert {"Lena Marsh", "Lugovo"} <= found


def test_look_alike_an_air_force_with_its_own_name_and_a_number_word_opening_a_sentence_stay():
    found = discovered("The Kama Air Force flew past Olga Brin. One of the pilots was Lena Marsh.")
    assert {"Kama Air Force", "Olga Brin", "Lena Marsh"} <= found
