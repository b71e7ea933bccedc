"""An answer's event takes the place of the question it answers (issue 23, English articles):
"Will you go to X? - I plan to attend the opening ceremony." Fixtures written for these tests."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

_OPENING = (
    "The session went on with questions from the floor.\n\n"
    "Anna Morozova: Mr President, people say you will travel to Minsk for the games next year. "
    "Which sport will you watch? "
    "Vladimir Putin: I plan to attend the opening ceremony. "
    "Anna Morozova: Thank you. "
    "Vladimir Putin: Thank you."
)


def _ceremony(body):
    extraction = extract_article("a", "Questions and answers at the forum", None, body, dt.date(2023, 3, 1))
    return [m for m in extraction.event_mentions if "opening ceremony" in m.sentence]


def test_an_answer_takes_the_place_its_question_names():
    (ceremony,) = _ceremony(_OPENING)
    assert ceremony.location_id == "minsk"


def test_an_answer_after_a_statement_takes_no_place_from_it():
    # the look-alike: the turn before ends with a statement, not a question: no place moves
    (ceremony,) = _ceremony(_OPENING.replace("Which sport will you watch?", "We all hope to watch it."))
    assert ceremony.location_id is None


def test_an_answer_to_a_question_naming_two_places_takes_neither():
    body = _OPENING.replace("for the games next year", "for the games, or to Kazan")
    (ceremony,) = _ceremony(body)
    assert ceremony.location_id is None
