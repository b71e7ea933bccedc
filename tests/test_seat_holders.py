"""A leader told by his seat or his country's office and no name ("the Kremlin chief", "der
Kremlchef", "the Soviet leader"): the year's holder (knowledge/offices.yaml,
extract/seat_holders.py), and the entities table lists him though no article names him
(corpus/people_by_office.py). Beside each, a look-alike that must not: the seat as a speaker, a
holder of another time, a year the office changed hands, no date, a country whose office the
knowledge base has no holder of, a page naming another holder. Every fixture is written for
these tests."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from ruchina.corpus.entities_table import entities_table
from ruchina.extract.extraction import extract_article
from ruchina.knowledge.office_terms import office_holder, office_holders, seat_offices

PUTIN, MEDVEDEV, MODI = "Q7747", "dmitry-medvedev", "Q1058"
KHRUSHCHEV, WEN, HU = "nikita-khrushchev", "wen-jiabao", "hu-jintao"
SPRING_2017 = dt.date(2017, 4, 11)


def _gatherings(body, language, published=SPRING_2017):
    extraction = extract_article("t1", "Archive", None, body, published, language)
    return [e.participants for e in extraction.events if e.family == "gathering"]


def test_the_terms_give_one_holder_only_inside_a_term():
    assert office_holder("President of Russia", 2017) == PUTIN
    assert office_holder("President of Russia", 2010) == MEDVEDEV
    # (2008 and 2012: the office changed hands; 1975: the PRC had no head of state)
    assert office_holder("President of Russia", 2008) is None
    assert office_holder("President of Russia", 2012) is None
    assert office_holder("President of China", 1975) is None
    assert office_holder("President of Russia", None) is None
    assert {PUTIN, MEDVEDEV} <= office_holders("President of Russia")
    assert seat_offices("Kremlin", 1970) == ("Leader of the Soviet Union",)
    assert seat_offices("Kremlin", 1991) == ("Leader of the Soviet Union", "President of Russia")


def test_a_seat_phrase_in_four_languages_is_the_years_holder():
    reports = [
        ("en", "The Kremlin chief held talks with Narendra Modi in Moscow on Monday."),
        ("de", "Der Kremlchef empfing am Montag in Moskau den indischen Premierminister Narendra Modi zu Gesprächen."),
        ("fr", "Le chef du Kremlin a reçu lundi à Moscou le Premier ministre indien Narendra Modi."),
        ("es", "El jefe del Kremlin recibió el lunes en Moscú al primer ministro indio Narendra Modi."),
    ]
    for language, body in reports:
        assert _gatherings(body, language) == [{PUTIN, MODI}], language
    # (another year's Kremlin: the man of that year)
    assert _gatherings("The Kremlin chief held talks with Narendra Modi in Moscow on Monday.", "en",
                       dt.date(2010, 4, 12)) == [{MEDVEDEV, MODI}]


def test_the_seat_as_a_speaker_or_another_times_holder_is_no_participant():
    assert _gatherings("The Kremlin said on Monday that the talks with Narendra Modi in Moscow went well.",
                       "en") == [{MODI}]
    assert _gatherings("A former Kremlin chief held talks with Narendra Modi in Moscow on Monday.", "en") == [{MODI}]
    assert _gatherings("Der frühere Kremlchef empfing am Montag in Moskau den indischen Premierminister Narendra Modi zu Gesprächen.", "de") == [{MODI}]
    # (the holder who only speaks of the meeting is no party to it, as one named would be none)
    speaker = _gatherings('Brasilien, Indien und Japan haben sich in Kasan zum ersten Gipfel ihrer Gruppe getroffen. '
                          'Gastgeber Dmitri Medwedew, Luiz Inácio Lula da Silva und Narendra Modi verabschiedeten eine '
                          'Erklärung. Der Kremlchef sprach von einem "wichtigen Treffen". Eine neue Währung fehlt.', "de",
                          dt.date(2010, 5, 18))
    assert [people for people in speaker if MEDVEDEV in people] == [], speaker
    # ("the Kremlin chief of staff" is an official, not the seat's holder)
    assert _gatherings("The Kremlin chief of staff held talks with Narendra Modi in Moscow on Monday.",
                       "en") == [{MODI}]


def test_no_holder_in_a_year_the_office_changed_hands_or_with_no_date():
    body = "The Kremlin chief held talks with Narendra Modi in Moscow on Monday."
    assert _gatherings(body, "en", dt.date(2012, 4, 9)) == [{MODI}]
    assert _gatherings(body, "en", None) == [{MODI}]
    # (that year, the one holder the article names is the one meant)
    named = "Vladimir Putin flew south. " + body
    assert _gatherings(named, "en", dt.date(2012, 4, 9)) == [{PUTIN, MODI}]


def test_a_countrys_office_of_a_page_that_names_no_holder_is_the_years():
    assert _gatherings("The Soviet leader held talks with Zhou Enlai in Beijing on Monday.", "en",
                       dt.date(1959, 10, 5)) == [{KHRUSHCHEV, "zhou-enlai"}]
    assert _gatherings("The Chinese premier met Narendra Modi in Beijing on Monday.", "en",
                       dt.date(2005, 4, 11)) == [{WEN, MODI}]
    assert _gatherings("Le dirigeant chinois a rencontré lundi Narendra Modi à Pékin.", "fr",
                       dt.date(2005, 4, 11)) == [{HU, MODI}]
    # (a country whose office the knowledge base gives no terms of: no one)
    assert _gatherings("The Brazilian leader met Narendra Modi in Brasilia on Monday.", "en",
                       dt.date(2005, 4, 11)) == [{MODI}]


def test_the_entities_table_lists_a_holder_no_article_names():
    extraction = extract_article("t1", "Archive", None,
                                 "The Kremlin chief held talks with Narendra Modi in Moscow on Monday.", SPRING_2017, "en")
    assert PUTIN not in {m.entity_id for m in extraction.mentions}
    rows = entities_table([extraction], [SimpleNamespace(location_id=None, article_ids=["t1"],
                                                         participant_ids=[PUTIN, MODI])]).to_pylist()
    putin = next(r for r in rows if r["entity_id"] == PUTIN)
    assert putin["article_ids"] == ["t1"] and putin["n_mentions"] == 1 and putin["linked"]
    # (no events row holds him: no row)
    rows = entities_table([extraction], []).to_pylist()
    assert PUTIN not in {r["entity_id"] for r in rows}


def test_an_office_after_an_indefinite_article_is_no_one_in_particular():
    """ "the first talks with a Soviet leader since ...": any holder, not the year's; beside it "the Soviet
    leader" of the same page and year is."""
    assert _gatherings("Zhou Enlai held talks in Hanoi on Monday, the first by a Soviet leader there.", "en",
                       dt.date(1959, 10, 5)) == [{"zhou-enlai"}]
    assert _gatherings("Zhou Enlai held talks in Hanoi on Monday with the Soviet leader.", "en",
                       dt.date(1959, 10, 5)) == [{"zhou-enlai", KHRUSHCHEV}]


def test_a_person_named_in_a_since_clause_after_the_event_is_no_party_to_it():
    assert _gatherings("Zhou Enlai held talks in Hanoi on Monday, the first since Nikita Khrushchev fell.", "en",
                       dt.date(1965, 10, 5)) == [{"zhou-enlai"}]
    assert _gatherings("Zhou Enlai held talks in Hanoi on Monday with Nikita Khrushchev.", "en",
                       dt.date(1965, 10, 5)) == [{"zhou-enlai", KHRUSHCHEV}]


def test_a_premier_told_by_his_office_is_the_years_not_the_named_leader_who_once_held_it():
    # (Putin, named as the sender of greetings, was premier before 2012; in 2017 the premier is Medvedev)
    body = ("Dmitri Medvedev est arrivé lundi à New Delhi. Le chef du gouvernement russe a été reçu mardi par "
            "Narendra Modi, à qui il a transmis les salutations de Vladimir Poutine.")
    assert {MEDVEDEV, MODI} in _gatherings(body, "fr")
    assert all(PUTIN not in people for people in _gatherings(body, "fr"))


def test_a_former_premier_told_by_his_office_is_no_participant():
    body = ("Dmitri Medvedev est arrivé lundi à New Delhi. L'ancien chef du gouvernement russe a été reçu mardi par "
            "Narendra Modi, à qui il a transmis les salutations de Vladimir Poutine.")
    assert {MEDVEDEV, MODI} not in _gatherings(body, "fr")


def test_a_generic_leader_named_as_often_as_a_past_one_is_the_years():
    # (Jiang and Mao each named once: "le dirigeant chinois" of 1994 is Jiang; of 1957, Mao)
    body = ("Jiang Zemin est arrivé lundi à Moscou, une première depuis Mao Zedong. "
            "Le dirigeant chinois a rencontré mardi Boris Eltsine au Kremlin.")
    [people_1994] = [e.participants for e in extract_article("t", None, None, body, dt.date(1994, 9, 7), "fr").events
                     if e.types() == {"meeting"}]
    assert "jiang-zemin" in people_1994 and "mao-zedong" not in people_1994
    [people_1957] = [e.participants for e in extract_article("t", None, None, body, dt.date(1957, 11, 7), "fr").events
                     if e.types() == {"meeting"}]
    assert "mao-zedong" in people_1957
