"""Chinese: a leader who tells of a trip of his own to come ("X表示期待明年5月赴莫斯科出席阅兵式，并同Y举行
会谈", issue 23 class 5) takes part in the trip, the ceremony and the talks he looks forward to, and
they are planned: a speaker followed by a wish of his own is no mere speaker, "期待" and "明年" tell
of what is to come, "赴<place>出席" is a trip there, and "开幕式" is a ceremony. Without these, the
report of a visit announced in a call named only the host, was told as held, and did not merge
with the reports of the visit itself. The look-alikes: a speaker who tells of others' talks, a
ceremony's ticket office, and one who goes to take up a post. Texts written for the test."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.knowledge import base

CATALOG = base.entity_catalog()
PUTIN, LUKASHENKO, TOKAYEV, MOSCOW = (CATALOG.named(name).entity_id for name in (
    "Vladimir Putin", "Alexander Lukashenko", "Kassym-Jomart Tokayev", "Moscow"))
PUBLISHED = dt.date(2030, 11, 20)


def reported(body: str) -> dict[str, tuple[set[str], str, str | None]]:
    """Each event type's first report: (participants, status, place)."""
    found: dict[str, tuple[set[str], str, str | None]] = {}
    for m in extract_article("zh-plans", None, None, body, PUBLISHED, "zh").event_mentions:
        found.setdefault(m.event_type, (set(m.participant_ids), m.status, m.location_id))
    return found


def test_a_leader_looking_forward_to_a_trip_of_his_own_takes_part_in_it_and_it_is_planned():
    found = reported("卢卡申科表示期待明年5月赴莫斯科出席阅兵式，并同普京举行会谈。")
    assert found["visit"] == ({LUKASHENKO}, "planned", MOSCOW)
    assert found["meeting"][:2] == ({LUKASHENKO, PUTIN}, "planned")
    assert found["parade"][1] == "planned"


def test_a_speaker_telling_of_others_talks_takes_no_part_in_them():
    participants, status, _ = reported("卢卡申科表示，普京同托卡耶夫上周在莫斯科举行了会谈。")["meeting"]
    assert participants == {PUTIN, TOKAYEV} and status == "occurred"


def test_an_opening_ceremony_named_by_its_short_form_is_an_event_and_an_opening_alone_is_not():
    assert "other" in reported("托卡耶夫出席了运动会开幕式。")
    assert "other" not in reported("托卡耶夫说，运动会今天开幕。")


def test_going_to_take_up_a_post_is_no_trip():
    assert "visit" not in reported("新任大使赴任后出席了首次使馆招待会。")
