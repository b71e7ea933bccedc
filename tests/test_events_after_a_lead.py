"""Reports that a page's lead leaves to the paragraph after it, and a relative clause that tells
of an event named by the body holding it, in the ways real pages write them:

* a lead that tells who met on which day in no event word ("X welcomed Y in Astana on Tuesday")
  above a paragraph that opens on the talks and the signing with "the leaders": of the lead's day;
* "la cumbre del Consejo Ártico, que se celebrará el viernes": the clause is the summit's, so
  the summit is to come on that Friday, not on the day of the sentence's other event.

Each beside a look-alike. Written for these tests; none is copied."""

from __future__ import annotations

import datetime as dt

import pytest

from ruchina.extract.event_clauses import before_its_relative
from ruchina.extract.event_words import event_words
from ruchina.extract.extraction import extract_article

D = dt.date
WED = D(2021, 4, 14)  # a Wednesday

LEAD = ("Kassym-Jomart Tokayev greeted Shavkat Mirziyoyev at the Akorda in Astana on Tuesday, "
        "calling him the first guest of the spring.")


def events(body: str, language: str = "en", title: str | None = None):
    return extract_article("a", title, None, body, WED, language).events


def mentions_of(found, event_type):
    return [m for e in found for m in e.mentions if m.event_type == event_type]


def test_the_paragraph_after_a_lead_of_no_event_takes_its_day():
    body = (f"{LEAD}\n\nFollowing talks between the two delegations, the leaders signed a treaty on water "
            "sharing and a roadmap for trade.\n\nMirziyoyev flies on to Bishkek later in the week.")
    (talks,) = mentions_of(events(body), "meeting")
    assert talks.date is not None and (talks.date.first, talks.date.last) == (D(2021, 4, 13), D(2021, 4, 13))


@pytest.mark.parametrize(
    "body",
    [
        # a paragraph that names its people itself says who, and may be of another day
        f"{LEAD}\n\nFollowing talks in Tashkent, Tokayev and Mirziyoyev signed a treaty on water sharing.",
        # a lead that reports an event of its own dates that one; the paragraph after stays undated
        "Kassym-Jomart Tokayev held talks with Shavkat Mirziyoyev in Astana on Tuesday.\n\n"
        "Following talks between the two delegations, the leaders signed a treaty on water sharing.",
        # a paragraph further down is no longer the lead's
        f"{LEAD}\n\nThe weather was mild.\n\nFollowing talks between the two delegations, the leaders signed a treaty.",
    ],
)
def test_look_alikes_the_paragraph_after_the_lead_keeps_no_day_from_it(body):
    taken = [m for m in mentions_of(events(body), "meeting") if m.date_sentence is not None]
    assert taken == []


def test_a_spanish_relative_clause_after_the_body_named_dates_the_summit():
    body = ("Los presidentes de Kazajistán, Kassym-Jomart Tokayev, y de Uzbekistán, Shavkat Mirziyoyev, "
            "mantuvieron este miércoles una reunión en Reikiavik, horas antes de la apertura de la cumbre "
            "del Consejo Ártico, que se celebrará el viernes en el puerto.")
    (summit,) = mentions_of(events(body, "es"), "summit")
    assert (summit.date.first, summit.status) == (D(2021, 4, 16), "planned")


@pytest.mark.parametrize(
    "language, sentence, word, relative, expected",
    [
        ("en", "the summit of the Arctic Council, which opens on Friday", "summit", ", which", True),
        ("es", "la cumbre del bloque ártico ASEAN, que se celebrará", "cumbre", ", que", True),
        ("en", "the summit, which opens on Friday", "summit", ", which", True),
        # look-alikes: a day, a place or a lower-case word between them is no body's name
        ("en", "the summit of last week, which many called dull", "summit", ", which", False),
        ("es", "la cumbre de la semana pasada, que muchos olvidaron", "cumbre", ", que", False),
        ("en", "the talks with Lula in Brasilia, which", "talks", ", which", False),
    ],
)
def test_what_stands_between_an_event_word_and_its_relative_clause(language, sentence, word, relative, expected):
    t_end = sentence.index(word) + len(word)
    assert before_its_relative(event_words(language), sentence, t_end, sentence.index(relative)) is expected
