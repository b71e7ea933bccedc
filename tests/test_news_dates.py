"""Dates in news copy that point the wrong way (issue 23, classes 2, 3, 4 and 8): a
dateline's day taken for the event's, a weekday after "is to" read as the last one, a month
in a past clause of a sentence that also speaks of what would follow read as the next one,
and the days of a "three-day forum" counted forward from the day it closed. Every fixture is
written for these tests (other leaders, places and wording than any page measured), each
beside a look-alike that must keep its reading."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.date_clauses import clause_dates
from ruchina.extract.extraction import extract_article
from ruchina.extract.tenses import sentence_tense

TUESDAY = dt.date(2025, 3, 4)


def reports(body, published, kind):
    mentions = extract_article("a", "News", None, body, published).event_mentions
    return [m for m in mentions if m.event_type == kind]


def span(mention):
    return mention.date.first, mention.date.last


def test_a_dateline_s_day_gives_way_to_the_day_the_sentence_names_for_its_event():
    body = ("ANKARA, March 4 (Newswire) - Turkish President Tayyip Erdogan will hold talks with Azerbaijani "
            "President Ilham Aliyev in the capital on Thursday, an aide said.")
    (talks,) = reports(body, TUESDAY, "meeting")
    assert span(talks) == (dt.date(2025, 3, 6), dt.date(2025, 3, 6))
    assert talks.status == "planned"


def test_a_dateline_s_day_still_dates_an_event_the_sentence_gives_no_day():
    body = ("ANKARA, March 4 (Newswire) - Turkish President Tayyip Erdogan held talks with Azerbaijani "
            "President Ilham Aliyev in the capital.")
    (talks,) = reports(body, TUESDAY, "meeting")
    assert span(talks) == (TUESDAY, TUESDAY)


def test_a_weekday_after_is_to_is_the_coming_one_and_after_a_past_verb_the_last_one():
    thursday = dt.date(2025, 6, 12)
    (coming,) = reports("Brazilian President Luiz Inacio Lula da Silva is to attend the naval parade in Rio de "
                        "Janeiro on Saturday.", thursday, "parade")
    assert span(coming) == (dt.date(2025, 6, 14), dt.date(2025, 6, 14))
    assert coming.status == "planned"
    (past,) = reports("Brazilian President Luiz Inacio Lula da Silva attended the naval parade in Rio de "
                      "Janeiro on Saturday.", thursday, "parade")
    assert span(past) == (dt.date(2025, 6, 7), dt.date(2025, 6, 7))


def test_is_to_with_a_purpose_is_no_plan():
    assert sentence_tense("The goal of the talks is to listen to the delegations.") != "future"
    assert sentence_tense("The premier is to fly to Hanoi on Monday.") == "future"


def test_a_month_in_a_past_clause_is_the_last_one_though_the_sentence_goes_on_to_what_would_follow():
    october = dt.date(2024, 10, 15)
    body = ("Trade was discussed when Narendra Modi met Cyril Ramaphosa in New Delhi in March, but the "
            "communique only said the two sides would study new shipping routes.")
    (met,) = reports(body, october, "meeting")
    assert span(met) == (dt.date(2024, 3, 1), dt.date(2024, 3, 31))
    assert met.status == "occurred"
    # look-alike: the meeting itself is to come
    body = "Narendra Modi will meet Cyril Ramaphosa in New Delhi in March, and the two sides would study new routes."
    (planned,) = reports(body, october, "meeting")
    assert span(planned) == (dt.date(2025, 3, 1), dt.date(2025, 3, 31))
    assert planned.status == "planned"


def test_each_date_takes_its_own_clause_s_tense():
    sentence = "The envoy said on Monday that the delegations will meet again on Friday."
    wednesday = dt.date(2024, 9, 11)
    days = {d.phrase: d.first for d in clause_dates(sentence, wednesday, sentence_tense(sentence), "en")}
    assert days == {"Monday": dt.date(2024, 9, 9), "Friday": dt.date(2024, 9, 13)}
    # a participle after the future's cue is no past: "will be held on 20 March" is the next one
    sentence = "A summit of the heads of state will be held on March 20 in Minsk."
    (day,) = clause_dates(sentence, dt.date(2024, 4, 1), "future", "en")
    assert day.first == dt.date(2025, 3, 20)
    # a capitalised word that looks past is a name, not a verb
    sentence = "The minister will meet the United Nations envoy on Friday."
    (day,) = clause_dates(sentence, wednesday, "future", "en")
    assert day.first == dt.date(2024, 9, 13)


def test_the_days_of_an_event_that_closed_on_a_day_end_on_it_and_of_one_that_opened_begin_on_it():
    (closed,) = reports("The three-day forum in Vladivostok closed on Friday with the signing of a dozen "
                        "agreements.", dt.date(2024, 9, 6), "forum")
    assert span(closed) == (dt.date(2024, 9, 4), dt.date(2024, 9, 6))
    (opened,) = reports("The three-day forum in Vladivostok opened on Wednesday with a plenary session.",
                        dt.date(2024, 9, 4), "forum")
    assert span(opened) == (dt.date(2024, 9, 4), dt.date(2024, 9, 6))


def test_a_weekday_in_a_present_of_a_schedule_is_the_coming_one_and_after_a_past_verb_the_last_one():
    tuesday = dt.date(2025, 6, 10)
    (coming,) = reports("Indonesian President Prabowo Subianto and Malaysian Prime Minister Anwar Ibrahim are "
                        "meeting in Jakarta on Friday.", tuesday, "meeting")
    assert span(coming) == (dt.date(2025, 6, 13), dt.date(2025, 6, 13))
    assert coming.status == "planned"
    (past,) = reports("Indonesian President Prabowo Subianto and Malaysian Prime Minister Anwar Ibrahim met in "
                      "Jakarta on Friday.", tuesday, "meeting")
    assert span(past) == (dt.date(2025, 6, 6), dt.date(2025, 6, 6))
    assert past.status == "occurred"
