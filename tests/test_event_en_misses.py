"""English event reports that real pages tell apart or together (issue 23, English articles):
each failure class beside a look-alike that must not do what it does. Every fixture is
written for these tests, in the shape of what real pages say."""

from __future__ import annotations

import datetime as dt

from ruchina.corpus.event_merge import merge_across_articles
from ruchina.corpus.event_reports import Commonness
from ruchina.extract.extraction import extract_article


def extraction_of(article_id, title, body, published, place=None):
    return extract_article(article_id, title, None, body, published, place=place)


def rows_with(rows, *article_ids):
    return [row for row in rows if set(article_ids) <= set(row.article_ids)]


def test_a_forum_announced_by_its_name_and_city_is_the_one_held_under_that_name_and_not_another_forum():
    """A summit's speaker announces "the Eurasian Economic Forum in the city of Bishkek"; ten
    days later a readout reports the forum, by video, naming no city: the forum's name (the
    knowledge base knows it as an event) ties the two. The Eastern Economic Forum is not it."""
    announced = extraction_of(
        "a", "Summit of the union", "The heads of state met in the capital. We will soon gather again at the "
        "Eurasian Economic Forum in the city of Bishkek.", dt.date(2023, 5, 10))
    held = extraction_of(
        "b", "Eurasian Economic Forum", "Vladimir Putin addressed the plenary session of the Eurasian Economic "
        "Forum via videoconference.", dt.date(2023, 5, 20))
    rows = merge_across_articles([*announced.events, *held.events], {})
    (row,) = rows_with(rows, "a", "b")
    assert row.location_id == "bishkek" and row.start_date == dt.date(2023, 5, 20)
    # the look-alike: another forum's name does not tie the announcement to it
    other = extraction_of(
        "c", "Eastern Economic Forum", "Vladimir Putin addressed the plenary session of the Eastern Economic "
        "Forum via videoconference.", dt.date(2023, 5, 20))
    rows = merge_across_articles([*announced.events, *other.events], {})
    assert not rows_with(rows, "a", "c")


def _security_council_meeting(article_id, published, today_sentence):
    body = ("The President held a meeting with permanent members of the Security Council. "
            "The meeting was attended by Sergei Lavrov, Sergei Shoigu and Nikolai Patrushev.\n\n"
            f"Vladimir Putin: Good afternoon, colleagues. {today_sentence}")
    return extraction_of(article_id, "Meeting with permanent members of the Security Council", body, published,
                         place="Novo-Ogaryovo, Moscow Region")


def test_the_same_people_meeting_today_a_month_apart_are_two_meetings_and_one_day_reported_twice_is_one():
    """ "Today's meeting is on ...": a day counted from the publication date is as firm
    as that date; two such meetings of the same body a month apart are two rows (it was
    read as loose as a weekday, which may be a month off). The look-alike: the same meeting
    in two articles of the same day is one row."""
    first = _security_council_meeting("a", dt.date(2023, 3, 1), "Today's meeting is on transport.")
    second = _security_council_meeting("b", dt.date(2023, 3, 31), "Today's meeting is on energy.")
    assert [e.date.kind for e in second.events if e.main] == ["relative"]
    rows = merge_across_articles([*first.events, *second.events], {})
    assert not rows_with(rows, "a", "b")
    again = _security_council_meeting("c", dt.date(2023, 3, 31), "Our meeting today is on energy.")
    rows = merge_across_articles([*second.events, *again.events], {})
    (row,) = rows_with(rows, "b", "c")
    assert row.start_date == dt.date(2023, 3, 31)


def test_talks_announced_as_part_of_his_working_visit_are_held_in_the_visit_of_the_day():
    """ "As part of his working visit, the President will hold talks with X", below a title
    reporting his arrival: "his working visit" refers back to the visit of the title (a
    modifier between "his" and the word does not stop it), so the talks are in that visit:
    its place, its day. The look-alike: "a later working visit" is another one."""
    title = "Vladimir Putin arrived in New Delhi"
    lead = "The President of Russia arrived in India on a working visit."
    talks = "As part of his working visit, Vladimir Putin will hold talks with Prime Minister of India Narendra Modi."
    extraction = extraction_of("a", title, f"{lead}\n\n{talks}", dt.date(2023, 4, 3), place="New Delhi")
    (meeting,) = [e for e in extraction.events if e.family == "gathering"]
    assert meeting.location_id == "new-delhi" and meeting.date.first == dt.date(2023, 4, 3)
    assert len([e for e in extraction.events if e.family == "visit"]) == 1
    later = talks.replace("As part of his working visit", "During a later working visit")
    extraction = extraction_of("b", title, f"{lead}\n\n{later}", dt.date(2023, 4, 3), place="New Delhi")
    assert not [e for e in extraction.events if e.family == "gathering" and e.date is not None]


def test_an_event_one_looks_forward_to_is_planned_and_one_looked_back_on_is_not():
    """ "I look forward to the summit in Sochi" speaks of what is to come (it was read as
    held, and held with no day, it was taken for background and dropped). The look-alike: the summit one attended."""
    lead = "Vladimir Putin sent a message of greetings to the President of Brazil."
    ahead = extraction_of("a", "Greetings", f"{lead}\n\nI look forward to the summit in Sochi.", dt.date(2023, 1, 10))
    (summit,) = [e for e in ahead.events if e.family == "gathering"]
    assert [m.status for m in summit.mentions] == ["planned"]
    held = extraction_of("b", "Greetings", f"{lead}\n\nI attended the summit in Sochi on January 9.", dt.date(2023, 1, 10))
    (summit,) = [e for e in held.events if e.family == "gathering"]
    assert [m.status for m in summit.mentions] == ["occurred"]


def test_the_guide_of_a_tour_takes_part_in_the_visit_and_one_who_only_comments_later_does_not():
    """ "Minister of Culture X provided commentary on the collection": whoever guides the
    President's tour takes part in the visit. The look-alike: a person the next sentence
    quotes on the museum ("said") is no participant."""
    title = "Visit to the city museum"
    lead = "The President visited the city museum in Moscow."
    guided = "Minister of Culture Olga Lyubimova provided commentary on the collection."
    extraction = extraction_of("a", title, f"{lead}\n\n{guided}", dt.date(2023, 9, 5), place="Moscow")
    (visit,) = [e for e in extraction.events if e.main]
    assert "olga-lyubimova" in visit.participants
    led = "The tour was guided by Minister of Culture Olga Lyubimova."
    extraction = extraction_of("c", title, f"{lead}\n\n{led}", dt.date(2023, 9, 5), place="Moscow")
    (visit,) = [e for e in extraction.events if e.main]
    assert "olga-lyubimova" in visit.participants
    quoted = "Minister of Culture Olga Lyubimova said the collection had grown."
    extraction = extraction_of("b", title, f"{lead}\n\n{quoted}", dt.date(2023, 9, 5), place="Moscow")
    (visit,) = [e for e in extraction.events if e.main]
    assert "olga-lyubimova" not in visit.participants


def test_an_interview_is_not_dated_by_its_publication_and_holds_none_of_the_events_it_tells_of():
    """ "Interview with a television channel", published on the eve of a trip: the interview
    was given before, on a day the text does not give, so the publication date does not
    date it; and a ceremony of years ago it tells of is not the interview. The look-alike: a
    news conference reported on the day is dated by the publication."""
    body = ("Ahead of his visit to Brazil, the President answered questions from a television channel.\n\n"
            "In May 2015, the President of Brazil attended the opening ceremony of the games in Sochi.")
    extraction = extraction_of("a", "Interview with a television channel", body, dt.date(2023, 2, 2))
    (interview,) = [e for e in extraction.events if e.main]
    assert interview.date is None and interview.location_id is None
    news = extraction_of("b", "Annual news conference", body, dt.date(2023, 2, 2))
    (conference,) = [e for e in news.events if e.main]
    assert conference.date is not None and conference.date.first == dt.date(2023, 2, 2)


def test_the_plenary_session_of_a_forum_is_its_own_row_and_a_report_of_the_forum_on_one_of_its_days_is_not():
    """ "The President took part in the plenary session of the forum": one sitting, on one
    day of a forum that a letter dates "June 14-17"; the session is a part of the forum (its
    own row, dated to its day), not the forum over its four days. The look-alike: "the
    President attended the forum", on one of its days, is the forum (reports of its days
    agree)."""
    letter = extraction_of(
        "a", "Message to the business community of Chile",
        "Vladimir Putin sent a message to the business community of Chile.\n\n"
        "The St Petersburg International Economic Forum, set for June 14-17, expects a large delegation from "
        "Chile.", dt.date(2023, 5, 2))
    session = extraction_of(
        "b", "St Petersburg International Economic Forum plenary session",
        "The President took part in the plenary session of the St Petersburg International Economic Forum.",
        dt.date(2023, 6, 16), place="St Petersburg")
    rows = merge_across_articles([*letter.events, *session.events], {})
    assert not rows_with(rows, "a", "b")
    (plenary,) = [row for row in rows if "b" in row.article_ids and row.event_type == "forum"]
    assert (plenary.start_date, plenary.end_date) == (dt.date(2023, 6, 16), dt.date(2023, 6, 16))
    attended = extraction_of(
        "c", "Vladimir Putin at the St Petersburg International Economic Forum",
        "The President attended the St Petersburg International Economic Forum.",
        dt.date(2023, 6, 16), place="St Petersburg")
    rows = merge_across_articles([*letter.events, *attended.events], {})
    (forum,) = rows_with(rows, "a", "c")
    assert (forum.start_date, forum.end_date) == (dt.date(2023, 6, 14), dt.date(2023, 6, 17))


def test_a_country_one_invites_investing_in_is_no_venue_and_the_forum_held_in_a_city_is():
    """ "I call on the companies at this forum to take part in investing in Egypt": Egypt is
    what they would invest in, not where the forum is (the forum took Egypt for its place,
    and then a row of it across articles did). The look-alike: the forum held in a city."""
    topic = extraction_of("a", "Speech", "I call on all companies participating in this forum to take the chance "
                          "offered by investing in Egypt.", dt.date(2023, 6, 16))
    assert [e.location_id for e in topic.events if e.family == "forum"] in ([], [None])
    venue = extraction_of("b", "Speech", "I call on all companies participating in this forum in Sochi to take "
                          "the chance.", dt.date(2023, 6, 16))
    assert [e.location_id for e in venue.events if e.family == "forum"] == ["sochi"]


def test_a_word_in_lower_case_between_his_and_the_event_word_still_refers_back_and_a_name_does_not():
    from ruchina.extract.event_cues import refers_back as _refers_back
    from ruchina.extract.event_words import event_words

    words = event_words("en")
    for sentence, expected in (("As part of his working visit, he will hold talks.", True),
                               ("During the visit, he will hold talks.", True),
                               ("During the Russian-Indian visit, he will hold talks.", False),
                               ("During a working visit, he will hold talks.", False)):
        assert _refers_back(words, sentence, sentence.index("visit")) is expected, sentence


def test_one_of_the_speakers_at_the_session_named_in_passing_takes_part_in_the_forum():
    """The host of a forum's plenary session tells of the morning's session: "One of the speakers at
    the session, Olga Brin, ..." names someone who spoke at the forum: she takes part in it. The
    look-alike: a person told of in the same words but for the cue takes no part."""
    title = "Kama Investment Forum"
    lead = "Vladimir Putin took part in the plenary session of the Kama Investment Forum via videoconference."
    told = ("We held a session on the economy this morning. One of the speakers at the session, Olga Brin, "
            "a mother of four, founded an online shop while on leave.")
    (main,) = [e for e in extraction_of("a", title, f"{lead}\n\n{told}", dt.date(2023, 11, 30)).events if e.main]
    assert "olga-brin" in main.participants
    plain = told.replace("One of the speakers at the session, Olga Brin,", "Olga Brin,")
    (main,) = [e for e in extraction_of("b", title, f"{lead}\n\n{plain}", dt.date(2023, 11, 30)).events if e.main]
    assert "olga-brin" not in main.participants


def test_a_recent_event_named_in_full_is_an_earlier_one_and_not_the_forum_of_the_greetings():
    """ "At the recent St Petersburg International Economic Forum, I spoke ...", in a message
    to another forum: the word of an earlier event stands before the event's long name, not
    right before its event word; the forum is an earlier one, not the forum greeted (whose row
    took its name). The look-alike: "at the coming ... Forum" is no earlier one."""
    body = ("Vladimir Putin sent greetings to the participants of the Kama Business Forum.\n\n"
            "At the recent St Petersburg International Economic Forum, I spoke of our plans in detail.")
    events = extraction_of("a", "Greetings to the Kama Business Forum", body, dt.date(2023, 6, 22)).events
    (main,) = [e for e in events if e.main]
    assert "St. Petersburg International Economic Forum" not in main.event_names
    mentions = [m for e in events for m in e.mentions if "St. Petersburg International Economic Forum" in m.event_names]
    assert all(m.earlier for m in mentions)
    coming = body.replace("At the recent", "At the coming")
    events = extraction_of("b", "Greetings to the Kama Business Forum", coming, dt.date(2023, 6, 22)).events
    assert not any(m.earlier for e in events for m in e.mentions)
    # (nor does a name before a word in lower case make "last week" the word of an earlier visit)
    events = extraction_of("c", "Results of the week", "Last week Vladimir Putin visited Kama.", dt.date(2023, 6, 22)).events
    assert [e.earlier for e in events if e.family == "visit"] == [False]


def test_a_which_clause_right_after_the_event_tells_its_tense_place_and_month():
    """ "I invite you to the Eastern Economic Forum, which will be held in Vladivostok in early
    September": the relative clause right after the event is about it; the forum is planned
    there, in September (it was read as occurred, nowhere, undated, and joined the day's forum).
    The look-alike: a which-clause after other words speaks of something else."""
    body = ("Vladimir Putin sent greetings to the participants of the Kama Business Forum.\n\n"
            "I invite you all to the Eastern Economic Forum, which will be held in Vladivostok in early September.")
    events = extraction_of("a", "Greetings to the Kama Business Forum", body, dt.date(2023, 6, 22)).events
    (eastern,) = [e for e in events if "Eastern Economic Forum" in e.event_names]
    assert not eastern.main and eastern.location_id == "vladivostok"
    assert {m.status for m in eastern.mentions} == {"planned"} and eastern.date.first == dt.date(2023, 9, 1)
    other = body.replace("Forum, which will be held in Vladivostok in early September",
                         "Forum in Vladivostok last year with pleasure, which will help you in September")
    events = extraction_of("b", "Greetings to the Kama Business Forum", other, dt.date(2023, 6, 22)).events
    assert not any(m.status == "planned" for e in events for m in e.mentions if "Eastern Economic Forum" in m.event_names)


SPIEF = "St Petersburg International Economic Forum"


def test_a_forum_named_without_a_day_is_the_forum_over_its_days_not_its_plenary_session():
    """The forum of 15-18 June (an announcement), its plenary session of 17 June (a report of
    the session), the forum "in June" (a readout) and the forum a meeting was held "ahead of",
    undated: the month and the undated report name no session, so they are of the forum, not of
    its session (the undated one could join either, and so joined neither). The session stays
    its own row."""
    whole = extraction_of("a", "Talks with the President of Kama", f"We expect that this year's {SPIEF}, "
                          "scheduled for June 15–18, will be attended by a large delegation.", dt.date(2023, 2, 16))
    session = extraction_of("b", f"Plenary session of the {SPIEF}", f"Vladimir Putin spoke at the plenary session "
                            f"of the {SPIEF} in St Petersburg.", dt.date(2023, 6, 17))
    month = extraction_of("c", "Telephone conversation with the President of Kama", "The leaders noted that Kama "
                          f"will take part in the {SPIEF} in June 2023 as a guest country.", dt.date(2023, 1, 10))
    ahead = extraction_of("d", "Meeting with young scientists", f"Ahead of the {SPIEF}, Vladimir Putin met with "
                          "young scientists who will be attending it.", dt.date(2023, 6, 9))
    rows = merge_across_articles([*whole.events, *session.events, *month.events, *ahead.events], {})
    (row,) = rows_with(rows, "a", "c", "d")
    assert row.event_type == "forum" and (row.start_date, row.end_date) == (dt.date(2023, 6, 15), dt.date(2023, 6, 18))
    assert not rows_with(rows, "a", "b") and [r.start_date for r in rows_with(rows, "b")] == [dt.date(2023, 6, 17)]


def test_envoys_listed_each_with_their_country_in_brackets_take_part_in_the_ceremony():
    """ "Letters of credence were presented to the President by Tomas Vinter (Republic of Austria),
    Lesya Obura (Republic of Ghana) and ...": the names are new to the knowledge base and not
    known as people's, but each stands with the state it represents: they are the envoys, and
    take part (as people). The look-alike: a bracket holding no country says nothing of a name."""
    title = "Ceremony for presenting foreign ambassadors' letters of credence"
    body = ("Letters of credence were presented to the President of Russia by Tomas Vinter (Republic of Austria), "
            "Lesya Obura (Republic of Ghana) and Ivo Sandal Ruiz (Kingdom of Spain).")
    extraction = extraction_of("a", title, body, dt.date(2023, 12, 1), place="The Kremlin, Moscow")
    (main,) = [e for e in extraction.events if e.main]
    envoys = {"tomas-vinter", "lesya-obura", "ivo-sandal-ruiz"}
    assert envoys <= main.participants
    assert {m.entity_type for m in extraction.body_mentions if m.entity_id in envoys} == {"PERSON"}
    other = ("Letters of credence were presented to the President of Russia by Tomas Vinter (in German), "
             "Lesya Obura (twice) and Ivo Sandal Ruiz (in writing).")
    (main,) = [e for e in extraction_of("b", title, other, dt.date(2023, 12, 1)).events if e.main]
    assert not envoys & main.participants


def test_a_session_with_guests_told_for_the_next_day_is_its_own_event_and_the_same_day_is_the_summit():
    """ "On June 23, Putin will take part in the BRICS Summit. ... On June 24, he will also speak
    at a 'BRICS Plus' session with the leaders of invited states": the group's meeting with its
    guests (written with "Plus" and quotes too) is an event word, and the two single days the
    article states apart are two events (the second was taken into the summit of the first day).
    The look-alike: the same day stated twice is one summit."""
    title = "On June 23, Vladimir Putin will take part in the BRICS Summit"
    body = ("China will chair the summit via videoconference.\n\n"
            "On June 24, Vladimir Putin will also speak at a 'BRICS Plus' session with the leaders of invited states.")
    events = extraction_of("a", title, body, dt.date(2023, 6, 22)).events
    assert sorted(e.date.first for e in events if e.family == "gathering") == [dt.date(2023, 6, 23), dt.date(2023, 6, 24)]
    same_day = body.replace("On June 24", "On June 23")
    events = extraction_of("b", title, same_day, dt.date(2023, 6, 22)).events
    assert [e.date.first for e in events if e.family == "gathering"] == [dt.date(2023, 6, 23)]


def test_the_brics_plus_meeting_announced_for_its_day_is_the_one_held_and_not_the_summit_before_it():
    """The announcement's "BRICS Plus" session of June 24 and the readout of the "BRICS+ meeting"
    held that day, with its guests: the knowledge base knows the meeting's name (an event, in
    both spellings), which ties the two (the President alone, common, and the day did not). The
    look-alike: the announcement's summit of June 23 is not that meeting."""
    title = "On June 23, Vladimir Putin will take part in the BRICS Summit"
    body = ("China will chair the summit via videoconference.\n\n"
            "On June 24, Vladimir Putin will also speak at a 'BRICS Plus' session with the leaders of invited states.")
    announced = extraction_of("a", title, body, dt.date(2023, 6, 22))
    held = extraction_of("b", "BRICS+ meeting", "Vladimir Putin attended a BRICS+ meeting with the leaders of "
                         "invited states, held via videoconference. Taking part were Xi Jinping, Narendra Modi, "
                         "Cyril Ramaphosa and Joko Widodo.", dt.date(2023, 6, 24))
    # (the President is named in nearly every text of the corpus: common, he ties little)
    rows = merge_across_articles([*announced.events, *held.events], {}, common=Commonness(frozenset({"Q7747"})))
    (row,) = rows_with(rows, "a", "b")
    assert row.start_date == dt.date(2023, 6, 24) and row.status == "occurred"
    assert [r.start_date for r in rows_with(rows, "a") if r is not row] == [dt.date(2023, 6, 23)]
