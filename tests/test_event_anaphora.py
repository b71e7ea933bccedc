"""A report of "this year's forum" in an article that names one forum is that forum
(extract/event_anaphora.py), and ties to the forum's other reports across articles; a forum
the article tells apart from the named one, or an article naming two forums, gets no name.

Fixtures are written for these tests in the shape of what real pages say."""

from __future__ import annotations

import datetime as dt

from ruchina.corpus.event_merge import merge_across_articles
from ruchina.extract.extraction import extract_article

EEF = "Eastern Economic Forum"
PLENARY = dt.date(2030, 9, 4)


def forums(article_id, body, published):
    extraction = extract_article(article_id, None, None, body, published)
    return extraction, [event for event in extraction.events if event.family == "forum"]


def test_this_years_forum_after_the_forum_named_is_that_forum_and_joins_its_report():
    invited, found = forums("invited", "The Eastern Economic Forum has long had many "
                                          "Brazilian guests. We expect that this year's forum, scheduled for September 3-6, "
                                          "will be attended by a large delegation of Brazilian business leaders.",
                               dt.date(2030, 2, 16))
    assert all(EEF in forum.event_names for forum in found)
    # (the forum on one of its days; its plenary session would be a part of it, its own row)
    held, _ = forums("held", "Vladimir Putin spoke at the Eastern Economic Forum in "
                             "Vladivostok on September 4.", PLENARY)
    rows = merge_across_articles([*invited.events, *held.events], {})
    assert any({"invited", "held"} <= set(row.article_ids) for row in rows)
    # the look-alike: the same words without the forum's name tie nothing
    unnamed, _ = forums("unnamed", "Our forums have long had many Brazilian guests. We "
                                   "expect that this year's forum, scheduled for September 3-6, will be attended by a large "
                                   "delegation of Brazilian business leaders.", dt.date(2030, 2, 16))
    rows = merge_across_articles([*unnamed.events, *held.events], {})
    assert not any({"unnamed", "held"} <= set(row.article_ids) for row in rows)


def test_a_forum_the_article_tells_apart_from_the_named_one_gets_no_name():
    _, reported = forums("a", "I plan to take part in the Eastern Economic Forum on September 4, at your invitation. "
                              "This winter we will take part in the traditional forum of border regions.",
                         dt.date(2030, 6, 1))
    assert sorted(bool(event.event_names & {EEF}) for event in reported) == [False, True]


def test_a_forum_in_an_article_naming_two_forums_gets_neither_name():
    _, found = forums("a", "Our companies know the Eastern Economic Forum and the St Petersburg "
                           "International Economic Forum well. We expect that this year's forum, scheduled "
                              "for September 3-6, will be attended by a large delegation.", dt.date(2030, 2, 16))
    (unnamed,) = [forum for forum in found if "this year's forum" in forum.mentions[0].sentence]
    assert not unnamed.own_names


def test_a_summit_named_only_in_a_report_the_article_drops_names_no_other_summit():
    # (the named summit is told as the place of an invitation a year back; the report that
    # names it is dropped, yet its month still dates it apart from today's summit)
    _, found = _summits("The presidents opened the summit in the port city today, before flying on to the "
                        "capital. The host invited the visitor to the G20 summit in Lima last November.")
    assert found and not any("G20 Summit" in event.event_names for event in found)
    # the look-alike: the summit named for today is the one "the summit" speaks of
    _, found = _summits("The presidents opened the summit in the port city today, before flying on to the "
                        "capital. The G20 summit in Lima began today with a session on food prices.")
    assert any("G20 Summit" in event.event_names for event in found)


def _summits(body):
    extraction = extract_article("s", None, None, body, dt.date(2031, 6, 12))
    return extraction, [event for event in extraction.events if event.family == "gathering"]
