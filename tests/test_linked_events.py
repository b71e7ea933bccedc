"""An event the sentence's act comes ahead of ("Ahead of Tokayev's visit to China, Wang met ...",
"在托卡耶夫访华前夕，王毅……", "накануне визита Путина в Китай"), issue 25: the people of its phrase
are its own, and no party to the act; the act's people and day are not the linked event's. Before,
both events took everyone the sentence named, the act's day went to the event ahead, and in
Chinese the visit ahead was told as held. The look-alikes: the act's subject before the phrase
("Putin, ahead of his visit, met ..."), whose visit the pronoun tells, and a phrase that is no link
ahead ("在……期间", during the visit: the visitor holds the talks). Texts written for the test."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.knowledge import base

CATALOG = base.entity_catalog()
PUTIN, TOKAYEV, LUKASHENKO, LAVROV, WANG = (CATALOG.named(name).entity_id for name in (
    "Vladimir Putin", "Kassym-Jomart Tokayev", "Alexander Lukashenko", "Sergei Lavrov", "Wang Yi"))
PUBLISHED = dt.date(2030, 11, 20)  # a Wednesday


def reported(body: str, language: str) -> dict[str, tuple[set[str], str, dt.date | None]]:
    """Each event type's first report: (participants, status, first day)."""
    found: dict[str, tuple[set[str], str, dt.date | None]] = {}
    for m in extract_article("linked", None, None, body, PUBLISHED, language).event_mentions:
        found.setdefault(m.event_type, (set(m.participant_ids), m.status, m.date.first if m.date else None))
    return found


def test_the_visitor_named_in_a_phrase_ahead_of_the_talks_takes_no_part_in_them():
    found = reported("Ahead of President Tokayev's visit to China, Wang Yi met Lavrov in Beijing on Tuesday.", "en")
    assert found["meeting"] == ({WANG, LAVROV}, "occurred", dt.date(2030, 11, 19))
    assert found["visit"] == ({TOKAYEV}, "planned", None)


def test_the_subject_before_the_phrase_holds_the_act_and_his_own_visit():
    found = reported("Putin, ahead of his visit to China, met Wang Yi in Moscow on Tuesday.", "en")
    assert found["meeting"][0] == {PUTIN, WANG}
    assert found["visit"][0] == {PUTIN}


def test_a_day_after_the_phrase_dates_the_act_not_the_event_ahead():
    found = reported("On the eve of the summit, on Tuesday, Lavrov held talks with Wang Yi.", "en")
    assert found["meeting"][::2] == ({LAVROV, WANG}, dt.date(2030, 11, 19))
    assert found["summit"][2] is None


def test_the_people_of_the_act_take_no_part_in_the_visit_ahead_in_russian():
    found = reported("Лавров встретился с Ван И во вторник в Пекине накануне визита Путина в Китай.", "ru")
    assert found["meeting"][0] == {LAVROV, WANG}
    assert found["visit"][:2] == ({PUTIN}, "planned")


def test_a_chinese_phrase_ahead_opened_by_zai_and_closed_by_qianxi_is_its_own_events():
    found = reported("新华社北京11月18日电 在托卡耶夫总统访华前夕，王毅18日在北京同拉夫罗夫会谈。", "zh")
    assert found["meeting"] == ({WANG, LAVROV}, "occurred", dt.date(2030, 11, 18))
    assert found["visit"][0] == {TOKAYEV}


def test_a_chinese_phrase_ahead_between_the_subject_and_the_talks_leaves_the_subject_his_talks():
    found = reported("王毅在普京访华前夕同拉夫罗夫会谈。", "zh")
    assert found["meeting"][0] == {WANG, LAVROV}
    assert found["visit"][0] == {PUTIN}


def test_a_chinese_phrase_of_during_leaves_the_visitor_in_the_talks():
    found = reported("在卢卡申科访华期间，王毅同卢卡申科举行会谈。", "zh")
    assert found["meeting"][0] == {WANG, LUKASHENKO}
    assert LUKASHENKO in found["visit"][0]


def test_nakanune_before_a_verb_is_the_day_before_and_links_no_event():
    found = reported("Путин накануне провёл на полях форума встречу с Лукашенко.", "ru")
    assert found["meeting"][0] == {PUTIN, LUKASHENKO}


def test_the_event_ahead_keeps_its_own_relative_clause_and_its_days():
    found = reported("Lavrov met Wang Yi on the eve of the summit, which Putin will attend on Friday.", "en")
    assert found["summit"][2] == dt.date(2030, 11, 22)


def test_a_day_opening_the_sentence_before_the_phrase_dates_the_act_not_the_event_ahead():
    found = reported("El martes, en vísperas de la cumbre, Lavrov se reunió con Wang Yi.", "es")
    assert found["meeting"][::2] == ({LAVROV, WANG}, dt.date(2030, 11, 19))
    assert found["summit"][2] is None


def test_the_eve_in_apposition_to_the_opening_day_is_a_link_and_the_day_dates_the_act():
    # (the day named first, then "the eve of" the event to come: the act sat that day)
    found = reported("On Tuesday, the eve of the summit, Lavrov and Wang Yi sat down one-on-one.", "en")
    assert found["meeting"][::2] == ({LAVROV, WANG}, dt.date(2030, 11, 19))
    assert found["summit"][2] is None
    found = reported("Mardi, la veille du sommet, Lavrov et Wang Yi se sont entretenus en tête-à-tête.", "fr")
    assert found["meeting"][::2] == ({LAVROV, WANG}, dt.date(2030, 11, 19))


def test_look_alike_a_day_inside_the_phrase_ahead_stays_the_event_s():
    found = reported("Lavrov and Wang Yi sat down one-on-one on the eve of the summit on Friday.", "en")
    assert found["meeting"][2] is None  # (not the summit's Friday)
    assert found["summit"][2].weekday() == 4
