"""Where a gathering held by video is placed (extract/video_seats.py, extract/dropped_plans.py,
knowledge/events_<language>.yaml's chaired_from, joined_remotely, chairs and dropped_plans): at its
chair's seat as the page states it; not at the seat of one who joins it, nor at a city named only
for a plan that was dropped. Texts written for these tests, invented events and names, each beside
a look-alike that must not do what it does."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.extract.linking import link_entities
from ruchina.knowledge.base import entity_catalog

DAY = dt.date(2031, 3, 14)


def place_of(body: str, kind: str, language: str = "en") -> str | None:
    """The place of the one event of that kind the text reports (fails on none or several)."""
    extraction = extract_article("a", None, None, body, DAY, language)
    (event,) = [e for e in extraction.events if kind in e.types()]
    return event.location_id


def city(name: str) -> str:
    return entity_catalog().named(name).entity_id


# --- a chair's seat: "chaired ... from X" places a gathering held by video

def test_a_chair_speaking_from_his_residence_places_the_video_summit_there():
    body = ("Alexander Lukashenko on Friday chaired a summit of the Eurasian Economic Union held wholly by "
            "videoconference, speaking from his Bocharov Ruchei residence while the other leaders appeared on screens.")
    assert place_of(body, "summit") == city("Sochi")  # (the residence is a venue in its town)


def test_a_leader_joining_from_his_capital_after_the_chair_does_not_place_the_summit():
    body = ("Alexander Lukashenko on Friday chaired a summit of the Eurasian Economic Union held wholly by "
            "videoconference, and Kassym-Jomart Tokayev spoke from Astana.")
    assert place_of(body, "summit") is None


def test_a_chair_who_ran_the_meeting_from_a_city_puts_it_there():
    body = "Kassym-Jomart Tokayev ran the summit from Astana on Thursday."
    assert place_of(body, "summit") == city("Astana")


def test_a_host_with_guests_from_a_country_does_not_put_the_gathering_there():
    body = ("Kassym-Jomart Tokayev hosted the investment forum on Thursday, welcoming business people and "
            "officials from Armenia.")
    assert place_of(body, "forum") != city("Armenia")


def test_a_french_chair_who_presided_from_a_city_before_the_summit_word_puts_it_there():
    body = ("Le président kazakh, Kassym-Jomart Tokaïev, a présidé jeudi depuis Astana un sommet en ligne de "
            "l'Union économique eurasiatique.")
    assert place_of(body, "summit", "fr") == city("Astana")


def test_a_spanish_chair_who_ran_it_from_an_unnamed_residence_gives_no_place():
    body = ("El presidente kazajo, Kassym-Jomart Tokáyev, condujo la cumbre virtual del jueves desde su "
            "residencia en las afueras de Astaná.")
    assert place_of(body, "summit", "es") is None


# --- one who joins by video: his seat is not the gathering's place

def test_a_chinese_leader_joining_by_video_from_his_capital_does_not_place_the_summit():
    body = "国家主席习近平14日在北京以视频方式出席二十国集团领导人峰会并发表讲话。"
    assert place_of(body, "summit", "zh") is None


def test_a_chinese_leader_chairing_by_video_from_his_capital_places_the_summit_there():
    body = "国家主席习近平14日在北京以视频方式主持二十国集团领导人峰会并发表讲话。"
    assert place_of(body, "summit", "zh") == city("Beijing")


def test_a_chinese_leader_joining_a_summit_another_chairs_does_not_place_it():
    body = "国家主席习近平14日在北京以视频方式出席二十国集团领导人峰会并发表讲话。\n\n峰会由印度总理莫迪主持。"
    assert place_of(body, "summit", "zh") is None


def test_a_chinese_leader_told_chairing_elsewhere_on_the_page_places_the_forum_at_his_seat():
    body = "国家主席习近平14日在北京以视频方式出席金砖国家工商论坛并发表讲话。\n\n明天的会晤由习近平主持。"
    assert place_of(body, "forum", "zh") == city("Beijing")


def test_a_russian_leader_joining_by_video_from_a_resort_does_not_place_the_summit():
    body = "Президент России Владимир Путин 14 марта в Сочи в режиме видеоконференции принял участие в саммите ЕАЭС."
    assert place_of(body, "summit", "ru") is None


def test_a_summit_held_in_a_city_keeps_it_when_one_joins_by_video():
    body = ("Президент России Владимир Путин 14 марта принял участие в саммите ЕАЭС в Минске "
            "в режиме видеоконференции.")
    assert place_of(body, "summit", "ru") == city("Minsk")


# --- a city named only for a plan that was dropped

def test_a_summit_that_had_been_due_in_a_city_but_moved_online_is_not_placed_there():
    body = ("The summit of the Eurasian Economic Union on Friday had been due to take place in Yerevan "
            "but was moved online because of the floods.")
    assert place_of(body, "summit") is None


def test_a_summit_due_to_take_place_in_a_city_is_placed_there():
    body = "The summit of the Eurasian Economic Union is due to take place in Yerevan on Friday."
    assert place_of(body, "summit") == city("Yerevan")


def test_a_russian_forum_first_planned_in_a_city_is_not_placed_there():
    body = "Первоначально форум 14 марта планировалось провести в Казани, однако его перенесли в онлайн-формат."
    assert place_of(body, "forum", "ru") is None


def test_a_russian_forum_to_be_held_in_a_city_is_placed_there():
    body = "Форум пройдёт 14 марта в Казани."
    assert place_of(body, "forum", "ru") == city("Kazan")


def test_a_german_meeting_that_would_have_been_held_in_a_city_is_not_placed_there():
    # (the plan given up is no event at all, events_de.yaml's called_off; whatever is told, nothing is in Minsk)
    body = "Eigentlich hätte das Treffen am Freitag in Minsk stattfinden sollen."
    extraction = extract_article("a", None, None, body, DAY, "de")
    assert all(event.location_id != city("Minsk") for event in extraction.events)


def test_a_german_meeting_held_in_a_city_after_a_wish_keeps_it():
    body = "Das Treffen, auf das er gehofft hätte, fand am Freitag in Minsk statt."
    assert place_of(body, "meeting", "de") == city("Minsk")


# --- the President's residences are places in every language the knowledge base carries

def test_the_residences_are_known_in_every_language():
    for language, text in (("de", "in Nowo-Ogarjowo"), ("fr", "à Novo-Ogariovo"), ("es", "en Novo-Ogariovo"),
                           ("zh", "在新奥加廖沃"), ("ru", "в Ново-Огарёво"), ("en", "at Novo-Ogaryovo")):
        assert "novo-ogaryovo" in {m.entity_id for m in link_entities(text, True, language)}, language
    for language, text in (("de", "in Botscharow Rutschei"), ("fr", "à Botcharov Routcheï"),
                           ("es", "en Bocharov Ruchéi"), ("zh", "在博恰罗夫溪"), ("ru", "в Бочаров Ручей")):
        assert "bocharov-ruchei" in {m.entity_id for m in link_entities(text, True, language)}, language


# --- a summit told held by video in the relative clause after its word is not at the dateline's city

def test_a_russian_summit_which_was_held_by_video_is_not_at_the_datelines_city():
    body = ("МИНСК, 14 марта. /ВЕСТНИК/. Президент Белоруссии Александр Лукашенко в пятницу принял участие в "
            "саммите ЕАЭС, который прошел по видеосвязи под председательством Казахстана.")
    assert place_of(body, "summit", "ru") is None


def test_a_russian_summit_which_was_held_in_a_hall_keeps_the_datelines_city():
    body = ("МИНСК, 14 марта. /ВЕСТНИК/. Президент Белоруссии Александр Лукашенко в пятницу принял участие в "
            "саммите ЕАЭС, который прошел в большом зале под председательством Казахстана.")
    assert place_of(body, "summit", "ru") == city("Minsk")
