"""Attending an event is no visit, and the day before is a day. Fixtures written for these tests
(other events, other names), each beside a look-alike that must not trigger:
- a verb of visiting whose object is an event word ("посетит парад", "will visit the air show")
  attends that event: no visit of its own (event_clauses.attends); a visit to a place stays;
- "Накануне Лукашенко участвовал ..." (a name, then a verb in the past) and "La veille, ..." are
  the day before the article's (knowledge/calendar.yaml day_words_alone); "накануне Дня Победы"
  and "la veille du défilé" are eves, no day;
- the days of a summit in the corpus: an explicit day that a stated range of days of the same
  summit holds (the arrival's "22 August" inside "the two-day summit from Tuesday") does not
  shrink the summit to one day (corpus/event_rows._consensus_date); a meeting keeps its day, and
  a meeting told with a range of days (the summit's it was held at) and on one of them is that day.
"""

from __future__ import annotations

import datetime as dt

from ruchina.corpus.event_rows import _consensus_date
from ruchina.extract.dates import ResolvedDate
from ruchina.extract.event_mentions import ArticleEvent
from ruchina.extract.event_report import EventMention
from ruchina.extract.extraction import extract_article


def reported(body, title, published, language):
    return [(m.event_type, m.date.first if m.date else None)
            for m in extract_article("t1", title, None, body, published, language).event_mentions]


MAY_8 = dt.date(2024, 5, 8)


def test_a_visit_to_a_parade_in_russian_is_attending_it():
    body = ("Президент Белоруссии Александр Лукашенко провёл переговоры с Владимиром Путиным в Москве. "
            "В четверг он посетит военный парад на Красной площади.")
    types = [kind for kind, _ in reported(body, "Путин и Лукашенко провели переговоры", MAY_8, "ru")]
    assert "parade" in types and "visit" not in types


def test_a_visit_to_a_city_in_russian_stays_a_visit():
    body = ("Президент Белоруссии Александр Лукашенко провёл переговоры с Владимиром Путиным в Москве. "
            "В четверг он посетит Казань.")
    types = [kind for kind, _ in reported(body, "Путин и Лукашенко провели переговоры", MAY_8, "ru")]
    assert "visit" in types


def test_a_visit_to_the_parade_in_english_is_attending_it():
    body = ("Alexander Lukashenko held talks with Vladimir Putin in Moscow. On Thursday he will visit the military "
            "parade.")
    types = [kind for kind, _ in reported(body, "Putin and Lukashenko talk", MAY_8, "en")]
    assert "parade" in types and "visit" not in types


def test_a_visit_to_a_city_for_a_parade_stays_a_visit():
    body = ("Alexander Lukashenko held talks with Vladimir Putin in Moscow. On Thursday he will visit Minsk for "
            "the military parade.")
    types = [kind for kind, _ in reported(body, "Putin and Lukashenko talk", MAY_8, "en")]
    assert "visit" in types


def test_the_day_before_with_its_subject_named_in_russian():
    body = "Накануне Лукашенко участвовал в саммите ОДКБ в Астане."
    assert ("summit", dt.date(2024, 5, 7)) in reported(body, "Саммит ОДКБ", MAY_8, "ru")


def test_the_eve_of_a_named_day_in_russian_is_no_day():
    body = "Накануне Дня Победы Лукашенко участвовал в саммите ОДКБ в Астане."
    assert ("summit", dt.date(2024, 5, 7)) not in reported(body, "Саммит ОДКБ", MAY_8, "ru")


def _report(event_type, first, last, kind, published):
    date = ResolvedDate(first, last, "day", "", 0, 1, kind)
    mention = EventMention("t", event_type, (), None, date, "occurred", False, "", 0, 1)
    return ArticleEvent("t", published, [mention])


def test_a_stated_range_of_a_summit_holds_an_explicit_day_of_it():
    aug22, aug23, aug24 = dt.date(2023, 8, 22), dt.date(2023, 8, 23), dt.date(2023, 8, 24)
    cluster = [_report("summit", aug22, aug23, "weekday", aug23), _report("summit", aug22, aug23, "weekday", aug24),
               _report("summit", aug22, aug22, "explicit", aug24)]
    assert _consensus_date(cluster) == (aug22, aug23)


def test_a_meeting_keeps_its_explicit_day():
    aug22, aug23, aug24 = dt.date(2023, 8, 22), dt.date(2023, 8, 23), dt.date(2023, 8, 24)
    cluster = [_report("meeting", aug22, aug23, "weekday", aug23), _report("meeting", aug22, aug23, "weekday", aug24),
               _report("meeting", aug22, aug22, "explicit", aug24)]
    assert _consensus_date(cluster) == (aug22, aug22)


def test_la_veille_alone_is_the_day_before_in_french():
    body = "La veille, Alexandre Loukachenko s'était entretenu avec Vladimir Poutine à Moscou."
    assert ("meeting", dt.date(2024, 5, 7)) in reported(body, "Défilé à Moscou", MAY_8, "fr")


def test_la_veille_du_defile_is_no_day_in_french():
    body = "La veille du défilé, Alexandre Loukachenko s'était entretenu avec Vladimir Poutine à Moscou."
    assert ("meeting", dt.date(2024, 5, 7)) not in reported(body, "Défilé à Moscou", MAY_8, "fr")


def test_a_meetings_row_takes_the_day_inside_a_reports_range():
    # (talks told with the summit's two days, and talks told on the second: the second day)
    aug22, aug23 = dt.date(2023, 8, 22), dt.date(2023, 8, 23)
    cluster = [_report("meeting", aug22, aug23, "weekday", aug23), _report("meeting", aug23, aug23, "weekday", aug23)]
    assert _consensus_date(cluster) == (aug23, aug23)


def test_a_summits_row_keeps_its_range_over_one_of_its_days():
    aug22, aug23 = dt.date(2023, 8, 22), dt.date(2023, 8, 23)
    cluster = [_report("summit", aug22, aug23, "weekday", aug23), _report("summit", aug23, aug23, "weekday", aug23)]
    assert _consensus_date(cluster) == (aug22, aug23)
