"""In a forum's article, a gathering's word that names nothing of its own is the forum ("На
заседании также выступили министры", "Today, we are meeting in hard times"): no second event.
A meeting the text gives people of its own ("on the forum's sidelines, Putin met Tokayev") stays
another event. Every text is written for the test."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

PUBLISHED = dt.date(2025, 3, 20)


def types(title: str, body: str, language: str) -> list[list[str]]:
    events = extract_article("forum-gatherings", title, None, body, PUBLISHED, language).events
    return sorted(sorted(event.types()) for event in events)


def test_a_session_told_bare_in_a_russian_forums_article_is_the_forum():
    body = ("Владимир Путин принял участие в пленарном заседании Каспийского форума в Казани. "
            "Сегодня на заседании также выступили министры и губернаторы.")
    assert types("Каспийский форум", body, "ru") == [["forum"]]


def test_a_meeting_with_people_of_its_own_beside_a_russian_forum_stays_a_meeting():
    body = ("Владимир Путин принял участие в пленарном заседании Каспийского форума в Казани. "
            "Затем Владимир Путин встретился с Касым-Жомартом Токаевым.")
    assert ["meeting"] in types("Каспийский форум", body, "ru")


def test_we_are_meeting_today_in_an_english_forums_article_is_the_forum():
    body = ("Vladimir Putin spoke at the plenary session of the Caspian Forum in Kazan. "
            "Today, we are meeting at a time of great change.")
    assert types("Caspian Forum plenary session", body, "en") == [["forum"]]
