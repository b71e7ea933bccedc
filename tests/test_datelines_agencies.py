"""The opening lines of agency and newspaper stories in German, French, Spanish, Russian and
Chinese (text/page_datelines.py, the agencies and shapes in knowledge/calendar.yaml): a
dateline gives the place the story was filed from and its day, in the case the language's
press writes the city in ("Peking (dpa) -" as "MOSKAU (dpa-AFX) -"); two cities joined by a
slash open the story but place nothing. Lines written for these tests (invented towns' order,
reporters and stories), each table beside look-alikes that must give nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from ruchina.extract.extraction import extract_article
from ruchina.text.page_bylines import byline_place
from ruchina.text.page_datelines import dateline_place, opens_with_dateline, read_dateline
from ruchina.text.page_dates import read_date_line, read_url_date
from ruchina.text.page_place_date_lines import date_line_place

TODAY = dt.date(2025, 1, 1)
ADDRESS = read_url_date("https://example.org/2024/03/07/story", TODAY)
MARCH_7 = dt.date(2024, 3, 7)
BEIJING, MOSCOW = "Q956", "Q649"


def read(line: str) -> tuple[bool, str | None, dt.date | None]:
    return opens_with_dateline(line), dateline_place(line), read_dateline(line, ADDRESS, TODAY)


@pytest.mark.parametrize("line, expected", [
    # German: the city in either case, the agency in brackets; dated, with the day's full stop
    ("Peking (dpa) - Die Außenminister beider Länder haben sich getroffen.", (True, "Peking", None)),
    ("Kasan (Reuters) - Die Delegationen sind angereist.", (True, "Kasan", None)),
    ("PEKING, 7. März (AFP) - Die Delegationen sind angereist.", (True, "PEKING", MARCH_7)),
    ("Wladiwostok, 7. März 2024 (dpa/AFP) - Die Delegationen sind angereist.", (True, "Wladiwostok", MARCH_7)),
    # two cities: the story starts after them, and neither is its place
    ("Moskau/Peking (Reuters) - Die Delegationen sind angereist.", (True, None, None)),
    ("Berlin / Peking (dpa) - Die Delegationen sind angereist.", (True, None, None)),
    # look-alikes: a sentence opening with the city, a name with a bracket, an unknown word in brackets
    ("Peking hat (wie erwartet) - so heißt es - abgelehnt.", (False, None, None)),
    ("Peking (China) - ein Blick auf die Hauptstadt.", (False, None, None)),
    ("Peter Hansen (dpa) berichtet aus der Hauptstadt.", (False, None, None)),
    ("Peking, 7. März, war ein kalter Tag.", (False, None, None)),
    # a newspaper's print of an agency story, the agency dropped: a known city and a dash
    ("Kasan - Die Außenminister beider Länder haben sich am Morgen getroffen.", (True, "Kasan", None)),
    # look-alikes: a phrase after the dash, a route of cities, a person's name and a dash
    ("Peking – das ist eine Stadt mit vielen Gesichtern.", (False, None, None)),
    ("Kasan – Peking – Delhi: drei Städte in zehn Tagen erlebt.", (False, None, None)),
    ("Lima - Die Ministerin hat ihren Rücktritt am Morgen erklärt.", (False, None, None)),
])
def test_german_agency_lines(line, expected):
    assert read(line) == expected


@pytest.mark.parametrize("line, expected", [
    ("Pékin (AFP) - Les deux ministres se sont vus.", (True, "Pékin", None)),
    ("PÉKIN (AFP) - Les deux ministres se sont vus.", (True, "PÉKIN", None)),
    ("Moscou, 7 mars (Reuters) - Les deux ministres se sont vus.", (True, "Moscou", MARCH_7)),
    ("Vladivostok, le 7 mars 2024 (AFP) - Les deux ministres se sont vus.", (True, "Vladivostok", MARCH_7)),
    ("Paris/Moscou (AFP) - Les deux ministres se sont vus.", (True, None, None)),
    # look-alikes: a sentence, a date in a sentence, a bracket that is no agency
    ("Pékin a refusé (selon nos sources) - sans surprise.", (False, None, None)),
    ("Moscou, 7 mars : la capitale attend ses invités.", (False, None, None)),
    ("Marie Dupont (AFP) a signé cet article.", (False, None, None)),
])
def test_french_agency_lines(line, expected):
    assert read(line) == expected


@pytest.mark.parametrize("line, expected", [
    ("Pekín, 7 mar (EFE).- Los dos ministros se reunieron.", (False, None, None)),  # "mar" is no month: the sea
    ("Pekín, 7 marzo (EFE).- Los dos ministros se reunieron.", (True, "Pekín", MARCH_7)),
    ("Moscú, 7 mzo (EFE).- Los dos ministros se reunieron.", (False, None, None)),
    ("Pekín, 7 abr (Xinhua) -- Los dos ministros se reunieron.", (True, "Pekín", dt.date(2024, 4, 7))),
    ("Moscú (EFE).- Los dos ministros se reunieron.", (True, "Moscú", None)),
    # look-alikes: a sentence opening with the city and a day
    ("Pekín, 7 marzo de cada año, celebra la fiesta.", (False, None, None)),
    ("Moscú (la capital) - dijo el ministro - espera.", (False, None, None)),
])
def test_spanish_agency_lines(line, expected):
    assert read(line) == expected


@pytest.mark.parametrize("line, expected", [
    ("КАЗАНЬ, 7 марта. /Корр. ТАСС Пётр Сидоров/. Министры обсудили торговлю.", (True, "КАЗАНЬ", MARCH_7)),
    ("ПЕКИН, 7 марта — РИА Новости. Министры обсудили торговлю.", (True, "ПЕКИН", MARCH_7)),
    # look-alike: a city and a date opening a sentence
    ("Казань, 7 марта, встретила гостей дождём.", (False, None, None)),
])
def test_russian_agency_lines(line, expected):
    assert read(line) == expected


@pytest.mark.parametrize("line, expected", [
    ("新华社上海3月7日电（记者 张伟）两国外长举行会谈。", (True, "上海", MARCH_7)),
    # a site's dateline names no place: its day, and the story's start
    ("中新网3月7日电 两国外长举行会谈。", (True, None, MARCH_7)),
    # look-alike: a date in running text, with no dispatch mark
    ("中新网3月7日报道，两国外长举行会谈。", (False, None, None)),
])
def test_chinese_agency_lines(line, expected):
    assert read(line) == expected


@pytest.mark.parametrize("language, line, expected", [
    # (the update after the publication, "modifié le", is read as the update it is)
    ("fr", "Publié le 07/03/2024 à 10h05, modifié le 08/03/2024 à 12h40", dt.date(2024, 3, 7)),
    ("de", "Stand: 07.03.2024, 10:05 Uhr", dt.date(2024, 3, 7)),
    ("es", "Actualizado: 07/03/2024 10:05", dt.date(2024, 3, 7)),
    # look-alike: a sentence that names a date
    ("fr", "La réunion a été modifiée le 07/03/2024 par les deux parties.", None),
])
def test_date_lines_under_the_title(language, line, expected):
    stated = read_date_line(line, language=language, any_language=True)
    assert (stated.date if stated else None) == expected


def test_an_agency_dateline_places_the_meeting_and_two_cities_place_nothing():
    lead = (" - Der russische Präsident Wladimir Putin hat am Donnerstag den chinesischen Staatschef "
            "Xi Jinping zu Gesprächen empfangen.")
    placed = extract_article("a", None, None, "Peking (dpa)" + lead, dt.date(2024, 5, 16), "de")
    main = next(event for event in placed.events if event.main)
    assert main.location_id == BEIJING
    unplaced = extract_article("a", None, None, "Moskau/Peking (dpa)" + lead, dt.date(2024, 5, 16), "de")
    main = next(event for event in unplaced.events if event.main)
    assert main.location_id is None


@pytest.mark.parametrize("lines, expected", [
    (["Monde", "Par notre envoyée spéciale à Kazan, Léa Fontaine"], "Kazan"),
    (["Monde", "Par Léa Fontaine (Kazan, envoyée spéciale)"], "Kazan"),
    (["Internacional", "De nuestro enviado especial a Kazán"], "Kazán"),
    (["Ausland", "Von unserem Sonderkorrespondenten in Kasan", "Stand: 07.03.2024, 10:05 Uhr"], "Kasan"),
    # look-alikes: a correspondent files from the bureau's city, wherever the story is
    (["Ausland", "Von unserem Korrespondenten in Moskau"], None),
    (["Monde", "Par notre correspondante à Pékin, Léa Fontaine"], None),
    (["Monde", "Par Léa Fontaine (Pékin, correspondance)"], None),
    # a sentence about an envoy, a reporter's name with an agency in brackets, a place unknown
    (["Par notre envoyée spéciale à Kazan, nous apprenons que les talks ont commencé ce matin même."], None),
    (["Par Léa Fontaine (avec AFP)"], None),
    (["Par notre envoyée spéciale à Mittelerde"], None),
])
def test_a_special_envoys_line_names_where_the_story_happens(lines, expected):
    assert byline_place(lines) == expected


@pytest.mark.parametrize("line, expected", [
    ("Kazán (Rusia) | 7 abr 2024 - 10:05 CET", "Kazán"),
    ("Kazán, 7 de marzo de 2024 - 10:05", "Kazán"),
    # look-alikes: a country beside a bar is a section's name; a bar before no date line
    ("Rusia | 7 abr 2024 - 10:05 CET", None),
    ("Kazán | Noticias de la ciudad y la región", None),
])
def test_a_place_set_apart_from_the_date_line_by_a_bar(line, expected):
    assert date_line_place(line) == expected
