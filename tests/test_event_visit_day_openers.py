"""A sentence opening on the n-th day alone ("On the first day he held talks with X", "Gleich am ersten
Tag hatte er mit X verhandelt") right after one telling the visitor's visit from its first day: the talks
are of the visit's n-th day. Every fixture is written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from ruchina.extract.extraction import extract_article
from ruchina.knowledge import base

CATALOG = base.entity_catalog()
MODI = CATALOG.named("Narendra Modi").entity_id
PUBLISHED = dt.date(2023, 6, 22)  # a Thursday; the Monday before is 19 June


def talks_days(body: str, language: str) -> list:
    mentions = extract_article("t", None, None, body, PUBLISHED, language).event_mentions
    return [m.date and m.date.first for m in mentions if m.event_type == "meeting" and MODI in m.participant_ids]


@pytest.mark.parametrize("language, body, day", [
    ("en", "Narendra Modi arrived in Cairo on Monday for a four-day visit. On the first day he held talks with "
           "President Sisi.", dt.date(2023, 6, 19)),
    ("de", "Narendra Modi ist seit Montag zu einem viertägigen Besuch in Kairo. Gleich am ersten Tag hatte er mit Präsident "
           "Sisi verhandelt.", dt.date(2023, 6, 19)),
    ("en", "Narendra Modi arrived in Cairo on Monday for a four-day visit. On the second day he held talks with "
           "President Sisi.", dt.date(2023, 6, 20)),
])
def test_talks_on_the_nth_day_after_the_visit_are_of_that_day(language, body, day):
    assert talks_days(body, language) == [day]


def test_look_alike_the_first_day_with_no_visit_told_before_dates_nothing():
    body = "Egypt's parliament opened its session on Monday. On the first day Narendra Modi held talks with the speaker."
    assert talks_days(body, "en") == [None]
