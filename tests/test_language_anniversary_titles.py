"""An anniversary piece (issue 25): a title that tells its event as held years before the page ("35 лет
переговорам ...", "Hace 35 años: ...") does not date it by the page, and the lead that dates it is its
report; beside a title of the day's news naming a duration. Every fixture is written for these tests."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.text.parsing import parse_article

TODAY = dt.date(2026, 1, 1)


def parse(text: str, url: str | None = None):
    return parse_article(text, "seeds/page.txt", today=TODAY, url=url)


def _events(title, body, published, language):
    return extract_article("t1", title, None, body, published, language).events


# --- an anniversary piece ----------------------------------------------------------------------

GORBACHEV, DENG = "mikhail-gorbachev", "deng-xiaoping"


def test_an_anniversary_title_lets_the_lead_date_its_event_in_russian():
    """ "35 лет встрече ..." over a lead dated in 1989: the main event is the meeting of 1989 with both
    leaders, not a meeting of the page's day with the dead for its people."""
    events = _events("Встреча в Доме народных собраний: 35 лет переговорам Горбачёва и Дэн Сяопина",
                     "Ровно тридцать пять лет назад, 16 мая 1989 года, в Пекине встретились "
                     "Михаил Горбачёв и Дэн Сяопин. Отношения двух стран были нормализованы.",
                     dt.date(2024, 5, 16), "ru")
    main = next(e for e in events if e.main)
    assert main.date.first == dt.date(1989, 5, 16)
    assert {GORBACHEV, DENG} <= main.participants


def test_an_anniversary_title_takes_the_lead_counted_back_from_the_page_in_spanish():
    """ "Hace 35 años: ..." over "Un día como hoy de 1989, ...": the lead reports the page's event."""
    events = _events("Hace 35 años: el encuentro que cerró tres décadas de ruptura",
                     "Un día como hoy de 1989, Mijaíl Gorbachov y Deng Xiaoping se reunieron en Pekín. "
                     "Ambos dieron por normalizadas las relaciones.",
                     dt.date(2024, 5, 16), "es")
    main = next(e for e in events if e.main)
    assert main.date.first == dt.date(1989, 5, 16)
    assert {GORBACHEV, DENG} <= main.participants


def test_look_alike_a_count_of_years_inside_a_title_of_todays_news_keeps_the_pages_day():
    """A title of the day's talks that names a duration in its middle ("a treaty for 20 years") is no
    anniversary: the main event is of the page's day."""
    events = _events("Путин и Токаев обсудили договор на 20 лет",
                     "Президенты провели переговоры в Кремле.", dt.date(2024, 5, 16), "ru")
    main = next(e for e in events if e.main)
    assert main.date.first == dt.date(2024, 5, 16)


BREZHNEV = "leonid-brezhnev"
LANDING = ("Heute vor 45 Jahren, am 18. Mai 1973, landete der sowjetische Partei- und Staatschef Leonid Breschnew "
           "überraschend in Paris.")


def test_under_an_anniversary_title_of_no_event_word_the_day_counted_back_is_the_story():
    """ "Vor 45 Jahren: Breschnew und die Franzosen" names no event: the dek's trip ("Im Frühjahr 1973
    flog ...", no day) is the main event, not of the page's day, and the landing "heute vor 45 Jahren,
    am 18. Mai 1973" dates it, its visitor alive then."""
    events = _events("Vor 45 Jahren: Breschnew und die Franzosen",
                     "Im Frühjahr 1973 flog Leonid Breschnew nach Paris.\n\n" + LANDING, dt.date(2018, 5, 18), "de")
    main = next(e for e in events if e.main)
    assert main.date.first == dt.date(1973, 5, 18)
    assert BREZHNEV in main.participants


def test_look_alike_the_same_landing_under_a_title_of_the_days_news_is_a_look_back():
    """Under a title of the day's news, "heute vor 45 Jahren" retells: no event of 1973 is reported."""
    events = _events("Macron empfängt Gäste aus Moskau",
                     "Im Elysée-Palast wurde am Freitag an die Geschichte erinnert.\n\n" + LANDING,
                     dt.date(2018, 5, 18), "de")
    assert not any(e.date and e.date.first.year == 1973 for e in events)
