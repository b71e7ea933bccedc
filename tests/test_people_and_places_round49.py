"""People and a place the knowledge base lacked: the two presidents of Turkmenistan named
Berdimuhamedov (father and son), Marshal Rodion Malinovsky and Vladikavkaz, in the forms pages
print them. Beside each, a look-alike that must not link. Fixtures written for these tests."""

from __future__ import annotations

from ruchina.extract.linking import link_entities


def _linked(text: str, language: str) -> set[str]:
    return {m.entity_id for m in link_entities(text, True, language) if m.linked}


def test_the_forms_link_their_entity():
    assert "serdar-berdimuhamedov" in _linked("Xi hosted Serdar Berdimuhamedov in the Great Hall.", "en")
    assert "serdar-berdimuhamedov" in _linked("Си Цзиньпин принял Сердара Бердымухамедова.", "ru")
    assert "serdar-berdimuhamedov" in _linked("Xi recibió a Serdar Berdimujamédov en su residencia.", "es")
    assert "gurbanguly-berdimuhamedov" in _linked("Gurbanguly Berdimuhamedov opened the pipeline.", "en")
    assert "rodion-malinovsky" in _linked("Маршал Родион Малиновский выступил на приёме.", "ru")
    assert "rodion-malinovsky" in _linked("Marschall Rodion Malinowski sprach beim Empfang.", "de")
    assert "vladikavkaz" in _linked("Путин прилетел во Владикавказ вечером.", "ru")
    assert "vladikavkaz" in _linked("Le président s'est rendu à Vladikavkaz.", "fr")


def test_look_alike_the_shared_surname_alone_names_the_one_the_text_names_in_full():
    text = "Serdar Berdimuhamedov spoke first. Berdimuhamedov then left for Ashgabat."
    found = _linked(text, "en")
    assert "serdar-berdimuhamedov" in found and "gurbanguly-berdimuhamedov" not in found
