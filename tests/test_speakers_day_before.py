"""An event a transcript's speaker tells in his turn as held the day before is an aside, no report
of the page (extract/speakers_day_before.py). Fixtures written for these tests in the shape of a
presidency's page (a fictional country, Ruritania); each beside a look-alike that must not do
what it does."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

DAY = dt.date(2023, 11, 14)
BEFORE = dt.date(2023, 11, 13)

EN = ("On November 14, the President held a meeting with members of the Government in the Kremlin.\n\n"
      "Vladimir Putin: Good afternoon, colleagues. {} "
      "Mikhail Mishustin: Thank you, Mr President. "
      "Vladimir Putin: Thank you.")
RU = ("14 ноября Владимир Путин провёл совещание с членами Правительства.\n\n"
      "В.Путин: Добрый день, уважаемые коллеги! {} М.Мишустин: Спасибо, Владимир Владимирович. В.Путин: Спасибо.")


def events_of(body: str, language: str = "en", title: str = "Meeting with Government members"):
    return extract_article("a1", title, None, body, DAY, language).events


def days_before(events):
    return [e for e in events if e.date is not None and e.date.first == BEFORE]


def test_a_meeting_a_speaker_recalls_from_yesterday_is_no_report():
    """ "Yesterday we discussed the floods at a council meeting", said at today's meeting: the
    page reports today's meeting only."""
    events = events_of(EN.format("Yesterday we discussed the floods in the north at a council meeting."))
    assert not days_before(events)
    assert [e for e in events if e.main and e.date.first == DAY]


def test_a_russian_speakers_yesterday_is_no_report():
    events = events_of(RU.format("Вчера мы подробно обсудили паводок на совещании Совета безопасности."), "ru",
                       "Совещание с членами Правительства")
    assert not days_before(events)


def test_the_speakers_talks_of_yesterday_with_one_he_names_are_kept():
    """ "Yesterday I held talks with Chancellor X in Berlin": an event with its people, his and X's."""
    events = events_of(EN.format("Yesterday I held talks with Chancellor Olaf Scholz in Berlin."))
    assert [e for e in days_before(events) if "olaf-scholz" in e.participants]


def test_others_day_before_a_speaker_tells_is_kept():
    """In answers to reporters: "the bank's board held a meeting yesterday" is the news he gives
    of others, no aside of his own."""
    events = events_of(EN.format("The board of the state bank held a meeting yesterday in Kazan."))
    assert days_before(events)
    events = events_of(RU.format("Знаю, что ещё вчера члены правления банка провели совещание в Казани."), "ru",
                       "Совещание с членами Правительства")
    assert days_before(events)


def test_a_report_of_yesterday_outside_the_turns_is_kept():
    """The page's own sentence, not a speaker's: "Yesterday, the President met ..." is news."""
    body = ("Yesterday, Vladimir Putin held a meeting with the Prime Minister of Ruritania, Anton Vella, "
            "in the Kremlin.\n\n" + EN.format("We will talk about housing."))
    assert days_before(events_of(body))


def test_no_transcript_no_turns():
    """A single quoted line is no transcript: its yesterday stays a report."""
    body = ("On November 14, the President held a meeting with members of the Government. "
            "Earlier, the Prime Minister said: \"Yesterday we held a meeting with the governors in Kazan.\"")
    assert days_before(events_of(body))


def test_a_day_named_further_back_is_kept():
    """ "On Saturday" in a turn names its day, three days back: not this rule's aside."""
    events = events_of(EN.format("On Saturday we held a meeting with the governors in Kazan."))
    assert [e for e in events if e.date is not None and e.date.first == dt.date(2023, 11, 11)]
