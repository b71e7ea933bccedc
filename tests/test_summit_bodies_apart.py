"""The summits of two bodies stay two rows (corpus/summit_bodies_apart.py), and a body's summit
told in Chinese by its leaders' meeting or its member states' council is that body's summit
(extract/summit_bodies.py, knowledge/events_zh.yaml: summit_body_meetings, summit_body_gaps; its leaders'
summit, "二十国集团领导人第十四次峰会", too).
Beside look-alikes: one body's summit told by two articles stays one row, two countries'
leaders meeting stays a meeting, and a count of meetings stays a mention in passing.
Written for these tests; none is copied."""

from __future__ import annotations

import datetime as dt

from ruchina.corpus.events_table import merged_events
from ruchina.corpus.summit_bodies_apart import other_bodies
from ruchina.extract.extraction import extract_article

PUBLISHED = dt.date(2024, 11, 6)
LULA, MODI = "luiz-inacio-lula-da-silva", "Q1058"


def rows(*bodies, language="en", published=PUBLISHED):
    extractions = [extract_article(f"s{n}", None, None, body, published, language) for n, body in enumerate(bodies)]
    names = {m.entity_id: m.name for x in extractions for m in x.mentions}
    return merged_events(extractions, names)


def summits_of(*bodies):
    return [e for e in rows(*bodies) if e.event_type == "summit"]


def names_of(text, title, language="zh", published=PUBLISHED):
    extraction = extract_article("z", title, None, text, published, language)
    return [(e.types(), e.own_names) for e in extraction.events]


# --- two bodies' summits, days apart, the same guests

def test_summits_of_two_bodies_with_the_same_guests_stay_two_rows():
    found = summits_of("Lula and Narendra Modi took part in the G20 summit by video on November 3.",
                       "Lula and Narendra Modi joined the APEC summit in Lima on November 5.")
    assert sorted(e.article_ids for e in found) == [["s0"], ["s1"]]
    assert other_bodies(frozenset({"G20 Summit"}), frozenset({"APEC Summit"}))


def test_look_alike_one_bodys_summit_told_by_two_articles_is_one_row():
    (summit,) = summits_of("Lula and Narendra Modi took part in the G20 summit by video on November 3.",
                           "Lula and Narendra Modi joined the G20 summit in Lima on November 3.")
    assert summit.article_ids == ["s0", "s1"] and {LULA, MODI} <= set(summit.participant_ids)
    assert not other_bodies(frozenset({"G20 Summit"}), frozenset({"G20 Summit", "APEC Summit"}))
    assert not other_bodies(frozenset(), frozenset({"APEC Summit"})), "a summit no body names may be either"


# --- Chinese: a body's leaders' meeting, its member states' council

def test_a_bodys_leaders_meeting_in_chinese_is_its_summit():
    found = names_of("金砖国家领导人第十一次会晤13日在巴西利亚举行。", "金砖国家领导人第十一次会晤举行",
                     published=dt.date(2019, 11, 14))
    assert ({"summit"}, frozenset({"BRICS Summit"})) in found
    by_video = names_of("金砖国家领导人第十二次会晤将于17日以视频方式举行。", "会晤将举行", published=dt.date(2020, 11, 12))
    assert ({"summit"}, frozenset({"BRICS Summit"})) in by_video, "held by video link, still the body's summit"


def test_a_bodys_member_states_council_in_chinese_is_its_summit():
    found = names_of("上海合作组织成员国元首理事会第十九次会议14日在比什凯克举行。", "上合组织元首理事会会议举行",
                     published=dt.date(2019, 6, 15))
    assert ({"summit"}, frozenset({"SCO Summit"})) in found


def test_a_bodys_leaders_summit_in_chinese_is_its_summit_apart_from_talks_told_beside_it():
    text = ("新华社大阪6月28日电 国家主席习近平28日在大阪会见俄罗斯总统普京。"
            "习近平表示，很高兴来大阪出席二十国集团领导人第十四次峰会。"
            "二十国集团领导人第十四次峰会于28日至29日在大阪举行。")
    found = names_of(text, "习近平会见俄罗斯总统普京", published=dt.date(2019, 6, 28))
    assert ({"summit"}, frozenset({"G20 Summit"})) in found
    assert ({"meeting"}, frozenset()) in found, "the talks of the two keep their one day, not the summit's two"


def test_look_alike_two_countries_leaders_summit_in_chinese_names_no_body():
    found = names_of("中法两国领导人第三次峰会13日在巴黎举行。", "两国领导人峰会", published=dt.date(2019, 11, 14))
    assert found and all(not own for _, own in found)


def test_look_alike_two_countries_leaders_meeting_in_chinese_stays_a_meeting():
    found = names_of("中法两国领导人第三次会晤13日在巴黎举行。", "两国领导人会晤", published=dt.date(2019, 11, 14))
    assert found and all(types == {"meeting"} and not own for types, own in found)


def test_look_alike_a_count_of_meetings_in_chinese_is_told_in_passing():
    found = names_of("两国元首已举行了三十多次会晤。", "两国关系", published=dt.date(2019, 11, 14))
    assert not found


# --- a body's summit told with some of its guests, and with all of them

FIVE = ("Lula, Narendra Modi, Cyril Ramaphosa, Xi Jinping and Vladimir Putin took part in a virtual summit "
        "on November 3.")


def test_a_bodys_summit_told_with_two_guests_and_with_five_is_one_row():
    (summit,) = summits_of("Lula and Narendra Modi took part in the BRICS summit by video on November 3.", FIVE)
    assert summit.article_ids == ["s0", "s1"] and len(summit.participant_ids) == 5


def test_look_alike_summits_no_body_names_with_two_guests_and_with_five_stay_apart():
    found = summits_of("Lula and Narendra Modi took part in a summit by video on November 3.", FIVE)
    assert sorted(e.article_ids for e in found) == [["s0"], ["s1"]]


# --- Spanish: a body named as a bloc after the summit's word

def test_a_summit_of_a_body_named_as_a_bloc_in_spanish_is_its_summit():
    found = names_of("La cumbre del bloque BRICS se celebrará el jueves en Kazán.", "Cumbre en Kazán", language="es",
                     published=dt.date(2024, 10, 21))
    assert ({"summit"}, frozenset({"BRICS Summit"})) in found


def test_look_alike_a_bloc_no_body_names_in_spanish_names_no_summit():
    found = names_of("La cumbre del bloque occidental se celebrará el jueves en Kazán.", "Cumbre en Kazán",
                     language="es", published=dt.date(2024, 10, 21))
    assert found and all(not own for _, own in found)
