"""A visit told as cut short keeps no place its visitor goes to next ("cutting his visit short and
will fly to Gdansk"); a visit told with the cities it takes in keeps them."""
import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.extract.visits_cut_short import place_after_a_cut_short_visit

SATURDAY = dt.date(2017, 6, 10)


def _visit_places(text):
    return [m.location_id for event in extract_article("x", None, None, text, SATURDAY, "en").events
            for m in event.mentions if m.event_type == "visit"]


def test_the_next_leg_after_a_cut_short_visit_is_not_its_place():
    sentence = "Narendra Modi is cutting his visit short and will fly to Hamburg tonight, an aide said."
    start = sentence.index("visit")
    assert place_after_a_cut_short_visit("en", sentence, start, sentence.index("Hamburg"))
    assert "hamburg" not in _visit_places(sentence)


def test_a_visit_not_cut_short_keeps_the_city_it_goes_to():
    sentence = "During her visit she will travel to Hamburg on Sunday, an aide said."
    assert not place_after_a_cut_short_visit("en", sentence, sentence.index("visit"), sentence.index("Hamburg"))


def test_a_place_before_the_words_of_travel_is_not_touched():
    sentence = "Merkel cut short her visit to Hamburg and went home."
    assert not place_after_a_cut_short_visit("en", sentence, sentence.index("visit"), sentence.index("Hamburg"))
