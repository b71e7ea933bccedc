"""A guest's reception told in the passive behind a plan's word ("Li is scheduled to be received by
President Medvedev on Wednesday", knowledge/events_en.yaml `meeting_hosted_by`, host_meetings.py): a
meeting of guest and host, planned, on that day. Beside it, the look-alike that must not: a thing
"scheduled to be received by" a body is no meeting. Fixtures written for these tests (Li Yuanchao in
Moscow, 2011)."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

TUESDAY = dt.date(2011, 3, 22)
LI, MEDVEDEV = "li-yuanchao", "dmitry-medvedev"


def _mentions(body: str):
    return extract_article("reception", "Archive", None, body, TUESDAY, "en").event_mentions


def test_a_guest_scheduled_to_be_received_by_the_host_is_a_planned_meeting():
    body = ("Li Yuanchao held talks with Vladimir Putin in Moscow on Tuesday. "
            "Li is scheduled to be received by President Dmitry Medvedev on Wednesday.")
    [reception] = [m for m in _mentions(body) if MEDVEDEV in m.participant_ids]
    assert reception.event_type == "meeting" and LI in reception.participant_ids
    assert reception.status == "planned" and reception.date is not None
    assert reception.date.first == dt.date(2011, 3, 23)


def test_a_bill_scheduled_to_be_received_by_a_chamber_is_no_meeting():
    body = ("Li Yuanchao held talks with Vladimir Putin in Moscow on Tuesday. "
            "The treaty is scheduled to be received by the State Duma on Wednesday.")
    assert all("Duma" not in m.sentence for m in _mentions(body))
