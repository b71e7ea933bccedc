"""A Russian wire's name written with its initial ("переговоры с Е.Примаковым", "А. А. Громыко"):
the person in full, though the bare surname is a short form that counts only beside the full name
(name_initials.py); another initial is someone else. And "Накануне он провёл ..." dates its act
the day before the page, a pronoun its subject as a name would be (calendar.yaml ``day_words_alone``),
not "накануне его визита", the eve of what follows. Fixtures written for these tests, with other
people than any page read."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.extract.linking import link_entities

PRIMAKOV, GROMYKO = "yevgeny-primakov", "andrei-gromyko"
DAY = dt.date(1998, 11, 20)


def linked(text):
    return {m.entity_id for m in link_entities(text, True, "ru")}


def test_a_surname_with_the_person_s_initial_names_him():
    assert PRIMAKOV in linked("В Пекине прошли переговоры с председателем правительства Е.Примаковым.")
    assert GROMYKO in linked("Телеграмму подписал А. А. Громыко.")


def test_a_surname_with_another_initial_is_someone_else():
    assert PRIMAKOV not in linked("Выступил депутат А.Примаков.")


def test_the_day_before_with_a_pronoun_for_its_subject_dates_the_talks():
    text = ("ПЕКИН, 20 ноября. Председатель правительства России Евгений Примаков находится в Китае. "
            "Накануне он провел переговоры с премьером Госсовета КНР Чжу Жунцзи.")
    talks = [e for e in extract_article("t1", None, None, text, DAY, "ru").events if "meeting" in e.types()]
    assert [e.date.first for e in talks] == [dt.date(1998, 11, 19)]


def test_the_eve_of_his_visit_names_no_day():
    text = ("ПЕКИН, 20 ноября. Накануне его визита в Пекин Евгений Примаков провел переговоры с "
            "министром иностранных дел КНР Тан Цзясюанем.")
    talks = [e for e in extract_article("t1", None, None, text, DAY, "ru").events if "meeting" in e.types()]
    assert all(e.date is None or e.date.first != dt.date(1998, 11, 19) for e in talks)


def test_the_day_before_with_both_for_its_subject_dates_the_gathering():
    text = ("ПЕКИН, 20 ноября. Председатель правительства России Евгений Примаков провел сегодня в Пекине "
            "переговоры с премьером Госсовета КНР Чжу Жунцзи.\n\nНакануне оба премьера участвовали в Куала-Лумпуре "
            "в заседании Совета глав правительств.")
    days = {e.date.first for e in extract_article("t1", None, None, text, DAY, "ru").events if e.date}
    assert dt.date(1998, 11, 19) in days


def test_the_eve_of_both_meetings_names_no_day():
    """The look-alike: "накануне обеих встреч", the eve of what follows, no day of its own."""
    text = ("ПЕКИН, 20 ноября. Накануне обеих встреч Евгений Примаков провел переговоры с "
            "министром иностранных дел КНР Тан Цзясюанем.")
    talks = [e for e in extract_article("t1", None, None, text, DAY, "ru").events if "meeting" in e.types()]
    assert all(e.date is None or e.date.first != dt.date(1998, 11, 19) for e in talks)
