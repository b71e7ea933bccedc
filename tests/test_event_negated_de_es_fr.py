"""A meeting said not to have been held, in German, Spanish and French, names no event: "there was
no bilateral meeting" told with the verb "there is" ("il n'y a pas eu de ...", "no hubo ...", "...
gab es nicht"), with "none" ("ningún encuentro", "kein Treffen") or with a plan said not to be made
("n'est pas prévue", "ist nicht geplant"). The words are data (knowledge/events_<lang>.yaml:
not_held, called_off). Each fixture, written for these tests, stands beside a look-alike whose
meeting is held."""

from __future__ import annotations

import datetime as dt

import pytest

from ruchina.extract.extraction import extract_article

ERDOGAN, BIDEN = "Q39259", "Q6279"
DAY = dt.date(2023, 7, 13)  # a Thursday

LEADS = {
    "fr": "Le sommet de l'OTAN s'est achevé mercredi à Vilnius.",
    "es": "La cumbre de la OTAN concluyó el miércoles en Vilna.",
    "de": "Der Nato-Gipfel ist am Mittwoch in Vilnius zu Ende gegangen.",
}


def met(language, sentence):
    """Whether the article of the lead and ``sentence`` has an event of Erdogan with Biden."""
    body = LEADS[language] + " " + sentence
    events = extract_article("t1", "OTAN", None, body, DAY, language).events
    return any({ERDOGAN, BIDEN} <= e.participants for e in events)


HELD = [
    ("fr", "Il y a eu mardi une rencontre bilatérale entre Recep Tayyip Erdogan et Joe Biden."),
    ("es", "Hubo el martes una reunión bilateral entre Recep Tayyip Erdogan y Joe Biden."),
    ("de", "Am Dienstag gab es ein direktes Gespräch zwischen Recep Tayyip Erdogan und Joe Biden."),
    ("de", "Am Dienstag hatten Recep Tayyip Erdogan und Joe Biden ein bilaterales Treffen."),
]

NOT_HELD = [
    ("fr", "Il n'y a pas eu de rencontre bilatérale entre Recep Tayyip Erdogan et Joe Biden mardi."),
    ("fr", "Une rencontre entre Recep Tayyip Erdogan et Joe Biden mardi n'était pas prévue."),
    ("es", "No hubo reuniones bilaterales entre Recep Tayyip Erdogan y Joe Biden el martes."),
    ("es", "No hubo, por tanto, encuentro entre Recep Tayyip Erdogan y Joe Biden el martes."),
    ("es", "Ningún encuentro entre Recep Tayyip Erdogan y Joe Biden tuvo lugar el martes."),
    ("de", "Ein direktes Gespräch zwischen Recep Tayyip Erdogan und Joe Biden gab es am Dienstag nicht."),
    ("de", "Am Dienstag hatten Recep Tayyip Erdogan und Joe Biden kein bilaterales Treffen."),
    ("de", "Ein Treffen zwischen Recep Tayyip Erdogan und Joe Biden am Dienstag ist nicht geplant."),
]


@pytest.mark.parametrize(("language", "sentence"), HELD)
def test_a_meeting_there_was_is_an_event(language, sentence):
    assert met(language, sentence)


@pytest.mark.parametrize(("language", "sentence"), NOT_HELD)
def test_a_meeting_there_was_not_is_no_event(language, sentence):
    assert not met(language, sentence)


@pytest.mark.parametrize(("language", "lead", "sentence"), [
    # (a negation of something else than the meeting: the summit stays reported)
    ("fr", "Le sommet de l'OTAN s'est achevé mercredi à Vilnius.", "Il n'y a pas eu d'accord au sommet."),
    ("de", "Der Nato-Gipfel ist am Mittwoch in Vilnius zu Ende gegangen.",
     "Keine zwei Wochen nach dem Gipfel reiste Erdogan nach Ankara."),
])
def test_a_summit_a_negation_does_not_name_stays(language, lead, sentence):
    events = extract_article("t1", "OTAN", None, lead + " " + sentence, DAY, language).events
    assert any(e.main and "summit" in e.types() for e in events)


GIVEN_UP = {
    "de": ("Eigentlich hätte das Treffen der beiden im Mai in Oslo stattfinden sollen.",
           "Das nächste Treffen der beiden soll im Mai in Oslo stattfinden."),
    "fr": ("La rencontre des deux dirigeants aurait dû se tenir en mai à Oslo.",
           "La prochaine rencontre des deux dirigeants doit se tenir en mai à Oslo."),
    "es": ("La reunión de ambos debería haberse celebrado en mayo en Oslo.",
           "La próxima reunión de ambos se celebrará en mayo en Oslo."),
}


@pytest.mark.parametrize("language", sorted(GIVEN_UP))
def test_a_plan_told_as_what_should_have_been_is_no_event(language):
    given_up, planned = GIVEN_UP[language]

    def oslo_plans(sentence):
        events = extract_article("t1", "OTAN", None, LEADS[language] + " " + sentence, DAY, language).events
        return [e for e in events if e.date and e.date.first == dt.date(2024, 5, 1)]

    assert oslo_plans(planned)
    assert not oslo_plans(given_up)
