"""A leader's reception of a group of officials together is another meeting than his talks with one of
them: "同日，李强集体会见了出席会议的各国财长", "The president met all the visiting defence
ministers together", "принял в Москве министров обороны стран ОДКБ" (knowledge/events_<language>.yaml
``group_receptions``, extract/event_officials.py); it keeps the one who receives. Reception of a guest by
name stays his talks. And the subject two clauses share carries over a verb that holds the second
clause's noun (", а затем провёл отдельную встречу с Z", ", then held separate talks with Z": the
grammar's ``support_verbs``, coordinated_subjects.py). Texts written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from ruchina.extract.extraction import extract_article
from ruchina.knowledge import base

CATALOG = base.entity_catalog()
PUTIN, LAVROV = (CATALOG.named(name).entity_id for name in ("Vladimir Putin", "Sergei Lavrov"))
DAY = dt.date(2023, 6, 20)


def _meetings(body: str, language: str) -> list[set[str]]:
    events = extract_article("groups", None, None, body, DAY, language).events
    return sorted((set(e.participants) for e in events if "meeting" in e.types()), key=len)


@pytest.mark.parametrize("body, language", [
    ("新华社莫斯科6月20日电 普京20日在莫斯科会见中国外长王毅。\n\n同日，普京在莫斯科集体会见了出席会议的各国外长。", "zh"),
    ("MOSCOW, June 20 - Vladimir Putin met Chinese Foreign Minister Wang Yi in Moscow on Tuesday.\n\n"
     "Earlier on Tuesday Putin met all the visiting foreign ministers together in the Kremlin.", "en"),
])
def test_a_group_reception_is_a_meeting_of_its_own(body, language):
    meetings = _meetings(body, language)
    assert len(meetings) == 2, meetings
    assert meetings[0] == {PUTIN}


@pytest.mark.parametrize("body, language", [
    ("新华社莫斯科6月20日电 普京20日在莫斯科会见中国外长王毅。\n\n同日，普京在莫斯科会见了王毅。", "zh"),
])
def test_a_reception_of_a_named_guest_stays_his_talks(body, language):
    assert len(_meetings(body, language)) == 1


def test_the_subject_carries_over_a_verb_holding_the_next_clauses_meeting():
    body = ("Во вторник Владимир Путин принял в Москве министров обороны стран ОДКБ, а затем провел "
            "отдельную встречу с Сергеем Лавровым.")
    assert {PUTIN, LAVROV} in _meetings(body, "ru")


# A leader receiving a group of ministers together, no one named after the verb ("received all the
# visiting foreign ministers together"), holds a meeting of his own: reported, the group's "visiting"
# no visit of his, and a habit told in an apposition that names the act a courtesy ("..., a courtesy
# usually reserved for ...") the courtesy's, not the meeting's (knowledge/events_en.yaml: the meeting
# triggers, the visit trigger, `series_member`).
TUESDAY = dt.date(2024, 10, 8)


def events(body):
    return extract_article("t1", None, None, body, TUESDAY, "en").events


def test_a_group_of_ministers_received_together_is_the_hosts_meeting():
    found = events("MOSCOW, Oct 8 - Vladimir Putin on Tuesday received all the visiting BRICS foreign ministers "
                   "together in the Kremlin, a courtesy usually reserved for heads of state.")
    meetings = [e for e in found if e.mentions[0].event_type == "meeting"]
    assert meetings and PUTIN in meetings[0].participants
    assert not any(e.mentions[0].event_type == "visit" for e in found)


def test_a_habit_told_of_the_act_itself_is_still_no_report():
    found = events("MOSCOW, Oct 8 - Vladimir Putin usually receives all the visiting BRICS foreign ministers together.")
    assert not any(e.mentions[0].event_type == "meeting" and e.date is not None for e in found)


def test_a_visiting_leader_is_still_a_visit():
    found = events("MOSCOW, Oct 8 - Vladimir Putin met the visiting Chinese President Xi Jinping on Tuesday.")
    assert any(e.mentions[0].event_type == "visit" and "Q15031" in e.participants for e in found)
