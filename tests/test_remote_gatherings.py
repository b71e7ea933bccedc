"""Summits and forums held by video (extract/remote_gatherings.py, knowledge/events_<language>.yaml's
held_remotely): one held wholly by video link sits at no desk of the page's place line, nor at a
speaker's "here"; one that some join by video keeps its hall's place, and those who join are its
people. Texts written for these tests, invented events and names, each beside a look-alike that
must not do what it does."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

DAY = dt.date(2031, 3, 12)


def main_event(body: str, place: str | None = None, language: str = "en", title: str | None = None):
    extraction = extract_article("a", title, None, body, DAY, language, place=place)
    return next(e for e in extraction.events if e.main)


# --- held wholly by video: the page's place line is where one leader sat, not the summit's place

def test_a_summit_held_wholly_by_video_is_not_at_the_place_lines_residence():
    body = ("Vladimir Putin took part in an extraordinary summit of the Eurasian Economic Union.\n\n"
            "Kazakhstan chaired the summit, which was held via videoconference.")
    assert main_event(body, place="Novo-Ogaryovo, Moscow Region").location_id is None


def test_a_summit_in_a_hall_keeps_the_place_lines_city():
    body = ("Vladimir Putin took part in an extraordinary summit of the Eurasian Economic Union.\n\n"
            "Kazakhstan chaired the summit, which was held in a conference hall.")
    assert main_event(body, place="Novo-Ogaryovo, Moscow Region").location_id == "novo-ogaryovo"


def test_a_forum_held_online_is_not_where_a_speakers_here_puts_it():
    body = ("MINSK, March 12 (Wire) - The regional investment forum is being held online on Wednesday. "
            "Alexander Lukashenko said he was glad to be here at the forum.")
    assert main_event(body).location_id is None


def test_a_forum_with_one_guest_by_video_keeps_its_city():
    body = ("MINSK, March 12 (Wire) - The regional investment forum opened on Wednesday, and Alexander "
            "Lukashenko addressed it by video link. Its hosts said they were glad to see guests here at the forum.")
    assert main_event(body).location_id == "minsk"


def test_a_video_of_the_forum_posted_online_is_no_forum_held_by_video():
    body = ("MINSK, March 12 (Wire) - The regional investment forum opened here on Wednesday; "
            "the organisers posted a video of the forum online.")
    assert main_event(body).location_id == "minsk"


def test_a_summit_held_wholly_by_video_keeps_the_host_seat_a_sentence_names():
    body = ("The virtual summit of the Shanghai Cooperation Organisation was held in Beijing on Wednesday, "
            "with Xi Jinping chairing it.")
    assert main_event(body, place="Novo-Ogaryovo, Moscow Region").location_id == "Q956"


def test_a_russian_summit_held_by_video_link_is_not_at_the_residence():
    body = ("Владимир Путин принял участие в саммите Евразийского экономического союза.\n\n"
            "Саммит прошёл в режиме видеоконференции.")
    assert main_event(body, place="Ново-Огарёво", language="ru").location_id is None


def test_a_russian_summit_putin_joined_by_video_link_is_not_told_held_by_video():
    from ruchina.extract.remote_gatherings import remote_gathering_types

    extraction = extract_article("a", None, None, "Владимир Путин по видеосвязи принял участие в саммите ЕАЭС в Минске.",
                                 DAY, "ru")
    assert remote_gathering_types(extraction.event_mentions, "ru") == frozenset()


# --- a summit held by video is where its chair or host sits, as the page states it

def test_a_video_summit_chaired_from_a_city_is_held_there():
    body = "The virtual summit of the Eurasian Economic Union, chaired by Alexander Lukashenko from Minsk, was held on Wednesday."
    assert main_event(body).location_id == "minsk"


def test_a_leader_who_addresses_a_summit_from_his_capital_does_not_place_it_there():
    body = "Shavkat Mirziyoyev took part in the Eurasian Economic Union summit from Tashkent by video link on Wednesday."
    assert main_event(body).location_id is None


# --- a minister in the leader's place is one of the summit's people

def test_a_country_represented_at_the_summit_by_its_minister_puts_him_among_its_people():
    body = ("The summit of the Group of Twenty opened in Osaka on Wednesday. Russia was represented at the summit by "
            "Foreign Minister Sergei Lavrov.")
    assert "sergei-lavrov" in main_event(body).participants


def test_someone_represented_by_a_lawyer_in_court_is_no_summit_guest():
    body = ("The summit of the Group of Twenty opened in Osaka on Wednesday. In court, the former minister was "
            "represented by a lawyer, Sergei Lavrov.")
    assert "sergei-lavrov" not in main_event(body).participants


# --- one who joins the gathering told before by video link is one of its people

def test_a_leader_who_took_part_by_video_link_joins_the_summit_told_before():
    body = ("The Eurasian Economic Union summit opened in Bishkek on Wednesday. Shavkat Mirziyoyev took part "
            "via videoconference.")
    assert "shavkat-mirziyoyev" in main_event(body).participants


def test_a_video_posted_of_a_leader_does_not_make_him_a_guest():
    body = ("The Eurasian Economic Union summit opened in Bishkek on Wednesday. The organisers posted a video "
            "of Shavkat Mirziyoyev.")
    assert "shavkat-mirziyoyev" not in main_event(body).participants


def test_a_leader_connected_by_video_joins_the_summit_in_german_spanish_russian_and_chinese():
    cases = {
        "de": "Der Gipfel der Eurasischen Wirtschaftsunion begann am Mittwoch in Bischkek. Wladimir Putin war per Video zugeschaltet.",
        "es": "La cumbre de la Unión Económica Euroasiática se celebró el miércoles en Biskek. Vladímir Putin participó por videoconferencia.",
        "ru": "Саммит Евразийского экономического союза прошёл в среду в Бишкеке. Владимир Путин принял участие по видеосвязи.",
        "zh": "欧亚经济联盟峰会12日在比什凯克举行。普京以视频方式出席。",
    }
    for language, body in cases.items():
        assert "Q7747" in main_event(body, language=language).participants, language


def test_a_video_of_a_leader_published_is_no_attendance_in_german_and_russian():
    cases = {
        "de": "Der Gipfel der Eurasischen Wirtschaftsunion begann am Mittwoch in Bischkek. Der Kreml veröffentlichte ein Video von Wladimir Putin.",
        "ru": "Саммит Евразийского экономического союза прошёл в среду в Бишкеке. Кремль опубликовал видео с Владимиром Путиным.",
    }
    for language, body in cases.items():
        assert "Q7747" not in main_event(body, language=language).participants, language


# --- a minister who leads the delegation in his leader's place; the leader he stands in for is away

def test_a_minister_leading_the_delegation_in_the_presidents_place_is_there_and_the_president_is_not():
    body = ("Sergei Lavrov led the Russian delegation at the Group of Twenty summit in Osaka on Wednesday "
            "in place of Vladimir Putin.")
    people = main_event(body).participants
    assert "sergei-lavrov" in people and "Q7747" not in people


def test_a_minister_who_accompanies_the_president_leaves_the_president_among_the_summits_people():
    body = "Vladimir Putin attended the Group of Twenty summit in Osaka on Wednesday with Sergei Lavrov."
    assert "Q7747" in main_event(body).participants


def test_a_russian_minister_attending_instead_of_the_president_leaves_him_away():
    body = "Сергей Лавров принял участие в саммите «Группы двадцати» в Осаке в среду вместо Владимира Путина."
    people = main_event(body, language="ru").participants
    assert "sergei-lavrov" in people and "Q7747" not in people


# --- "X took part by video link" with no event word joins a gathering, not a visit told before it

def test_a_leader_joining_by_video_after_a_visits_report_is_no_guest_of_the_visit():
    cases = {
        "en": "Vladimir Putin visited a tractor plant in Kazan on Wednesday. Shavkat Mirziyoyev took part via videoconference.",
        "ru": "Владимир Путин прибыл в среду в Казань с рабочим визитом. Шавкат Мирзиёев принял участие по видеосвязи.",
    }
    for language, body in cases.items():
        people = main_event(body, language=language).participants
        assert "shavkat-mirziyoyev" not in people and "Q7747" in people, (language, people)


def test_a_leader_joining_by_video_after_a_meetings_report_is_among_its_people():
    cases = {
        "en": "Vladimir Putin chaired a meeting of the Supreme State Council on Wednesday. Shavkat Mirziyoyev took part via videoconference.",
        "ru": "Владимир Путин провёл в среду заседание Высшего государственного совета. Шавкат Мирзиёев принял участие по видеосвязи.",
    }
    for language, body in cases.items():
        assert "shavkat-mirziyoyev" in main_event(body, language=language).participants, language


def test_a_minister_taking_part_after_a_visits_report_without_video_still_joins_it():
    body = "Vladimir Putin visited a tractor plant in Kazan on Wednesday. Sergei Lavrov also took part."
    assert "sergei-lavrov" in main_event(body).participants


# --- a country represented at the gathering told before, in Russian

def test_a_russian_country_represented_by_its_minister_puts_him_among_the_summits_people():
    body = "Саммит ШОС открылся в среду в Тбилиси. Россию представлял министр иностранных дел Сергей Лавров."
    assert "sergei-lavrov" in main_event(body, language="ru").participants


def test_a_russian_lawyer_representing_someone_in_court_is_no_summit_guest():
    body = "Саммит ШОС открылся в среду в Тбилиси. Интересы бывшего министра в суде представлял адвокат Сергей Лавров."
    assert "sergei-lavrov" not in main_event(body, language="ru").participants


# --- the host's seat of a summit held by video, in French and Spanish

def test_a_video_summit_chaired_from_a_city_is_held_there_in_french_and_spanish():
    cases = {
        "fr": "Le sommet virtuel de l'Union économique eurasiatique, présidé par Alexandre Loukachenko depuis Minsk, s'est tenu mercredi.",
        "es": "La cumbre virtual de la Unión Económica Euroasiática, presidida por Alexandr Lukashenko desde Minsk, se celebró el miércoles.",
    }
    for language, body in cases.items():
        assert main_event(body, place="Ново-Огарёво", language=language).location_id == "minsk", language


def test_a_leader_speaking_from_his_capital_does_not_place_the_video_summit_there_in_french_and_spanish():
    cases = {
        "fr": "Le sommet virtuel de l'Union économique eurasiatique s'est tenu mercredi. Chavkat Mirzioïev y a pris la parole depuis Tachkent.",
        "es": "La cumbre virtual de la Unión Económica Euroasiática se celebró el miércoles. Shavkat Mirziyóyev intervino desde Taskent.",
    }
    for language, body in cases.items():
        assert main_event(body, place="Ново-Огарёво", language=language).location_id is None, language
