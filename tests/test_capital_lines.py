"""A line written all in capitals, as a wire flash's bullets are, is read with the knowledge
base's names and the calendar's words recased (extract/capital_lines.py), so its people link and
its days are read; the look-alikes: a menu's line in capitals, a short line (an outlet's name),
and text in ordinary case are read as written. Texts written for these tests."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.capital_lines import recase_capital_lines
from ruchina.extract.extraction import extract_article
from ruchina.knowledge import base

CATALOG = base.entity_catalog()
MODI, TRUMP = (CATALOG.named(name).entity_id for name in ("Narendra Modi", "Donald Trump"))
THURSDAY = dt.date(2031, 3, 13)


def test_a_line_in_capitals_is_recased_with_the_names_and_days_it_holds():
    text = "* MODI AND TRUMP TALK TRADE IN OSAKA ON WEDNESDAY, AIDES SAY\nsecond line in lower case."
    recased = recase_capital_lines(text, "en")
    assert len(recased) == len(text)
    assert recased.startswith("* Modi and Trump talk trade in Osaka on Wednesday, aides say\n")
    assert recased.endswith("second line in lower case.")


def test_look_alikes_a_menu_a_short_line_and_ordinary_text_stay_as_written():
    for text in ("NEWS | WORLD | ASIA | EUROPE | OPINION", "NEWS  WORLD  ASIA  EUROPE  OPINION", "DAILYWIRE",
                 "TOP STORIES",
                 "Modi met Trump in Osaka. The MODI-TRUMP TALKS ran late."):
        assert recase_capital_lines(text, "en") == text


def test_a_month_that_is_also_a_word_is_recased_only_beside_a_number():
    assert recase_capital_lines("OSAKA, MAY 7 - TRUMP MAY SEE MODI AGAIN", "en") == \
        "Osaka, May 7 - Trump may see Modi again"


def test_a_flash_in_capitals_reports_its_talks_with_their_people_and_day():
    body = ("* MODI AND TRUMP HELD TALKS IN OSAKA ON WEDNESDAY, AIDES SAY\n\n"
            "* TRADE DEAL EXPECTED BEFORE YEAR END")
    events = extract_article("flash", None, None, body, THURSDAY).events
    (talks,) = [e for e in events if e.types() == {"meeting"}]
    assert talks.participants == {MODI, TRUMP}
    assert talks.date.first == dt.date(2031, 3, 12)
    # the look-alike: a menu in capitals names no one (its words are links, not a sentence)
    menu = extract_article("menu", None, None, "HOME | WORLD | MODI | TRUMP | TALKS", THURSDAY)
    assert not {m.entity_id for m in menu.body_mentions} & {MODI, TRUMP}


def test_a_line_of_a_script_without_case_is_read_as_written():
    text = "新华社北京3月12日电 国家主席会见来访的 ICT 企业代表团 并出席 WTO 会议"
    assert recase_capital_lines(text, "zh") == text
