"""Who takes part in a summit told in one sentence and attended, by the leaders it lists, in the
next (gathering_attendees.py and the ``attending`` cues of knowledge/events_<language>.yaml): "the
meeting" standing for the summit, "are all expected to attend", "took part: A, B and C", Russian
"подключились дистанционно" and "в зале находились". Fixtures written for these tests, with other
gatherings, leaders and places than any page read; each beside a look-alike that must not add
anyone."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

PUTIN, XI, MODI, LULA = "Q7747", "Q15031", "Q1058", "luiz-inacio-lula-da-silva"
TOKAYEV, LUKASHENKO, ERDOGAN = "kassym-jomart-tokayev", "alexander-lukashenko", "Q39259"
PEZESHKIAN, BOLSONARO, IMRAN_KHAN = "masoud-pezeshkian", "jair-bolsonaro", "imran-khan"
DAY = dt.date(2024, 5, 14)
LEAD = ("ASTANA, May 14 -- Kazakh President Kassym-Jomart Tokayev chaired a summit of the Eurasian "
        "Economic Union by video link from Astana on Tuesday.\n\n")


def events(text, language="en", title=None):
    return extract_article("t1", title, None, text, DAY, language).events


def summit_of(found):
    (summit,) = [e for e in found if "summit" in e.types()]
    return summit


def ids(found):
    """Every participant id, as the tests name them (a slug or a Wikidata id)."""
    return {p for e in found for p in e.participants}


def test_leaders_told_at_the_meeting_right_after_a_summit_attend_the_summit():
    found = events(LEAD + "Alexander Lukashenko, Vladimir Putin, Recep Tayyip Erdogan and Masoud Pezeshkian "
                          "attended the meeting online.\n\nThe leaders approved a customs plan.")
    summit = summit_of(found)
    assert {TOKAYEV, LUKASHENKO, PUTIN, ERDOGAN, PEZESHKIAN} <= set(summit.participants)
    assert not [e for e in found if e.types() == {"meeting"}]


def test_three_leaders_meeting_after_a_summit_with_no_attendance_cue_are_talks_of_their_own():
    """The look-alike: three leaders who "held a meeting" after the summit's report (no
    attendance cue, too few to be the gathering) met on their own."""
    found = events(LEAD + "Alexander Lukashenko, Vladimir Putin and Recep Tayyip Erdogan held a meeting "
                          "in the evening.")
    assert not {LUKASHENKO, ERDOGAN} & set(summit_of(found).participants)


def test_a_meeting_of_many_on_another_day_is_no_report_of_the_summit():
    """The look-alike: the same leaders' meeting on a day of its own (Thursday) is another one."""
    found = events(LEAD + "Alexander Lukashenko, Vladimir Putin, Recep Tayyip Erdogan and Masoud Pezeshkian "
                          "will hold a meeting in Minsk on Thursday.")
    assert not {LUKASHENKO, ERDOGAN, PEZESHKIAN} & set(summit_of(found).participants)


def test_a_meeting_after_talks_told_beside_the_summit_is_those_talks():
    """The look-alike: a sentence that reports talks beside the summit; "the meeting" after it
    is those talks, whose attendees are no leaders of the summit."""
    found = events(LEAD + "On the sidelines of the summit, Putin met Lukashenko for talks.\n\n"
                          "Recep Tayyip Erdogan, Masoud Pezeshkian, Xi Jinping and Narendra Modi did not "
                          "attend the meeting.")
    assert not {ERDOGAN, PEZESHKIAN, XI, MODI} & set(summit_of(found).participants)


def test_spanish_meeting_with_an_attendance_cue_after_the_summit_is_the_summit():
    text = ("La cumbre del Mercosur, presidida el martes por Luiz Inácio Lula da Silva desde Brasilia, "
            "aprobó un plan comercial.\n\nEn la reunión participaron también Jair Bolsonaro y "
            "Recep Tayyip Erdogan.")
    summit = summit_of(events(text, "es"))
    assert {LULA, BOLSONARO, ERDOGAN} <= set(summit.participants)


def test_spanish_meeting_of_two_on_a_day_of_its_own_is_no_report_of_the_summit():
    text = ("La cumbre del Mercosur, presidida el martes por Luiz Inácio Lula da Silva desde Brasilia, "
            "aprobó un plan comercial.\n\nJair Bolsonaro y Recep Tayyip Erdogan celebrarán una reunión "
            "el viernes.")
    assert not {BOLSONARO, ERDOGAN} & set(summit_of(events(text, "es")).participants)


PLANNED = ("The summit of the Eurasian Economic Union is scheduled for June 3 to 4 in Minsk.\n\n")


def test_leaders_all_expected_to_attend_a_planned_summit_are_its_people():
    summit = summit_of(events(PLANNED + "Kazakh President Kassym-Jomart Tokayev, Turkish President "
                                        "Recep Tayyip Erdogan and Iranian President Masoud Pezeshkian are all "
                                        "expected to attend."))
    assert {TOKAYEV, ERDOGAN, PEZESHKIAN} <= set(summit.participants)


def test_leaders_not_expected_to_attend_are_not_its_people():
    found = events(PLANNED + "Kazakh President Kassym-Jomart Tokayev and Turkish President Recep Tayyip Erdogan "
                             "are not expected to attend.")
    assert not {TOKAYEV, ERDOGAN} & ids(found)


def test_leaders_listed_after_took_part_and_a_colon_attend_the_summit():
    summit = summit_of(events(LEAD + "The heads of the member states took part: Alexander Lukashenko of Belarus, "
                                     "Vladimir Putin of Russia and Recep Tayyip Erdogan of Turkey."))
    assert {TOKAYEV, LUKASHENKO, PUTIN, ERDOGAN} <= set(summit.participants)


def test_leaders_listed_after_did_not_take_part_and_a_colon_are_not_its_people():
    found = events(LEAD + "Two leaders did not take part: Alexander Lukashenko of Belarus and Recep Tayyip "
                          "Erdogan of Turkey.")
    assert not {LUKASHENKO, ERDOGAN} & set(summit_of(found).participants)


RU_LEAD = ("Президент Казахстана Касым-Жомарт Токаев во вторник провёл в Астане саммит Евразийского "
           "экономического союза.\n\n")


def test_russian_leaders_in_the_hall_and_those_connected_remotely_attend_the_summit():
    text = RU_LEAD + ("В зале в Астане находились президент Белоруссии Александр Лукашенко и премьер-министр "
                      "Пакистана Имран Хан. Президент Турции Реджеп Тайип Эрдоган и Владимир Путин подключились "
                      "дистанционно.")
    summit = summit_of(events(text, "ru"))
    assert {TOKAYEV, LUKASHENKO, IMRAN_KHAN, ERDOGAN, PUTIN} <= set(summit.participants)


def test_russian_leaders_not_in_the_hall_nor_connected_are_not_its_people():
    text = RU_LEAD + ("В зале в Астане не находились президент Белоруссии Александр Лукашенко и премьер-министр "
                      "Пакистана Имран Хан. Президент Турции Реджеп Тайип Эрдоган не подключился дистанционно.")
    found = events(text, "ru")
    assert not {LUKASHENKO, IMRAN_KHAN, ERDOGAN} & set(summit_of(found).participants)


def test_meetings_with_each_of_several_leaders_after_a_summit_stay_talks_of_two():
    """The look-alike: "held meetings with A, B and C" after the summit's report names talks of two
    with each (meetings_with_each.py), not the summit's list of those attending."""
    found = events(LEAD + "Vladimir Putin held meetings with Alexander Lukashenko, Recep Tayyip Erdogan and "
                          "Masoud Pezeshkian on the sidelines on Tuesday.")
    assert not {LUKASHENKO, ERDOGAN, PEZESHKIAN} & set(summit_of(found).participants)
    talks = [e for e in found if e.types() == {"meeting"}]
    assert {frozenset(e.participants) for e in talks} >= {frozenset({PUTIN, LUKASHENKO}), frozenset({PUTIN, ERDOGAN})}


def test_the_host_told_right_after_the_summits_word_attends_it():
    """gathering_hosts.py: "the summit ..., which was chaired by Kazakh President X" (a relative clause
    after the word, past the event word's own clause)."""
    found = events("Vladimir Putin took part by video link on Tuesday in the summit of the Eurasian Economic "
                   "Union, which was chaired by Kazakh President Kassym-Jomart Tokayev.")
    assert {PUTIN, TOKAYEV} <= set(summit_of(found).participants)


def test_the_host_of_the_next_summit_told_after_another_clause_is_not_this_ones():
    """The look-alike: the host named after a clause of its own ("; the next one will be hosted by X")."""
    found = events("Vladimir Putin took part by video link on Tuesday in the summit of the Eurasian Economic "
                   "Union; the next one will be chaired by Kazakh President Kassym-Jomart Tokayev.")
    assert TOKAYEV not in summit_of(found).participants


def test_russian_host_in_a_relative_clause_after_the_gathering_attends_it():
    text = ("Владимир Путин во вторник по видеосвязи принял участие в заседании Высшего Евразийского "
            "экономического совета, которое провёл президент Казахстана Касым-Жомарт Токаев.")
    assert {PUTIN, TOKAYEV} <= set(summit_of(events(text, "ru")).participants)


def test_russian_relative_clause_of_one_commenting_is_no_host():
    """The look-alike: the relative clause tells what another did ("которое прокомментировал"), no host."""
    text = ("Владимир Путин во вторник по видеосвязи принял участие в заседании Высшего Евразийского "
            "экономического совета, которое прокомментировал президент Казахстана Касым-Жомарт Токаев.")
    assert TOKAYEV not in summit_of(events(text, "ru")).participants


def test_one_who_chairs_the_meeting_right_after_the_summits_report_attends_the_summit():
    found = events(LEAD.replace("Kazakh President Kassym-Jomart Tokayev chaired", "Vladimir Putin addressed")
                   + "Kazakh President Kassym-Jomart Tokayev chaired the meeting, which approved a customs plan.")
    assert {PUTIN, TOKAYEV} <= set(summit_of(found).participants)
    assert not [e for e in found if e.types() == {"meeting"}]


def test_one_who_praised_the_meeting_right_after_the_summits_report_is_not_its_chair():
    found = events(LEAD.replace("Kazakh President Kassym-Jomart Tokayev chaired", "Vladimir Putin addressed")
                   + "Kazakh President Kassym-Jomart Tokayev praised the meeting in a statement from Almaty.")
    assert TOKAYEV not in summit_of(found).participants



DE_LEAD = "Der Gipfel der Eurasischen Wirtschaftsunion in Minsk begann am Dienstag mit einer Rede Putins.\n\n"


def test_german_leaders_who_also_travelled_there_attend_the_summit():
    found = events(DE_LEAD + "Auch Kasachstans Präsident Kassym-Jomart Tokajew und der türkische Präsident "
                             "Recep Tayyip Erdogan reisten an.", "de")
    assert {PUTIN, ERDOGAN} <= set(summit_of(found).participants)


def test_german_leader_who_did_not_travel_there_is_not_its_people():
    found = events(DE_LEAD + "Der türkische Präsident Recep Tayyip Erdogan reiste nicht an.", "de")
    assert ERDOGAN not in summit_of(found).participants


def test_a_leader_invited_to_a_forum_who_stayed_away_or_would_not_travel_is_not_its_people():
    """knowledge absent_after (en): "... but stayed away", "... but would not travel" keep him away
    (tests/test_event_forum_addresses.py proves "but did not come")."""
    for refusal in ("but stayed away", "but would not travel"):
        found = events(f"Kazakh President Kassym-Jomart Tokayev was invited to the Astana investment forum on "
                       f"Tuesday {refusal}.")
        assert TOKAYEV not in ids(found), refusal


def test_a_leader_who_attended_a_forum_but_did_not_speak_is_its_people():
    """The look-alike: at the forum, only silent there."""
    found = events("Kazakh President Kassym-Jomart Tokayev attended the Astana investment forum on Tuesday "
                   "but did not speak.")
    assert TOKAYEV in ids(found)


# --- observers listed after a summit in German and Chinese (knowledge/events_de.yaml, events_zh.yaml) ---

ORBAN, HOST_LUKASHENKO = "Q57641", "alexander-lukashenko"
MINSK_DE = ("Der Gipfel der Eurasischen Wirtschaftsunion hat am Dienstag in Minsk begonnen. Gastgeber Alexander "
            "Lukaschenko begrüßte Wladimir Putin und Kassym-Schomart Tokajew im Palast der Unabhängigkeit.\n\n")


def test_german_guests_listed_inside_the_separable_verb_attend_the_summit():
    """ "nahmen A und B an der erweiterten Sitzung teil": the list stands between the verb and its
    particle, too long for the short cue; they are the summit's people."""
    summit = summit_of(events(MINSK_DE + "Als Gäste nahmen der türkische Präsident Recep Tayyip Erdogan und der "
                                         "ungarische Ministerpräsident Viktor Orbán an der erweiterten Sitzung teil.", "de"))
    assert {ERDOGAN, ORBAN, HOST_LUKASHENKO, PUTIN, TOKAYEV} <= set(summit.participants)


def test_german_guests_who_did_not_take_part_are_not_the_summits_people():
    found = events(MINSK_DE + "Der türkische Präsident Recep Tayyip Erdogan und der ungarische Ministerpräsident "
                              "Viktor Orbán nahmen an der erweiterten Sitzung nicht teil.", "de")
    assert not {ERDOGAN, ORBAN} & ids(found)


ASTANA_ZH = "上海合作组织成员国元首理事会会议14日在阿斯塔纳举行。"


def test_chinese_leaders_listed_before_a_sentence_final_attend_verb_attend_the_summit():
    """ "习近平同A、B出席。": the verb ends the sentence with no object, the gathering told before."""
    summit = summit_of(events(ASTANA_ZH + "国家主席习近平同哈萨克斯坦总统托卡耶夫、俄罗斯总统普京、白俄罗斯总统卢卡申科出席。", "zh"))
    assert {XI, TOKAYEV, PUTIN, HOST_LUKASHENKO} <= set(summit.participants)


def test_chinese_leaders_who_did_not_attend_are_not_the_summits_people():
    found = events(ASTANA_ZH + "哈萨克斯坦总统托卡耶夫、白俄罗斯总统卢卡申科未出席。", "zh")
    assert not {TOKAYEV, HOST_LUKASHENKO} & ids(found)


def test_chinese_observers_at_the_enlarged_session_attend_the_summit():
    summit = summit_of(events(ASTANA_ZH + "土耳其总统埃尔多安、白俄罗斯总统卢卡申科等观察员国领导人出席大范围会议。", "zh"))
    assert {ERDOGAN, HOST_LUKASHENKO} <= set(summit.participants)


def test_chinese_observers_absent_from_the_enlarged_session_are_not_its_people():
    found = events(ASTANA_ZH + "土耳其总统埃尔多安、白俄罗斯总统卢卡申科未出席大范围会议。", "zh")
    assert not {ERDOGAN, HOST_LUKASHENKO} & ids(found)


def test_german_host_in_a_relative_clause_after_the_bodys_acronym_attends_the_summit():
    """"des Gipfels der Eurasischen Wirtschaftsunion (EAWU), den Putin geleitet hatte": the chair's."""
    found = events("Am Freitag ging in Minsk der zweitägige Gipfel der Eurasischen Wirtschaftsunion (EAWU) zu "
                   "Ende, den Wladimir Putin geleitet hatte.", "de")
    assert "Q7747" in summit_of(found).participants


def test_german_relative_clause_of_one_who_left_the_summit_names_no_host():
    """The look-alike: the one who left the summit in the relative clause holds no part in it."""
    found = events("Am Freitag ging in Minsk der zweitägige Gipfel der Eurasischen Wirtschaftsunion (EAWU) zu "
                   "Ende, den Wladimir Putin vorzeitig verlassen hatte.", "de")
    assert "Q7747" not in summit_of(found).participants
