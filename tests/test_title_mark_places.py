"""A country named inside a document's title marks (《关于日本国和中华人民共和国……的联合声明》) is the
document's subject, not where it was signed (extract/event_places.py): otherwise the signing,
placed in that country, was no longer tied to the talks it followed in their city and, undated,
was dropped as background. Beside it, the look-alike whose venue stands outside the marks.
Fixtures written for these tests."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.event_places import inside_title_marks
from ruchina.extract.extraction import extract_article

SATURDAY = dt.date(2019, 6, 29)
TALKS = "新华社大阪6月29日电 国家主席习近平今天在大阪同日本首相安倍晋三举行会谈。"
SIGNED = "会谈后，两国领导人签署了《关于日本国和中华人民共和国渔业合作的联合声明》。"
SIGNED_ELSEWHERE = "两国外长当天在东京签署了《关于日本国和中华人民共和国渔业合作的联合声明》。"


def _signings(body):
    events = extract_article("t1", None, None, body, SATURDAY, "zh").events
    return [e for e in events if e.family == "agreement"]


def test_a_country_in_the_title_marks_does_not_place_the_signing():
    signings = _signings(TALKS + "\n\n" + SIGNED)
    assert len(signings) == 1
    assert signings[0].location_id not in ("Q17", "Q148")  # (neither Japan nor China)
    assert signings[0].date is not None and signings[0].date.first == SATURDAY


def test_a_venue_outside_the_marks_still_places_it():
    signings = _signings(TALKS + "\n\n" + SIGNED_ELSEWHERE)
    assert [s.location_id for s in signings] == ["Q1490"]  # (Tokyo)


def test_inside_title_marks():
    sentence = "双方签署了《关于中国和日本的声明》，在东京。"
    assert inside_title_marks(sentence, sentence.index("中国"))
    assert not inside_title_marks(sentence, sentence.index("东京"))
