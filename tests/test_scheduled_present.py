"""An event stated in the present on a weekday is one scheduled for the coming weekday, in each
language ("the congress opens on Tuesday", "die Konferenz findet am Dienstag statt", "Am Dienstag richtet X ... aus", "le forum
se tient mardi", "la reunión se celebra el martes", "форум открывается во вторник"); the same
sentence in the past points back. The sentences are written for these tests; none is copied."""

from __future__ import annotations

import datetime as dt

import pytest

from ruchina.extract.date_clauses import clause_dates
from ruchina.extract.tenses import sentence_tense

PUBLISHED = dt.date(2021, 3, 18)  # a Thursday
NEXT_TUESDAY, LAST_TUESDAY = dt.date(2021, 3, 23), dt.date(2021, 3, 16)


def _day(sentence: str, language: str) -> dt.date:
    dates = clause_dates(sentence, PUBLISHED, sentence_tense(sentence, language), language)
    assert len(dates) == 1, dates
    return dates[0].first


@pytest.mark.parametrize("language, sentence", [
    ("en", "The trade congress opens on Tuesday in Kazan."),
    ("en", "The congress begins on Tuesday."),
    # (a verb of sitting or running: "the assembly itself sits on Tuesday")
    ("en", "The regional assembly itself sits on Tuesday in Perm."),
    ("en", "The ministers' session runs on Tuesday."),
    ("de", "Die Handelskonferenz der Anrainerstaaten findet am Dienstag in Rostock statt."),
    ("de", "Die Konferenz endet am Dienstag."),
    # a weekday put first and a present verb right after it ("Am Dienstag richtet X ... aus")
    ("de", "Am Dienstag richtet Norwegen das Treffen der Ostseeanrainer aus."),
    ("de", "Am Dienstag trifft der Kanzler in Oslo ein."),
    ("fr", "Le forum des ministres se tient mardi à Dakar."),
    ("fr", "La conférence a lieu mardi."),
    ("es", "La reunión de cancilleres se celebra el martes en Quito."),
    ("es", "El foro tiene lugar el martes."),
    ("ru", "Форум министров открывается во вторник в Казани."),
    ("ru", "Конференция проходит во вторник."),
])
def test_a_weekday_of_a_present_schedule_is_the_coming_one(language, sentence):
    assert _day(sentence, language) == NEXT_TUESDAY


@pytest.mark.parametrize("language, sentence", [
    # the past of the same verbs: the weekday before
    ("en", "The trade congress opened on Tuesday in Kazan."),
    ("en", "The regional assembly itself sat on Tuesday in Perm."),
    ("en", "The ministers' session ran on Tuesday."),
    ("de", "Die Handelskonferenz der Anrainerstaaten fand am Dienstag in Rostock statt."),
    ("de", "Am Dienstag richtete Norwegen das Treffen der Ostseeanrainer aus."),
    ("de", "Am Dienstag hat Norwegen das Treffen der Ostseeanrainer ausgerichtet."),
    ("de", "Am Dienstag ist der Kanzler in Oslo eingetroffen."),
    ("de", "Am Dienstag hielt der Kanzler in Oslo eine Rede."),
    # (the weekday after the verb, not opening the sentence: no verb put after it)
    ("de", "Der Kanzler hat am Dienstag mit Oslo telefoniert."),
    ("fr", "Le forum des ministres s'est tenu mardi à Dakar."),
    ("es", "La reunión de cancilleres se celebró el martes en Quito."),
    ("ru", "Форум министров открылся во вторник в Казани."),
    # a present verb whose weekday is not its own day ("findet ... statt" of a habit, with no day)
    ("de", "Die Minister trafen sich am Dienstag, wie die Konferenz jedes Jahr stattfindet."),
])
def test_a_weekday_in_the_past_is_the_one_before(language, sentence):
    assert _day(sentence, language) == LAST_TUESDAY
