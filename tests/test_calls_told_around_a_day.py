"""Talks by telephone whose verb and telephone stand apart, a day or the other side between them
(« s'est entretenu vendredi au téléphone avec X », "conversó el viernes por teléfono con X"): one
call, not a meeting beside it (knowledge/events_<lang>.yaml: triggers.call). Fixtures written for
these tests, each beside the same talks held at a place: a meeting."""

from __future__ import annotations

import datetime as dt

import pytest

from ruchina.extract.extraction import extract_article

ERDOGAN = "Q39259"
FRIDAY = dt.date(2024, 3, 8)

SENTENCES = {
    "fr": "Recep Tayyip Erdogan s'est entretenu vendredi {how} avec le président kazakh Kassym-Jomart Tokaïev.",
    "es": "Recep Tayyip Erdogan conversó el viernes {how} con el presidente kazajo, Kassym-Jomart Tokáyev.",
}
BY_PHONE = {"fr": "au téléphone", "es": "por teléfono"}
AT_A_PLACE = {"fr": "à Ankara", "es": "en Ankara"}


def kinds(language, how):
    body = SENTENCES[language].format(how=how)
    return [sorted(e.types()) for e in extract_article("t1", "Erdogan", None, body, FRIDAY, language).events
            if ERDOGAN in e.participants]


@pytest.mark.parametrize("language", sorted(SENTENCES))
def test_talks_by_telephone_with_a_day_between_are_one_call(language):
    assert kinds(language, BY_PHONE[language]) == [["call"]]


@pytest.mark.parametrize("language", sorted(SENTENCES))
def test_the_same_talks_at_a_place_are_a_meeting(language):
    assert kinds(language, AT_A_PLACE[language]) == [["meeting"]]
