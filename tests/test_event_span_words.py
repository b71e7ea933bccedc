"""The days a several-day event spans, read from the words each language states them with
(knowledge/event_spans.yaml, extract/event_spans.py and event_endings.py): a Russian end
day after "во", a Chinese duration and "until" written without spaces, an English present
"wraps up"; and a duration a report dated to another day states, not counted from the
event's day; a visit that "ran until" a weekday ended on the one before the page. Each beside
a look-alike that must keep its own days."""

import datetime as dt

from ruchina.extract.extraction import extract_article

WEDNESDAY = dt.date(2018, 9, 12)


def _days(body: str, language: str, types: set[str]):
    events = extract_article("x", None, None, body, WEDNESDAY, language).events
    found = [e for e in events if types & e.types()]
    assert len(found) == 1, [(e.types(), e.date) for e in events]
    return found[0].date.first, found[0].date.last


def test_russian_summit_that_will_end_on_a_day_after_vo():
    body = ("Президент Монголии Халтмаагийн Баттулга в среду провел переговоры с Владимиром Путиным "
            "на полях саммита в Душанбе. Саммит открылся в среду и завершится во вторник.")
    assert _days(body, "ru", {"summit"}) == (WEDNESDAY, dt.date(2018, 9, 18))


def test_russian_day_after_vo_with_no_end_verb_is_no_end():
    body = ("Президент Монголии Халтмаагийн Баттулга в среду провел переговоры с Владимиром Путиным "
            "на полях саммита в Душанбе. Саммит открылся в среду, а во вторник лидеры примут декларацию.")
    assert _days(body, "ru", {"summit"}) == (WEDNESDAY, WEDNESDAY)


def test_chinese_duration_before_a_state_visit():
    body = "蒙古国总统巴特图勒嘎12日抵达北京，开始对我国进行为期三天的国事访问。"
    assert _days(body, "zh", {"state_visit", "visit"}) == (WEDNESDAY, dt.date(2018, 9, 14))


def test_chinese_state_visit_without_a_duration_keeps_its_day():
    body = "蒙古国总统巴特图勒嘎12日抵达北京，开始对我国进行国事访问。为期三天的农产品博览会同日在上海开幕。"
    assert _days(body, "zh", {"state_visit", "visit"}) == (WEDNESDAY, WEDNESDAY)


def _forum_days(body: str):
    events = extract_article("x", None, None, body, WEDNESDAY, "zh").events
    return {(e.date.first, e.date.last) for e in events if "forum" in e.types()}


def test_chinese_forum_that_runs_until_a_day():
    body = "蒙古国总统巴特图勒嘎12日在北京出席东方经济论坛开幕式，论坛将持续到14日。"
    assert _forum_days(body) == {(WEDNESDAY, dt.date(2018, 9, 14))}


def test_chinese_period_of_an_agreement_is_no_forums_end():
    body = "蒙古国总统巴特图勒嘎12日在北京出席东方经济论坛开幕式，双方签署的合作协定将持续到2028年。"
    assert _forum_days(body) == {(WEDNESDAY, WEDNESDAY)}


def test_english_visit_a_report_says_wraps_up_today():
    body = ("Mongolian President Khaltmaagiin Battulga wraps up a three-day state visit to Russia today "
            "after talks with Vladimir Putin.")
    assert _days(body, "en", {"state_visit", "visit"}) == (dt.date(2018, 9, 10), WEDNESDAY)


def test_english_visit_a_report_says_begins_today_counts_on():
    body = ("Mongolian President Khaltmaagiin Battulga begins a three-day state visit to Russia today "
            "with talks with Vladimir Putin.")
    assert _days(body, "en", {"state_visit", "visit"}) == (WEDNESDAY, dt.date(2018, 9, 14))


def test_duration_of_a_report_dated_to_another_day_does_not_stretch_the_talks():
    # (the summit's two days run from its own 13th; told in one event with Wednesday's talks,
    # they do not make the talks last until Thursday)
    body = ("蒙古国总统巴特图勒嘎出席东方经济论坛。为期两天的峰会于13日开幕，当晚普京为与会各国领导人举行欢迎宴会。"
            "周三，普京已同巴特图勒嘎举行会谈。")
    events = extract_article("x", None, None, body, WEDNESDAY, "zh").events
    talks = [e for e in events if "meeting" in e.types()]
    assert talks and all((e.date.first, e.date.last) == (WEDNESDAY, WEDNESDAY) for e in talks)


def test_duration_of_a_summit_dated_by_its_own_day_counts_from_it():
    body = "为期两天的峰会于13日开幕。周三，普京已同巴特图勒嘎举行会谈。"
    events = extract_article("x", None, None, body, WEDNESDAY, "zh").events
    summits = [e for e in events if e.types() == {"summit"}]
    assert [(e.date.first, e.date.last) for e in summits] == [(dt.date(2018, 9, 13), dt.date(2018, 9, 14))]


def test_summit_dated_by_an_arrival_and_told_closed_on_a_later_day_ends_that_day():
    body = ("Tokáyev llegó el jueves a Minsk para la cumbre de la Unión Económica Euroasiática. "
            "Los líderes de la Unión Económica Euroasiática firmaron este viernes un tratado aduanero, "
            "en la clausura de una cumbre de dos días.")
    events = extract_article("x", None, None, body, dt.date(2018, 9, 14), "es").events
    summits = [e for e in events if "summit" in e.types()]
    assert [(e.date.first, e.date.last) for e in summits] == [(dt.date(2018, 9, 13), dt.date(2018, 9, 14))]


def test_english_visit_that_ran_until_a_weekday_ended_on_the_one_before_the_page():
    # (published on a Wednesday: "ran until Monday" is two days before, not the coming Monday)
    body = ("President Khaltmaagiin Battulga of Mongolia landed in Beijing on Saturday, September 8, "
            "for a state visit to China that ran until Monday.")
    assert _days(body, "en", {"visit"}) == (dt.date(2018, 9, 8), dt.date(2018, 9, 10))


def test_english_visit_that_runs_until_a_weekday_ends_on_the_coming_one():
    body = ("President Khaltmaagiin Battulga of Mongolia landed in Beijing on Saturday, September 8, "
            "for a state visit to China that runs until Friday.")
    assert _days(body, "en", {"visit"}) == (dt.date(2018, 9, 8), dt.date(2018, 9, 14))


def test_english_visit_dated_by_its_last_day_runs_from_the_day_its_sentence_names_before():
    body = ("President Khaltmaagiin Battulga of Mongolia reviews an honour guard in Beijing after landing on "
            "Saturday, September 8, at the start of an official visit to China that ran until Monday.")
    assert _days(body, "en", {"visit"}) == (dt.date(2018, 9, 8), dt.date(2018, 9, 10))
