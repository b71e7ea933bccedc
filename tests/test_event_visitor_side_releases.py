"""A visit told by the visitor's side, as a government's press release tells it: the bare title of
the one the page is about ("the Prime Minister") is the person it named with that title before
(extract/titled_people.py), the guest of a passive host's verb too ("the Prime Minister was received
by President X", host_meetings.py); and a visit its sentence names no one for but the leader who invites
("The visit began in X at the invitation of Premier Y") is the visitor's visit told before, Y its host,
never its visitor (visit_inviters.py).

Texts written for these tests, with invented visits, days and words; each beside a look-alike that
must not do what it does."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

DAY = dt.date(2001, 3, 16)  # a Friday
KASYANOV, ZHU, JIANG, LI_PENG = "mikhail-kasyanov", "zhu-rongji", "jiang-zemin", "li-peng"


def events(body: str, kind: str):
    return [e for e in extract_article("t", None, None, body, DAY, "en").events if kind in e.types()]


def test_a_bare_title_is_the_one_the_page_named_with_it():
    body = ("Prime Minister Mikhail Kasyanov arrived in China on 15 March for a two-day visit. "
            "On 15 March the Prime Minister and Premier Zhu Rongji held talks in Shanghai on trade.")
    meetings = events(body, "meeting")
    assert meetings and {KASYANOV, ZHU} <= meetings[0].participants


def test_a_title_the_page_gave_two_people_refers_to_neither():
    body = ("Prime Minister Mikhail Kasyanov and Prime Minister Viktor Chernomyrdin arrived in China on 15 March. "
            "On 15 March the Prime Minister and Premier Zhu Rongji held talks in Shanghai on trade.")
    meetings = events(body, "meeting")
    assert meetings and not {KASYANOV, "viktor-chernomyrdin"} & meetings[0].participants


def test_a_deputys_title_names_no_holder():
    body = ("Deputy Prime Minister Mikhail Kasyanov arrived in China on 15 March. "
            "On 15 March the Prime Minister and Premier Zhu Rongji held talks in Shanghai on trade.")
    meetings = events(body, "meeting")
    assert meetings and KASYANOV not in meetings[0].participants


def test_the_bare_title_received_by_a_host_meets_him():
    body = ("Prime Minister Mikhail Kasyanov ended his visit to China on 16 March. "
            "On 16 March the Prime Minister was received by President Jiang Zemin in Beijing.")
    meetings = events(body, "meeting")
    assert meetings and {KASYANOV, JIANG} <= meetings[0].participants


def test_a_visit_told_only_with_its_inviter_is_the_visitors():
    body = ("Prime Minister Mikhail Kasyanov ended a two-day official visit to China today, 16 March. "
            "The visit began in Shanghai on 15 March at the invitation of Premier of the State Council Zhu Rongji.")
    visits = events(body, "visit")
    assert visits and all(KASYANOV in v.participants for v in visits)
    assert not any(v.participants == {ZHU} for v in visits)


def test_a_visit_whose_sentence_names_its_visitor_keeps_its_own_people():
    body = ("Prime Minister Mikhail Kasyanov ended a two-day official visit to China today, 16 March. "
            "Li Peng will visit Moscow in May at the invitation of Prime Minister Mikhail Kasyanov.")
    visits = [v for v in events(body, "visit") if LI_PENG in v.participants]
    assert visits and {LI_PENG, KASYANOV} == visits[0].participants


def test_he_after_the_bare_titles_reception_is_the_guest_and_a_long_title_names_the_one_he_met():
    body = ("Prime Minister Mikhail Kasyanov ended his visit to China on 16 March. "
            "On 16 March the Prime Minister was received by President of the People's Republic of China Jiang Zemin. "
            "Earlier the same day he met Chairman of the Standing Committee of the National People's Congress Li Peng.")
    meetings = events(body, "meeting")
    assert any(m.participants == {KASYANOV, JIANG} for m in meetings)
    assert any(m.participants == {KASYANOV, LI_PENG} for m in meetings)


def test_he_after_a_sentence_opening_on_a_name_is_that_name():
    body = ("Prime Minister Mikhail Kasyanov ended his visit to China on 16 March. "
            "On 16 March President Jiang Zemin received the Prime Minister. "
            "Earlier the same day he met Li Peng.")
    meetings = events(body, "meeting")
    assert any(m.participants == {JIANG, LI_PENG} for m in meetings)


def test_a_title_with_other_words_before_the_name_names_no_object():
    body = ("Prime Minister Mikhail Kasyanov ended his visit to China on 16 March. "
            "On 16 March he met Chairman Zhu Rongji of the Standing Committee, and then, as he told reporters, Li Peng.")
    meetings = events(body, "meeting")
    assert meetings and LI_PENG not in meetings[0].participants
