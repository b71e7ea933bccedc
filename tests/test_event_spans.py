"""The days a several-day event spans where its article states them beside the one day its
report names (extract/event_spans.py): a duration before its event word, or the day it
lasts until. Each case sits beside a look-alike that must keep its one day."""

import datetime as dt

from ruchina.extract.extraction import extract_article

WEDNESDAY = dt.date(2018, 9, 12)


def _visit_days(body: str, language: str = "en"):
    events = extract_article("x", None, None, body, WEDNESDAY, language).events
    visits = [e for e in events if {"visit", "state_visit"} & e.types()]
    assert len(visits) == 1, [e.types() for e in events]
    return visits[0].date.first, visits[0].date.last


def test_duration_after_the_talks_day_spans_the_visit():
    body = ("Mongolian President Khaltmaagiin Battulga held talks with Vladimir Putin in Vladivostok "
            "on Wednesday at the start of a four-day official visit, the two sides said.")
    assert _visit_days(body) == (WEDNESDAY, dt.date(2018, 9, 15))


def test_visit_without_a_duration_keeps_its_day():
    body = ("Mongolian President Khaltmaagiin Battulga held talks with Vladimir Putin in Vladivostok "
            "on Wednesday at the start of an official visit, the two sides said.")
    assert _visit_days(body) == (WEDNESDAY, WEDNESDAY)


def test_until_a_weekday_is_the_coming_one_and_ends_the_visit():
    body = ("Kazakh President Nursultan Nazarbayev met Vladimir Putin in Moscow on Wednesday "
            "during a state visit to Russia that runs until Friday.")
    assert _visit_days(body) == (WEDNESDAY, dt.date(2018, 9, 14))


def test_russian_visit_that_ends_on_a_weekday():
    body = ("Президент Киргизии Алмазбек Атамбаев в среду прибыл в Пекин "
            "с государственным визитом, который завершится в пятницу.")
    assert _visit_days(body, "ru") == (WEDNESDAY, dt.date(2018, 9, 14))


def test_spanish_visit_that_concludes_on_a_weekday():
    body = ("El presidente de Chile, Sebastián Piñera, se reunió este miércoles en Pekín con Xi Jinping "
            "durante una visita de Estado que concluye el viernes.")
    assert _visit_days(body, "es") == (WEDNESDAY, dt.date(2018, 9, 14))


def test_a_day_the_visit_ended_on_is_no_span():
    # past tense: a report's day, not a stated end; the visit keeps the day its report names
    body = ("Kyrgyz President Almazbek Atambayev, whose state visit to China ended on Monday, "
            "met Xi Jinping in Beijing on Wednesday.")
    first, last = _visit_days(body)
    assert last <= WEDNESDAY


def test_a_visit_under_way_since_an_earlier_day_starts_then():
    body = ("Kyrgyz President Almazbek Atambayev, on a state visit to China since Monday, "
            "held talks with Xi Jinping in Beijing on Wednesday.")
    assert _visit_days(body) == (dt.date(2018, 9, 10), WEDNESDAY)


def test_talks_joined_by_a_report_of_the_stay_since_an_earlier_day_keep_their_day():
    # (the informal summit the guest came for is the stay around the talks: its first day is not theirs)
    body = ("Lula received India's Narendra Modi at the Alvorada Palace in Brasilia on Wednesday.\n\n"
            "The meeting lasted about an hour, officials said.\n\n"
            "Modi has been in Brasilia since Monday for an informal summit.")
    events = extract_article("x", None, None, body, WEDNESDAY, "en").events
    talks = [e for e in events if "meeting" in e.types()]
    assert talks and all((e.date.first, e.date.last) == (WEDNESDAY, WEDNESDAY) for e in talks)


def test_french_visit_under_way_since_a_weekday():
    body = ("Le président kazakh, en visite d'État en Chine depuis lundi, "
            "a été reçu mercredi par Xi Jinping.")
    assert _visit_days(body, "fr") == (dt.date(2018, 9, 10), WEDNESDAY)


def test_since_a_year_is_no_first_day():
    body = ("Kyrgyz President Almazbek Atambayev held talks with Xi Jinping in Beijing on Wednesday, "
            "on his first state visit to China since 2015.")
    assert _visit_days(body) == (WEDNESDAY, WEDNESDAY)


def test_a_day_the_visit_began_is_no_end():
    body = ("Kazakh President Nursultan Nazarbayev met Vladimir Putin in Moscow on Wednesday "
            "during a state visit to Russia that began on Monday.")
    first, last = _visit_days(body)
    assert first == last


def test_russian_visit_lasting_until_a_date():
    body = "Президент Казахстана Нурсултан Назарбаев прибыл в Москву с государственным визитом, который продлится до 14 сентября."
    assert _visit_days(body, "ru") == (WEDNESDAY, dt.date(2018, 9, 14))


def test_russian_stated_duration():
    body = "Президент Казахстана Нурсултан Назарбаев в среду начал в Москве трёхдневный государственный визит."
    assert _visit_days(body, "ru") == (WEDNESDAY, dt.date(2018, 9, 14))


def test_russian_visit_without_a_stated_end_keeps_its_day():
    body = "Президент Казахстана Нурсултан Назарбаев в среду начал в Москве государственный визит."
    assert _visit_days(body, "ru") == (WEDNESDAY, WEDNESDAY)


def test_russian_visit_lasting_until_a_weekday_in_the_genitive():
    body = ("Государственный визит президента Казахстана Нурсултана Назарбаева в Россию начался в среду "
            "и продлится до пятницы.")
    assert _visit_days(body, "ru") == (WEDNESDAY, dt.date(2018, 9, 14))


def test_a_russian_deadline_by_a_weekday_dates_nothing():
    body = "Соглашение о поставках газа стороны должны подписать до пятницы, заявил Нурсултан Назарбаев."
    events = extract_article("x", None, None, body, WEDNESDAY, "ru").events
    assert all(e.date is None or e.date.first != dt.date(2018, 9, 14) for e in events)
