"""Classes read on non-English pages (unseen18): an agency's date line with its month in three capitals
("17 МАР 2020, 11:15"); a byline and a date line under a page's first sentence ("Par X (Lyon) /
Publié le ..."), page text; a host's guest past the day and a place of two words ("recibió este martes
en San Petersburgo a su homólogo indio, X"). Each beside a look-alike that must not change. Every
fixture is written for these tests."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.text.page_dates import read_date_line
from ruchina.text.parsing import parse_article

XI, WANG_YI = "Q15031", "wang-yi"
SHOIGU, SINGH, LULA = "sergei-shoigu", "rajnath-singh", "luiz-inacio-lula-da-silva"


def _parse(text: str):
    return parse_article(text, "seeds/page.txt", today=dt.date(2024, 1, 1))


def _events(body: str, language: str, published: dt.date):
    return extract_article("t1", None, None, body, published, language).events


# --- an agency's date line ------------------------------------------------------------------

def test_an_agencys_date_line_with_its_month_in_three_capitals():
    assert read_date_line("17 МАР 2020, 11:15", any_language=True).date == dt.date(2020, 3, 17)
    assert read_date_line("02 ИЮЛ 2019, 09:40", any_language=True).date == dt.date(2019, 7, 2)
    assert read_date_line("30 НОЯ 2021, 18:05", any_language=True).date == dt.date(2021, 11, 30)


def test_look_alike_the_abbreviation_with_no_day_is_no_date_line():
    assert read_date_line("Мар 2020", any_language=True) is None


# --- a byline and a date line under the page's first sentence ----------------------------------

_PAGE = ("La Tribune du Rhône\n\nLes maires de Lyon et de Turin signent un jumelage\n\n"
         "Le maire de Lyon a signé jeudi avec son homologue de Turin un accord de jumelage.\n\n{middle}\n\n"
         "Publié le 05/06/2022 à 08h10\n\nLe maire de Lyon a reçu jeudi la délégation de Turin.\n\n"
         "Les deux villes échangeront des étudiants dès la rentrée.\n")


def test_a_byline_and_a_date_line_under_the_first_sentence_are_page_text():
    article = _parse(_PAGE.format(middle="Par Jeanne Roy (Lyon, correspondance)"))
    assert article.published_date == dt.date(2022, 6, 5)
    # (the sentence stays the story's lead; the byline and the date line leave the story)
    assert article.body.startswith("Le maire de Lyon a signé jeudi")
    assert "Publié le" not in article.body and "Jeanne Roy" not in article.body


def test_look_alike_a_date_line_under_a_paragraph_of_the_story_stays_in_it():
    """A full sentence of the story between the lead and the date line: no head, the line is the story's."""
    article = _parse(_PAGE.format(middle="Les deux villes échangeront des étudiants, ont annoncé les deux mairies "
                                         "dans un communiqué commun."))
    assert "Publié le 05/06/2022" in article.body


# --- a host's guest past the day and a place --------------------------------------------------

def test_a_hosts_guest_past_the_day_and_a_place_of_two_words():
    for language, body in (
            ("es", "El ministro ruso de Defensa, Serguéi Shoigú, recibió este martes en San Petersburgo a su "
                   "homólogo indio, Rajnath Singh, para hablar de suministros."),
            ("fr", "Le ministre russe de la Défense, Sergueï Choïgou, a reçu mardi à Saint-Pétersbourg son "
                   "homologue indien, Rajnath Singh, pour parler des livraisons.")):
        (meeting,) = [e for e in _events(body, language, dt.date(2023, 4, 18)) if e.mentions[0].event_type == "meeting"]
        assert meeting.participants == {SHOIGU, SINGH}, language


def test_look_alike_a_person_past_words_of_time_is_no_guest():
    """ "recibe al canciller ... a días de la llegada de X": X comes later, he is not received."""
    events = _events("Lula recibe al canciller de Uruguay a días de la llegada de Xi Jinping.", "es", dt.date(2024, 11, 20))
    assert all(XI not in e.participants for e in events if e.mentions[0].event_type == "meeting")


# --- "the two ministers", the pair named before --------------------------------------------

LAVROV = "sergei-lavrov"
_TUNXI = ("Außenminister Lawrow und sein chinesischer Kollege Wang Yi unterzeichneten am Donnerstag in Tunxi eine "
          "Erklärung. Lawrow war am Mittwoch zu dem zweitägigen Besuch in Tunxi eingetroffen; ein erstes Gespräch "
          "{who} fand noch am selben Nachmittag statt.")


def test_the_two_ministers_are_the_pair_named_before_on_the_same_afternoon():
    """ "ein erstes Gespräch der beiden Minister fand noch am selben Nachmittag statt": the two named
    before, on the day the sentence named (Wednesday)."""
    (meeting,) = [e for e in _events(_TUNXI.format(who="der beiden Minister"), "de", dt.date(2022, 3, 31))
                  if e.mentions[0].event_type == "meeting"]
    assert meeting.participants == {LAVROV, WANG_YI}
    assert meeting.date.first == dt.date(2022, 3, 30)


def test_look_alike_ministers_not_counted_as_two_are_not_the_pair():
    events = _events(_TUNXI.format(who="der Minister der Nachbarstaaten"), "de", dt.date(2022, 3, 31))
    assert all(WANG_YI not in e.participants for e in events if e.mentions[0].event_type == "meeting")
