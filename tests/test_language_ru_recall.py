"""Russian event reports the extraction used to miss: the leaders' statements to the press
told in the body, a signing with a long run of adjectives before its documents, a call told
by its verb ("позвонил"), a summit to come told with "станет", and a pronoun that belongs to
the noun a relative clause hangs on, not to the event after it. Every text is written for the
test in the style of agency and Kremlin coverage; each one that must find something has a
look-alike beside it that must not."""

from __future__ import annotations

import datetime as dt

import pytest

from ruchina.extract.extraction import extract_article
from ruchina.extract.linking import link_entities
from ruchina.knowledge import base

CATALOG = base.entity_catalog()
PUTIN, TOKAYEV, RAHMON = (CATALOG.named(name).entity_id for name in (
    "Vladimir Putin", "Kassym-Jomart Tokayev", "Emomali Rahmon"))
PUBLISHED = dt.date(2025, 3, 20)

#: a first sentence that names two leaders and reports no event
BOTH_NAMED = "Владимир Путин и Касым-Жомарт Токаев обменялись рукопожатием у входа в зал. "


def mentions(body: str):
    return extract_article("ru-recall", None, None, body, PUBLISHED, "ru").event_mentions


# --- statements to the press, in the body ---------------------------------------------

def test_leaders_making_statements_to_the_press_is_an_event_of_both():
    body = BOTH_NAMED + "После переговоров президенты России и Казахстана выступили с заявлениями для прессы."
    assert any(m.event_type == "other" and {PUTIN, TOKAYEV} <= set(m.participant_ids) for m in mentions(body))


def test_a_ministry_statement_on_a_topic_is_no_event():
    body = BOTH_NAMED + "Ведомство выступило с заявлением о ценах на зерно."
    assert not any(m.event_type == "other" for m in mentions(body))


# --- a signing with many words before its documents --------------------------------------

def test_a_signing_of_documents_after_a_run_of_adjectives_is_a_signing():
    body = BOTH_NAMED + "Ожидается подписание целого пакета отраслевых региональных и гуманитарных документов."
    assert [m.status for m in mentions(body) if m.event_type == "agreement"] == ["planned"]


def test_signing_and_documents_in_different_clauses_are_no_signing():
    body = BOTH_NAMED + "Подписание у нотариуса занимает три дня, документы готовят заранее."
    assert not any(m.event_type == "agreement" for m in mentions(body))


# --- a call told by its verb --------------------------------------------------------------

def test_calling_someone_is_a_call():
    body = "Владимир Путин позвонил Касым-Жомарту Токаеву и поздравил его с днём рождения."
    calls = [m for m in mentions(body) if m.event_type == "call"]
    assert calls and PUTIN in calls[0].participant_ids


@pytest.mark.parametrize("body", [
    "Владимир Путин вспомнил, как в детстве соседи позвонили в дверь его квартиры.",
    "Жители могут позвонить по номеру горячей линии и задать вопрос Владимиру Путину.",
])
def test_ringing_at_a_door_or_a_hotline_is_no_call(body):
    assert not any(m.event_type == "call" for m in mentions(body))


# --- "станет": a summit to come -------------------------------------------------------------

def test_a_summit_that_will_be_the_main_event_is_planned_and_dated_ahead():
    body = BOTH_NAMED + "Главным событием года станет саммит в Душанбе в октябре."
    (summit,) = [m for m in mentions(body) if m.event_type == "summit"]
    assert summit.status == "planned" and summit.date.first == dt.date(2025, 10, 1)


def test_a_summit_that_was_the_main_event_is_held_and_dated_back():
    body = BOTH_NAMED + "Главным событием года стал саммит в Душанбе в октябре."
    (summit,) = [m for m in mentions(body) if m.event_type == "summit"]
    assert summit.status == "occurred" and summit.date.first == dt.date(2024, 10, 1)


# --- a pronoun before a relative word -------------------------------------------------------

def test_a_pronoun_before_the_relative_clause_of_the_event_is_not_its_participant():
    body = BOTH_NAMED + ("Россия поддержит Казахстан в ходе его председательства в организации, "
                         "итогом которого станет саммит в октябре.")
    (summit,) = [m for m in mentions(body) if m.event_type == "summit"]
    assert summit.participant_ids == ()


def test_a_pronoun_that_is_the_event_words_object_is_still_its_participant():
    body = BOTH_NAMED + "Мы ждём его на саммите в октябре."
    (summit,) = [m for m in mentions(body) if m.event_type == "summit"]
    assert summit.participant_ids != ()


# --- a head of state addressed by name and patronymic --------------------------------------

def test_a_name_and_patronymic_the_knowledge_base_lists_names_the_leader():
    text = "Эмомали Шарипович принял наше приглашение."
    assert RAHMON in {m.entity_id for m in link_entities(text, language="ru")}


def test_a_patronymic_alone_names_no_one():
    text = "Шарипович принял наше приглашение."
    assert RAHMON not in {m.entity_id for m in link_entities(text, language="ru")}


# --- a signing announced while the talks are under way ---------------------------------

def _signings(body: str, published: dt.date):
    article = extract_article("ru-recall", "Российско-казахстанские переговоры", None, body, published, "ru")
    return [e for e in article.events if e.family == "agreement"]


def test_a_signing_announced_on_the_day_of_the_talks_is_the_talks_signing():
    body = ("20 марта в Кремле начались переговоры Владимира Путина с Президентом Казахстана "
            "Касым-Жомартом Токаевым. Ожидается подписание пакета двусторонних документов.")
    (signing,) = _signings(body, dt.date(2025, 3, 20))
    assert {PUTIN, TOKAYEV} <= signing.participants and signing.date.first == dt.date(2025, 3, 20)


def test_a_signing_announced_days_before_the_talks_gets_no_day_from_them():
    body = ("20 марта в Кремле состоятся переговоры Владимира Путина с Президентом Казахстана "
            "Касым-Жомартом Токаевым. Ожидается подписание пакета двусторонних документов.")
    assert not any(s.date and s.date.first == dt.date(2025, 3, 20) for s in _signings(body, dt.date(2025, 3, 17)))


# --- agreements reached during an earlier visit ------------------------------------------

def test_agreements_reached_during_a_visit_tell_the_visit_in_passing():
    body = ("Владимир Путин и Касым-Жомарт Токаев обсудили выполнение договорённостей, достигнутых "
            "в ходе государственного визита Президента России в Казахстан в ноябре прошлого года.")
    assert not any(m.event_type == "state_visit" for m in mentions(body))


def test_a_visit_during_which_agreements_were_reached_is_reported():
    body = ("В ходе государственного визита Владимира Путина в Казахстан в ноябре стороны "
            "достигли договорённостей о поставках газа.")
    assert any(m.event_type == "state_visit" for m in mentions(body))
