"""Russian dates read in the tense of their own clause (issue 23, classes 3 and 4; issue 25),
and what reading them so must not bring with it. Fixtures written for these tests (other
leaders, places and wording than any text measured), each beside a look-alike that must keep
its reading."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.date_clauses import clause_dates
from ruchina.extract.extraction import extract_article

MONDAY = dt.date(2025, 3, 10)


def days(sentence: str, tense: str) -> list[tuple[str, dt.date, dt.date]]:
    return [(d.phrase, d.first, d.last) for d in clause_dates(sentence, MONDAY, tense, "ru")]


def meetings(body: str, published: dt.date = MONDAY):
    return [m for m in extract_article("a", "Новости", None, body, published, "ru").event_mentions
            if m.event_type == "meeting"]


def test_a_day_in_a_past_clause_is_the_last_one_though_the_sentence_goes_on_to_what_will_be():
    sentence = "Переговоры в Баку 3 марта прошли успешно, а новая встреча министров состоится в апреле."
    assert days(sentence, "future") == [("3 марта", dt.date(2025, 3, 3), dt.date(2025, 3, 3)),
                                        ("в апреле", dt.date(2025, 4, 1), dt.date(2025, 4, 30))]


def test_a_day_in_a_clause_of_the_future_stays_the_coming_one():
    assert days("Министры встретятся 3 марта в Баку, сообщили в МИД.", "future") == [
        ("3 марта", dt.date(2026, 3, 3), dt.date(2026, 3, 3))]


def test_talks_thanked_for_in_a_clause_of_their_own_are_held_on_their_day():
    (talks,) = meetings("Президент Египта поздравил коллег с наступающим праздником, а также выразил "
                        "благодарность за создание условий для проведения в Каире 4 марта переговоров, "
                        "которые будут продолжены.")
    assert (talks.date.first, talks.status) == (dt.date(2025, 3, 4), "occurred")


def test_a_compound_s_side_is_no_party_for_a_leader_named_in_another_clause():
    # Lukashenko thanks the hosts of talks between the two countries; the sentence names him,
    # but not in the clause of the talks: the compound does not make him their party.
    (talks,) = meetings("Президент Белоруссии Александр Лукашенко поздравил Президента Египта с наступающим "
                        "праздником, а также выразил благодарность за создание хороших условий для проведения "
                        "в Каире 4 марта белорусско-американских переговоров.", dt.date(2025, 3, 6))
    assert talks.participant_ids == ()


def test_a_leader_in_the_clause_of_the_talks_is_still_their_party():
    (talks,) = meetings("Президент Белоруссии Александр Лукашенко провёл в Каире 4 марта "
                        "белорусско-американские переговоры.", dt.date(2025, 3, 6))
    assert talks.participant_ids == ("alexander-lukashenko",)


def test_talks_held_the_day_before_are_dated_the_day_before_the_page():
    (talks,) = meetings("Накануне в Ханое Нарендра Моди провёл переговоры с Александром Лукашенко.",
                        dt.date(2024, 9, 12))
    assert (talks.date.first, talks.date.last) == (dt.date(2024, 9, 11), dt.date(2024, 9, 11))


def test_talks_on_the_eve_of_a_visit_are_not_dated_the_day_before():
    (talks,) = meetings("Накануне визита в Ханой Нарендра Моди провёл переговоры с Александром Лукашенко.",
                        dt.date(2024, 9, 12))
    assert talks.date is None or talks.date.first != dt.date(2024, 9, 11)
