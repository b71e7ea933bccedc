"""A page of history whose title and lead report nothing, or whose lead opens by counting the years
back to its story: the story's reports are the page's events, not background to the page's own day."""
from __future__ import annotations

import datetime as dt

from ruchina.extract.anniversary_titles import lead_told_as_anniversary
from ruchina.extract.extraction import extract_article


def _events(title: str, body: str, published: dt.date, language: str = "en") -> list[tuple]:
    return [(e.main, e.mentions[0].event_type, sorted(e.participants), e.date.first if e.date else None)
            for e in extract_article("a", title, None, body, published, language).events]


GALLERY = ("A look back at a season of diplomacy.\n\n"
           "The archive has opened its albums.\n\n"
           "June 18, 1973: Leonid Brezhnev and Richard Nixon hold talks in Washington.\n\n"
           "Brezhnev waves from the steps of his plane.")


def test_a_gallery_of_long_ago_under_a_title_of_no_event_reports_its_first_dated_event():
    events = _events("Brezhnev's summer, in pictures", GALLERY, dt.date(2013, 6, 18))
    assert events == [(True, "meeting", ["Q9588", "leonid-brezhnev"], dt.date(1973, 6, 18))]


def test_a_news_story_retelling_history_beside_its_news_keeps_the_old_event_background():
    body = GALLERY.replace("Brezhnev waves from the steps of his plane.",
                           "On Monday Vladimir Putin and Barack Obama held talks in Enniskillen.")
    events = _events("Archives reopen", body, dt.date(2013, 6, 18))
    assert [e[3] for e in events] == [dt.date(2013, 6, 17)]


def test_a_lead_opening_on_a_count_of_years_back_to_its_day_tells_the_story_of_that_day():
    body = "Heute vor 50 Jahren landete Alexei Kosygin in Peking.\n\nEr blieb zwei Tage."
    assert lead_told_as_anniversary(body, "de")
    events = _events("Kalenderblatt", body, dt.date(2019, 9, 11), "de")
    assert events == [(True, "visit", ["alexei-kosygin"], dt.date(1969, 9, 11))]


def test_a_count_of_years_later_in_the_lead_retells_one_event_beside_the_news():
    body = ("Die Präsidenten erinnerten an den Vertrag, der vor 20 Jahren unterzeichnet wurde.\n\n"
            "Wladimir Putin traf Xi Jinping am Dienstag in Moskau.")
    assert not lead_told_as_anniversary(body, "de")


def test_getting_a_dialogue_going_is_an_aim_and_no_talks():
    body = "Die Regierung hoffte, mit Moskau wieder ins Gespräch zu kommen."
    assert _events("Kalenderblatt", body, dt.date(2019, 9, 11), "de") == []



def test_an_essay_looking_back_over_months_and_years_keeps_them_background():
    body = ("A look back at a season of diplomacy.\n\n"
            "The archive has opened its albums.\n\n"
            "Leonid Brezhnev sat beside Richard Nixon at the Moscow parade in May 1972.")
    assert _events("Brezhnev and Nixon, a partnership", body, dt.date(1976, 12, 20)) == []
