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


# --- an event of many guests, named alike (the Games' opening ceremony) --------------------

GAMES_DAY = dt.date(2030, 2, 8)


def rows_of(*extractions):
    return merge_across_articles([e for x in extractions for e in x.events], {})


def together(rows, *article_ids) -> bool:
    return any(set(article_ids) <= set(row.article_ids) for row in rows)


def test_guests_of_one_named_ceremony_named_two_by_two_are_one_row_and_unnamed_or_a_summit_are_not():
    """Each report of a ceremony of many guests names the guests it is about (the host's
    readout, a visitor's): they need not agree when both name the event alike."""
    _, host = main_of("host", "Opening ceremony of the Winter Olympics",
                      "Vladimir Putin and Xi Jinping attended the opening ceremony of the Winter Olympics in Beijing.",
                      GAMES_DAY)
    _, guests = main_of("guests", "Opening ceremony of the Winter Olympics",
                        "Alberto Fernandez and Narendra Modi attended the opening ceremony of the Winter Olympics "
                        "in Beijing.", GAMES_DAY)
    assert together(rows_of(host, guests), "host", "guests")
    # the look-alike: a ceremony no report names, its guests other people, is another
    _, unnamed = main_of("unnamed", "A ceremony in Beijing",
                         "Alberto Fernandez and Narendra Modi attended an opening ceremony in Beijing.", GAMES_DAY)
    assert not together(rows_of(host, unnamed), "host", "unnamed")
    # and a summit is its leaders: the BRICS summit and the next day's summit with its guests are two
    _, summit = main_of("summit", "BRICS summit", "Vladimir Putin and Xi Jinping took part in the BRICS summit "
                                                  "in Beijing.", GAMES_DAY)
    _, next_day = main_of("next", "BRICS summit", "Alberto Fernandez and Narendra Modi took part in the BRICS "
                                                  "summit in Beijing.", GAMES_DAY + dt.timedelta(days=1))
    assert not together(rows_of(summit, next_day), "summit", "next")


def test_an_undated_announcement_naming_the_games_joins_their_ceremony_and_not_a_year_later():
    """'we will attend the opening ceremony of the Winter Olympics', said in December with no
    day: the event's name and the ceremony's day in the announcement's window tie them."""
    announcement = ("As we agreed, you and I will meet, and then we will attend the opening ceremony of the "
                    "Winter Olympics.")
    _, held = main_of("held", "Opening ceremony of the Winter Olympics",
                      "Vladimir Putin and Xi Jinping attended the opening ceremony of the Winter Olympics in Beijing.",
                      GAMES_DAY)
    ceremonies = [e for e in extract_article("said", None, None, announcement, dt.date(2029, 12, 15)).events
                  if e.family == "other"]
    assert ceremonies and not ceremonies[0].participants, "the fixture: an announcement naming no one"
    assert together(merge_across_articles([*ceremonies, *held.events], {}), "said", "held")
    # the look-alike: said two years before, the Games of its window are not these
    early = [e for e in extract_article("early", None, None, announcement, dt.date(2027, 12, 15)).events
             if e.family == "other"]
    assert not together(merge_across_articles([*early, *held.events], {}), "early", "held")


def test_reports_of_two_leaders_take_the_day_of_a_main_event_that_shares_them_not_of_one_that_names_no_one():
    """The day of the news dates the undated talks of its two leaders when the main event is
    theirs; a main event that names no one (an interview) shares no one with them, and its
    day is no meeting's (else "meetings of the two leaders play a key role" is a meeting
    that day). Reports built by hand: which sentences give reports is another test's."""
    from ruchina.extract.event_mentions import ArticleEvent, EventMention, _mark_main_event

    published = dt.date(2030, 2, 3)

    def report(event_type, people, main=False):
        mention = EventMention("a", event_type, people, None, None, "occurred", False, "", 0, 0)
        return ArticleEvent("a", published, [mention], main=main)

    interview, talks = report("other", (), main=True), report("meeting", ("Q7747", "Q15031"))
    _mark_main_event([interview, talks], published)
    assert interview.date.first == published and talks.date is None
    # the look-alike: the main event is one of the two leaders', and their talks take its day
    visit, talks = report("visit", ("Q7747",), main=True), report("meeting", ("Q7747", "Q15031"))
    _mark_main_event([visit, talks], published)
    assert talks.date is not None and talks.date.first == published


# --- a parade: one a day at a place -------------------------------------------------------

def test_reports_of_a_parade_in_one_city_on_one_day_are_one_row_whoever_they_name_and_however_common_the_city():
    from ruchina.corpus.event_reports import Commonness

    moscow_common = Commonness(frozenset({"Q649", "Q7747"}), frozenset({"Moscow", "Vladimir Putin"}))
    day = dt.date(2030, 5, 9)

    def parade(article_id, body, published):
        extraction = extract_article(article_id, None, None, body, published)
        return [event for event in extraction.events if event.family == "parade"]

    def rows(*reports):
        return merge_across_articles([r for group in reports for r in group], {}, common=moscow_common)

    host = parade("host", "Vladimir Putin and Alexander Lukashenko watched the military parade in Moscow on 9 May 2030.",
                  day)
    guest = parade("guest", "Emomali Rahmon attended the military parade in Moscow on 9 May 2030.", day)
    announced = parade("said", "Soldiers of the republic will march in the military parade in Moscow.",
                       dt.date(2030, 3, 17))
    assert host and guest and announced, "the fixture: three reports of a parade"
    assert together(rows(host, guest, announced), "host", "guest", "said")
    # the look-alikes: the rehearsal two days before, and a parade that day in another city
    rehearsal = parade("rehearsal", "Soldiers marched in the military parade in Moscow on 7 May 2030.", day)
    assert not together(rows(host, rehearsal), "host", "rehearsal")
    elsewhere = parade("elsewhere", "Sailors marched in the military parade in Sevastopol on 9 May 2030.", day)
    assert not together(rows(host, elsewhere), "host", "elsewhere")


def test_a_meeting_of_unnamed_ministers_is_not_the_leaders_meeting_of_that_place_and_day():
    """Wire copy often pairs the leaders' talks with their ministers' meeting on the same day
    in the same city: the ministers' report names no one, so nothing but its words tells it apart."""
    published = dt.date(2024, 7, 10)
    _, leaders = main_of("leaders", "Presidents hold talks in Tashkent",
                         "Luiz Inácio Lula da Silva and Alexander Lukashenko met in Tashkent on Tuesday. "
                         "They discussed trade and fertiliser supplies.", published)
    _, ministers = main_of("ministers", "Water and rail on the agenda in Tashkent",
                           "Foreign ministers of Uzbekistan and Kazakhstan met in Tashkent on Tuesday to discuss "
                           "water sharing and new rail links.", published)
    rows = merge_across_articles([*leaders.events, *ministers.events], {})
    assert not any({"leaders", "ministers"} <= set(row.article_ids) for row in rows)
    # the look-alike: a report of the leaders' meeting that names no one joins it
    _, unnamed = main_of("unnamed", "Presidents hold talks in Tashkent",
                         "The two presidents met in Tashkent on Tuesday and discussed trade.", published)
    rows = merge_across_articles([*leaders.events, *unnamed.events], {})
    assert any({"leaders", "unnamed"} <= set(row.article_ids) for row in rows)
    # and two reports of the ministers' meeting are one row
    _, again = main_of("again", "Ministers talk water in Tashkent",
                       "The Uzbek and Kazakh foreign ministers met in Tashkent on Tuesday, officials said.", published)
    rows = merge_across_articles([*ministers.events, *again.events], {})
    assert any({"ministers", "again"} <= set(row.article_ids) for row in rows)


# --- a visit told with no place: the visitor is on one visit at a time ----------------------

def test_a_visit_told_with_no_place_on_the_very_days_of_a_placed_visit_is_that_visit_and_not_another_month():
    """One report places the visitor's three-day state visit in the host's capital and names the
    host; another gives the same three days and no place: one visit (event_reports._same_stay).
    The same words a month later are another visit, and two meetings of the same two leaders a
    month apart, or a day apart in two cities, stay two."""
    placed = extract_article("placed", "Modi in Moscow", None,
                             "Indian Prime Minister Narendra Modi began a state visit to Moscow on July 8 that will "
                             "last until July 10. He will hold talks with Vladimir Putin.", dt.date(2030, 7, 8))
    unplaced = extract_article("unplaced", "Modi abroad", None,
                               "Narendra Modi is on a state visit from July 8 to July 10, his office said.",
                               dt.date(2030, 7, 9))
    later = extract_article("later", "Modi abroad", None,
                            "Narendra Modi is on a state visit from August 8 to August 10, his office said.",
                            dt.date(2030, 8, 9))
    # (Modi common, as Putin is in a corpus of his pages: a shared common person ties nothing)
    from ruchina.corpus.event_reports import Commonness
    common = Commonness(frozenset({"Q1058"}), frozenset({"Narendra Modi"}))

    def merged(*extractions):
        return merge_across_articles([e for x in extractions for e in x.events], {}, common=common)

    assert together(merged(placed, unplaced), "placed", "unplaced")
    assert not together(merged(placed, later), "placed", "later")
    # the look-alikes: meetings of the same two leaders a month apart, and a day apart in two cities
    def talks(article_id, city, day, published):
        return extract_article(article_id, "Putin and Modi", None,
                               f"Vladimir Putin held talks with Narendra Modi in {city} on {day}.", published)
    moscow = talks("moscow", "Moscow", "July 8", dt.date(2030, 7, 8))
    kazan = talks("kazan", "Kazan", "July 9", dt.date(2030, 7, 9))
    august = talks("august", "Moscow", "August 8", dt.date(2030, 8, 8))
    assert not together(rows_of(moscow, kazan), "moscow", "kazan")
    assert not together(rows_of(moscow, august), "moscow", "august")
    assert together(rows_of(moscow, talks("again", "Moscow", "July 8", dt.date(2030, 7, 9))), "moscow", "again")
