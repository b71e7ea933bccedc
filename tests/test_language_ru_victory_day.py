"""Russian: the celebration of Victory named without a year or a date ("приехал на
празднование Победы") is held on the anchor's day (knowledge/anchors.yaml, 9 May) nearest
the publication, and is the celebration the knowledge base names for it ("Victory Day"):
two reports of that day's celebration sharing only the host are one event. Every text is
written for the test; each has a look-alike beside it that must come out the other way (a
past year's parade, the parade of another day)."""

from __future__ import annotations

import datetime as dt

from ruchina.corpus.event_merge import merge_across_articles
from ruchina.corpus.event_reports import Commonness
from ruchina.extract.extraction import extract_article
from ruchina.knowledge import base

CATALOG = base.entity_catalog()
PUTIN = CATALOG.named("Vladimir Putin").entity_id
MAY_7 = dt.date(2025, 5, 7)
VICTORY_DAY = dt.date(2025, 5, 9)


def extraction(body: str, published: dt.date = MAY_7, article_id: str = "ru-victory"):
    return extract_article(article_id, None, None, body, published, "ru")


def parades(body: str, published: dt.date = MAY_7):
    return [m for m in extraction(body, published).event_mentions if m.event_type == "parade"]


def test_a_guest_come_to_the_celebration_of_victory_attends_the_celebration_of_9_may():
    found = parades("Президент Сербии прилетел в Москву на празднование Победы.")
    assert [(m.date.first if m.date else None, m.status) for m in found] == [(VICTORY_DAY, "planned")]
    assert "Victory Day" in found[0].event_names


def test_the_day_of_a_celebration_named_without_one_is_read_from_the_anchors_name():
    # The date's words are the name of what is celebrated: a claim of the date points at them
    # (an empty span fails the claims table's schema).
    sentence = "Президент Сербии прилетел в Москву на празднование Победы."
    (found,) = parades(sentence)
    assert found.date.char_start < found.date.char_end
    assert sentence[found.date.char_start:found.date.char_end] == "Победы"


def test_a_celebration_of_victory_read_in_december_is_the_coming_may_one():
    found = parades("Он пообещал приехать на празднование Победы.", dt.date(2025, 12, 20))
    assert [m.date.first for m in found if m.date] == [dt.date(2026, 5, 9)]


def test_last_years_parade_of_victory_keeps_its_year_and_is_no_celebration_of_this_one():
    found = parades("В прошлом году Президент Сербии был на параде Победы.")
    assert found
    assert all(m.date is None or m.date.first.year == 2024 for m in found)
    assert all("Victory Day" not in m.event_names for m in found)


def test_the_parade_of_another_day_is_not_held_on_victory_day():
    found = parades("Президент Сербии прилетел в Москву на парад в честь Дня Военно-морского флота.")
    assert found
    assert all((m.date is None or m.date.first != VICTORY_DAY) and "Victory Day" not in m.event_names
               for m in found)


def merged(*bodies: tuple[str, dt.date]):
    events = []
    for n, (body, published) in enumerate(bodies):
        events += [e for e in extraction(body, published, f"a{n}").events
                   if e.mentions[0].event_type == "parade"]
    common = Commonness(frozenset({PUTIN}), frozenset({"Vladimir Putin"}))
    return merge_across_articles(events, {}, common=common)


def test_two_reports_of_the_victory_celebration_sharing_only_the_host_are_one_event():
    rows = merged(
        ("Владимир Путин поблагодарил Президента Сербии, который приехал на празднование Победы.", MAY_7),
        ("Владимир Путин и Президент Белоруссии примут участие в праздновании 80-летия Победы в Москве.",
         dt.date(2025, 5, 8)),
    )
    assert len(rows) == 1 and rows[0].start_date == VICTORY_DAY


def test_the_host_at_the_parade_of_another_day_is_another_event():
    rows = merged(
        ("Владимир Путин поблагодарил Президента Сербии, который приехал на празднование Победы.", MAY_7),
        ("Владимир Путин и Президент Белоруссии примут участие в параде в честь Дня Военно-морского флота.",
         dt.date(2025, 7, 20)),
    )
    assert len(rows) == 2
