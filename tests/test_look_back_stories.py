"""Pages that look back decades at a visit (extract/story_years.py, anniversary_titles.py, the English
tense cues of knowledge/events_en.yaml). A yearless day a few days before the story's dated day ("On the
way there, on 12 May, he stopped in X") is of the story's year, as a later one is; the past narrative's
"the next day" plans nothing; an English title that opens with a count of years ("Forty years ago
today: ...") tells its story as held then, its "last audience" the last ever. Beside each, the look-alike
that must not: a day months before the story stays the page's; "next week" is still a plan; a news title
that only ends on a count of years is the day's news; a hall's audience is no meeting. Fixtures written for
these tests (Gorbachev and Deng, 1989; Nixon and Mao, 1972)."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.anniversary_titles import told_as_anniversary
from ruchina.extract.dates import ResolvedDate
from ruchina.extract.extraction import extract_article
from ruchina.extract.story_years import in_the_storys_year

PAGE = dt.date(2019, 5, 16)
STORY = dt.date(1989, 5, 16)
DENG, GORBACHEV = "deng-xiaoping", "mikhail-gorbachev"


def _day(day: dt.date, phrase: str) -> ResolvedDate:
    return ResolvedDate(day, day, "day", phrase, 3, 3 + len(phrase), "explicit")


def test_a_yearless_day_days_before_the_storys_day_is_of_its_year():
    assert in_the_storys_year(_day(dt.date(2019, 5, 12), "12 May"), STORY, PAGE) == dt.date(1989, 5, 12)


def test_a_yearless_day_months_before_the_storys_day_stays_the_pages():
    assert in_the_storys_year(_day(dt.date(2019, 2, 3), "3 February"), STORY, PAGE) is None


def test_the_stop_on_the_way_there_told_in_russian_takes_the_storys_year():
    body = ("Ровно 30 лет назад, 16 мая 1989 года, в Пекине Дэн Сяопин принял Михаила Горбачева. "
            "По пути в Пекин, 12 мая, Горбачев провел переговоры с Дэн Сяопином в Шанхае.")
    mentions = extract_article("look-back", "Этот день в истории", None, body, PAGE, "ru").event_mentions
    days = {m.date.first for m in mentions if m.date is not None and "Шанха" in m.sentence}
    assert days == {dt.date(1989, 5, 12)}


def test_the_next_day_of_a_story_told_in_the_past_is_held():
    body = ("Mikhail Gorbachev arrived in Beijing on 15 May 1989. "
            "The next day, 16 May 1989, Deng Xiaoping received Gorbachev in the Great Hall of the People.")
    mentions = extract_article("look-back", "History", None, body, PAGE, "en").event_mentions
    [received] = [m for m in mentions if DENG in m.participant_ids]
    assert received.status == "occurred"


def test_a_meeting_next_week_is_still_planned():
    body = "Vladimir Putin and Xi Jinping meet in Beijing next week, the Kremlin said."
    [meeting] = extract_article("plan", "Plans", None, body, dt.date(2024, 5, 8), "en").event_mentions
    assert meeting.status == "planned"


def test_an_english_title_opening_with_years_ago_tells_an_anniversary():
    assert told_as_anniversary("Thirty years ago today: Gorbachev's last audience with Deng", "en")
    assert not told_as_anniversary("Putin recalls talks with Jiang held thirty years ago", "en")


def test_the_last_audience_of_an_anniversary_title_is_the_pages_story():
    title = "Thirty years ago today: the last Soviet audience with Deng Xiaoping"
    body = ("Mikhail Gorbachev was the first Soviet leader Beijing had seen in thirty years. "
            "The next day, 16 May 1989, Deng Xiaoping received Gorbachev in the Great Hall of the People.")
    events = extract_article("look-back", title, None, body, PAGE, "en").events
    [main] = [e for e in events if e.main]
    assert {DENG, GORBACHEV} <= main.participants and main.date is not None and main.date.first == STORY


def test_an_audience_with_a_leader_is_a_meeting_but_a_halls_audience_is_not():
    met = extract_article("a", "Archive", None, "Richard Nixon had an audience with Mao Zedong in Beijing on Monday.",
                          dt.date(1972, 2, 23), "en").event_mentions
    assert any(m.event_type == "meeting" for m in met)
    spoke = extract_article("b", "Speech", None, "Richard Nixon told an audience of students in Beijing on Monday "
                            "that the week had changed the world.", dt.date(1972, 2, 23), "en").event_mentions
    assert not any(m.event_type == "meeting" for m in spoke)
