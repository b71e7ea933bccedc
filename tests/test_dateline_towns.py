"""A dateline's city the knowledge base lacks is a place all the same (extract/dateline_towns.py):
"TARAPOTO (Wire) -" places the meeting its story reports, written in Latin letters in every
language ("ТАРАПОТО, 4 марта." is Tarapoto too). Texts written for these tests; each beside a
look-alike that must not do what it does: the same word in running text, a dateline over
talks the text puts elsewhere, a call."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.dateline_towns import dateline_town
from ruchina.extract.extraction import extract_article

DAY = dt.date(2025, 3, 4)
MOSCOW = "Q649"


def _extraction(body: str, language: str = "en", title: str | None = None):
    return extract_article("t", title, None, body, DAY, language)


def _main(extraction):
    return next((event for event in extraction.events if event.main), None)


def test_an_unknown_dateline_town_places_the_meeting_in_english_and_russian():
    extraction = _extraction("TARAPOTO (Andes Wire) - Russian President Vladimir Putin met Brazilian President "
                             "Luiz Inacio Lula da Silva on Monday. They discussed fertiliser supplies.")
    assert _main(extraction).location_id == "tarapoto"
    assert any(m.entity_id == "tarapoto" and m.entity_type == "GPE" for m in extraction.header_mentions)
    extraction = _extraction("ТАРАПОТО, 3 марта. /Андское агентство/. Президент России Владимир Путин провел "
                             "в понедельник переговоры с президентом Бразилии Лулой да Силвой.", "ru")
    assert _main(extraction).location_id == "tarapoto"


def test_the_same_word_in_running_text_or_under_no_dateline_is_no_place():
    # look-alike: the word as a person's name in a sentence is not made a place
    extraction = _extraction("Russian President Vladimir Putin met Brazilian President Luiz Inacio Lula da Silva "
                             "on Monday. Mr Tarapoto, an adviser, said they discussed fertiliser supplies.")
    main = _main(extraction)
    assert main is None or main.location_id != "tarapoto"
    assert not any(m.entity_id == "tarapoto" and m.entity_type == "GPE" for m in extraction.header_mentions)


def test_a_dateline_town_yields_to_the_place_the_text_names_and_never_places_a_call():
    # look-alike: the dateline is where the story was filed; the talks were held in Moscow
    main = _main(_extraction("TARAPOTO (Andes Wire) - Russian President Vladimir Putin met Brazilian President "
                             "Luiz Inacio Lula da Silva in Moscow on Monday. They discussed fertiliser supplies."))
    assert main.location_id == MOSCOW
    # look-alike: a call joins two places and has none
    main = _main(_extraction("TARAPOTO (Andes Wire) - Russian President Vladimir Putin held a telephone "
                             "conversation with Brazilian President Luiz Inacio Lula da Silva on Monday."))
    assert main is not None and main.location_id is None


def test_a_dateline_head_is_a_town_only_in_a_town_name_shape():
    assert dateline_town("Puerto Maldonado", "es").name == "Puerto Maldonado"
    assert dateline_town("Тарапото", "ru").name == "Tarapoto"
    # look-alikes: digits, a long phrase, a script with no transliteration of names
    assert dateline_town("Sector 7", "en") is None
    assert dateline_town("Near The Old Port Of Callao", "en") is None
    assert dateline_town("塔拉波托", "zh") is None


def test_a_label_in_capitals_and_a_dash_is_no_dateline_town():
    from ruchina.extract.dateline_towns import marked_dateline
    assert marked_dateline("TARAPOTO (Andes Wire) - The talks began.")
    assert marked_dateline("TARAPOTO, March 3 - The talks began.")
    # look-alike: a label, no date nor agency after it
    assert not marked_dateline("ANALYSIS - The talks began.")
    main = _main(_extraction("EXCLUSIVE - Russian President Vladimir Putin met Brazilian President Luiz Inacio "
                             "Lula da Silva on Monday. They discussed fertiliser supplies."))
    assert main is None or main.location_id is None
