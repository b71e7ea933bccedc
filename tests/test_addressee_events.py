"""An event a transcript's speaker tells in the second person is the addressee's too
(extract/addressee_events.py). Fixtures
written for these tests in the shape of a presidency's page (a fictional country, Ruritania);
each beside a look-alike that must not do what it does."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

PUTIN = "Q7747"
SCHOLZ = "olaf-scholz"
DAY = dt.date(2023, 11, 14)

EN = ("On November 14, the President met with the President of Ruritania in the Kremlin.\n\n"
      "Vladimir Putin: Good afternoon, Mr President. Welcome to Moscow. "
      "Ruritanian President Anton Vella: Thank you, Mr President. {} "
      "Vladimir Putin: Thank you.")
RU = ("14 ноября Владимир Путин провёл встречу с Президентом Руритании в Кремле.\n\n"
      "В.Путин: Добрый день, господин Президент. А.Велла: Спасибо, Владимир Владимирович. {} В.Путин: Спасибо.")


def events_of(body: str, language: str = "en", title: str = "Meeting with the President of Ruritania"):
    return extract_article("a1", title, None, body, DAY, language).events


def naming(events, person: str):
    return [e for e in events if person in e.participants and not e.main]


def test_your_meeting_is_the_addressees_who_speaks_next():
    """ "Mr President, your meeting with X is scheduled": the guest speaks to the host, who
    answers next; the meeting is the host's with X (it was X's alone)."""
    (told,) = naming(events_of(EN.format("Your meeting with Chancellor Olaf Scholz is scheduled for next month, "
                                         "and we follow it closely.")), SCHOLZ)
    assert told.participants == {PUTIN, SCHOLZ}
    (future,) = naming(events_of(EN.format("Next month you will meet with Chancellor Olaf Scholz, "
                                           "and we follow it closely.")), SCHOLZ)
    assert future.participants == {PUTIN, SCHOLZ}


def test_a_third_persons_meeting_and_a_thanked_you_take_no_addressee():
    (others,) = naming(events_of(EN.format("Chancellor Olaf Scholz's meeting with President Emmanuel Macron is "
                                           "scheduled for next month, and we follow it closely.")), SCHOLZ)
    assert PUTIN not in others.participants
    thanked = events_of(EN.format("Thank you for the meeting with Chancellor Olaf Scholz next month."))
    assert not [e for e in naming(thanked, SCHOLZ) if PUTIN in e.participants]


def test_a_russian_polite_you_makes_the_call_the_addressees():
    (call,) = naming(events_of(RU.format("Мы знаем, сегодня у Вас важный телефонный разговор с Олафом Шольцем."), "ru",
                               "Встреча с Президентом Руритании"), SCHOLZ)
    assert call.participants == {PUTIN, SCHOLZ}
    (theirs,) = naming(events_of(RU.format("Мы знаем, сегодня у них важный телефонный разговор с Олафом Шольцем."),
                                 "ru", "Встреча с Президентом Руритании"), SCHOLZ)
    assert theirs.participants == {SCHOLZ}


def test_a_meeting_with_you_is_the_speakers_and_the_addressees_and_a_hall_is_no_addressee():
    """ "В преддверии встречи с Вами": the speaker's meeting with the one he speaks to; a
    lower-case "с вами" speaks to a hall, whose people are no one's."""
    sentence = "В преддверии встречи с {} сегодня мы с Министром Сергеем Лавровым сверили часы."
    title = "Встреча с Президентом Руритании"
    (polite,) = naming(events_of(RU.format(sentence.format("Вами")), "ru", title), "sergei-lavrov")
    assert {PUTIN, "sergei-lavrov"} <= polite.participants and len(polite.participants) == 3
    (hall,) = naming(events_of(RU.format(sentence.format("вами")), "ru", title), "sergei-lavrov")
    assert hall.participants == {"sergei-lavrov"}


def test_no_transcript_no_addressee():
    """A letter quoted in a report has no speaker labels: its "you" is nobody the page names."""
    body = ("On November 14, the President sent a message to the President of Ruritania. "
            '"Your meeting with Chancellor Olaf Scholz is scheduled for next month," the message reads.')
    assert all(PUTIN not in e.participants for e in naming(events_of(body), SCHOLZ))
