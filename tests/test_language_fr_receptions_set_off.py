"""A French host's reception of a guest named by his office, with the day, the time of day and the
place set off by commas between the verb and the guest (« a reçu lundi 7 octobre dans l'après-midi,
au palais de l'Élysée, le premier ministre indien, X »): a meeting of the two, host and guest
(host_meetings.adverbials_only passes over the set-off phrases; « l'après-midi » is no « après »
that puts another time's clause between). Fixtures written for these tests, with other people and
places than any page read; beside look-alikes whose commas set off a clause, not a day or a place,
which must stay no meeting."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

MACRON, MODI, SCHOLZ = "Q3052772", "Q1058", "olaf-scholz"
DAY = dt.date(2024, 10, 8)  # a Tuesday


def meetings(text):
    return [e for e in extract_article("t1", None, None, text, DAY, "fr").events if "meeting" in e.types()]


def test_a_reception_with_its_day_and_place_set_off_by_commas_is_a_meeting_of_host_and_guest():
    found = meetings("Le président français, Emmanuel Macron, a reçu lundi 7 octobre dans l'après-midi, au palais "
                     "de l'Élysée, le premier ministre indien, Narendra Modi. Les deux dirigeants ont parlé du climat.")
    assert len(found) == 1
    assert {MACRON, MODI} <= found[0].participants
    assert found[0].date.first == dt.date(2024, 10, 7)


def test_a_letter_received_then_a_clause_naming_an_office_is_no_meeting():
    """The look-alike: what follows the comma is another verb's clause, not the guest."""
    found = meetings("Emmanuel Macron a reçu lundi une lettre de Berlin, a indiqué le premier ministre Narendra Modi.")
    assert not any(MODI in e.participants for e in found)


def test_a_prize_received_on_a_day_set_off_by_commas_is_no_meeting():
    found = meetings("Emmanuel Macron a reçu lundi, à Strasbourg, le prix européen de la citoyenneté.")
    assert not found


def test_a_time_after_another_event_still_keeps_its_guest_out():
    """The look-alike of « l'après-midi »: « après » itself opens a clause of another time, whose
    people are no guests of the reception (« après la visite de X »)."""
    found = meetings("Emmanuel Macron a reçu lundi le premier ministre indien après la visite d'Olaf Scholz.")
    assert not any(SCHOLZ in e.participants for e in found)


def test_a_place_phrase_holding_the_object_s_head_is_not_passed_over():
    """The look-alike in Spanish: "en Madrid con el presidente X," is no set-off place, it holds the
    meeting's object, who stays one of its people."""
    found = [e for e in extract_article("t1", None, None, "El primer ministro indio, Narendra Modi, se reunió ayer "
                                        "martes en Madrid con el presidente francés, Emmanuel Macron, al que invitó "
                                        "a Nueva Delhi.", DAY, "es").events if "meeting" in e.types()]
    assert any({MACRON, MODI} <= e.participants for e in found)


def test_a_gathering_s_noun_takes_no_object_past_a_set_off_clause():
    """The look-alike after a noun, not a host's verb: the set-off clause is passed over only
    before a host's guest, so the one named after it is no party to the summit."""
    found = [e for e in extract_article("t1", None, None, "Les dirigeants de l'OCS tiennent ce sommet au moment où "
                                        "les ministres sont réunis à Genève, sur fond de querelle avec Narendra Modi.",
                                        DAY, "fr").events if "summit" in e.types()]
    assert all(MODI not in e.participants for e in found)
