"""Chinese leaders' witnessing told with the signing right after it, before its documents however
many fields list them ("两国元首共同见证签署经贸、农业……等领域多项合作文件"): the documents' signing,
an agreement of those leaders (knowledge/events_zh.yaml ``agreement``). Fixtures written for these
tests, with other leaders and documents than any page read; beside a look-alike in which the leaders
witness progress, and a signing is only promised, which is no agreement."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

XI, LUKASHENKO = "Q15031", "alexander-lukashenko"
DAY = dt.date(2024, 10, 9)
TALKS = "新华社北京10月9日电 国家主席习近平9日在人民大会堂同白俄罗斯总统卢卡申科举行会谈。"


def agreements(text):
    return [e for e in extract_article("t1", None, None, text, DAY, "zh").events if "agreement" in e.types()]


def test_witnessing_the_signing_of_many_fields_documents_is_the_leaders_agreement():
    found = agreements(TALKS + "会谈后，两国元首共同见证签署经贸、农业、教育、科技、海关等领域多项双边合作文件。")
    assert len(found) == 1
    assert {XI, LUKASHENKO} <= found[0].participants
    assert found[0].date.first == DAY


def test_witnessing_progress_and_a_promised_signing_is_no_agreement():
    found = agreements(TALKS + "两国元首见证了经贸合作的新进展，并表示今后将商签更多协议。")
    assert not found
