""""The Russian president" of a page from a year another man held the office than the one the
knowledge base gives it today (entities.yaml's `role`) is that year's holder (offices.yaml's
terms; extract/dated_roles.py): a 2010 page naming Dmitry Medvedev and, as prime minister,
Vladimir Putin means Medvedev; in a year the office changed hands, the holder the page names
most. The look-alike: the same text dated after Putin's return is Putin's. Texts written for
these tests."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.knowledge import base

CATALOG = base.entity_catalog()
PUTIN, MEDVEDEV = (CATALOG.named(name).entity_id for name in ("Vladimir Putin", "Dmitry Medvedev"))

BODY = ("Dmitry Medvedev praised Vietnam's reforms on Friday.\n\n"
        "The Russian president, who flew in from Singapore, arrived in Hanoi on Friday for a two-day visit.\n\n"
        "In Moscow, Prime Minister Vladimir Putin said the gas talks would go on.")


def visit_people(day: dt.date, body: str = BODY) -> set[str]:
    mentions = extract_article("dated", "Russian leader in Hanoi", None, body, day, "en").event_mentions
    return {pid for m in mentions if m.event_type == "visit" for pid in m.participant_ids}


def test_the_russian_president_of_a_year_inside_another_term_is_its_holder():
    people = visit_people(dt.date(2010, 10, 29))
    assert MEDVEDEV in people and PUTIN not in people


def test_in_a_year_the_office_changed_hands_the_holder_named_most():
    people = visit_people(dt.date(2008, 10, 31), BODY.replace("on Friday.", "on Friday. Medvedev spoke of trade."))
    assert MEDVEDEV in people and PUTIN not in people


def test_the_same_words_after_putins_return_are_putins():
    body = BODY.replace("Prime Minister Vladimir Putin", "Vladimir Putin").replace(
        "Dmitry Medvedev praised", "Prime Minister Dmitry Medvedev praised")
    people = visit_people(dt.date(2016, 10, 28), body)
    assert PUTIN in people and MEDVEDEV not in people


def test_leaders_of_a_past_year_the_knowledge_base_gives_no_role_today_are_read_without_error():
    # (a past president of a country, named with a president of another whose office changed hands:
    # each is his own country's leader; the article's people are read, not refused)
    body = ("Boris Yeltsin, Jiang Zemin and Nursultan Nazarbayev signed an agreement on the border in Almaty on "
            "Friday. The Russian president said the agreement would hold.")
    events = extract_article("past", None, None, body, dt.date(1997, 4, 25), "en").events
    people = {pid for event in events for pid in event.participants}
    assert {CATALOG.named("Boris Yeltsin").entity_id, CATALOG.named("Nursultan Nazarbayev").entity_id} <= people
