"""A meeting held by video link between two countries' leaders (extract/remote_gatherings.py,
held_by_video_between_countries; knowledge/events_zh.yaml's regular meeting word): each sits at his
own desk and no one hosts it, so the page's place line, where one of them sat, is not its place,
nor is the hall a sentence seats one of them in; the documents they sign at its end go with it. It
stays a meeting (a series' regular meeting is no call). Not a meeting one leader holds by video with
his own officials (held where he sits), nor a meeting in person. Texts written for these tests,
invented events, each beside a look-alike that must not do what it does."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

DAY = dt.date(2031, 3, 12)


def events(body: str, language: str = "en", title: str | None = None, place: str | None = None):
    return extract_article("a", title, None, body, DAY, language, place=place).events


def main_event(body: str, language: str = "en", title: str | None = None, place: str | None = None):
    return next(e for e in events(body, language, title, place) if e.main)


# --- two countries' leaders on screens: no place

def test_a_video_meeting_of_two_countries_leaders_is_not_at_the_datelines_city():
    body = ("NEW DELHI, March 12 (Wire) - Indian Prime Minister Narendra Modi and Australian Prime Minister "
            "Anthony Albanese held their annual meeting by video link on Wednesday, officials said.")
    meeting = main_event(body)
    assert meeting.mentions[0].event_type == "meeting"
    assert meeting.location_id is None


def test_a_meeting_in_person_under_the_dateline_is_at_its_city():
    body = ("NEW DELHI, March 12 (Wire) - Indian Prime Minister Narendra Modi and Australian Prime Minister "
            "Anthony Albanese held their annual meeting on Wednesday, officials said.")
    assert main_event(body).location_id == "new-delhi"


def test_a_leaders_video_meeting_with_his_own_ministers_stays_where_the_line_puts_him():
    body = ("Vladimir Putin held a meeting with members of the Government by video link on Wednesday. "
            "Mikhail Mishustin reported on the budget.")
    assert main_event(body, place="Novo-Ogaryovo, Moscow Region").location_id == "novo-ogaryovo"


def test_the_communique_signed_at_the_end_of_a_video_meeting_has_no_place_either():
    body = ("МОСКВА, 12 марта. /Агентство/. Председатель правительства РФ Михаил Мишустин и федеральный канцлер "
            "Германии Олаф Шольц в среду в режиме видеоконференции провели ежегодную встречу.\n\n"
            "По итогам встречи главы правительств подписали совместное заявление.")
    found = events(body, "ru")
    assert {e.mentions[0].event_type: e.location_id for e in found} == {"meeting": None, "agreement": None}


def test_the_communique_signed_at_a_meeting_in_person_is_at_its_city():
    body = ("МОСКВА, 12 марта. /Агентство/. Председатель правительства РФ Михаил Мишустин и федеральный канцлер "
            "Германии Олаф Шольц в среду в Доме правительства провели ежегодную встречу.\n\n"
            "По итогам встречи главы правительств подписали совместное заявление.")
    found = events(body, "ru")
    assert {e.mentions[0].event_type: e.location_id for e in found} == {"meeting": "Q649", "agreement": "Q649"}


# --- Chinese: a regular meeting co-chaired by video is a meeting of no place

def test_a_chinese_regular_meeting_co_chaired_by_video_is_a_meeting_at_no_hall():
    body = ("新华社北京3月12日电 国务院总理李强12日下午在人民大会堂以视频方式同印度总理莫迪共同主持中印总理第三次定期会晤。")
    meeting = main_event(body, "zh")
    assert meeting.mentions[0].event_type == "meeting"
    assert meeting.location_id is None


def test_a_chinese_regular_meeting_in_the_hall_is_in_beijing():
    body = ("新华社北京3月12日电 国务院总理李强12日下午在人民大会堂同印度总理莫迪共同主持中印总理第三次定期会晤。")
    meeting = main_event(body, "zh")
    assert meeting.mentions[0].event_type == "meeting"
    assert meeting.location_id == "Q956"


def test_a_chinese_video_meeting_of_two_leaders_is_still_a_call():
    body = "新华社北京3月12日电 国家主席习近平12日晚同印度总理莫迪举行视频会晤。"
    assert main_event(body, "zh").mentions[0].event_type == "call"


# --- a series' talks by video stay a meeting; a visit ruled out is none

def test_a_series_annual_talks_by_video_are_a_meeting_not_a_call():
    body = ("Indian Prime Minister Narendra Modi and Australian Prime Minister Anthony Albanese will hold their "
            "annual talks by video on Friday, officials said.")
    assert main_event(body).mentions[0].event_type == "meeting"


def test_talks_held_by_videoconference_are_still_a_call():
    body = ("Indian Prime Minister Narendra Modi and Australian Prime Minister Anthony Albanese held talks "
            "via videoconference on Wednesday, officials said.")
    assert main_event(body).mentions[0].event_type == "call"


def test_a_visit_the_pandemic_ruled_out_is_no_visit():
    body = ("Narendra Modi and Anthony Albanese will hold their annual talks by video on Friday. "
            "The pandemic has ruled out the usual visit, so Modi will speak from New Delhi.")
    assert not any("visit" in e.types() for e in events(body))


def test_a_visit_after_something_ruled_out_is_still_told():
    body = ("Narendra Modi and Anthony Albanese will hold their annual talks by video on Friday. "
            "The premiers ruled out new tariffs ahead of Modi's visit to Canberra on Saturday.")
    assert any("visit" in e.types() for e in events(body))
