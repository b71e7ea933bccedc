"""A lead that tells its title's event in no event word, "X hosted A, B and C": the host's
guests take part in the title's event beside the host. Texts written for the test; each has
a look-alike that must not be read so."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.knowledge import base

CATALOG = base.entity_catalog()
LULA, ERDOGAN, MACRON, TOKAYEV, LUKASHENKO = (
    CATALOG.named(name).entity_id for name in ("Luiz Inácio Lula da Silva", "Recep Tayyip Erdoğan", "Emmanuel Macron",
                                               "Kassym-Jomart Tokayev", "Alexander Lukashenko"))
PUBLISHED = dt.date(2022, 11, 16)
TITLE = "Leaders close Astana forum with pledge on grain corridors"


def title_event(body: str):
    found = extract_article("t", TITLE, None, body, PUBLISHED, "en").event_mentions
    return next(m for m in found if m.part == "title")


def test_the_guests_a_lead_s_host_received_take_part_in_the_title_s_event():
    body = ("Kazakh President Kassym-Jomart Tokayev hosted Turkish President Recep Tayyip Erdogan, "
            "French President Emmanuel Macron and Belarusian leader Alexander Lukashenko at the Palace of Peace.\n\n"
            "The gathering ended with a joint statement.")
    assert set(title_event(body).participant_ids) == {TOKAYEV, ERDOGAN, MACRON, LUKASHENKO}


def test_people_after_other_words_than_a_guest_list_are_no_guests():
    # (a letter from someone is no guest of the host)
    body = ("Kazakh President Kassym-Jomart Tokayev received a letter of thanks from Emmanuel Macron "
            "at the Palace of Peace.\n\nThe gathering ended with a joint statement.")
    assert set(title_event(body).participant_ids) == {TOKAYEV}


def test_a_person_in_the_next_sentence_is_no_guest():
    body = ("Kazakh President Kassym-Jomart Tokayev hosted the closing session. Emmanuel Macron "
            "sent a message.\n\nThe gathering ended with a joint statement.")
    assert MACRON not in title_event(body).participant_ids
