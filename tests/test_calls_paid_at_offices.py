"""A call paid on someone at his office, a courtesy call told in Chinese and a short form of an old marshal's name, each beside a look-alike that must not read the same.
Written for these tests (other people, places and days than any benchmark page).

- "called on X, <apposition>, at the party headquarters" is a meeting (events_en.yaml); "called on X at the
  party headquarters to resign" (an infinitive after the venue) is an appeal, none.
- "拜会" is a call paid on someone, a meeting (events_zh.yaml); "拜年", greetings of the season, is none.
- "Ho" is He Long's short form only on a page that names him in full (entities.yaml `short_forms`).
"""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

MODI, ABE, KOSYGIN, HE_LONG, ZHOU = "Q1058", "Q132345", "alexei-kosygin", "he-long", "zhou-enlai"


def events(body: str, day: dt.date, language: str = "en"):
    return extract_article("p1", None, None, body, day, language).events


def meetings(body: str, day: dt.date, language: str = "en"):
    return [e for e in events(body, day, language) if "meeting" in e.types()]


def test_a_call_paid_at_the_party_headquarters_is_a_meeting():
    [meeting] = meetings("On Friday Narendra Modi called on Shinzo Abe, the new leader of the ruling party, at the "
                         "party headquarters in Tokyo.", dt.date(2019, 6, 15))
    assert meeting.participants == {MODI, ABE}


def test_a_call_on_someone_to_resign_is_no_meeting():
    assert meetings("On Friday Narendra Modi called on Shinzo Abe at the party headquarters to resign.",
                    dt.date(2019, 6, 15)) == []


def test_a_courtesy_call_in_chinese_is_a_meeting():
    found = meetings("2019年6月13日，莫迪抵达东京。14日上午，莫迪前往自民党总部，拜会日本首相安倍晋三。",
                     dt.date(2019, 6, 20), "zh")
    assert [(m.participants, m.date.first) for m in found] == [({MODI, ABE}, dt.date(2019, 6, 14))]


def test_new_year_greetings_in_chinese_are_no_meeting():
    assert meetings("莫迪14日向日本首相安倍晋三拜年。", dt.date(2019, 6, 20), "zh") == []


def test_ho_is_he_long_on_a_page_naming_him_in_full():
    found = meetings("Marshal Ho Lung flew into Hanoi on Monday with Premier Chou En-lai. On Tuesday Ho and Chou "
                     "met Alexei Kosygin in Hanoi.", dt.date(1965, 2, 10))
    assert any({HE_LONG, ZHOU, KOSYGIN} <= m.participants for m in found)


def test_ho_alone_is_nobody_known():
    found = meetings("On Tuesday Ho met Alexei Kosygin in Hanoi.", dt.date(1965, 2, 10))
    assert all(HE_LONG not in m.participants for m in found)
