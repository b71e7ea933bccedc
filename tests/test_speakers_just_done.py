"""An act a transcript's speaker tells as just done by himself is his own event of the day, apart
from the one under way (extract/speakers_just_done.py). Fixtures written for these tests in the
shape of a presidency's page (a fictional country, Ruritania); each beside a look-alike that
must not do what it does."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

PUTIN = "Q7747"
SCHOLZ = "olaf-scholz"
DAY = dt.date(2023, 11, 14)

EN = ("On November 14, the President met with the President of Ruritania in the Kremlin.\n\n"
      "Vladimir Putin: Good afternoon, Mr President. Welcome to Moscow. {} "
      "Ruritanian President Anton Vella: Thank you, Mr President. "
      "Vladimir Putin: Thank you.")
RU = ("14 ноября Владимир Путин провёл встречу с Президентом Руритании в Кремле.\n\n"
      "В.Путин: Добрый день, господин Президент. {} А.Велла: Спасибо, Владимир Владимирович. В.Путин: Спасибо.")


def events_of(body: str, language: str = "en"):
    title = "Meeting with the President of Ruritania" if language == "en" else "Встреча с Президентом Руритании"
    return extract_article("a1", title, None, body, DAY, language).events


def test_a_meeting_the_speaker_has_just_held_is_his_own_of_the_day():
    """ "I have just met with X", said at the talks with Y: Putin's meeting with X that day, not
    the talks (it named X alone and was dropped, or joined the talks when it named no one)."""
    events = events_of(EN.format("I have just met with Chancellor Olaf Scholz, and we discussed trade."))
    (just,) = [e for e in events if SCHOLZ in e.participants]
    assert just.participants == {PUTIN, SCHOLZ} and not just.main
    assert (just.date.first, just.date.last) == (DAY, DAY)
    (main,) = [e for e in events if e.main]
    assert SCHOLZ not in main.participants


def test_a_meeting_with_no_one_named_just_held_stays_apart_from_the_talks():
    events = events_of(EN.format("I have just met with our athletes, and I would like to say a few words."))
    (just,) = [e for e in events if not e.main and e.family == "gathering"]
    assert just.participants == {PUTIN} and just.mentions[0].sentence.startswith("I have just met")


def test_another_persons_act_just_done_is_not_the_speakers():
    events = events_of(EN.format("Chancellor Olaf Scholz has just met with President Emmanuel Macron, "
                                 "and they discussed trade."))
    assert not [e for e in events if SCHOLZ in e.participants and PUTIN in e.participants]


def test_a_russian_speakers_call_just_held_is_his():
    events = events_of(RU.format("Я сейчас только что разговаривал по телефону с Олафом Шольцем."), "ru")
    (call,) = [e for e in events if e.family == "call"]
    assert call.participants == {PUTIN, SCHOLZ}
    events = events_of(RU.format("Олаф Шольц только что провёл встречу с Эммануэлем Макроном."), "ru")
    assert not [e for e in events if SCHOLZ in e.participants and PUTIN in e.participants]


def test_no_transcript_no_speaker():
    """A report's "has just met" is told of the one it names: no transcript, no speaker."""
    body = ("On November 14, the President met with the President of Ruritania in the Kremlin. "
            "Earlier, the Chancellor said: \"We have just met with the President of Ruritania.\"")
    assert all(e.main or PUTIN not in e.participants for e in events_of(body))
