"""People the knowledge base lacked, or wrote in fewer forms than pages print them: He Long ("Ho Lung",
"贺龙"), Chung Eui-yong, and Gennady Seleznyov as Spanish writes him ("Guennadi Selezniov"). Beside each, a
look-alike that must not link. Fixtures written for these tests."""

from __future__ import annotations

from ruchina.extract.linking import link_entities


def _people(text: str, language: str) -> set[str]:
    return {m.entity_id for m in link_entities(text, True, language) if m.entity_type == "PERSON"}


def test_the_forms_link_their_person():
    assert "he-long" in _people("Marshal Ho Lung flew to Hanoi with the premier.", "en")
    assert "he-long" in _people("贺龙元帅随团访问。", "zh")
    assert "chung-eui-yong" in _people("Foreign Minister Chung Eui-yong met his counterpart in Seoul.", "en")
    assert "gennady-seleznyov" in _people("Se reunió con el presidente de la Duma, Guennadi Selezniov.", "es")


def test_look_alike_a_bare_surname_or_another_man_does_not_link():
    # ("Chung" alone is a common surname: only beside the full name)
    assert "chung-eui-yong" not in _people("Chung, a shipping executive, said prices would rise.", "en")
    assert "he-long" not in _people("He long argued for closer ties.", "en")
