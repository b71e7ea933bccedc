"""A transcript's speaker label names who speaks, not who meets: a report of a turn's first
sentence naming only the speaker, by the label, names no one (extract/label_people.py).
Fixtures written for these tests in the shape of a presidency's page (a summit of a fictional
union); each beside a look-alike that must not do what it does."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

LAVROV = "sergei-lavrov"
DAY = dt.date(2023, 11, 14)
SUMMIT = ("The Kremlin hosted a summit of the Northern Union. Taking part in the summit were Vladimir Putin and "
          "Alexander Lukashenko.\n\n"
          "Vladimir Putin: Colleagues, good afternoon. Welcome to Moscow. "
          "Foreign Minister Sergei Lavrov: Mr President, colleagues, {} "
          "Vladimir Putin: Thank you.")


def events_of(turn: str):
    return extract_article("a1", "Northern Union summit", None, SUMMIT.format(turn), DAY, "en").events


def test_todays_meeting_in_a_speakers_first_sentence_is_the_summit_not_his_own():
    """ "Minister X: Mr President, thank you for today's meeting": the summit he speaks at (he
    attends it as its speaker), not a meeting of his alone beside it."""
    events = events_of("thank you for today's meeting devoted to the union's anniversary.")
    assert [e.family for e in events] == ["gathering"]
    (main,) = events
    assert main.main and LAVROV in main.participants


def test_the_label_person_keeps_an_act_of_another_kind_and_one_he_shares():
    """The chair who proposes the signing signs; talks of his with another, the day before, are
    his and the other's."""
    signing = [e for e in events_of("I propose to move on to the signing of the documents.") if e.family == "agreement"]
    assert [LAVROV in e.participants for e in signing] == [True]
    talks = [e for e in events_of("yesterday I held talks with Chancellor Olaf Scholz in Berlin.") if not e.main]
    assert [e.participants for e in talks] == [{LAVROV, "olaf-scholz"}]
