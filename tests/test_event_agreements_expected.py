"""A signing to come told by its papers first, with what they are about between the noun and the verb:
"Agreements on fisheries and on customs are expected to be signed before he leaves" is a planned
agreement (events_en.yaml's `agreement` words). Look-alike: papers expected to be discussed, not
signed, tell no signing.
"""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

MONDAY = dt.date(2031, 3, 10)
ARRIVAL = "Sergei Lavrov arrived in Hanoi on Monday for a four-day official visit to Vietnam. "


def _types(body: str) -> list[set[str]]:
    return [e.types() for e in extract_article("a", None, None, body, MONDAY, "en").events]


def test_agreements_expected_to_be_signed_before_the_visitor_leaves_are_a_planned_signing():
    events = extract_article("a", None, None, ARRIVAL + "Agreements on fisheries and on customs cooperation are "
                             "expected to be signed before he leaves.", MONDAY, "en").events
    signing = next(e for e in events if e.types() == {"agreement"})
    assert {m.status for m in signing.mentions} == {"planned"}


def test_agreements_expected_to_be_discussed_tell_no_signing():
    assert {"agreement"} not in _types(ARRIVAL + "Agreements on fisheries and on customs cooperation are expected "
                                       "to be discussed before he leaves.")
