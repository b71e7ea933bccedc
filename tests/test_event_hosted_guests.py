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


# --- a guest list that gives each guest's state in brackets ---------------------------------

RAHMON, PUTIN, XI, MIRZIYOYEV = (CATALOG.named(name).entity_id for name in (
    "Emomali Rahmon", "Vladimir Putin", "Xi Jinping", "Shavkat Mirziyoyev"))


def _reports(title: str, body: str, language: str):
    return extract_article("t", title, None, body, dt.date(2019, 6, 14), language).event_mentions


def test_a_guest_s_state_in_brackets_does_not_end_the_host_s_list_of_guests():
    body = ("The bloc's leaders gathered in Dushanbe on Thursday for their yearly summit. The host, Emomali Rahmon, "
            "received Vladimir Putin (Russia), Xi Jinping (China) and Shavkat Mirziyoyev (Uzbekistan).")
    received = [m for m in _reports("Leaders gather in Dushanbe", body, "en") if "received" in m.sentence]
    assert received and received[0].event_type == "summit"
    assert set(received[0].participant_ids) == {RAHMON, PUTIN, XI, MIRZIYOYEV}


def test_a_german_guest_list_with_states_in_brackets_is_the_summit_s_people():
    body = ("Die Gruppe ist am Donnerstag in Duschanbe zu ihrem Jahresgipfel zusammengekommen. Gastgeber Emomali "
            "Rahmon empfing die Präsidenten Wladimir Putin (Russland), Xi Jinping (China) und Schawkat Mirsijojew "
            "(Usbekistan).")
    received = [m for m in _reports("Gipfel in Duschanbe", body, "de") if "empfing" in m.sentence]
    assert [m.event_type for m in received] == ["summit"]
    assert set(received[0].participant_ids) == {RAHMON, PUTIN, XI, MIRZIYOYEV}


def test_a_bracket_that_holds_no_state_still_ends_the_list():
    # (a remark in brackets after the first guest is no state he represents: the list stops
    # there, and the host received one guest, for talks of the two)
    body = ("The bloc's leaders gathered in Dushanbe on Thursday for their yearly summit. The host, Emomali Rahmon, "
            "received Vladimir Putin (who had flown in late the night before) and later "
            "phoned Xi Jinping and Shavkat Mirziyoyev.")
    received = [m for m in _reports("Leaders gather in Dushanbe", body, "en") if m.event_type in ("meeting", "summit")
                and "received" in m.sentence]
    assert [(m.event_type, set(m.participant_ids)) for m in received] == [("meeting", {RAHMON, PUTIN})]
