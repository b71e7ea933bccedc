"""News reports in Chinese, German, French and Spanish that must join their event's rows
(issue 25): a video meeting is a call in every language; a count of meetings followed by the
earlier one ("the third time this year, after the June summit") reports no event now; a
pluperfect talk and a German "came together" are meetings; a person named after a clause of
another time ("hours after Trump took office") is no party to the event. Every text is written
for the test; each one that must find something has a look-alike beside it that must not."""

from __future__ import annotations

import datetime as dt

import pytest

from ruchina.corpus.event_merge import merge_across_articles
from ruchina.extract.extraction import extract_article
from ruchina.knowledge import base

CATALOG = base.entity_catalog()
PUTIN, XI, LUKASHENKO, LULA, TOKAYEV, BEIJING = (CATALOG.named(name).entity_id for name in (
    "Vladimir Putin", "Xi Jinping", "Alexander Lukashenko", "Luiz Inácio Lula da Silva",
    "Kassym-Jomart Tokayev", "Beijing"))
FRIDAY = dt.date(2022, 12, 30)


def extracted(body: str, language: str, title: str | None = None, published: dt.date = FRIDAY,
              article_id: str = "test"):
    return extract_article(article_id, title, None, body, published, language)


def reported(body: str, language: str, title: str | None = None, published: dt.date = FRIDAY):
    return [(m.event_type, set(m.participant_ids), m.location_id)
            for m in extracted(body, language, title, published).event_mentions]


# --- a video meeting is a call ------------------------------------------------------------

def test_a_chinese_video_meeting_is_a_call_without_the_place_the_host_sits_in():
    video = "国家主席习近平12月30日在北京同白俄罗斯总统卢卡申科举行视频会晤。"
    assert reported(video, "zh") == [("call", {XI, LUKASHENKO}, None)]
    in_person = "国家主席习近平12月30日在北京同白俄罗斯总统卢卡申科举行会晤。"  # the look-alike: they sat together
    assert reported(in_person, "zh") == [("meeting", {XI, LUKASHENKO}, BEIJING)]


def test_a_video_call_told_in_chinese_and_english_is_one_events_row():
    reports = [
        extracted("新华社北京12月30日电 国家主席习近平30日下午在北京同俄罗斯总统普京举行视频会晤。", "zh",
                  "习近平同普京举行视频会晤", article_id="zh-video"),
        extracted("Vladimir Putin and Xi Jinping held a video call on Friday, hours after Lula took office.",
                  "en", article_id="en-video"),
        # the look-alike: the two leaders' meeting in Beijing earlier that year
        extracted("国家主席习近平在北京同俄罗斯总统普京举行会谈。", "zh", article_id="zh-talks",
                  published=dt.date(2022, 2, 4)),
    ]
    names_by_id = {m.entity_id: m.name for x in reports for m in x.mentions}
    events = merge_across_articles([e for x in reports for e in x.events], names_by_id)
    (call,) = [e for e in events if "zh-video" in e.article_ids]
    assert (call.event_type, set(call.article_ids), call.location_id) == ("call", {"zh-video", "en-video"}, None)
    assert set(call.participant_ids) == {PUTIN, XI}  # not Lula, who only took office that day
    assert not [e for e in events if "zh-talks" in e.article_ids and "zh-video" in e.article_ids]


# --- a clause of another time -------------------------------------------------------------

@pytest.mark.parametrize("language, text", [
    ("en", "Vladimir Putin and Xi Jinping held a video call on Friday, a day after Lula was sworn in."),
    ("en", "Vladimir Putin met Xi Jinping on Friday before Lula arrived."),
    ("es", "Vladímir Putin se reunió el viernes con Xi Jinping, después de que Lula asumiera el cargo."),
    ("fr", "Vladimir Poutine a rencontré Xi Jinping vendredi, avant que Lula ne prenne ses fonctions."),
])
def test_a_person_after_a_clause_of_another_time_is_no_party(language, text):
    ((_, people, _),) = reported(text, language)
    assert people == {PUTIN, XI}


def test_a_person_after_the_event_word_with_no_time_between_takes_part():
    ((_, people, _),) = reported("Vladimir Putin and Xi Jinping held a video call with Lula on Friday.", "en")
    assert people == {PUTIN, XI, LULA}


# --- a count of meetings and the earlier one -----------------------------------------------

@pytest.mark.parametrize("language, text", [
    ("es", "Es la tercera vez este año que Putin y Xi Jinping se ven, tras la cumbre de Samarcanda en septiembre."),
    ("fr", ("C'est la troisième fois cette année que Poutine et Xi Jinping se voient, après le sommet de "
            "Samarcande en septembre.")),
    ("de", ("Es ist das dritte Treffen von Putin und Xi Jinping in diesem Jahr, nach dem Gipfel in Samarkand im "
            "September.")),
])
def test_the_event_after_a_count_of_meetings_is_an_earlier_one(language, text):
    assert not [t for t, _, _ in reported(text, language) if t == "summit"]


@pytest.mark.parametrize("language, text", [
    ("es", "Es la primera vez que Putin viaja al extranjero este año, tras la cumbre del viernes en Pekín."),
    ("fr", "C'est la première fois que Poutine voyage à l'étranger cette année, après le sommet de vendredi à Pékin."),
])
def test_a_first_time_is_no_count_of_earlier_meetings(language, text):
    assert "summit" in [t for t, _, _ in reported(text, language)]


# --- other words of a meeting ---------------------------------------------------------------

def test_a_french_pluperfect_talk_is_a_meeting_of_its_own_day():
    text = ("Vladimir Poutine et Xi Jinping ont signé vendredi une déclaration. Jeudi soir, les deux dirigeants "
            "s'étaient déjà entretenus en tête-à-tête.")
    talks = [m for m in extracted(text, "fr").event_mentions if m.event_type == "meeting"]
    assert [(set(m.participant_ids), m.date.first) for m in talks] == [({PUTIN, XI}, dt.date(2022, 12, 29))]
    assert not [m for m in extracted("Les routes s'étaient dégradées jeudi soir.", "fr").event_mentions]


def test_a_german_coming_together_is_a_meeting():
    text = "Wladimir Putin und Kassym-Schomart Tokajew sind am Freitag in Astana zusammengekommen."
    assert [(t, p) for t, p, _ in reported(text, "de")] == [("meeting", {PUTIN, TOKAYEV})]
    assert reported("Die Delegationen kamen am Freitag zu keinem Ergebnis.", "de") == []


# --- the n-th day of a visit ----------------------------------------------------------------

@pytest.mark.parametrize("language, text", [
    ("en", "Alexander Lukashenko on Friday, the third day of his state visit to China, arrived in Shanghai."),
    ("ru", "Александр Лукашенко в пятницу, на третий день государственного визита в Китай, прилетел из Пекина в Шанхай."),
])
def test_the_nth_day_of_a_state_visit_dates_the_visit_from_its_first_day_and_the_flight_on_that_day(language, text):
    by_type = {m.event_type: m for m in extracted(text, language).event_mentions}
    visit, flight = by_type["state_visit"], by_type["visit"]
    assert (visit.date.first, visit.date.last) == (dt.date(2022, 12, 28), FRIDAY)
    assert (flight.date.first, flight.date.last) == (FRIDAY, FRIDAY)


def test_a_state_visit_dated_without_a_day_count_keeps_its_one_day():
    text = "Alexander Lukashenko on Friday began a state visit to China, flying from Minsk to Beijing."
    (visit,) = [m for m in extracted(text, "en").event_mentions if m.event_type == "state_visit"]
    assert (visit.date.first, visit.date.last) == (FRIDAY, FRIDAY)


def test_a_french_day_count_after_the_talks_dates_the_visit_by_the_talks_day():
    text = ("Alexandre Loukachenko et Xi Jinping ont tenu vendredi des entretiens à Pékin, au troisième jour de la "
            "visite d'État du président bélarusse en Chine.")
    by_type = {m.event_type: m for m in extracted(text, "fr").event_mentions}
    assert (by_type["state_visit"].date.first, by_type["state_visit"].date.last) == (dt.date(2022, 12, 28), FRIDAY)
    assert (by_type["meeting"].date.first, by_type["meeting"].date.last) == (FRIDAY, FRIDAY)


# --- the host of a state visit --------------------------------------------------------------

def test_a_state_visit_to_a_country_is_hosted_by_its_president_the_article_names():
    text = ("Александр Лукашенко в пятницу, на третий день государственного визита в Китай, прилетел из Пекина в "
            "Шанхай. Накануне в Пекине белорусский лидер Александр Лукашенко провел переговоры с Си Цзиньпином.")
    (visit,) = [e for e in extracted(text, "ru").events if e.mentions[0].event_type == "state_visit"]
    assert visit.participants == {LUKASHENKO, XI}
    # the look-alike: the host is not named, and no one is added
    alone = "Александр Лукашенко в пятницу, на третий день государственного визита в Китай, прилетел в Шанхай."
    (visit,) = [e for e in extracted(alone, "ru").events if e.mentions[0].event_type == "state_visit"]
    assert visit.participants == {LUKASHENKO}


# --- the days of a visit across reports -----------------------------------------------------

def test_a_visits_days_two_reports_give_outvote_the_one_day_a_third_gives():
    """Days against days are no grains: "a two-day visit" told twice over one report of its
    first day keeps both days; a month against a day keeps the day (the look-alike)."""
    def rows(*reports):
        names_by_id = {m.entity_id: m.name for x in reports for m in x.mentions}
        found = merge_across_articles([e for x in reports for e in x.events], names_by_id)
        return [e for e in found if e.event_type == "state_visit"]

    report = extracted("Alexander Lukashenko arrived in China on Thursday for a two-day state visit.", "en",
                       published=dt.date(2022, 12, 29), article_id="en-a")
    again = extracted("Alexander Lukashenko is on a two-day state visit to China, Thursday and Friday.", "en",
                      published=dt.date(2022, 12, 29), article_id="en-b")
    one_day = extracted("Alexander Lukashenko was on a state visit to China on Thursday.", "en",
                        published=dt.date(2022, 12, 29), article_id="en-c")
    (row,) = rows(report, again, one_day)
    assert (row.start_date, row.end_date) == (dt.date(2022, 12, 29), dt.date(2022, 12, 30))
    month = extracted("Alexander Lukashenko will pay a state visit to China in December.", "en",
                      published=dt.date(2022, 11, 20), article_id="en-d")
    (row,) = rows(month, one_day)
    assert (row.start_date, row.end_date) == (dt.date(2022, 12, 29), dt.date(2022, 12, 29))


def test_talks_of_the_president_with_someone_else_host_no_state_visit():
    text = ("Александр Лукашенко в пятницу, на третий день государственного визита в Китай, прилетел в Шанхай. "
            "Накануне в Пекине Си Цзиньпин провел переговоры с Владимиром Путиным.")
    (visit,) = [e for e in extracted(text, "ru").events if e.mentions[0].event_type == "state_visit"]
    assert visit.participants == {LUKASHENKO}
