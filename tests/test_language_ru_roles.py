"""Russian: who takes part when a text names the sides without naming the people — a
compound adjective of two countries ("российско-китайские переговоры"), a lower-case
adjective and a leader word ("китайский лидер", "глава китайского государства") — and the
heads of state and government the knowledge base knows by their Russian names. Every text
is written for the test in the style of agency and Kremlin coverage; each one that must
find someone has a look-alike beside it that must not."""

from __future__ import annotations

import datetime as dt

import pytest

from ruchina.extract.event_words import event_words
from ruchina.extract.extraction import extract_article
from ruchina.extract.linking import link_entities
from ruchina.knowledge import base

CATALOG = base.entity_catalog()
PUTIN, XI, MADURO, LUKASHENKO = (CATALOG.named(name).entity_id for name in (
    "Vladimir Putin", "Xi Jinping", "Nicolás Maduro", "Alexander Lukashenko"))
PUBLISHED = dt.date(2025, 5, 8)

#: a first paragraph that names both leaders and reports no event
BOTH_NAMED = ("Владимир Путин и Си Цзиньпин обменялись приветствиями у входа в зал. "
              "Председатель КНР Си Цзиньпин поблагодарил Президента России Владимира Путина за приглашение.")


def events_of(body: str, title: str | None = None) -> list[tuple[str, set[str]]]:
    article = extract_article("ru-roles", title, None, body, PUBLISHED, "ru")
    return [(m.event_type, set(m.participant_ids)) for m in article.event_mentions]


# --- two countries in one adjective -----------------------------------------------------

def test_a_compound_adjective_of_two_countries_gives_both_leaders_the_article_names():
    body = BOTH_NAMED + " Российско-китайские переговоры продолжились в узком составе."
    assert ("meeting", {PUTIN, XI}) in events_of(body)


def test_a_compound_adjective_not_right_before_the_event_word_gives_nobody():
    body = BOTH_NAMED + " Российско-китайская торговля растёт, и переговоры экспертов продолжились."
    assert all(not people & {PUTIN, XI} for kind, people in events_of(body) if kind == "meeting")


def test_a_compound_adjective_inside_a_sentence_needs_one_of_the_leaders_named_in_it():
    # talks at every level are "российско-китайские": spoken of in passing, they are no
    # leaders' talks; beside one of the leaders, they are
    in_passing = BOTH_NAMED + " Мы сообщим партнёрам о результатах российско-китайских переговоров."
    assert all(not people & {PUTIN, XI} for kind, people in events_of(in_passing) if kind == "meeting")
    beside = BOTH_NAMED + " В Кремле Владимир Путин открыл российско-китайские переговоры."
    assert ("meeting", {PUTIN, XI}) in events_of(beside)


def test_a_side_whose_leader_the_article_does_not_name_adds_nobody():
    body = ("Владимир Путин прибыл в Кремль. "
            "Российско-монгольские переговоры продолжились в расширенном составе.")
    assert ("meeting", {PUTIN}) in events_of(body)


def test_a_title_of_talks_between_two_countries_names_the_two_presidents():
    title = "Российско-венесуэльские переговоры"
    body = ("Владимир Путин принял в Кремле Николаса Мадуро, прибывшего в Россию. "
            "Стороны обсудили энергетику.")
    article = extract_article("ru-roles", title, None, body, PUBLISHED, "ru")
    (main,) = [e for e in article.events if e.main]
    assert {PUTIN, MADURO} <= main.participants


# --- a leader named by a country's adjective --------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Китайский лидер прибудет в Москву с государственным визитом.",
    "Визит главы китайского государства в Москву начнётся в среду.",
])
def test_a_leader_named_by_the_adjective_is_the_countrys_leader_the_article_names(sentence):
    body = "Си Цзиньпин возглавляет Китай с 2013 года. " + sentence
    assert any(XI in people for kind, people in events_of(body) if kind in ("visit", "state_visit"))


@pytest.mark.parametrize("sentence", [
    "Китайские компании прибудут в Москву с визитом.",  # an adjective with no leader word
    "Китайские коллеги прибудут в Москву с визитом.",  # colleagues: the Chinese side at large
    "Визит главы китайского банка в Москву начнётся в среду.",  # the head of a bank
])
def test_an_adjective_without_a_leader_word_is_nobody(sentence):
    body = "Си Цзиньпин возглавляет Китай с 2013 года. " + sentence
    assert all(XI not in people for _, people in events_of(body))


def test_a_leader_named_by_the_adjective_needs_the_article_to_name_him():
    body = "Китайский лидер прибудет в Москву с государственным визитом."
    assert all(XI not in people for _, people in events_of(body))


def test_an_adjective_followed_by_the_name_is_that_person_once():
    body = "Белорусский лидер Александр Лукашенко прибыл в Москву с визитом."
    assert ("visit", {LUKASHENKO}) in events_of(body)


def test_a_country_leaders_entry_without_its_placeholder_is_refused_with_the_file_named(monkeypatch):
    from ruchina.errors import RuchinaError
    from ruchina.extract import event_words as module

    original = module.read_knowledge_file

    def with_a_bad_entry(name):
        data = dict(original(name))
        data["country_leaders"] = ["лидер"]
        return data

    monkeypatch.setattr(module, "read_knowledge_file", with_a_bad_entry)
    event_words.cache_clear()
    try:
        with pytest.raises(RuchinaError, match="events_ru.yaml: country_leaders"):
            event_words("ru")
    finally:
        event_words.cache_clear()


# --- heads of state the Russian readouts name ----------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("переговоры с Президентом Венесуэлы Николасом Мадуро", "Nicolás Maduro"),
    ("встреча с Премьер-министром Мьянмы Мин Аун Хлайном", "Min Aung Hlaing"),
    ("переговоры с Президентом Гвинеи-Бисау Умару Сиссоку Эмбало", "Umaro Sissoco Embaló"),
    ("встреча с Президентом Кубы Мигелем Диас-Канелем", "Miguel Díaz-Canel"),
])
def test_a_head_of_state_is_linked_in_the_case_the_sentence_gives(text, expected):
    assert expected in {m.name for m in link_entities(text, language="ru") if m.linked}


# --- leaders named by their countries ("Президенты России и Белоруссии") ---------------------

BOTH_PRESIDENTS = ("Владимир Путин и Александр Лукашенко обменялись приветствиями у входа в зал. "
                   "Президент Белоруссии Александр Лукашенко поблагодарил хозяев за приём.")


@pytest.mark.parametrize("sentence", [
    "Президенты России и Белоруссии приняли участие в пленарном заседании форума регионов.",
    "Лидеры России и Белоруссии провели встречу в узком составе.",
])
def test_leaders_named_by_their_countries_are_the_leaders_the_article_names(sentence):
    found = events_of(BOTH_PRESIDENTS + " " + sentence)
    assert any(participants == {PUTIN, LUKASHENKO} for _, participants in found)


@pytest.mark.parametrize("sentence", [
    # (the presidents did not attend)
    "Президенты России и Белоруссии не приняли участия в пленарном заседании.",
    "Президенты России и Белоруссии не принимают участия в форуме регионов.",
    # (leaders of business, not of the countries)
    "Лидеры бизнеса России и Белоруссии провели встречу в узком составе.",
    "Руководители предприятий России и Белоруссии провели встречу в узком составе.",
])
def test_look_alikes_of_leaders_named_by_their_countries_give_no_leader(sentence):
    found = events_of(BOTH_PRESIDENTS + " " + sentence)
    assert not any({PUTIN, LUKASHENKO} <= participants for _, participants in found)


# --- a forum's plenary session is the forum -----------------------------------------------

@pytest.mark.parametrize("sentence, kind", [
    ("Владимир Путин выступил на пленарном заседании съезда промышленников и предпринимателей.", "forum"),
    ("Пленарное заседание Форума новых материалов прошло в Москве.", "forum"),
    # (a forum's longer name between: "пленарное заседание" and four words of it before "форума")
    ("Пленарное заседание Северного международного инвестиционного форума прошло в Мурманске.", "forum"),
    # (a parliament's plenary session is a meeting)
    ("Пленарное заседание Государственной Думы прошло в Москве.", "meeting"),
    # (and one whose clause names a forum after a comma: the Duma's sitting, about the forum)
    ("Пленарное заседание Государственной Думы, посвящённое итогам форума, прошло в Москве.", "meeting"),
])
def test_the_plenary_session_of_a_forum_or_congress_is_the_forum(sentence, kind):
    assert [k for k, _ in events_of(sentence)][:1] == [kind]
