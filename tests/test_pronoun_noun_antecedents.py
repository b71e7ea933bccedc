"""A pronoun right after a noun of an unnamed person stands for that person, not for the last one
the article named: "a letter from our veteran, he will march in the parade" is the veteran's march,
not the general's the sentence before named (extract/event_roles.py, knowledge/events_<language>.yaml
grammar ``person_nouns``). Beside it, the same pronoun with no such noun: the general marches.
Fixtures written for these tests."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

ORLOV = "pyotr-orlov"
TUESDAY = dt.date(2024, 3, 12)
EN_LEAD = ("Vladimir Putin met with the governor of the Tver Region. "
           "The region is proud of its heroes, among them General Pyotr Orlov. ")
RU_LEAD = ("Владимир Путин встретился с губернатором Тверской области. "
           "В области живут многие герои, среди них генерал Пётр Сергеевич Орлов. ")


def parade_people(language, lead, sentence):
    events = extract_article("t1", "Meeting with the governor", None, lead + sentence, TUESDAY, language).events
    return [e.participants for e in events if "parade" in e.types()]


def test_the_veteran_marches_not_the_general_named_before():
    for people in parade_people("en", EN_LEAD, "I brought you a letter from one of our veterans: "
                                               "he will march in the parade this year."):
        assert ORLOV not in people


def test_with_no_noun_before_it_the_pronoun_is_the_general():
    (people,) = parade_people("en", EN_LEAD, "This year he will march in the parade.")
    assert ORLOV in people


def test_russian_the_veteran_marches_not_the_general_named_before():
    for people in parade_people("ru", RU_LEAD, "Хочу передать Вам письмо от нашего ветерана, "
                                               "он будет участником парада в этом году."):
        assert ORLOV not in people


def test_russian_with_no_noun_before_it_the_pronoun_is_the_general():
    (people,) = parade_people("ru", RU_LEAD, "В этом году он будет участником парада.")
    assert ORLOV in people
