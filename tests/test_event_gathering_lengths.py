"""A summit of several days told by its end and its length, or told going on after its opening, and the
resorts that host such summits:

- "wrapped up on Sunday after three days" (knowledge ``lasts``), "ist am Sonntag ... zu Ende gegangen"
  (``ended``: the perfect's auxiliary with its participle far after it), "为期两天的峰会15日在X闭幕"
  (``ended`` and ``durations`` in a language written without spaces): the day is its last, counted back;
- the length named only in the sidelines of a meeting held at it ("Am Rande des dreitägigen Treffens
  traf X am Sonntag Y"): the summit's days, the meeting keeps its one (extract/sideline_lengths.py);
- "Le sommet se poursuit jusqu'à dimanche" after its opening: the same summit, to that day
  (extract/continued_gatherings.py, knowledge ``continues``);
- a summit opened by its sitting with guests, "s'est ouvert samedi par un « dialogue élargi »": the summit
  keeps that day (outreach_sessions.py), and "the enlarged dialogue" is such a sitting;
- a resort on a lake named by the lake (places.yaml) and "on the shores of" as a venue's preposition.

Fixtures written for these tests, with other summits, towns, days and leaders than any page read; each
beside a look-alike that must not do it."""

from __future__ import annotations

import datetime as dt

import pytest

from ruchina.extract.extraction import extract_article

SUNDAY = dt.date(2016, 11, 20)
FRIDAY, SATURDAY, MONDAY, TUESDAY = (dt.date(2016, 11, 18), dt.date(2016, 11, 19), dt.date(2016, 11, 21),
                                     dt.date(2016, 11, 22))


def _events(body, language, published=SUNDAY, title=None):
    return extract_article("x", title, None, body, published, language).events


def _gatherings(found):
    return [e for e in found if {"summit", "forum"} & e.types()]


def _days(event):
    return event.date.first, event.date.last


@pytest.mark.parametrize("body, language", [
    ("The Pacific Rim summit in Da Nang wrapped up today after three days, with leaders pledging to keep "
     "markets open.", "en"),
    ("Der Pazifik-Gipfel in Da Nang ist am Sonntag ohne eine gemeinsame Linie der großen Handelsmächte zum "
     "Freihandel zu Ende gegangen.\n\nAm Rande des dreitägigen Treffens traf Obama am Sonntag Putin.", "de"),
    ("为期三天的亚太经合组织峰会20日在岘港闭幕。", "zh"),
])
def test_a_summit_told_ended_with_its_length_counts_back_from_its_last_day(body, language):
    (summit,) = _gatherings(_events(body, language))
    assert _days(summit) == (FRIDAY, SUNDAY)


@pytest.mark.parametrize("body, language", [
    # its length and a day told as its first: it counts on
    ("The three-day summit of Pacific Rim leaders in Da Nang opened today with a call to keep markets open.", "en"),
    ("Der dreitägige Pazifik-Gipfel in Da Nang ist am Sonntag mit einem Aufruf zum Freihandel eröffnet worden.", "de"),
    ("为期三天的亚太经合组织峰会20日在岘港开幕。", "zh"),
])
def test_a_summit_told_opening_with_its_length_counts_on(body, language):
    (summit,) = _gatherings(_events(body, language))
    assert _days(summit) == (SUNDAY, TUESDAY)


def test_hours_after_an_end_verb_are_no_days_of_the_summit():
    (summit,) = _gatherings(_events("The Pacific Rim summit in Da Nang wrapped up today after three hours of "
                                    "talks on trade.", "en"))
    assert _days(summit) == (SUNDAY, SUNDAY)


def test_talks_on_the_sidelines_of_a_summit_of_three_days_keep_their_one_day():
    found = _events("Der APEC-Gipfel in Da Nang ist am Sonntag ohne eine gemeinsame Linie der großen "
                    "Handelsmächte zum Freihandel zu Ende gegangen. Gastgeber Tran Dai Quang sprach dennoch von "
                    "einem Erfolg.\n\nAm Rande des dreitägigen Treffens, zu dem auch der chilenische Präsident "
                    "angereist war, traf Obama am Sonntag den russischen Präsidenten Wladimir Putin.", "de")
    (talks,) = [e for e in found if e.types() == {"meeting"}]
    (summit,) = _gatherings(found)
    assert _days(talks) == (SUNDAY, SUNDAY)
    assert _days(summit) == (FRIDAY, SUNDAY)


def test_the_sidelines_of_a_summit_not_told_ended_give_it_no_days_back():
    found = _events("Der Pazifik-Gipfel in Da Nang ist am Sonntag eröffnet worden.\n\nAm Rande des dreitägigen "
                    "Treffens traf Obama am Sonntag Putin.", "de")
    (summit,) = _gatherings(found)
    assert summit.date.first == SUNDAY


def test_a_summit_told_going_on_until_a_day_after_its_opening_is_the_one_summit():
    found = _events("Le sommet de l'APEC s'est ouvert vendredi à Da Nang avec un appel au libre-échange.\n\n"
                    "Le sommet proprement dit se poursuit jusqu'à mardi, sans le président américain.", "fr",
                    published=SATURDAY)
    (summit,) = _gatherings(found)
    assert _days(summit) == (FRIDAY, TUESDAY)
    assert summit.mentions[0].status == "occurred"


def test_a_previewed_summit_told_going_on_stays_planned():
    found = _events("The Pacific Rim summit opens in Da Nang on Friday with a call to keep markets open.\n\n"
                    "The summit continues until Sunday with talks on trade.", "en", published=dt.date(2016, 11, 16))
    (summit,) = _gatherings(found)
    assert _days(summit) == (FRIDAY, SUNDAY)
    assert {m.status for m in summit.mentions} == {"planned"}


def test_a_summit_told_opening_by_its_enlarged_dialogue_keeps_its_day():
    found = _events("Le sommet du G20 s'est ouvert samedi à Da Nang par un « dialogue élargi » : le président "
                    "péruvien avait convié les dirigeants de plusieurs pays voisins.", "fr")
    (summit,) = _gatherings(found)
    (sitting,) = [e for e in found if e.types() == {"meeting"}]
    assert _days(summit)[0] == SATURDAY
    assert _days(sitting) == (SATURDAY, SATURDAY)


@pytest.mark.parametrize("body, language", [
    ("Modi is in Da Nang for the enlarged dialogue that the host of the summit opened to leaders of "
     "neighbouring states.", "en"),
    ("Моди примет участие в расширенном диалоге саммита в Дананге.", "ru"),
])
def test_the_enlarged_dialogue_of_a_summit_is_its_sitting_with_guests(body, language):
    found = _events(body, language)
    assert any(m.outreach for e in found for m in e.mentions)


def test_talks_in_an_expanded_format_are_no_sitting_with_guests():
    found = _events("Putin and Modi held talks in an expanded format in Da Nang on Sunday.", "en")
    assert not any(m.outreach for e in found for m in e.mentions)


@pytest.mark.parametrize("body, language", [
    ("The tourism forum on the shores of Lake Toya opened on Sunday.", "en"),
    ("Das Tourismusforum in Toyako wurde am Sonntag eröffnet.", "de"),
    ("旅游论坛20日在洞爷湖开幕。", "zh"),
    ("Туристический форум открылся в воскресенье в Тояко.", "ru"),
])
def test_a_lake_resort_is_a_place_in_every_language(body, language):
    (forum,) = _gatherings(_events(body, language))
    assert forum.location_id == "toyako"


def test_a_topic_on_the_shores_of_a_lake_is_no_venue_of_talks_elsewhere():
    found = _events("The leaders met in Tokyo on Sunday to discuss the shores of Lake Toya.", "en")
    assert all(e.location_id != "toyako" for e in found)


def test_the_guests_listed_after_a_word_of_inclusion_sit_at_the_enlarged_dialogue_with_their_host():
    found = _events("Le sommet du G20 s'est ouvert samedi à Da Nang par un « dialogue élargi » : autour des vingt, "
                    "le président vietnamien Tran Dai Quang avait convié une dizaine de dirigeants, dont le président "
                    "chilien Michelle Bachelet et le Premier ministre indien Narendra Modi.", "fr")
    (sitting,) = [e for e in found if any(m.outreach for m in e.mentions)]
    assert {"tran-dai-quang", "michelle-bachelet", "Q1058"} <= sitting.participants


def test_people_of_another_clause_with_no_word_of_inclusion_do_not_sit_at_the_dialogue():
    found = _events("The summit opened in Da Nang on Saturday with an enlarged dialogue; Indian Prime Minister "
                    "Narendra Modi later met Egyptian President Abdel Fattah al-Sisi.", "en")
    sittings = [e for e in found if any(m.outreach for m in e.mentions)]
    assert sittings and all("Q1058" not in e.participants for e in sittings)


OPENING_NOW = ("Modi is in Da Nang for the outreach session that Tran Dai Quang, as host of the APEC summit, "
               "opened to leaders of neighbouring states.\n\nRiot police face protesters near Hue as {} gets "
               "under way across the river.")


def test_a_summit_of_a_length_told_getting_under_way_opens_on_the_pages_day():
    (summit,) = _gatherings(_events(OPENING_NOW.format("the three-day summit"), "en"))
    assert _days(summit) == (SUNDAY, TUESDAY)


def test_a_summit_told_getting_under_way_with_no_length_stays_undated():
    (summit,) = _gatherings(_events(OPENING_NOW.format("the summit"), "en"))
    assert summit.date is None
