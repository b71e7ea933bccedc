"""Forums beside a summit and the addresses made to them: one who speaks to the gathering itself
("told a business forum") is at it; one expected who "did not come" is not; one who reads an absent
leader's speech for him is; a report of the forum told again by another of its speakers is the same
forum; a summit told in a forum's story is a gathering of its own; a video address from the country
of the page's place line does not put the forum there. Texts written for these tests, invented
events, each beside a look-alike that must not do what it does."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

DAY = dt.date(2031, 3, 12)  # a Wednesday
KAZAKHSTAN = "Q232"


def events(body: str, language: str = "en", title: str | None = None, place: str | None = None):
    return extract_article("a", title, None, body, DAY, language, place=place).events


def forums(body: str, **kwargs):
    return [e for e in events(body, **kwargs) if e.mentions[0].event_type == "forum"]


# --- one who speaks to the gathering itself is one of its people

def test_one_who_tells_a_forum_something_spoke_at_it():
    body = ("Alexander Lukashenko told an investment forum of the Eurasian states on Tuesday that trade "
            "in national currencies was growing.")
    (forum,) = forums(body)
    assert "alexander-lukashenko" in forum.participants


def test_one_who_tells_reporters_about_a_forum_is_no_speaker_at_it():
    body = "Alexander Lukashenko told reporters the investment forum would open in Minsk on Tuesday."
    assert all("alexander-lukashenko" not in f.participants for f in forums(body))


# --- one expected who did not come is not at it; the forum itself was held

def test_a_leader_expected_at_a_forum_who_did_not_come_is_not_its_participant():
    body = "Vladimir Putin was expected at the energy forum in Minsk this evening but did not come."
    (forum,) = forums(body)
    assert "Q7747" not in forum.participants
    assert forum.mentions[0].status == "occurred"


def test_a_leader_who_came_but_did_not_speak_is_its_participant():
    body = "Vladimir Putin came to the energy forum in Minsk this evening but did not speak."
    (forum,) = forums(body)
    assert "Q7747" in forum.participants


# --- one who reads the absent leader's speech takes part

def test_a_minister_who_reads_the_absent_leaders_speech_takes_part():
    body = ("Vladimir Putin was expected at the energy forum in Minsk this evening but did not come. "
            "Foreign Minister Sergey Lavrov read his speech there.")
    (forum,) = forums(body)
    assert forum.participants == {"sergei-lavrov"}


def test_a_minister_who_only_praises_the_speech_does_not_take_part():
    body = ("Vladimir Putin was expected at the energy forum in Minsk this evening but did not come. "
            "Foreign Minister Sergey Lavrov later praised his speech.")
    (forum,) = forums(body)
    assert "sergei-lavrov" not in forum.participants


# --- the forum told again by another of its speakers is one forum

def test_the_forum_opened_by_another_speaker_is_the_same_forum():
    body = ("Vladimir Putin told an investment forum of the Eurasian states on Tuesday that trade was growing. "
            "Xi Jinping opened the online forum with a speech on transport corridors.")
    found = forums(body)
    assert len(found) == 1
    assert {"Q7747", "Q15031"} <= found[0].participants


def test_another_forum_with_its_own_place_and_day_stays_apart():
    body = ("Vladimir Putin told an investment forum of the Eurasian states on Tuesday that trade was growing. "
            "Xi Jinping opened an energy forum in Shanghai on Friday.")
    main = next(e for e in events(body) if e.main)
    assert "Q15031" not in main.participants


# --- a summit in a forum's story is a gathering of its own

def test_a_summit_told_in_a_forums_story_is_not_the_forum():
    title = "Putin misses energy forum"
    body = ("Vladimir Putin was expected at the energy forum in Minsk this evening but did not come. "
            "The summit formally opened this evening.")
    found = events(body, title=title)
    assert any(e.mentions[0].event_type == "summit" for e in found)
    forum = next(e for e in found if e.main)
    assert all(m.event_type == "forum" for m in forum.mentions)


def test_a_bare_meeting_in_a_forums_story_is_still_the_forum():
    title = "Putin misses energy forum"
    body = ("Vladimir Putin was expected at the energy forum in Minsk this evening but did not come. "
            "The meeting opened with a minute of silence.")
    found = events(body, title=title)
    assert [e.mentions[0].event_type for e in found] == ["forum"]


# --- "Накануне" with a subject an adjective opens is the day before

def test_nakanune_before_an_adjective_and_its_noun_is_the_day_before():
    body = ("Президент Белоруссии Александр Лукашенко в среду выступил на саммите ОДКБ.\n\n"
            "Накануне белорусский лидер выступил на экономическом форуме.")
    (forum,) = forums(body, language="ru")
    assert forum.date is not None and forum.date.first == DAY - dt.timedelta(days=1)


def test_nakanune_before_a_genitive_object_is_no_day():
    body = ("Президент Белоруссии Александр Лукашенко в среду выступил на саммите ОДКБ.\n\n"
            "Накануне экономического форума белорусский лидер выступил с докладом.")
    assert all(f.date is None or f.date.first != DAY - dt.timedelta(days=1) for f in forums(body, language="ru"))


# --- a video address made from the place line's country does not put the forum there

def test_a_video_address_from_the_place_lines_country_does_not_place_the_forum():
    body = "Vladimir Putin spoke to the investment forum in a video address on Wednesday."
    (forum,) = forums(body, place="Moscow")
    assert forum.location_id is None


def test_a_guest_from_abroad_by_video_leaves_the_place_lines_city():
    body = "Xi Jinping spoke to the investment forum in a video address on Wednesday."
    (forum,) = forums(body, place="Moscow")
    assert forum.location_id == "Q649"


# --- a forum's opening ceremony told in the forum's sentence is the forum

def test_the_opening_ceremony_of_a_forum_in_its_sentence_is_the_forum():
    body = ("On Tuesday the regional investment forum opened in Minsk, and at its opening ceremony "
            "Alexander Lukashenko spoke about transit routes.")
    found = events(body)
    assert [e.mentions[0].event_type for e in found] == ["forum"]
    assert "alexander-lukashenko" in found[0].participants


def test_an_opening_ceremony_with_no_forum_in_its_sentence_stays_a_ceremony():
    body = "On Tuesday Alexander Lukashenko attended the opening ceremony of the winter games in Minsk."
    assert [e.mentions[0].event_type for e in events(body)] == ["other"]


def test_a_forums_opening_ceremony_in_chinese_is_the_forum():
    body = "新华社明斯克3月11日电 国家主席习近平11日在明斯克出席欧亚投资论坛开幕式并发表主旨演讲。"
    found = events(body, language="zh")
    assert [e.mentions[0].event_type for e in found] == ["forum"]


# --- "preceded on <day> by" dates the event "by" names

def test_a_day_between_preceded_and_by_is_the_preceding_events():
    body = ("Kassym-Jomart Tokayev chaired a summit in Astana on Tuesday. "
            "The summit was preceded on Monday by an investment forum, where Tokayev spoke about transport.")
    found = events(body)
    summit = next(e for e in found if e.mentions[0].event_type == "summit")
    forum = next(e for e in found if e.mentions[0].event_type == "forum")
    assert summit.date.first == summit.date.last == DAY - dt.timedelta(days=1)
    assert forum.date.first == DAY - dt.timedelta(days=2)


def test_a_day_before_preceded_stays_the_subjects():
    body = ("On Tuesday a summit in Astana was preceded by an investment forum, "
            "where Kassym-Jomart Tokayev spoke about transport.")
    summit = next(e for e in events(body) if e.mentions[0].event_type == "summit")
    assert summit.date is not None and summit.date.first == DAY - dt.timedelta(days=1)


# --- a forum beside a placed summit, of its days or the day before, is where the summit is

def test_a_forum_the_day_before_a_placed_summit_is_held_at_its_place():
    body = ("Kassym-Jomart Tokayev chaired a summit in Astana on Tuesday. "
            "The summit was preceded on Monday by an investment forum, where Tokayev spoke about transport.")
    forum = next(e for e in events(body) if e.mentions[0].event_type == "forum")
    assert forum.location_id == "Q1520"


def test_a_forum_a_week_before_the_summit_gets_no_place_from_it():
    body = ("Kassym-Jomart Tokayev chaired a summit in Astana on Tuesday. "
            "Tokayev had spoken at an investment forum on March 3 about transport.")
    forums_found = forums(body)
    assert all(f.location_id != "Q1520" for f in forums_found)


# --- a place in what a speaker announces is no place of the event he spoke at

def test_a_place_in_what_is_announced_at_a_forum_is_not_the_forums():
    body = ("Alexander Lukashenko spoke at the regional investment forum on Tuesday by video to announce that "
            "Belarusian firms had opened offices in Kazakhstan.")
    (forum,) = forums(body)
    assert forum.location_id != KAZAKHSTAN


def test_a_place_told_of_the_forum_itself_stays_its_place():
    body = ("Alexander Lukashenko spoke at the regional investment forum in Kazakhstan on Tuesday by video to "
            "announce that Belarusian firms had opened offices there.")
    (forum,) = forums(body)
    assert forum.location_id == KAZAKHSTAN


def test_a_place_in_what_is_announced_in_spanish_is_not_the_forums():
    body = ("Alexander Lukashenko habló el martes en el foro empresarial, también por vídeo, para anunciar "
            "que empresas bielorrusas abrieron oficinas en Kazajistán.")
    (forum,) = forums(body, language="es")
    assert forum.location_id != KAZAKHSTAN


def test_a_spanish_forum_in_a_place_keeps_it():
    body = "Alexander Lukashenko habló el martes en el foro empresarial en Kazajistán, también por vídeo."
    (forum,) = forums(body, language="es")
    assert forum.location_id == KAZAKHSTAN
