"""Names set off by a pair of dashes beside the subject ("The foreign ministers of A, B and C — X, Y
and Z — met in ... on Thursday") are the ones who met: the dashes part no clause there
(event_clauses.clause_start). A pair of dashes around a clause of its own ("Putin — who met Xi in
May — held talks with Modi") still parts it. Beside them, foreign ministers of past years named in
full and then by surname ("Li" after "Li Zhaoxing" is he). Every text is written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from ruchina.extract.extraction import extract_article
from ruchina.knowledge import base

CATALOG = base.entity_catalog()
PUTIN, XI, MODI, LUKASHENKO, TOKAYEV = (CATALOG.named(name).entity_id for name in (
    "Vladimir Putin", "Xi Jinping", "Narendra Modi", "Alexander Lukashenko", "Kassym-Jomart Tokayev"))
LAVROV, LI_ZHAOXING = CATALOG.named("Sergei Lavrov").entity_id, CATALOG.named("Li Zhaoxing").entity_id
NATWAR_SINGH = "natwar-singh"  # (an id, not a catalogue look-up: the base code must fail the test, not its import)
PUBLISHED = dt.date(2030, 11, 20)  # a Wednesday


def meetings(body: str, language: str = "en") -> list[set[str]]:
    return [set(m.participant_ids) for m in extract_article("dash", None, None, body, PUBLISHED, language).event_mentions
            if m.event_type == "meeting"]


def test_names_between_dashes_beside_the_subject_are_those_who_met():
    body = ("The leaders of Russia, Belarus and Kazakhstan — Vladimir Putin, Alexander Lukashenko and "
            "Kassym-Jomart Tokayev — met in Minsk on Monday.")
    assert meetings(body) == [{PUTIN, LUKASHENKO, TOKAYEV}]


def test_look_alike_a_clause_of_its_own_between_dashes_stays_apart():
    body = "Putin — who met Xi in May — held talks with Modi in Kazan on Tuesday."
    assert {PUTIN, MODI} in meetings(body) and {PUTIN, XI, MODI} not in meetings(body)


def test_look_alike_words_that_are_no_names_between_dashes_stay_apart():
    body = "The ministers — all three of them, as planned — met Lavrov in Minsk on Monday."
    assert meetings(body) == [{LAVROV}]


@pytest.mark.parametrize("language, body", [
    ("en", "Sergei Lavrov, Li Zhaoxing and Natwar Singh gathered in Kazan on Monday for a meeting of three."),
    ("ru", "Сергей Лавров, Ли Чжаосин и Натвар Сингх провели в понедельник в Казани встречу."),
    ("zh", "11月18日，李肇星、拉夫罗夫和印度外长辛格在喀山举行三国外长会晤。"),
])
def test_the_indian_foreign_minister_of_2004_2005_is_known(language, body):
    assert {LAVROV, LI_ZHAOXING, NATWAR_SINGH} in meetings(body, language)


def test_li_after_li_zhaoxing_named_in_full_is_he():
    body = "Li Zhaoxing arrived in Kazan on Monday. On Tuesday Lavrov and Li sat down one-on-one."
    assert {LAVROV, LI_ZHAOXING} in meetings(body)
