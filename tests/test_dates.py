"""Date resolution, as a table: (publication date, phrase, tense) -> (first, last, precision)."""

from __future__ import annotations

import calendar
import datetime as dt

import pytest

from ruchina.extract.dates import resolve_dates, unresolved_phrases
from ruchina.extract.tenses import sentence_tense

D = dt.date
THU = D(2024, 7, 4)  # a Thursday
SAT = D(2023, 11, 11)  # a Saturday

RESOLVES = [
    # explicit dates
    (None, "They met on October 18, 2023 in Beijing.", "past", D(2023, 10, 18), D(2023, 10, 18), "day"),
    (None, "The deal of 8 May 2025 was signed.", "past", D(2025, 5, 8), D(2025, 5, 8), "day"),
    (None, "Talks on Oct. 5, 2019 ended.", "past", D(2019, 10, 5), D(2019, 10, 5), "day"),
    (None, "A statement dated 2022-02-04 said so.", "past", D(2022, 2, 4), D(2022, 2, 4), "day"),
    (None, "It was described in December 2021 as unlimited.", "past", D(2021, 12, 1), D(2021, 12, 31), "month"),
    (None, "The SCO was founded in 2001 with six members.", "past", D(2001, 1, 1), D(2001, 12, 31), "year"),
    (THU, "The leaders met on June 30 in Minsk.", "past", D(2024, 6, 30), D(2024, 6, 30), "day"),
    (THU, "The leaders will meet on January 10.", "future", D(2025, 1, 10), D(2025, 1, 10), "day"),
    # weekdays, by tense
    (SAT, "Putin and Xi met on Wednesday.", "past", D(2023, 11, 8), D(2023, 11, 8), "day"),
    (THU, "Biden is confirmed to travel to Israel on Wednesday.", "future", D(2024, 7, 10), D(2024, 7, 10), "day"),
    (THU, "The ministers met Thursday.", "past", THU, THU, "day"),
    (THU, "They spoke last Friday.", "past", D(2024, 6, 28), D(2024, 6, 28), "day"),
    (THU, "They will speak next Monday.", "future", D(2024, 7, 8), D(2024, 7, 8), "day"),
    (THU, "The envoy arrived yesterday.", "past", D(2024, 7, 3), D(2024, 7, 3), "day"),
    # weeks, months, years around the publication date
    (THU, "Leaders are meeting this week in Astana.", "present", D(2024, 7, 1), D(2024, 7, 7), "week"),
    (THU, "Modi will meet Putin in Moscow next week.", "future", D(2024, 7, 8), D(2024, 7, 14), "week"),
    (THU, "A delegation visited last week.", "past", D(2024, 6, 24), D(2024, 6, 30), "week"),
    (THU, "China inked a deal last month.", "past", D(2024, 6, 1), D(2024, 6, 30), "month"),
    (THU, "This year, Belarus attends as a member.", "present", D(2024, 1, 1), D(2024, 12, 31), "year"),
    (THU, "The group spoke during last year’s summit.", "past", D(2023, 1, 1), D(2023, 12, 31), "year"),
    # seasons (three months each): the one under way or begun this year, the next to begin, the last to end
    (THU, "Delegations promised to meet again in Tashkent next spring.", "future", D(2025, 3, 1), D(2025, 5, 31), "month"),
    (THU, "The talks began this spring.", "past", D(2024, 3, 1), D(2024, 5, 31), "month"),
    (THU, "Trade rose last winter.", "past", D(2023, 12, 1), D(2024, 2, 29), "month"),
    (D(2024, 1, 15), "Leaders gather this winter.", "present", D(2023, 12, 1), D(2024, 2, 29), "month"),
    (D(2024, 1, 15), "They meet again next winter.", "future", D(2024, 12, 1), D(2025, 2, 28), "month"),
    (D(2024, 2, 10), "A summit is planned next spring.", "future", D(2024, 3, 1), D(2024, 5, 31), "month"),
    (D(2024, 12, 20), "The forum opens this coming autumn.", "future", D(2025, 9, 1), D(2025, 11, 30), "month"),
    (THU, "Both sides met last fall's deadline.", "past", D(2023, 9, 1), D(2023, 11, 30), "month"),
    (None, "The pipeline opened in the autumn of 2019.", "past", D(2019, 9, 1), D(2019, 11, 30), "month"),
    (None, "Construction resumes in Spring 2025.", "future", D(2025, 3, 1), D(2025, 5, 31), "month"),
    (None, "The winter of 2022 was harsh.", "past", D(2022, 1, 1), D(2022, 12, 31), "year"),  # which winter: unclear
    # anniversaries, against the knowledge base's anchors
    (None, "They convened a day before the 80th anniversary of the Soviet Union's victory over Nazi Germany.",
     "past", D(2025, 5, 8), D(2025, 5, 8), "day"),
    (None, "A forum commemorating the 10th anniversary of the Belt and Road Initiative opened.",
     "past", D(2023, 1, 1), D(2023, 12, 31), "year"),
    (None, "They met two days before the 25th anniversary of the founding of the Shanghai Cooperation Organization.",
     "past", D(2026, 6, 13), D(2026, 6, 13), "day"),
    (None, "Celebrations marked the seventieth anniversary of the founding of the People's Republic of China.",
     "past", D(2019, 10, 1), D(2019, 10, 1), "day"),
    (None, "A parade on the 75th anniversary of Victory Day took place.", "past", D(2020, 5, 9), D(2020, 5, 9), "day"),
    # ranges of days: an event of several days keeps them all
    (THU, "The state visit runs from 7 to 10 July.", "present", D(2024, 7, 7), D(2024, 7, 10), "day"),
    (THU, "Xi will visit Moscow on June 30-July 2.", "future", D(2025, 6, 30), D(2025, 7, 2), "day"),
    (None, "The forum was held on November 30-December 1, 2021.", "past", D(2021, 11, 30), D(2021, 12, 1), "day"),
    (None, "The games ran on 15–18 June 2023.", "past", D(2023, 6, 15), D(2023, 6, 18), "day"),
    # (each day with its weekday set off by commas, the year after the last)
    (None, "The visit lasted from Saturday, November 19, to Monday, November 21, 1977.", "past",
     D(1977, 11, 19), D(1977, 11, 21), "day"),
    (None, "Talks opened on Saturday, November 19, 1977, to loud protests.", "past",
     D(1977, 11, 19), D(1977, 11, 19), "day"),
    # ranges of weekdays: in the present tense the days under way, else as a bare weekday resolves
    (THU, "The delegation is in Hanoi from Tuesday to Friday.", "present", D(2024, 7, 2), D(2024, 7, 5), "day"),
    (THU, "The premier toured the region from Monday to Wednesday.", "past", D(2024, 7, 1), D(2024, 7, 3), "day"),
    (THU, "The envoy will be in Minsk Monday-Tuesday.", "future", D(2024, 7, 8), D(2024, 7, 9), "day"),
    # a month with no day, a day before publication
    (THU, "We will meet in person next February.", "future", D(2025, 2, 1), D(2025, 2, 28), "month"),
    (THU, "The summit in Geneva last June changed little.", "past", D(2024, 6, 1), D(2024, 6, 30), "month"),
    (THU, "The ministers met in March.", "past", D(2024, 3, 1), D(2024, 3, 31), "month"),
    # the same words opening a sentence
    (THU, "Last June, a trade mission went to Lima.", "past", D(2024, 6, 1), D(2024, 6, 30), "month"),
    (THU, "Next February, the envoys will meet again.", "future", D(2025, 2, 1), D(2025, 2, 28), "month"),
    (THU, "Last Friday, the envoys met in Lima.", "past", D(2024, 6, 28), D(2024, 6, 28), "day"),
    (THU, "Following talks in Moscow the day before, they spoke again.", "past", D(2024, 7, 3), D(2024, 7, 3), "day"),
]


@pytest.mark.parametrize("published, text, tense, first, last, precision", RESOLVES, ids=[r[1][:40] for r in RESOLVES])
def test_phrase_resolves(published, text, tense, first, last, precision):
    resolved = resolve_dates(text, published, tense)
    assert [(r.first, r.last, r.precision) for r in resolved] == [(first, last, precision)]


NOTHING = [
    (None, "Putin and Xi met on Wednesday.", "past"),  # no publication date to count from
    (None, "Leaders are meeting this week in Astana.", "present"),
    (None, "China inked a deal last month.", "past"),
    (None, "They met on June 30 in Minsk.", "past"),
    (THU, "It commemorates the ten-year anniversary of Xi’s global infrastructure initiative.", "past"),  # no anchor
    (THU, "Over 2,000 delegates and 2024 troops attended.", "past"),  # numbers, not years
    (THU, "The May Day parade was cancelled.", "past"),
    (THU, "More than 99% of its foreign investment comes from China.", "present"),
    (None, "Leaders will meet next spring.", "future"),
    (THU, "Analysts expect the next fall in prices.", "future"),  # a drop, not autumn
    (THU, "They met the day before the vote.", "past"),  # the day before something else
    (THU, "Leaders may meet in Beijing.", "present"),  # the verb, not the month
    (THU, "Last, the envoys may meet in Lima.", "present"),  # "Last," alone is no time
    (THU, "May the envoys meet soon.", "present"),
    (THU, "Scores of 7-10 were common.", "past"),  # numbers, not days
    (None, "She met winners of 2021 Presidential Prize.", "past"),  # a prize's name
]


@pytest.mark.parametrize("published, text, tense", NOTHING, ids=[r[1][:40] for r in NOTHING])
def test_phrase_resolves_to_nothing(published, text, tense):
    assert resolve_dates(text, published, tense) == []


@pytest.mark.parametrize(
    "sentence, tense",
    [
        ("Putin and Xi are scheduled to meet in Beijing this week.", "future"),
        ("Xi is set to participate in a military parade.", "future"),
        ("The Belt and Road Forum will be attended by heads of state.", "future"),
        ("Putin and Xi met on Wednesday.", "past"),
        ("The summit occurred as the Kremlin prepared.", "past"),
        ("Leaders are meeting in Astana.", "present"),
    ],
)
def test_sentence_tense(sentence, tense):
    assert sentence_tense(sentence) == tense


def test_a_phrase_since_a_date_does_not_hide_other_dates():
    resolved = resolve_dates("Since 2013 the initiative grew; on Monday leaders met.", THU, "past")
    assert [r.kind for r in resolved] == ["year", "weekday"]


def test_two_weekdays_not_joined_as_a_range_are_two_days():
    resolved = resolve_dates("The ministers met on Monday and again on Wednesday.", THU, "past")
    assert [(r.first, r.last) for r in resolved] == [(D(2024, 7, 1), D(2024, 7, 1)), (D(2024, 7, 3), D(2024, 7, 3))]


def test_offsets_point_at_the_phrase():
    text = "Putin and Xi met on Wednesday in Beijing."
    (resolved,) = resolve_dates(text, SAT, "past")
    assert text[resolved.char_start:resolved.char_end] == "Wednesday"


def test_a_bare_year_phrase_is_the_year_itself():
    text = "The SCO was founded in 2001 with six members."
    (resolved,) = resolve_dates(text, None, "past")
    assert resolved.phrase == "2001" and text[resolved.char_start:resolved.char_end] == "2001"


def _every_unresolved_phrase():
    for weekday in calendar.day_name:
        yield from (weekday, f"last {weekday}", f"this coming {weekday}")
    for word in ("today", "yesterday", "tomorrow", "tonight"):
        yield from (word, word.upper(), word.capitalize())
    for modifier in ("this", "next", "last", "past", "coming", "previous"):
        for unit in ("week", "month", "year"):
            yield from (f"{modifier} {unit}", f"{modifier} {unit}".upper(), f"earlier {modifier} {unit}'s")
    for modifier in ("this", "next", "last", "past", "coming", "previous"):
        for season in ("spring", "summer", "autumn", "fall", "winter"):
            yield from (f"{modifier} {season}", f"{modifier} {season}".title())
    for month in [*calendar.month_name[1:], *calendar.month_abbr[1:], "Sept"]:
        yield from (f"{month} 30", f"{month}. 3rd", f"30 {month}")
    for month in calendar.month_name[1:]:
        yield from (f"next {month}", f"in {month}")
    # Letters that re.IGNORECASE matches to i and s, but which str.lower() keeps
    yield from ("yeſterday", "tonıght", "TONİGHT", "thıs week")


@pytest.mark.parametrize("phrase", list(_every_unresolved_phrase()))
def test_every_kind_of_unresolved_phrase_is_found_in_any_case(phrase):
    sentence = f"The leaders met {phrase} to sign it."
    assert [found for _, _, found in unresolved_phrases(sentence)] == [phrase]


def test_the_day_before_is_found_unresolved_where_a_clause_ends():
    assert [p for _, _, p in unresolved_phrases("They met in Moscow the day before, aides said.")] == ["the day before"]
    assert unresolved_phrases("They met the day before the vote.") == []


def test_a_sentence_without_date_words_has_no_unresolved_phrase():
    assert unresolved_phrases("The leaders signed a declaration on water and transport corridors.") == []
