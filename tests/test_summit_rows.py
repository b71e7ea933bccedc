"""Summit rows told from other sentences than the summit's own: a summit told with no place is
where the talks told on its sidelines on its days were held (summit_sideline_places.py); a
Russian meeting that "did not come about" is no meeting; a Chinese summit named by its body with
its edition's number between ("…第二十次元首理事会") is that body's summit; APEC is a body whose
summit is named by it. Each beside a look-alike that must not change. Written for these tests;
none is copied."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from ruchina.extract.event_words import event_words
from ruchina.extract.extraction import extract_article
from ruchina.extract.summit_bodies import summit_name
from ruchina.extract.summit_sideline_places import place_summits_by_their_sideline_talks

THURSDAY = dt.date(2019, 6, 13)  # a Thursday
MODI, MACRON, ERDOGAN = "Q1058", "Q3052772", "Q39259"


def events(body, title="Leaders gather in the Kyrgyz capital", language="en", published=THURSDAY):
    return extract_article("a", title, None, body, published, language).events


def summit_of(found):
    return next(e for e in found if e.mentions[0].event_type == "summit")


# --- a summit with no place, at the place of the talks on its sidelines

def test_a_summit_told_with_no_place_is_where_its_sideline_talks_were():
    found = events("Narendra Modi met Emmanuel Macron in Bishkek on Thursday on the sidelines of the gathering of "
                   "regional leaders.\n\nThe two-day summit opened on Thursday.", title="Modi and Macron talk jets")
    summit = summit_of(found)
    assert summit.location_id == "bishkek"
    assert (summit.date.first, summit.date.last) == (THURSDAY, THURSDAY + dt.timedelta(days=1))


def test_a_summit_placed_by_the_titles_talks_told_on_unnamed_sidelines():
    found = events("Narendra Modi and Emmanuel Macron met on the margins on Thursday to discuss a jet deal.\n\n"
                   "The two-day summit opened on Thursday.", title="Modi, Macron meet in Bishkek")
    assert summit_of(found).location_id == "bishkek"


def test_look_alike_talks_not_told_on_sidelines_place_no_summit():
    # (they met in the city before the summit opened there or elsewhere: nothing says it is there)
    found = events("Narendra Modi met Emmanuel Macron in Bishkek on Thursday to discuss a jet deal.\n\n"
                   "The two-day summit opened on Thursday.", title="Modi and Macron talk jets")
    assert summit_of(found).location_id is None


def test_look_alike_sideline_talks_of_other_days_place_no_summit():
    found = events("Narendra Modi met Emmanuel Macron in Bishkek on the sidelines of a regional gathering on "
                   "June 2.\n\nThe two-day summit opened on Thursday.", title="Modi and Macron talk jets")
    assert summit_of(found).location_id is None


def test_look_alike_sideline_talks_in_two_places_place_no_summit():
    found = events("Narendra Modi met Emmanuel Macron in Bishkek on Thursday on the sidelines. Recep Tayyip "
                   "Erdogan met Narendra Modi in Osh on Thursday on the sidelines.\n\nThe two-day summit opened on "
                   "Thursday.", title="Leaders talk jets")
    assert summit_of(found).location_id is None


# --- a Russian meeting that did not come about

def test_a_russian_meeting_that_did_not_come_about_is_no_meeting():
    found = events("Разговора по существу с Нарендрой Моди так и не получилось — лидеры лишь поздоровались в "
                   "кулуарах.", title="Итоги саммита", language="ru")
    assert not any(MODI in e.participants for e in found if e.types() == {"meeting"})
    assert event_words("ru").called_off.match(" так и не получилось", 0)


def test_look_alike_a_russian_meeting_that_came_about_is_a_meeting():
    found = events("Встреча с Нарендрой Моди получилась долгой: лидеры говорили в четверг два часа.",
                   title="Итоги саммита", language="ru")
    assert any(MODI in e.participants for e in found if e.types() == {"meeting"})
    assert not event_words("ru").called_off.match(" получилась долгой", 0)


# --- a body's summit, its edition's number between (Chinese), and APEC's summit

def test_a_chinese_summit_named_by_its_body_with_its_edition_between():
    found = events("上合组织第二十次元首理事会会议14日在巴厘岛举行。", title="上合组织峰会举行", language="zh",
                   published=dt.date(2019, 6, 14))
    summit = summit_of(found)
    assert summit.own_names == {"SCO Summit"} and summit.location_id == "bali"
    assert event_words("zh").body_gap.fullmatch("第二十次") and event_words("zh").body_gap.fullmatch("第3届")


def test_look_alike_a_chinese_body_named_away_from_the_summit_word_names_no_summit():
    assert not event_words("zh").body_gap.fullmatch("秘书长出席了")
    found = events("上合组织秘书长14日出席了在巴厘岛举行的领导人会议。", title="秘书长出席会议", language="zh",
                   published=dt.date(2019, 6, 14))
    assert not summit_of(found).own_names


def test_apec_names_its_summit_in_each_language():
    assert summit_name("Asia-Pacific Economic Cooperation") == "APEC Summit"
    en = summit_of(events("The APEC summit opened in Lima on Thursday.", title="Pacific leaders gather"))
    ru = summit_of(events("Саммит АТЭС открылся в Лиме в четверг.", title="Лидеры собрались", language="ru"))
    assert en.own_names == ru.own_names == {"APEC Summit"}


def test_look_alike_the_asia_pacific_region_names_no_summit():
    found = events("An Asia-Pacific summit opened in Lima on Thursday.", title="Pacific leaders gather")
    assert not summit_of(found).own_names


def test_look_alike_a_summit_told_only_as_the_talks_setting_is_left_to_its_own_reports():
    # (the same events, the summit's report once told as the talks' setting, "on the sidelines of
    # the summit": another event beside them, which this rule does not place)
    found = events("Narendra Modi met Emmanuel Macron in Bishkek on Thursday on the sidelines of the gathering of "
                   "regional leaders.\n\nThe two-day summit opened on Thursday.", title="Modi and Macron talk jets")
    summit = summit_of(found)
    for setting, place in ((False, "bishkek"), (True, None)):
        summit.add(replace(summit.mentions[0], location_id=None, setting=setting), 0)
        place_summits_by_their_sideline_talks(event_words("en"), found)
        assert summit.location_id == place
