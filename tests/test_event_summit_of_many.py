"""Four or more leaders' meeting a page calls a summit, told in English and French: written for
these tests (other leaders and places than the benchmark pages), each beside a look-alike that must
not change.

- A row most of whose reports tell a meeting is a summit where a report calls it so by the word
  alone and the row names four leaders or more (corpus/summit_of_two_rows.summit_of_many). Beside
  it, three leaders' meeting a page also calls a summit stays a meeting (a three-way meeting), and
  so do two leaders with two aides.
- "the leaders, who had been meeting since Wednesday evening, adopted a declaration" reports the
  meeting and the declaration (knowledge ``passing``); "the first meeting since 2019" tells none.
- French "discussions" are talks; Ukraine's former president is known in French spelling.
"""

from __future__ import annotations

import datetime as dt

from ruchina.corpus.events_table import merged_events
from ruchina.extract.extraction import extract_article

THURSDAY = dt.date(2017, 3, 9)


def rows_of(title: str, body: str, language: str = "en"):
    article = extract_article("a1", title, None, body, THURSDAY, language)
    names = {m.entity_id: m.name for m in article.mentions}
    return merged_events([article], names), article


def test_four_leaders_meeting_a_page_calls_a_summit_is_a_summit():
    rows, _ = rows_of("Leaders meet in Riga",
                      "Angela Merkel, François Hollande, Petro Poroshenko and Vladimir Putin met in Riga on "
                      "Thursday. The summit was arranged last week by their foreign ministers.")
    assert [r.event_type for r in rows if "Q567" in r.participant_ids] == ["summit"]


def test_three_officials_meeting_a_page_calls_a_summit_stays_a_meeting():
    rows, _ = rows_of("Leaders meet in Riga",
                      "Angela Merkel, François Hollande and Vladimir Putin met in Riga on Thursday. The summit was "
                      "arranged last week by their foreign ministers.")
    assert [r.event_type for r in rows if "Q567" in r.participant_ids] == ["meeting"]


def test_two_leaders_and_their_aides_a_page_calls_a_summit_stay_a_meeting():
    """The look-alike: four people, but two of them aides the knowledge base does not know as leaders."""
    rows, _ = rows_of("Leaders meet in Riga",
                      "Angela Merkel, Vladimir Putin, aide Ivan Petrovsky and adviser Oleg Marchenko met in Riga on "
                      "Thursday. The summit was arranged last week by their foreign ministers.")
    assert [r.event_type for r in rows if "Q567" in r.participant_ids] == ["meeting"]


def test_leaders_meeting_since_a_weekday_report_their_meeting_and_declaration():
    _, article = rows_of("Deal in Riga", "Angela Merkel, François Hollande and Vladimir Putin met in Riga on "
                         "Thursday. The three leaders, who had been meeting since Wednesday evening, adopted a "
                         "declaration.")
    assert "agreement" in {t for e in article.events for t in e.types()}


def test_the_first_meeting_since_a_year_reports_none():
    _, article = rows_of("Merkel and Putin", "It was their first meeting since 2019, aides said.")
    assert not article.events


def test_french_discussions_in_minsk_are_talks_in_minsk():
    _, article = rows_of("Accord à Minsk", "Après dix heures de discussions à Minsk, Angela "
                         "Merkel et Petro Porochenko sont parvenus jeudi à un accord.", "fr")
    (talks,) = [e for e in article.events if "meeting" in e.types()]
    assert talks.location_id == "minsk"
    assert {"Q567", "petro-poroshenko"} <= talks.participants
    assert (talks.date.first, talks.date.last) == (THURSDAY, THURSDAY)
