"""A summit's sitting with guests from outside its club is a meeting of its own beside the summit
(extract/outreach_sessions.py, knowledge ``outreach_sessions``): its guests sit at it, not at the
summit, which keeps its own people and its name; it stays apart from the summit within the article
and across articles (corpus/event_merge.py), and talks of two leaders the same day stay their own
("当天" dating them by the lead's day). A three-way meeting beside a body's summit is no sitting of it,
however its word calls it (event_three_way.three_way_beside_a_body_summit); "三国领导人" tells a three-way
meeting in Chinese. Known leaders named by surname after their office (entities_zh.yaml).
Fixtures written for these tests, with other summits, cities, days and leaders than any page read; each
beside a look-alike that must not do it."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.extract.linking import link_entities

PUTIN, XI, MODI, RAMAPHOSA, ERDOGAN = "Q7747", "Q15031", "Q1058", "Q1148669", "Q39259"
WEDNESDAY, THURSDAY, FRIDAY, SATURDAY = (dt.date(2023, 8, 23), dt.date(2023, 8, 24), dt.date(2023, 8, 25),
                                      dt.date(2023, 8, 26))


def events(title, body, language, published=THURSDAY):
    return extract_article("t1", title, None, body, published, language).events


def of_type(found, kind):
    return [e for e in found if e.types() == {kind}]


def test_the_outreach_session_of_a_summit_is_a_meeting_of_its_guest_beside_the_summit():
    found = events("Erdogan to join BRICS guests",
                   "ANKARA - Turkish President Recep Tayyip Erdogan will take part in the outreach session of the "
                   "BRICS summit in Johannesburg on Saturday, his office said.\n\n"
                   "South African President Cyril Ramaphosa hosts the summit from Thursday to Saturday.", "en", WEDNESDAY)
    (meeting,) = of_type(found, "meeting")
    assert set(meeting.participants) == {ERDOGAN}
    assert meeting.date.first == meeting.date.last == SATURDAY
    assert meeting.location_id == "johannesburg"
    (summit,) = of_type(found, "summit")
    assert ERDOGAN not in summit.participants and RAMAPHOSA in summit.participants
    assert "BRICS Summit" in summit.event_names


def test_the_plenary_session_of_a_summit_is_still_the_summit():
    found = events("Erdogan at the summit",
                   "ANKARA - Turkish President Recep Tayyip Erdogan will take part in the plenary session of the "
                   "BRICS summit in Johannesburg on Saturday, his office said.\n\n"
                   "South African President Cyril Ramaphosa hosts the summit from Thursday to Saturday.", "en", WEDNESDAY)
    assert of_type(found, "meeting") == []
    assert any(ERDOGAN in e.participants for e in of_type(found, "summit"))


def test_chinese_dialogue_with_guests_is_a_meeting_and_the_days_talks_stay_their_own():
    found = events("习近平出席金砖国家同新兴市场国家领导人对话会",
                   "新华社约翰内斯堡8月25日电 国家主席习近平25日在约翰内斯堡出席金砖国家同新兴市场国家领导人对话会，"
                   "并发表讲话。\n\n当天，习近平同莫迪举行会晤，双方就两国关系交换意见。", "zh", FRIDAY)
    (dialogue,) = [e for e in of_type(found, "meeting") if any(m.outreach for m in e.mentions)]
    assert XI in dialogue.participants and MODI not in dialogue.participants
    assert of_type(found, "summit") == []
    (talks,) = [e for e in of_type(found, "meeting") if e is not dialogue]
    assert set(talks.participants) == {XI, MODI}
    assert talks.date.first == talks.date.last == FRIDAY


def test_the_chinese_leaders_meeting_of_a_body_is_its_summit_not_a_dialogue():
    found = events("习近平出席金砖国家领导人会议",
                   "新华社约翰内斯堡8月24日电 国家主席习近平24日在约翰内斯堡出席金砖国家领导人会议，并发表讲话。", "zh")
    (summit,) = of_type(found, "summit")
    assert XI in summit.participants
    assert not any(getattr(m, "outreach", False) for e in found for m in e.mentions)


def test_guests_at_the_russian_session_with_invited_countries_do_not_join_the_talks_told_before():
    found = events("Путин и Рамафоса провели переговоры",
                   "ЙОХАННЕСБУРГ, 25 августа. /Север-Пресс/. Владимир Путин и Сирил Рамафоса провели сегодня "
                   "переговоры.\n\nРанее в тот же день Реджеп Тайип Эрдоган принял участие в заседании «пятерки» "
                   "с приглашенными странами.", "ru", FRIDAY)
    (talks,) = [e for e in of_type(found, "meeting") if not any(m.outreach for m in e.mentions)]
    assert ERDOGAN not in talks.participants
    (session,) = [e for e in found if any(m.outreach for m in e.mentions)]
    assert ERDOGAN in session.participants


def test_a_russian_list_of_attendees_still_joins_the_talks_told_before():
    found = events("Путин и Рамафоса провели переговоры",
                   "ЙОХАННЕСБУРГ, 25 августа. /Север-Пресс/. Владимир Путин и Сирил Рамафоса провели сегодня "
                   "переговоры.\n\nВ переговорах также приняли участие министры иностранных дел.", "ru", FRIDAY)
    assert not any(getattr(m, "outreach", False) for e in found for m in e.mentions)


def test_a_three_way_summit_beside_a_bodys_summit_is_a_meeting_of_its_own():
    found = events("Gipfel in Johannesburg",
                   "Der BRICS-Gipfel in Johannesburg ist am Samstag zu Ende gegangen. Gastgeber war Cyril Ramaphosa."
                   "\n\nPutin, Xi Jinping und Modi trafen sich am selben Tag zum ersten Dreiergipfel ihrer Länder.",
                   "de", SATURDAY)
    (summit,) = [e for e in found if e.main]
    assert summit.types() == {"summit"} and MODI not in summit.participants
    (three,) = [e for e in found if "meeting" in e.types()]
    assert {PUTIN, XI, MODI} <= set(three.participants)


def test_a_three_way_summit_told_alone_stays_a_summit_of_the_three():
    found = events("Gipfel in Johannesburg",
                   "Putin, Xi Jinping und Modi trafen sich am Samstag in Johannesburg zum ersten Dreiergipfel ihrer Länder.",
                   "de", SATURDAY)
    assert any({PUTIN, XI, MODI} <= set(e.participants) for e in found)


def test_chinese_three_countries_leaders_meeting_is_apart_from_two_leaders_talks():
    found = events("习近平会见普京",
                   "新华社约翰内斯堡8月25日电 国家主席习近平25日在约翰内斯堡会见俄罗斯总统普京。\n\n"
                   "随后，习近平同普京、莫迪举行中俄印三国领导人会晤。", "zh", FRIDAY)
    meetings = of_type(found, "meeting")
    assert {frozenset(e.participants) for e in meetings} == {frozenset({XI, PUTIN}), frozenset({XI, PUTIN, MODI})}


def test_chinese_talks_naming_three_leaders_with_no_three_way_word_are_one_meeting():
    found = events("习近平会见普京",
                   "新华社约翰内斯堡8月25日电 国家主席习近平25日在约翰内斯堡会见俄罗斯总统普京。\n\n"
                   "随后，习近平同普京、莫迪举行会晤。", "zh", FRIDAY)
    assert len(of_type(found, "meeting")) == 1


def test_a_leader_named_by_surname_after_his_office_is_linked_in_chinese():
    linked = {m.entity_id for m in link_entities("印度总理辛格、墨西哥总统福克斯、美国总统布什等出席。", True, "zh")}
    assert {"manmohan-singh", "vicente-fox", "Q207"} <= linked


def test_the_bare_surname_of_another_is_not():
    linked = {m.entity_id for m in link_entities("国防部长辛格接受了福克斯新闻采访，宣布什么也没有改变。", True, "zh")}
    assert not linked & {"manmohan-singh", "vicente-fox", "Q207"}


def test_across_articles_the_outreach_session_is_a_row_apart_from_talks_of_the_day():
    from ruchina.corpus.events_table import merged_events

    dialogue = extract_article("a1", None, None,
                               "国家主席习近平25日在约翰内斯堡出席金砖国家同新兴市场国家领导人对话会，并发表讲话。",
                               FRIDAY, "zh")
    talks = extract_article("a2", None, None, "Xi Jinping held talks with Narendra Modi in Johannesburg on Friday.",
                            FRIDAY, "en")
    names = {m.entity_id: m.name for x in (dialogue, talks) for m in x.mentions}
    rows = [e for e in merged_events([dialogue, talks], names) if e.event_type == "meeting"]
    assert sorted(e.article_ids for e in rows) == [["a1"], ["a2"]]


# The club seated with its guests, told by verbs of sitting down or a dialogue "between" the club and the
# guests, in English, German and Russian: the guests it lists are the sitting's people, not the leaders a
# counted group ("the seven") takes from before; the sitting is at the summit's place, part of the summit.
MACRON, BOLSONARO, OBAMA = "Q3052772", "jair-bolsonaro", "barack-obama"
SUNDAY, MONDAY = dt.date(2019, 8, 25), dt.date(2019, 8, 26)


def outreach_of(found):
    return [e for e in found if any(m.outreach for m in e.mentions)]


def test_the_seven_sat_down_with_the_heads_it_lists_after_a_colon():
    found = events("G7 leaders meet in Biarritz",
                   "The Group of Seven summit in Biarritz went into its second day on Sunday. Emmanuel Macron stood "
                   "with Shinzo Abe and the rest for the family photo.\n\n"
                   "Later on Sunday the seven sat down with the heads of four emerging economies: Narendra Modi, "
                   "Cyril Ramaphosa, Recep Tayyip Erdogan and Jair Bolsonaro.", "en", SUNDAY)
    (sitting,) = outreach_of(found)
    assert set(sitting.participants) == {MODI, RAMAPHOSA, ERDOGAN, BOLSONARO}
    assert sitting.location_id == "biarritz" and sitting.types() == {"meeting"}


def test_leaders_who_sat_down_with_reporters_hold_no_sitting_with_guests():
    found = events("G7 leaders meet in Biarritz",
                   "The Group of Seven summit in Biarritz went into its second day on Sunday. This afternoon Emmanuel "
                   "Macron sat down with reporters — a dozen of them — on trade.", "en", SUNDAY)
    assert outreach_of(found) == []


def test_a_host_who_sat_the_club_down_with_its_guests_holds_a_sitting_not_the_summit():
    found = events("G7 leaders meet in Biarritz",
                   "The Group of Seven summit in Biarritz ended on Monday.\n\n"
                   "On Sunday Macron sat the G7 down with Narendra Modi, Cyril Ramaphosa and Jair Bolsonaro.",
                   "en", MONDAY)
    (sitting,) = outreach_of(found)
    assert set(sitting.participants) == {MACRON, MODI, RAMAPHOSA, BOLSONARO}
    assert sitting.date.first == SUNDAY and sitting.location_id == "biarritz"
    (summit,) = of_type(found, "summit")
    assert MODI not in summit.participants


def test_a_dialogue_between_the_clubs_leaders_and_the_developing_countries_is_a_sitting_with_guests():
    found = events("Modi to attend G7 dialogue",
                   "Narendra Modi will attend a meeting between leaders of the G7 and of emerging economies in "
                   "Biarritz on Sunday, his office said.", "en", dt.date(2019, 8, 20))
    (sitting,) = outreach_of(found)
    assert MODI in sitting.participants and sitting.types() == {"meeting"}


def test_german_leaders_who_met_the_heads_of_emerging_economies_as_planned_held_a_sitting_that_day():
    found = events("G7 in Biarritz",
                   "Der G7-Gipfel in Biarritz endet an diesem Montag. Am Sonntag trafen sich die sieben "
                   "Gipfelteilnehmer wie geplant mit den Chefs von vier Schwellenländern: Narendra Modi (Indien), Cyril "
                   "Ramaphosa (Südafrika), Recep Tayyip Erdogan (Türkei) und Jair Bolsonaro (Brasilien).", "de",
                   MONDAY)
    (sitting,) = outreach_of(found)
    assert set(sitting.participants) == {MODI, RAMAPHOSA, ERDOGAN, BOLSONARO}
    assert sitting.date.first == sitting.date.last == SUNDAY
    assert {m.status for m in sitting.mentions} == {"occurred"}


def test_a_german_meeting_planned_for_a_day_to_come_is_still_planned():
    found = events("Treffen geplant", "Das geplante Treffen von Modi und Ramaphosa am Freitag soll in Biarritz "
                   "stattfinden.", "de", MONDAY)
    assert any(m.status == "planned" for e in found for m in e.mentions)


def test_russian_meeting_of_the_clubs_leaders_with_the_heads_of_named_countries_is_a_sitting_with_guests():
    found = events("Моди в Биаррице",
                   "Нарендра Моди примет участие во встрече глав «семерки» с лидерами Индии, ЮАР и Бразилии в "
                   "Биаррице в воскресенье.", "ru", dt.date(2019, 8, 22))
    (sitting,) = outreach_of(found)
    assert MODI in sitting.participants


def test_a_russian_meeting_of_the_clubs_leaders_among_themselves_is_no_sitting_with_guests():
    found = events("Саммит в Биаррице", "Встреча лидеров «семерки» в Биаррице прошла в воскресенье.", "ru", SUNDAY)
    assert outreach_of(found) == []


def test_across_articles_the_sitting_is_part_of_the_summit_though_they_share_no_one():
    from ruchina.corpus.events_table import merged_events

    summit = extract_article("a1", "G7 summit opens in Biarritz",
                             None, "Emmanuel Macron opened the Group of Seven summit in Biarritz on Saturday. The "
                             "summit runs until Monday.", dt.date(2019, 8, 24), "en")
    sitting = extract_article("a2", "G7 leaders meet in Biarritz", None,
                              "The Group of Seven summit in Biarritz went into its second day on Sunday.\n\n"
                              "Later that day the seven sat down with the heads of four emerging economies: "
                              "Narendra Modi, Cyril Ramaphosa, Recep Tayyip Erdogan and Jair Bolsonaro.", SUNDAY, "en")
    names = {m.entity_id: m.name for x in (summit, sitting) for m in x.mentions}
    rows = merged_events([summit, sitting], names)
    (whole,) = [e for e in rows if e.event_type == "summit"]
    (part,) = [e for e in rows if e.event_type == "meeting" and MODI in e.participant_ids]
    assert part.part_of == whole.event_id
