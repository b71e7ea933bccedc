"""The word lists the smaller rules read (``not_held``, ``press_events``, ``sidelines``,
``first_person``, ``other_persons``; ``three_way``, compiled apart) are read and checked
with the rest of knowledge/events_<language>.yaml (extract/event_words.py): a list that does
not compile is refused with its file named, a language without a list matches nothing, and a
list a language has is matched as the rules read it. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ruchina.errors import RuchinaError
from ruchina.extract import event_words as module
from ruchina.extract.event_words import event_words, three_way_words

LISTS = ("not_held", "press_events", "sidelines", "first_person", "other_persons", "three_way")


@pytest.fixture
def words_with(monkeypatch):
    """event_words("en") read from a file with one list replaced."""
    original = module.read_knowledge_file

    def build(key, entries):
        def reading(name):
            return {**original(name), key: entries}
        monkeypatch.setattr(module, "read_knowledge_file", reading)
        module.event_words.cache_clear()
        module.three_way_words.cache_clear()
        return module.event_words("en")

    yield build
    module.event_words.cache_clear()
    module.three_way_words.cache_clear()


@pytest.mark.parametrize("key", LISTS)
def test_a_list_that_does_not_compile_is_refused_with_its_file_named(words_with, key):
    with pytest.raises(RuchinaError, match=r"events_en\.yaml: a pattern does not compile"):
        words_with(key, ["held (no"])


@pytest.mark.parametrize("key", LISTS)
def test_a_word_yaml_reads_as_a_boolean_in_a_list_is_refused(words_with, key):
    with pytest.raises(RuchinaError, match="quote it"):
        words_with(key, [True])


def test_a_list_a_language_leaves_out_matches_nothing(words_with):
    words = words_with("sidelines", [])
    assert words.setting_before.search("they talked on the margins of a regional ") is None


def test_each_list_is_matched_where_its_rule_looks():
    words = event_words("en")
    # the end of the text before the event word, only there
    assert words.not_held.search("the envoy did not hold a ")
    assert not words.not_held.search("the envoy did hold a ")
    assert words.setting_before.search("the two ministers talked on the margins of an Arctic Council ")
    assert not words.setting_before.search("on the margins of the forum, they agreed. The ")
    # whole words only
    assert words.first_person.search("next month we will")
    assert not words.first_person.search("next month wedding guests")
    assert words.other_persons.search("that they have")
    assert not words.other_persons.search("that theyre")


def test_a_three_way_word_of_any_language_is_the_languages_own():
    (_, english), (_, russian) = three_way_words("en"), three_way_words("ru")
    assert english.search("a three-way session of the ministers")
    assert not english.search("a two-way session of the ministers")
    assert russian.search("трёхсторонняя встреча министров")
    assert not russian.search("двусторонняя встреча министров")


def test_the_merges_own_reading_of_three_way_words_names_the_file_too(monkeypatch):
    """`add` reads the three-way words alone (no event_words() before it): a list that does not
    compile is the same one-line error there."""
    original = module.read_knowledge_file
    monkeypatch.setattr(module, "read_knowledge_file", lambda name: {**original(name), "three_way": ["(no"]})
    module.three_way_words.cache_clear()
    try:
        with pytest.raises(RuchinaError, match=r"^knowledge/events_en\.yaml: a pattern does not compile"):
            three_way_words("en")
    finally:
        module.three_way_words.cache_clear()
