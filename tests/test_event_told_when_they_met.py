""""X told Y when they met": the speaker and the one he told both take part in the meeting the
pronoun's clause tells (extract/spoken_to.py). Fixtures written for these tests, each beside a
look-alike whose speaker takes no part."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

PUTIN, XI = "Q7747", "Q15031"
DAY = dt.date(2031, 4, 18)


def meeting(body):
    (found,) = [e for e in extract_article("a", None, None, body, DAY, "en").events if "meeting" in e.types()]
    return found


def test_the_speaker_and_the_one_he_told_met_when_they_met():
    found = meeting("An aide says Vladimir Putin told Xi Jinping when they met on Tuesday that the pipeline "
                    "would be finished.")
    assert found.participants == {PUTIN, XI}


def test_one_word_may_stand_between_the_pronoun_and_the_meeting():
    found = meeting("Vladimir Putin assured Xi Jinping that trade would grow when they first met in the spring.")
    assert {PUTIN, XI} <= found.participants


def test_look_alike_a_speaker_telling_reporters_takes_no_part():
    found = meeting("Vladimir Putin told reporters when they met on Tuesday that the pipeline would be finished.")
    assert PUTIN not in found.participants


def test_look_alike_a_speaker_who_only_said_something_takes_no_part():
    found = meeting("Vladimir Putin said Xi Jinping would come to Moscow when they meet in May.")
    assert found.participants == {XI}
