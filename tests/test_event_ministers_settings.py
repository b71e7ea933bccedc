"""A body's meeting of ministers told as the setting of two ministers' talks ("met on the
sidelines of a defence ministers' meeting hosted by X", "on the margins of the Council of
Defence Ministers that X hosts") is another event than the talks: the gathering, which its host
attends, and the talks of the two, which he does not (extract/gathering_settings.py, knowledge
``sideline_gatherings``, ``ministers_gatherings``). Also the words of such talks and of their
document: "will sit down with", "a joint press statement", "联合新闻稿". Fixtures written for
these tests, with other ministers, bodies and places; each beside a look-alike."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

BELOUSOV, DONG, CHOE = "andrei-belousov", "dong-jun", "choe-son-hui"
WEDNESDAY = dt.date(2024, 11, 20)


def events(title, body, language="en", day=WEDNESDAY):
    return extract_article("t1", title, None, body, day, language).events


def people_of(found):
    return sorted(sorted(e.participants) for e in found if "meeting" in e.types())


def test_talks_on_the_sidelines_of_a_ministers_meeting_leave_its_host_to_the_gathering():
    found = events("Belousov and Dong talk in Vientiane",
                   "Andrei Belousov and Dong Jun met in Vientiane on Wednesday on the sidelines of a regional "
                   "defence ministers' meeting hosted earlier in the day by Choe Son Hui.")
    (talks,) = [e for e in found if e.main]
    assert talks.participants == {BELOUSOV, DONG}
    (gathering,) = [e for e in found if not e.main and "meeting" in e.types()]
    assert gathering.participants == {BELOUSOV, DONG, CHOE}
    assert gathering.date.first == WEDNESDAY and gathering.location_id == talks.location_id


def test_a_host_named_before_his_verb_hosts_the_council_not_the_talks():
    found = events("Belousov to meet Dong tomorrow",
                   "Andrei Belousov is in Vientiane this week and will sit down with Dong Jun on Thursday, on "
                   "the margins of the Council of Defence Ministers that Choe Son Hui hosts the same day.")
    assert people_of(found) == [[BELOUSOV, CHOE, DONG], [BELOUSOV, DONG]]
    (talks,) = [e for e in found if e.main]
    assert talks.participants == {BELOUSOV, DONG} and talks.mentions[-1].status == "planned"


def test_a_ministers_meeting_with_no_sidelines_words_stays_one_meeting():
    found = events("Three ministers meet in Vientiane",
                   "Andrei Belousov met Dong Jun and Choe Son Hui at a defence ministers' meeting in Vientiane "
                   "on Wednesday.")
    assert people_of(found) == [[BELOUSOV, CHOE, DONG]]


def test_sit_down_with_is_a_meeting_but_sit_down_alone_is_not():
    planned = events("Defence chiefs to talk", "Andrei Belousov will sit down with Dong Jun in Vientiane on Friday.")
    assert people_of(planned) == [[BELOUSOV, DONG]]
    none = events("Defence chiefs", "Andrei Belousov told reporters in Vientiane on Wednesday that all sides "
                  "should sit down and negotiate.")
    assert people_of(none) == []


def test_a_joint_press_statement_issued_is_the_ministers_document():
    found = events("Belousov and Dong agree on hotline",
                   "Andrei Belousov and Dong Jun held talks in Vientiane on Wednesday. In a joint press statement "
                   "issued hours later, the two ministers set out three steps.")
    assert any(e.types() == {"agreement"} for e in found)
    alone = events("Belousov and Dong agree on hotline",
                   "Andrei Belousov and Dong Jun held talks in Vientiane on Wednesday. The ministry's press "
                   "statement gave no details.")
    assert not any(e.types() == {"agreement"} for e in alone)


def test_zh_a_council_attended_on_the_day_is_the_gathering_not_talks():
    found = events("别洛乌索夫同董军在万象会谈",
                   "当地时间11月20日，别洛乌索夫在万象出席地区防长会议期间会见董军。\n\n"
                   "会后，双方发表联合新闻稿。\n\n"
                   "同日，董军出席了由东道国主持的地区防长会议。", "zh")
    (talks,) = [e for e in found if e.main]
    assert talks.participants == {BELOUSOV, DONG}
    assert any(e.types() == {"agreement"} for e in found)
    (council,) = [e for e in found if not e.main and "meeting" in e.types()]
    assert council.mentions[0].setting  # (the gathering: no talks of those it names)
