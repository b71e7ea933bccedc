"""A Chinese communique signed after talks ("两国总理签署了《……联合公报》", "签署联合公报") is an
agreement of those who signed it, as a joint statement is (knowledge/events_zh.yaml ``agreement``,
``document_kinds``). Fixtures written for these tests, with other premiers and documents than any
page read; beside a look-alike in which a communique is only quoted, which is no signing."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

LI = "li-keqiang"
DAY = dt.date(2014, 12, 15)
TALKS = "新华社阿斯塔纳12月14日电 国务院总理李克强14日在阿斯塔纳同哈萨克斯坦总理马西莫夫举行中哈总理第二次定期会晤。"


def agreements(text):
    return [e for e in extract_article("t1", None, None, text, DAY, "zh").events if "agreement" in e.types()]


def test_premiers_signing_a_titled_communique_after_their_meeting_is_their_agreement():
    found = agreements(TALKS + "会晤后，两国总理签署了《中哈总理第二次定期会晤联合公报》。")
    assert len(found) == 1
    assert LI in found[0].participants
    assert found[0].date.first == dt.date(2014, 12, 14)


def test_signing_an_untitled_joint_communique_is_an_agreement_too():
    assert agreements(TALKS + "双方还签署联合公报，并见证了多项文件的交换。")


def test_a_communique_only_quoted_is_no_signing():
    assert not agreements(TALKS + "据此前的公报显示，两国贸易额继续增长。")
