"""A time of day opening a sentence that names no day ("In the evening, X met Y", «Вечером ...»,
"Am Nachmittag ...", "下午，……") goes on with the day of the story told before it
(extract/dates_same_day_opening.py, knowledge/calendar.yaml `day_parts`); without it the talks
stay undated and, sharing one person with the main event, are dropped as background. Only while
the story has told one day: after an arrival on one day and talks on the next, "in the
afternoon" could be either's, and is not read. Fixtures written for these tests, each beside
its look-alike."""

from __future__ import annotations

import datetime as dt

import pytest

from ruchina.extract.extraction import extract_article

XI, ABE, ERDOGAN = "Q15031", "Q132345", "Q39259"
SATURDAY = dt.date(2019, 6, 29)

#: language: (one day told, then a time of day; two days told, then the same time of day)
CASES = {
    "en": ("OSAKA, June 29. Xi Jinping held talks with Shinzo Abe this morning.\n\n"
           "In the evening Xi Jinping met Recep Tayyip Erdogan.",
           "Xi Jinping arrived in Osaka on Thursday and held talks with Shinzo Abe on Friday.\n\n"
           "In the evening Xi Jinping met Recep Tayyip Erdogan."),
    "ru": ("ОСАКА, 29 июня. /ТАСС/. Сегодня утром Си Цзиньпин провел переговоры с Синдзо Абэ.\n\n"
           "Вечером Си Цзиньпин встретился с Реджепом Тайипом Эрдоганом.",
           "Си Цзиньпин прибыл в Осаку в четверг, а в пятницу провел переговоры с Синдзо Абэ.\n\n"
           "Вечером Си Цзиньпин встретился с Реджепом Тайипом Эрдоганом."),
    "de": ("Xi Jinping hat am Samstagvormittag in Osaka Shinzo Abe getroffen.\n\n"
           "Am Nachmittag verhandelte Xi Jinping mit Recep Tayyip Erdogan.",
           "Xi Jinping traf am Donnerstag in Osaka ein und sprach am Freitag mit Shinzo Abe.\n\n"
           "Am Nachmittag verhandelte Xi Jinping mit Recep Tayyip Erdogan."),
    "fr": ("Xi Jinping s'est entretenu samedi à Osaka avec Shinzo Abe.\n\n"
           "Dans l'après-midi, Xi Jinping a rencontré Recep Tayyip Erdogan.",
           "Xi Jinping est arrivé jeudi à Osaka et s'est entretenu vendredi avec Shinzo Abe.\n\n"
           "Dans l'après-midi, Xi Jinping a rencontré Recep Tayyip Erdogan."),
    "es": ("Xi Jinping se reunió el sábado en Osaka con Shinzo Abe.\n\n"
           "Por la tarde, Xi Jinping conversó con Recep Tayyip Erdogan.",
           "Xi Jinping llegó el jueves a Osaka y se reunió el viernes con Shinzo Abe.\n\n"
           "Por la tarde, Xi Jinping conversó con Recep Tayyip Erdogan."),
    "zh": ("新华社大阪6月29日电 国家主席习近平29日上午在大阪会见日本首相安倍晋三。\n\n"
           "下午，习近平会见了土耳其总统埃尔多安。",
           "国家主席习近平27日抵达大阪，28日会见日本首相安倍晋三。\n\n"
           "下午，习近平会见了土耳其总统埃尔多安。"),
}


def erdogan_talks(language, body):
    events = extract_article("t1", None, None, body, SATURDAY, language).events
    return [e for e in events if {XI, ERDOGAN} <= e.participants]


@pytest.mark.parametrize("language", sorted(CASES))
def test_a_time_of_day_opening_goes_on_with_the_storys_one_day(language):
    talks = erdogan_talks(language, CASES[language][0])
    assert len(talks) == 1
    assert talks[0].date is not None and talks[0].date.first == talks[0].date.last == SATURDAY


@pytest.mark.parametrize("language", sorted(CASES))
def test_after_two_days_told_the_time_of_day_dates_nothing(language):
    # (whatever else dates the talks, the time of day does not: Thursday's or Friday's afternoon?)
    for event in erdogan_talks(language, CASES[language][1]):
        assert all(m.date is None or m.date.kind != "same_day" for m in event.mentions)


def test_a_time_of_day_inside_the_sentence_is_no_opening():
    body = ("Xi Jinping held talks with Shinzo Abe in Osaka this morning.\n\n"
            "The leaders of the group will meet Recep Tayyip Erdogan and Xi Jinping again, officials said in the evening.")
    for event in erdogan_talks("en", body):
        assert all(m.date is None or m.date.kind != "same_day" for m in event.mentions)
