"""The day a sentence opens with dates its talks told after its first event word
(extract/sentence_opening_days.py). "On Thursday, the first day of the summit, X had talks with Y":
the talks were held on Thursday, not on the day of the story's summit; the day stood before the
summit's word, and each later event word was only given the dates of its own stretch. Not a day a
clause about someone gives ("X, who flew in on Thursday, ..."), not one of two days before the first
event word, and not for a visit or a summit of days told after it.

Every fixture is written for these tests, with leaders, places and wording of their own."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.dates import ResolvedDate
from ruchina.extract.event_clauses import clause_start
from ruchina.extract.event_words import event_words
from ruchina.extract.extraction import extract_article
from ruchina.extract.linking import Mention
from ruchina.extract.sentence_opening_days import opening_day

FRIDAY = dt.date(2024, 7, 5)
THURSDAY = FRIDAY - dt.timedelta(days=1)
TITLE = "Tokayev closes the SCO summit in Astana"
LEAD = "Kassym-Jomart Tokayev closed the summit of the Shanghai Cooperation Organisation in Astana on Friday."


def talks_days(sentence):
    extraction = extract_article("opening", TITLE, None, LEAD + "\n\n" + sentence, FRIDAY, "en")
    return [(frozenset(e.participants), e.date and e.date.first) for e in extraction.events if e.types() == {"meeting"}]


def test_talks_after_the_summits_word_take_the_day_the_sentence_opens_with():
    assert talks_days("On Thursday, the first day of the summit, Tokayev had talks with Shavkat Mirziyoyev.") == [
        (frozenset({"kassym-jomart-tokayev", "shavkat-mirziyoyev"}), THURSDAY)]


WORDS = event_words("en")


def opening(sentence, dates, people=("kassym-jomart-tokayev", "shavkat-mirziyoyev"), event_type="meeting"):
    """The opening day the rule gives the sentence's last event word, with Tokayev named where he is."""
    triggers = [m.start() for m in WORDS.trigger.finditer(sentence)]
    at = sentence.index("Tokayev")
    tokayev = Mention(at, at + 7, "Tokayev", "kassym-jomart-tokayev", "Kassym-Jomart Tokayev", "PERSON", True)
    last = triggers[-1]
    return opening_day(WORDS, sentence, event_type, people, dates, triggers[0],
                       (last, clause_start(WORDS, sentence, last)[0]), [tokayev])


def test_talks_a_sentence_of_the_future_agrees_to_hold_take_no_opening_day():
    assert talks_days("On Thursday, the first day of the summit, Tokayev will agree to hold talks with "
                      "Shavkat Mirziyoyev.") != [(frozenset({"kassym-jomart-tokayev", "shavkat-mirziyoyev"}), THURSDAY)]


def _day(sentence, phrase, first=THURSDAY, last=THURSDAY, precision="day"):
    at = sentence.index(phrase)
    return ResolvedDate(first, last, precision, phrase, at, at + len(phrase), "weekday")


OPENS = "On Thursday, the first day of the summit, Tokayev had talks with Shavkat Mirziyoyev."


def test_the_opening_day_dates_talks_of_two_only():
    assert opening(OPENS, [_day(OPENS, "Thursday")]) == _day(OPENS, "Thursday")
    # (a visit of days may have begun before; a "meeting" naming no one may be the summit's other name)
    assert opening(OPENS, [_day(OPENS, "Thursday")], event_type="state_visit") is None
    assert opening(OPENS, [_day(OPENS, "Thursday")], people=()) is None


def test_a_day_told_after_a_person_is_a_clause_about_him_not_the_sentences():
    sentence = "Tokayev, who flew in on Thursday for the summit, had talks with Shavkat Mirziyoyev."
    assert opening(sentence, [_day(sentence, "Thursday")]) is None


def test_two_days_before_the_first_event_word_give_no_one_day():
    sentence = "On Thursday, three days after Monday's vote, the summit opened and Tokayev had talks with Mirziyoyev."
    monday = _day(sentence, "Monday", THURSDAY - dt.timedelta(days=3), THURSDAY - dt.timedelta(days=3))
    assert opening(sentence, [_day(sentence, "Thursday"), monday]) is None


def test_a_week_is_no_day_of_talks():
    sentence = "This week, at the summit, Tokayev had talks with Shavkat Mirziyoyev."
    week = _day(sentence, "This week", THURSDAY - dt.timedelta(days=3), THURSDAY + dt.timedelta(days=3), "week")
    assert opening(sentence, [week]) is None


def test_talks_of_another_clause_or_told_after_after_take_no_opening_day():
    other_clause = "On Thursday Tokayev closed the summit; the two said talks at the residence had been useful."
    assert opening(other_clause, [_day(other_clause, "Thursday")]) is None
    # (held before he flew in: the visit's arrival day is not theirs)
    after = "On Thursday Tokayev arrived in Tashkent for a state visit after talks with Mirziyoyev in Astana."
    assert opening(after, [_day(after, "Thursday")]) is None
