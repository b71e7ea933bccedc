"""A speaker who tells of a plan of his own ("Modi said on Tuesday he would cut tariffs after
talks with Putin", issue 23 class 5) takes part in the talks his plan follows: he is their
subject, not only the one who tells of them. The look-alikes stay mere speakers: one who says
he will not comment on others' talks, and one who tells how others' talks went. Texts written
for the test (the Chinese "表示期待" of the same kind: test_language_zh_plans.py)."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.knowledge import base

CATALOG = base.entity_catalog()
MODI, PUTIN, LUKASHENKO = (CATALOG.named(name).entity_id
                           for name in ("Narendra Modi", "Vladimir Putin", "Alexander Lukashenko"))
TUESDAY = dt.date(2031, 11, 18)


def meeting_people(body: str) -> set[str]:
    mentions = extract_article("speaker", None, None, body, TUESDAY, "en").event_mentions
    return set(next(m for m in mentions if m.event_type == "meeting").participant_ids)


def test_a_speaker_telling_of_his_own_plan_after_talks_took_part_in_them():
    people = meeting_people("Narendra Modi said on Tuesday he would cut tariffs on fertiliser after talks with "
                            "Vladimir Putin in Minsk.")
    assert people == {MODI, PUTIN}


def test_a_speaker_who_will_not_comment_on_others_talks_is_no_party_to_them():
    people = meeting_people("Narendra Modi said he would not comment on the talks between Vladimir Putin and "
                            "Alexander Lukashenko.")
    assert MODI not in people


def test_a_speaker_telling_how_others_talks_went_is_no_party_to_them():
    people = meeting_people("Narendra Modi said the talks between Vladimir Putin and Alexander Lukashenko "
                            "went well.")
    assert people == {PUTIN, LUKASHENKO}
