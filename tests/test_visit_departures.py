"""The last day of a visit dated by its arrival, told apart from it (extract/visit_departures.py): a
report naming no one that tells the visit ended on a later day ("Der Besuch endete am 18. Mai"), or the
visitor leaving the visit's city on a later day ("5月18日，戈尔巴乔夫一行离开北京回国"); on a page of
history, a day written without its year after a date of the story's year is of that year
(extract/story_years.py). Beside each, the look-alike that must not: leaving for another city of the
trip, someone else leaving, a day too far after the story, a page that is no history. Fixtures written
for these tests (Gorbachev's visit to Beijing of May 1989, told on pages of 2019)."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.dates import ResolvedDate
from ruchina.extract.extraction import extract_article
from ruchina.extract.story_years import in_the_storys_year

GORBACHEV = "mikhail-gorbachev"
PAGE = dt.date(2019, 5, 15)
ARRIVAL, SECOND_DAY, LAST_DAY = dt.date(1989, 5, 15), dt.date(1989, 5, 16), dt.date(1989, 5, 18)
STORY_EN = ("On 15 May 1989 Mikhail Gorbachev arrived in Beijing for a visit. "
            "On 16 May Deng Xiaoping received him in the Great Hall of the People. ")


def visit_days(title: str, body: str, language: str):
    events = extract_article("departures", title, None, body, PAGE, language).events
    [visit] = [e for e in events if e.family == "visit" and GORBACHEV in e.participants]
    return visit.date.first, visit.date.last


def test_a_bare_report_of_the_visits_end_gives_its_last_day_in_the_storys_year():
    body = ("Am 15. Mai 1989 landete Michail Gorbatschow zu einem Besuch in Peking. Am 16. Mai empfing Deng "
            "Xiaoping seinen Gast in der Großen Halle des Volkes. Der Besuch endete am 18. Mai mit einer "
            "gemeinsamen Erklärung.")
    assert visit_days("Vor 30 Jahren: Gorbatschow in Peking", body, "de") == (ARRIVAL, LAST_DAY)


def test_the_visitor_leaving_the_visits_city_gives_its_last_day():
    body = ("1989年5月15日，戈尔巴乔夫抵达北京，开始对中国的访问。5月16日，邓小平在人民大会堂会见戈尔巴乔夫。"
            "5月18日，戈尔巴乔夫一行离开北京回国。")
    assert visit_days("1989年5月15日 戈尔巴乔夫抵达北京", body, "zh") == (ARRIVAL, LAST_DAY)


def test_leaving_in_english_gives_the_last_day():
    assert visit_days("Gorbachev in Beijing, 1989", STORY_EN + "On 18 May Gorbachev left Beijing.", "en") == (
        ARRIVAL, LAST_DAY)


def test_leaving_for_another_city_of_the_trip_ends_nothing():
    body = STORY_EN + "On 18 May Gorbachev left Beijing for Shanghai."
    assert visit_days("Gorbachev in Beijing, 1989", body, "en")[1] != LAST_DAY


def test_someone_else_leaving_ends_nothing():
    body = STORY_EN + "On 18 May Leonid Brezhnev left Beijing."
    assert visit_days("Gorbachev in Beijing, 1989", body, "en") == (ARRIVAL, ARRIVAL)


def test_a_day_without_its_year_is_of_the_storys_year_only_within_reach():
    may_16 = ResolvedDate(dt.date(2018, 5, 16), dt.date(2018, 5, 16), "day", "16 May", 3, 9, "explicit")
    december = ResolvedDate(dt.date(2018, 12, 3), dt.date(2018, 12, 3), "day", "3 December", 3, 13, "explicit")
    assert in_the_storys_year(may_16, ARRIVAL, PAGE) == SECOND_DAY
    assert in_the_storys_year(december, ARRIVAL, PAGE) is None  # (months after the story: the page's own)


def test_a_day_without_its_year_on_a_page_of_no_history_stays():
    may_16 = ResolvedDate(dt.date(2019, 5, 16), dt.date(2019, 5, 16), "day", "16 May", 3, 9, "explicit")
    assert in_the_storys_year(may_16, dt.date(2019, 5, 10), PAGE) is None


def test_a_day_after_a_year_alone_stays_the_pages():
    from ruchina.extract.story_years import dated_in_the_storys_year
    body = "In 1989 Mikhail Gorbachev visited Beijing. On 5 February Deng Xiaoping received Vladimir Putin in Beijing."
    mentions = extract_article("departures", "History", None, body, PAGE, "en").event_mentions
    assert all(m.date is None or m.date.first.year != 1989 or m.date.precision != "day"
               for m in dated_in_the_storys_year(mentions, PAGE))
