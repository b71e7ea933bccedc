"""A state visit's welcome and banquet hold their host, the visited country's head of state (a king
told by his office alone too, "the King"), and their guest, the visit's visitor told by a pronoun
or a title ("will welcome him", "for the Indian leader"); the visit is paid to that head of state
(extract/ceremony_guests.py, extract/event_state_hosts.py). A ceremony another hosts, one on another
day than the visit's, or one for a guest of its own takes no visitor. Written for these tests."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

MODI, WILLEM_ALEXANDER, MACRON, XI = "Q1058", "Q154946", "Q3052772", "Q15031"
MONDAY = dt.date(2019, 6, 10)
ARRIVAL = "Indian Prime Minister Narendra Modi lands in the Netherlands on Monday evening for a state visit."


def events_of(body: str, language: str = "en") -> list:
    return extract_article("h1", None, None, body, MONDAY, language).events


def ceremonies(body: str, language: str = "en") -> list:
    return [(e.participants, e.ceremonies, {m.status for m in e.mentions})
            for e in events_of(body, language) if e.family == "other"]


def test_the_kings_welcome_holds_the_guest_a_pronoun_stands_for():
    body = ARRIVAL + " On Tuesday morning King Willem-Alexander will welcome him with full military honours."
    assert ceremonies(body) == [({MODI, WILLEM_ALEXANDER}, {"welcome"}, {"planned"})]


def test_the_visit_is_paid_to_the_king_who_welcomes_its_guest():
    body = ARRIVAL + " On Tuesday morning King Willem-Alexander will welcome him with full military honours."
    visit = next(e for e in events_of(body) if e.family == "visit")
    assert WILLEM_ALEXANDER in visit.participants


def test_the_bare_king_of_a_banquet_is_the_visited_countrys_monarch():
    body = ARRIVAL + " The King will host a state banquet in his honour on Tuesday."
    assert ceremonies(body) == [({MODI, WILLEM_ALEXANDER}, {"banquet"}, {"planned"})]


def test_a_presidents_welcome_holds_the_guest_too():
    body = ("Narendra Modi lands in Paris on Monday evening for a state visit to France. On Tuesday morning "
            "Emmanuel Macron will welcome him with full military honours.")
    assert ceremonies(body) == [({MODI, MACRON}, {"welcome"}, {"planned"})]


def test_a_welcome_another_host_gives_takes_no_guest():
    body = ARRIVAL + " On Tuesday morning the mayor, Femke Halsema, will welcome him with full military honours."
    assert all(MODI not in people for people, _, _ in ceremonies(body))


def test_a_banquet_of_another_month_is_no_part_of_the_visit():
    body = ARRIVAL + " King Willem-Alexander will host a state banquet for the Emperor of Japan in October."
    assert all(MODI not in people for people, _, _ in ceremonies(body))


def test_a_banquet_for_a_guest_of_its_own_takes_no_other_visitor():
    body = ARRIVAL + " On Tuesday King Willem-Alexander will host a state banquet for Xi Jinping."
    assert ceremonies(body) == [({XI, WILLEM_ALEXANDER}, {"banquet"}, {"planned"})]


def test_the_prime_minister_of_the_talks_is_no_guest_of_the_welcome():
    body = (ARRIVAL + " King Willem-Alexander will welcome him with military honours on Tuesday. Modi then holds "
            "talks with the prime minister, Mark Rutte.")
    assert ceremonies(body) == [({MODI, WILLEM_ALEXANDER}, {"welcome"}, {"planned"})]


def test_a_gala_dinner_of_the_kings_is_the_state_banquet_in_spanish():
    body = ("El primer ministro indio, Narendra Modi, llegó el sábado a Madrid para una visita de Estado a España. "
            "El domingo por la noche, los Reyes ofrecieron al mandatario indio una cena de gala en el Palacio Real.")
    assert ceremonies(body, "es") == [({MODI, "Q191045"}, {"banquet"}, {"occurred"})]
