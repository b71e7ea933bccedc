"""A known name right after a sentence's first word, in a language other than the names' own:
"La cumbre del G20 terminó ... a orillas del Río de la Plata". The linker drops an event's or an
organisation's name glued to a capitalised word the text also writes in lower case ("Collective
Security Council": another, longer name); but in Spanish, French or German every sentence opens with
a capital, and its article ("La", "Le", "Die") written in lower case elsewhere is no word of a name.
Fixtures of our own words, other summits and places than any page read; the look-alike: inside a
sentence, a capitalised word glued on still makes the longer name.
"""

from __future__ import annotations

from ruchina.extract.linking import link_entities


def _linked(text, language):
    return {m.entity_id for m in link_entities(text, True, language)}


def test_a_summit_named_after_a_sentences_first_article_is_linked_in_spanish():
    text = "La cumbre del G20 se cerró el domingo junto a la bahía de la ciudad. Los líderes firmaron."
    assert "g20-summit" in _linked(text, "es")


def test_a_summit_named_after_a_sentences_first_article_is_linked_in_french():
    text = "Les dirigeants sont arrivés dans le port de la ville. Le sommet du G20 a commencé à midi."
    assert "g20-summit" in _linked(text, "fr")


def test_look_alike_a_capitalised_word_glued_on_inside_a_sentence_still_makes_another_name():
    """("la Segunda cumbre del G20 de la juventud", a title of its own: not the leaders' summit)"""
    text = "Los jóvenes viajaron a la Segunda cumbre del G20 de la juventud. Era la segunda vez."
    assert "g20-summit" not in _linked(text, "es")
