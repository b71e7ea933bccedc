"""A city named right after an event noun and the word that joins a name to it ("le sommet
d'Antalya, en Turquie", "la cumbre de Ufá"): the event's place, as "the Antalya summit" is in
English, where the city stands before the noun (event_places.py). Without it, the city after
"de" was no venue and a country the sentence names after a comma ("en Turquie") became the
place, a less specific one.

The joining words are each language's (knowledge/events_<language>.yaml, ``place_after_noun``).
Only a city counts, a place the knowledge base puts inside another: "la cumbre de Rusia y la
ASEAN" names a side, "el sommet de l'OCS" a body.
"""

from __future__ import annotations

from ruchina.extract.event_words import listed_words
from ruchina.knowledge.base import entity_catalog


def city_after_noun(words, sentence: str, places, trigger_end: int) -> str | None:
    """The id of the city that follows the event noun ending at ``trigger_end`` and its joining
    word, if any (the caller has found the word a noun)."""
    joining = listed_words(words.language, "place_after_noun")
    link = joining.match(sentence, trigger_end) if joining is not None else None
    if link is None:
        return None
    catalog = entity_catalog()
    for place in places:
        known = catalog.get(place.entity_id)
        if place.start == link.end() and known is not None and known.entity_type == "GPE" and known.located_in:
            return place.entity_id
    return None
