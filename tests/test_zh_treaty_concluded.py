"""Chinese writes a treaty concluded with "签订" as often as with "签署" ("签订《中俄睦邻友好合作条约》"): a
signing of that document (knowledge/events_zh.yaml, agreement triggers), not only the ceremony told
beside it. Beside it, the look-alike that must not: "签订" of what is no document of state (a contract
for a flat) is no agreement. Fixtures written for these tests (another treaty)."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article


def types(body: str) -> list[str]:
    mentions = extract_article("treaty", "历史上的今天", None, body, dt.date(2021, 7, 16), "zh").event_mentions
    return [m.event_type for m in mentions]


def test_a_treaty_concluded_with_qianding_is_an_agreement():
    assert "agreement" in types("2001年7月16日，江泽民与普京在克里姆林宫签订《中俄睦邻友好合作条约》。")


def test_qianding_of_a_flats_contract_is_no_agreement():
    assert "agreement" not in types("2001年7月16日，他在北京签订了一份购房合同。")
