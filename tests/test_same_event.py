"""Reports of one real event in several articles land in one events row (issue 23's
failure class 7), and reports of different events do not (event_mentions.py's dates of
the main event, corpus/event_merge.py).

Every fixture is written for these tests, in the shape of what real pages say; each stands
beside a look-alike that must not do what it does."""

from __future__ import annotations

import datetime as dt

from ruchina.corpus.event_merge import merge_across_articles
from ruchina.extract.extraction import extract_article

PLENARY_DAY = dt.date(2023, 6, 16)
ANNOUNCED_ON = dt.date(2023, 6, 13)


def main_of(article_id, title, body, published, place=None):
    extraction = extract_article(article_id, title, None, body, published, place=place)
    (main,) = [event for event in extraction.events if event.main]
    return main, extraction


def test_the_day_of_the_news_dates_a_main_event_that_the_text_dates_only_by_its_year():
    """'this year's forum', reported on the day of its plenary session: the day is the news."""
    body = ("The President attended the plenary session of the St Petersburg International Economic Forum. "
            "This year's forum brought together guests from many countries.")
    main, _ = main_of("a", "St Petersburg International Economic Forum plenary session", body, PLENARY_DAY)
    assert (main.date.first, main.date.last, main.date.precision) == (PLENARY_DAY, PLENARY_DAY, "day")
    # the look-alike: a day the text states is kept
    stated = body.replace("attended the plenary session", "attended the plenary session on June 15")
    main, _ = main_of("b", "St Petersburg International Economic Forum plenary session", stated, PLENARY_DAY)
    assert main.date.first == dt.date(2023, 6, 15)
    # and a month that does not hold the publication day is the event's own (a late report)
    late = body.replace("attended the plenary session", "attended the plenary session in May")
    main, _ = main_of("c", "St Petersburg International Economic Forum plenary session", late, PLENARY_DAY)
    assert (main.date.first, main.date.precision) == (dt.date(2023, 5, 1), "month")


def test_an_announcement_and_the_report_of_the_day_of_one_forum_are_one_row_and_another_day_is_not():
    _, a = main_of("a", "Vladimir Putin will take part in the St Petersburg International Economic Forum",
                           "On June 16, Vladimir Putin will take part in the plenary session of the St Petersburg "
                           "International Economic Forum. President of China Xi Jinping will take part too.",
                           ANNOUNCED_ON)
    body = ("The President attended the plenary session of the St Petersburg International Economic Forum. "
            "President of China Xi Jinping addressed this year's forum by video.")
    _, b = main_of("b", "St Petersburg International Economic Forum plenary session", body, PLENARY_DAY,
                      place="St Petersburg")
    rows = merge_across_articles([*a.events, *b.events], {})
    assert any({"a", "b"} <= set(row.article_ids) for row in rows)
    # the look-alike: the same words a year later are another forum
    _, c = main_of("c", "St Petersburg International Economic Forum plenary session", body,
                       PLENARY_DAY.replace(year=2024), place="St Petersburg")
    rows = merge_across_articles([*a.events, *c.events], {})
    assert not any({"a", "c"} <= set(row.article_ids) for row in rows)



def test_a_date_claim_quotes_the_day_the_body_states_and_a_day_no_sentence_states_makes_none():
    """Talks during a visit take the visit's day, which may be the day of the news (the
    title reports the arrival, no sentence dates it): the talks are dated, but a claim quotes
    the body, so only a day a body sentence states is one (a claim at position -1 was a
    schema finding on real pages)."""
    from ruchina.corpus.claims_table import event_claims

    title = "Vladimir Putin arrived in China"
    body = ("Vladimir Putin arrived in Beijing on a visit to China. "
            "During the visit, the President will hold talks with President of China Xi Jinping.")
    for article_id, text, stated in (("unstated", body, []),
                                     ("stated", body.replace("arrived in Beijing", "arrived in Beijing on February 4"),
                                      ["February 4"])):
        _, extraction = main_of(article_id, title, text, dt.date(2022, 2, 4))
        rows = merge_across_articles(extraction.events, {})
        assert any(row.start_date == dt.date(2022, 2, 4) for row in rows)
        dates = [c for c in event_claims(rows, {article_id: extraction}) if c.attribute == "date"]
        assert sorted({text[c.char_start:c.char_end] for c in dates}) == stated
        assert all(c.char_start >= 0 for c in dates)
