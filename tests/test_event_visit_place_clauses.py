"""What a visitor does in the place his visit's clause names, told in a relative clause of that place with
no subject of its own ("X's visit began in Lyon, where he attended the opening of the fair"), is his: the
gathering takes the visitor, not the man named last before it (extract/visit_place_clauses.py). A clause
that names its own subject ("where Y opened the fair") keeps it. Fixtures written for these tests."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

PUTIN = "Q7747"
MODI = "Q1058"
MONDAY = dt.date(2024, 9, 2)


def forums(body, language):
    return [e for e in extract_article("t1", None, None, body, MONDAY, language).events
            if e.mentions[0].event_type == "forum"]


def test_a_spanish_visitor_attends_the_fair_of_his_visits_city_with_no_subject_told():
    found = forums("Narendra Modi se reunió el lunes con Vladímir Putin en Moscú. El primer ministro indio cerró "
                   "así una visita oficial de dos días a Rusia que comenzó el domingo en Kazán, donde asistió a "
                   "la inauguración de la Exposición Industrial del Volga.", "es")
    assert found and MODI in found[0].participants


def test_a_russian_visitors_pronoun_is_the_visitor_not_the_man_named_last():
    found = forums("Нарендра Моди и Владимир Путин провели в понедельник переговоры в Москве.\n\n"
                   "Визит Нарендры Моди в Россию начался в воскресенье в Казани, где он присутствовал на открытии "
                   "Поволжского промышленного ЭКСПО.", "ru")
    assert found and MODI in found[0].participants and PUTIN not in found[0].participants


def test_a_clause_that_names_its_own_subject_keeps_it():
    found = forums("Narendra Modi began a visit to Russia in Kazan on Sunday, where on Monday Vladimir Putin "
                   "opened the Volga Industrial Expo.", "en")
    assert found and PUTIN in found[0].participants and MODI not in found[0].participants


def test_a_gathering_the_clause_gives_a_place_of_its_own_keeps_its_place_and_day():
    found = forums("Hoy lunes el primer ministro indio Narendra Modi vuela a Kazán, donde será el primer jefe de "
                   "Gobierno indio en visitar Tatarstán, y el viernes llegará a Vladivostok para el foro "
                   "económico.", "es")
    assert found and found[0].location_id != "kazan" and found[0].date.first == MONDAY + dt.timedelta(days=4)
