"""Days of one story told from different sentences, in the ways real pages tell them:

* a part of the day the text is written on, in French, Spanish and Russian ("ce soir",
  "esta mañana", "этим утром"), as "this evening" is in English;
* the day a summit or forum opened ("the summit opened on Tuesday"): talks elsewhere the day
  before are another event, not a report of it;
* "the two leaders" of a sentence that the sentence before dates by the act it tells in no
  event word ("was received on Tuesday by ...").

Each beside a look-alike. Written for these tests; none is copied."""

from __future__ import annotations

import datetime as dt

import pytest

from ruchina.extract.dates import resolve_dates
from ruchina.extract.extraction import extract_article

D = dt.date
WED = D(2021, 4, 14)  # a Wednesday


@pytest.mark.parametrize(
    "language, sentence",
    [
        ("fr", "Les ministres dîneront ensemble ce soir à Dakar."),
        ("fr", "Le Premier ministre est arrivé ce matin à Dakar."),
        ("es", "Los cancilleres se reunieron esta mañana en Quito."),
        ("ru", "Министры встретились этим утром в Казани."),
    ],
)
def test_a_part_of_the_day_of_the_text_is_that_day(language, sentence):
    assert [(d.first, d.last) for d in resolve_dates(sentence, WED, language=language)] == [(WED, WED)]


@pytest.mark.parametrize(
    "language, sentence",
    [
        ("fr", "Le bal du soir est ouvert à tous."),  # no "ce": no day
        ("es", "La mañana fue tranquila en Quito."),
    ],
)
def test_look_alikes_a_part_of_a_day_with_no_this_names_none(language, sentence):
    assert resolve_dates(sentence, WED, language=language) == []


def events(body: str, title: str | None = None, published: dt.date = WED, language: str = "en"):
    return extract_article("story", title, None, body, published, language).events


def test_talks_elsewhere_the_day_before_a_summit_opened_are_no_report_of_it():
    body = ("President Alexander Lukashenko welcomed the leaders on Wednesday for a two-day summit "
            "of the Eurasian Economic Union.\n\n"
            "The summit opened on Tuesday evening with a concert, and the working sessions were held on Wednesday.\n\n"
            "On Monday, Lukashenko and Kassym-Jomart Tokayev held talks in Astana.")
    found = events(body)
    congress = next(e for e in found if e.main)
    assert (congress.date.first, congress.date.last) == (D(2021, 4, 13), D(2021, 4, 14))
    talks = [e for e in found if e is not congress and e.date and e.date.first == D(2021, 4, 12)]
    assert talks, "Monday's talks in Astana are their own event"


def test_look_alike_talks_on_a_day_of_the_summit_are_told_on_its_day():
    body = ("President Alexander Lukashenko welcomed the leaders on Wednesday for a two-day summit "
            "of the Eurasian Economic Union.\n\n"
            "The summit opened on Tuesday evening with a concert, and the working sessions were held on Wednesday.\n\n"
            "On Wednesday, Lukashenko and Kassym-Jomart Tokayev held talks on the sidelines.")
    found = events(body)
    congress = next(e for e in found if e.main)
    assert (congress.date.first, congress.date.last) == (D(2021, 4, 13), D(2021, 4, 14))
    assert not any(e.date and e.date.last < D(2021, 4, 13) for e in found)


FR_BODY = ("Le Premier ministre Alexander Lukashenko a été reçu mardi à Astana par Kassym-Jomart Tokayev. "
           "Les deux dirigeants se sont entretenus au palais présidentiel avant un dîner officiel.")


def test_the_two_leaders_take_the_day_of_the_sentence_before():
    (talks,) = [e for e in events(FR_BODY, language="fr") if "meeting" in e.types()]
    assert (talks.date.first, talks.date.last) == (D(2021, 4, 13), D(2021, 4, 13))


@pytest.mark.parametrize(
    "body",
    [
        # a sentence reporting an event of its own dates it, not what follows
        "Kassym-Jomart Tokayev et Alexander Lukashenko ont eu un entretien téléphonique mardi. "
        "Les deux dirigeants se sont entretenus au palais présidentiel avant un dîner officiel.",
        # a report that tells its own time ("depuis 2019") takes no day from before it
        "Alexander Lukashenko a été reçu mardi à Astana par Kassym-Jomart Tokayev. "
        "Les deux dirigeants ne se sont pas entretenus au palais depuis 2019.",
    ],
)
def test_look_alikes_the_two_leaders_keep_no_day_from_before(body):
    dated = [e for e in events(body, language="fr") if "meeting" in e.types() and e.date
             and e.date.first == D(2021, 4, 13) and e.mentions[0].date_sentence is not None]
    assert dated == []
