"""A German pronoun put right after its verb ("Dort traf er X", "Am Dienstag empfing ihn X": German
puts the subject, or a pronoun object, after the verb when another part opens the sentence) stands
for the one the sentence before named, as it would before the verb: that person takes part
(events_de.yaml ``grammar.pronouns_after_verb``, inverted_objects.py). Fixtures written for these
tests, with other people than any page read; beside the look-alike in which the verb's object is
someone else named, and no pronoun follows the verb, so the one named before stays out."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

DAY = dt.date(2013, 10, 23)
ARRIVAL = "Der indische Premierminister Manmohan Singh ist am Montag in Moskau gelandet. "
SINGH, PUTIN = "manmohan-singh", "Q7747"


def meetings(body):
    return [e for e in extract_article("t1", None, None, body, DAY, "de").events if "meeting" in e.types()]


def test_a_subject_pronoun_after_the_verb_is_the_one_named_before():
    found = meetings(ARRIVAL + "Am Dienstag traf er im Kreml Präsident Wladimir Putin.")
    assert len(found) == 1 and {SINGH, PUTIN} <= found[0].participants


def test_an_object_pronoun_after_the_verb_is_the_guest_named_before():
    found = meetings(ARRIVAL + "Am Dienstag empfing ihn Präsident Wladimir Putin im Kreml.")
    assert len(found) == 1 and {SINGH, PUTIN} <= found[0].participants


def test_a_named_object_after_the_verb_leaves_the_one_named_before_out():
    found = meetings(ARRIVAL + "Am Dienstag traf Präsident Wladimir Putin im Kreml den Gouverneur von Tula.")
    assert len(found) == 1 and SINGH not in found[0].participants
