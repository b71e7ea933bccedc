"""German writes a named forum or summit as one word ("beim Weltwirtschaftsforum", "am Rande des
G7-Gipfels"): the compound is the event word, as "Forum" and "Gipfel" alone are. The look-alikes:
a compound that only begins with the word ("Gipfelkreuz", "Forumsteilnehmer") is none."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

DAY = dt.date(2024, 1, 17)


def families(title, body):
    return sorted(e.family for e in extract_article("a", title, None, body, DAY, "de").events)


def test_a_compound_forum_or_summit_is_the_event_word():
    assert "forum" in families("Macron beim Weltwirtschaftsforum", "Emmanuel Macron sprach am Mittwoch in Davos.")
    assert families("Apulien", "Der G7-Gipfel in Apulien begann am Mittwoch mit Emmanuel Macron.") == ["gathering"]


def test_look_alike_words_that_only_begin_with_the_event_word():
    assert families("Bergtour", "Emmanuel Macron stand am Mittwoch am Gipfelkreuz.") == []
    assert families("Davos", "Die Forumsteilnehmer reisten am Mittwoch ab.") == []


def test_the_governments_talks_written_as_one_word_are_a_meeting_of_the_two():
    from ruchina.knowledge import base
    catalog = base.entity_catalog()
    scholz, macron = (catalog.named(name).entity_id for name in ("Olaf Scholz", "Emmanuel Macron"))
    found = extract_article("a", "Paris und Berlin", None, "Emmanuel Macron hat am Mittwoch in Paris mit "
                            "Olaf Scholz die jährlichen Regierungskonsultationen geführt.", DAY, "de")
    assert any(e.family == "gathering" and {scholz, macron} <= e.participants for e in found.events)


def test_look_alike_experts_talks_in_one_word_are_no_meeting():
    assert families("Paris und Berlin", "Die Expertengespräche in Paris begannen am Mittwoch.") == []
