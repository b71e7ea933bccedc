"""In an announcement of a visit or of talks, a signing to come that names no one, no place and
no day is signed by the main event's people (event_signings.signed_on_the_visit_announced): "The
signing of a package of documents is planned". Which day of the visit, the announcement does not
say. Fixtures written for these tests (other leaders, other visits), each beside a look-alike."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.knowledge import base

CATALOG = base.entity_catalog()
LUKASHENKO, TOKAYEV = (CATALOG.named(name).entity_id for name in ("Alexander Lukashenko", "Kassym-Jomart Tokayev"))
PUBLISHED = dt.date(2024, 10, 1)

ANNOUNCED_RU = ("14–15 октября Президент Казахстана Касым-Жомарт Токаев посетит Белоруссию с официальным визитом "
                "по приглашению Президента Белоруссии Александра Лукашенко. ")


def signings(body: str, language: str, title: str, published: dt.date | None = PUBLISHED):
    found = extract_article("announce", title, None, body, published, language).events
    return [e for e in found if e.family == "agreement"]


def test_a_signing_planned_in_a_visits_announcement_is_signed_by_its_people():
    body = ANNOUNCED_RU + "Планируется подписание ряда межправительственных документов."
    (signing,) = signings(body, "ru", "Касым-Жомарт Токаев посетит Белоруссию")
    assert {LUKASHENKO, TOKAYEV} <= signing.participants and signing.date is None


def test_an_undated_announcement_too():
    # (undated, the announcement gives the visit's year: "14–15 октября 2024 года")
    body = ANNOUNCED_RU.replace("октября", "октября 2024 года") + "Будут подписаны документы о сотрудничестве в энергетике."
    (signing,) = signings(body, "ru", "Касым-Жомарт Токаев посетит Белоруссию", published=None)
    assert {LUKASHENKO, TOKAYEV} <= signing.participants


def test_a_signing_told_as_done_beside_a_visit_to_come_is_not_the_visits():
    body = ANNOUNCED_RU + "Ранее было подписано соглашение о транзите."
    assert not any(LUKASHENKO in s.participants and TOKAYEV in s.participants
                   for s in signings(body, "ru", "Касым-Жомарт Токаев посетит Белоруссию"))


def test_a_signing_planned_beside_talks_held_is_not_given_their_people_by_this_rule():
    body = ("Kassym-Jomart Tokayev held talks with Alexander Lukashenko in Minsk on Monday. "
            "A package of documents is expected to be signed in December.")
    assert all(s.date is not None for s in signings(body, "en", "Tokayev and Lukashenko hold talks"))
