"""A weekday in a sentence that tells what is done is the last one, however near the next: the
nearer-weekday rule (calendar_math.resolve_weekday) sends a weekday forward only where the
sentence has no cue of the past, so every past form a language reports with must be read as one
(knowledge/events_<language>.yaml, ``tense: past``): irregular English pasts and perfects, the
German Präteritum and the Perfekt with "sein", the French imparfait of "être" and passé simple,
Spanish irregular pretéritos, Russian pasts of a short stem, short and active participles, and
Chinese 已. Beside each, a look-alike told as a plan or a schedule that must still go forward."""

import datetime as dt

import pytest

from ruchina.extract.dates import resolve_dates

# A Monday: the last Wednesday lies five days back, the next two days on.
MONDAY = dt.date(2019, 6, 10)
LAST_WEDNESDAY = dt.date(2019, 6, 5)
NEXT_WEDNESDAY = dt.date(2019, 6, 12)


def weekdays(sentence: str, language: str) -> list[dt.date]:
    return [d.first for d in resolve_dates(sentence, MONDAY, language=language) if d.kind == "weekday"]


@pytest.mark.parametrize("language, sentence", [
    ("en", "Ecuador's president made a stop in Lima on Wednesday."),
    ("en", "The two foreign ministers shook hands at the border bridge on Wednesday."),
    ("en", "The two ministers have spoken twice by phone, most recently on Wednesday."),
    ("de", "Der chilenische Präsident sagte am Mittwoch in Lima, die Zölle fielen bald."),
    ("de", "Die Außenminister der Andenstaaten sind am Mittwoch in Quito zusammengekommen."),
    ("de", "Der peruanische Präsident wurde am Mittwoch per Video zugeschaltet."),
    ("de", "Gastgeber Moreno empfing am Mittwoch seinen kolumbianischen Amtskollegen."),
    ("fr", "Les deux ministres s'étaient entretenus mercredi à Quito."),
    ("fr", "Les deux ministres se rencontrèrent mercredi à Quito."),
    ("es", "El canciller boliviano dijo el miércoles en Asunción que el tratado avanza."),
    ("es", "Hubo una cena de gala el miércoles en Asunción."),
    ("ru", "В среду министры дали старт строительству моста через Амур."),
    ("ru", "Соглашение о мосте было подписано в среду в Благовещенске."),
    ("ru", "Форум регионов, открывшийся в среду в Минске, посвящён мостам через Амур."),
    ("zh", "周三，两国外长已在利马举行会谈。"),
])
def test_a_weekday_told_in_a_past_form_is_the_last_one(language, sentence):
    assert weekdays(sentence, language) == [LAST_WEDNESDAY]


@pytest.mark.parametrize("language, sentence", [
    # the same acts told as a programme in the present: the nearer Wednesday, the coming one
    ("en", "Ecuador's president makes a stop in Lima on Wednesday."),
    ("de", "Der chilenische Präsident reist am Mittwoch nach Lima."),
    # a reported future in the subjunctive after a past verb of saying
    ("de", "Der chilenische Präsident sagte, er werde am Mittwoch nach Lima reisen."),
    ("fr", "Les deux ministres se rencontrent mercredi à Quito."),
    ("es", "El canciller boliviano viaja el miércoles a Asunción."),
    ("ru", "В среду министры дают старт строительству моста через Амур."),
    # "бывший" (former) is an office, no past act
    ("ru", "В среду бывший министр Петров открывает форум регионов в Минске."),
    ("zh", "周三，两国外长在利马举行会谈。"),
    # 而已 (merely) is no 已 of the past
    ("zh", "这不过是礼节性安排而已，周三两国外长在利马举行会谈。"),
])
def test_look_alikes_a_weekday_of_a_plan_goes_forward(language, sentence):
    assert weekdays(sentence, language) == [NEXT_WEDNESDAY]
