"""A summit's days told by the sentence after its report, whose subject is a noun referring back
to it ("La cita, de tres días, comenzó el martes": extract/opening_next_sentences.py,
knowledge/event_spans.yaml ``back_nouns``, ``began``). Beside it, look-alikes that keep the one
day: no duration stated, a span that does not hold the summit's day, an event word of its own."""

import datetime as dt

from ruchina.extract.extraction import extract_article

THURSDAY = dt.date(2021, 9, 16)
TUESDAY, WEDNESDAY = dt.date(2021, 9, 14), dt.date(2021, 9, 15)

REPORT = "Los líderes del Caribe aprobaron este jueves en Nasáu una declaración al cierre de la cumbre regional."


def _summit_days(body: str):
    events = extract_article("x", None, None, body, THURSDAY, "es").events
    summits = [e for e in events if "summit" in e.types()]
    assert len(summits) == 1, [e.types() for e in events]
    return summits[0].date.first, summits[0].date.last


def test_the_next_sentence_opening_on_a_back_noun_gives_the_summits_days():
    body = REPORT + "\n\nLa cita, de tres días, comenzó el martes en el centro de convenciones de la capital."
    assert _summit_days(body) == (TUESDAY, THURSDAY)


def test_a_beginning_with_no_duration_keeps_the_one_day():
    # (no duration: the last day is not told)
    body = REPORT + "\n\nLa cita comenzó el martes en el centro de convenciones de la capital."
    assert _summit_days(body) == (THURSDAY, THURSDAY)


def test_a_span_that_misses_the_summits_day_keeps_the_one_day():
    # (two days from Tuesday end on Wednesday: another gathering's, not Thursday's summit)
    body = REPORT + "\n\nLa cita, de dos días, comenzó el martes en el centro de convenciones de la capital."
    assert _summit_days(body) == (THURSDAY, THURSDAY)


def test_a_sentence_after_another_paragraph_than_the_lead_keeps_the_one_day():
    # (the report in a paragraph of its own after a lead of two sentences: right after a lead sentence that
    # sets the scene, telling no event and no day, it would be the lead's news, event_sentences.py)
    body = ("Hubo sol en la capital. Las calles estaban tranquilas.\n\n" + REPORT
            + "\n\nLa cita, de tres días, comenzó el martes en el centro de convenciones de la capital.")
    assert _summit_days(body) == (THURSDAY, THURSDAY)
