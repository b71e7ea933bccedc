"""A signing told done by others before the story's people ("In their presence, the foreign
ministers signed an agreement on fisheries", «В их присутствии министры ... подписали ...»):
the ministers sign it, on the day of the leaders' talks, apart from the leaders' own statement
(extract/witnessed_signings.py, knowledge/events_<lang>.yaml `witnessed_by`; its day,
extract/dates_same_day_opening.py). Beside it, the look-alike of one signing of the leaders told
with no presence: theirs. Fixtures written for these tests (other people, other documents)."""

from __future__ import annotations

import datetime as dt

import pytest

from ruchina.extract.extraction import extract_article

XI, ABE = "Q15031", "Q132345"
SATURDAY = dt.date(2019, 6, 29)

TALKS = {
    "en": "MOSCOW, June 29. Xi Jinping held talks with Shinzo Abe in the Kremlin today.",
    "ru": "МОСКВА, 29 июня. /ТАСС/. Си Цзиньпин и Синдзо Абэ провели сегодня в Кремле переговоры.",
}
WITNESSED = {
    "en": "In their presence, foreign ministers Sergei Lavrov and Wang Yi signed an agreement on fisheries.",
    "ru": "В их присутствии министры иностранных дел Сергей Лавров и Ван И подписали соглашение о рыболовстве.",
}
LEADERS_SIGN = {
    "en": "The two leaders also signed a joint statement on fisheries.",
    "ru": "Лидеры также подписали совместное заявление о рыболовстве.",
}


def signings(language, body):
    events = extract_article("t1", None, None, body, SATURDAY, language).events
    return [e for e in events if e.family == "agreement"]


@pytest.mark.parametrize("language", sorted(TALKS))
def test_the_ministers_sign_before_the_leaders_on_the_talks_day(language):
    found = signings(language, TALKS[language] + "\n\n" + WITNESSED[language])
    assert len(found) == 1
    assert not {XI, ABE} & found[0].participants and len(found[0].participants) == 2
    assert found[0].date is not None and found[0].date.first == SATURDAY


@pytest.mark.parametrize("language", sorted(TALKS))
def test_the_leaders_statement_and_the_ministers_agreement_are_two(language):
    body = TALKS[language] + "\n\n" + LEADERS_SIGN[language] + "\n\n" + WITNESSED[language]
    found = signings(language, body)
    people = sorted(sorted(e.participants) for e in found)
    assert len(found) == 2 and [XI, ABE] not in people
    assert any({XI, ABE} <= e.participants for e in found)
    assert any(not {XI, ABE} & e.participants for e in found)


@pytest.mark.parametrize("language", sorted(TALKS))
def test_a_signing_of_the_leaders_with_no_presence_is_theirs(language):
    found = signings(language, TALKS[language] + "\n\n" + LEADERS_SIGN[language])
    assert len(found) == 1 and {XI, ABE} <= found[0].participants
