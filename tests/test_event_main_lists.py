"""The people a page lists for its main event (issue 23): a list under a name written with a
sign ("the G20+ meeting"), and a list that follows a sentence naming the main event again with
no one, no place and no day of its own ("Kazakhstan chaired the video meeting. Taking part in
the meeting were ..."). Fixtures written for these tests, each beside a look-alike that must
not add anyone or move the event."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

DAY = dt.date(2024, 3, 12)
PUTIN, XI, MODI = "Q7747", "Q15031", "Q1058"
TOKAYEV, LUKASHENKO = "kassym-jomart-tokayev", "alexander-lukashenko"


def events(body, title, published=DAY):
    return extract_article("t1", title, None, body, published).events


def main_event(body, title, published=DAY):
    (main,) = [e for e in events(body, title, published) if e.main]
    return main


def test_a_list_under_an_event_name_with_a_plus_sign_takes_part():
    body = ("Vladimir Putin attended a BRICS+ meeting held via videoconference.\n\n"
            "Taking part in the BRICS+ meeting were President of China Xi Jinping, Prime Minister of India "
            "Narendra Modi and President of Kazakhstan Kassym-Jomart Tokayev.")
    assert {PUTIN, XI, MODI, TOKAYEV} <= main_event(body, "BRICS+ meeting").participants


def test_a_plus_sign_name_with_no_list_adds_no_one():
    body = ("Vladimir Putin attended a BRICS+ meeting held via videoconference.\n\n"
            "The BRICS+ meeting was later praised in a column about Narendra Modi and his budget.")
    assert MODI not in main_event(body, "BRICS+ meeting").participants


SESSION = ("Vladimir Putin took part in an emergency session of the Collective Security Council.\n\n"
           "Belarus chaired the videoconference meeting, which was devoted to the floods. Taking part in "
           "the meeting were President of Kazakhstan Kassym-Jomart Tokayev and President of Belarus "
           "Alexander Lukashenko.")


def test_a_list_after_the_main_event_named_again_joins_the_main_event():
    main = main_event(SESSION, "Session of the Collective Security Council")
    assert {PUTIN, TOKAYEV, LUKASHENKO} <= main.participants
    assert main.date is not None and main.date.first == DAY


def test_a_meeting_of_another_day_and_place_stays_apart_from_the_main_event():
    body = SESSION + "\n\nOn March 9, an extraordinary meeting of the parliament was convened in Kyrgyzstan."
    main = main_event(body, "Session of the Collective Security Council")
    assert {PUTIN, TOKAYEV, LUKASHENKO} <= main.participants
    assert main.date.first == DAY and main.location_id is None


FORUM = "Vladimir Putin addressed the plenary session of the Water Forum via videoconference."


def test_the_moderator_of_the_main_event_takes_part():
    body = FORUM + " The forum moderator was Ivan Kostrov, head of the water union."
    assert "ivan-kostrov" in main_event(body, "Water Forum").participants


def test_someone_who_only_sent_the_moderator_questions_takes_no_part():
    body = FORUM + " The moderator's questions were drafted by aides of Ivan Kostrov in advance."
    assert "ivan-kostrov" not in main_event(body, "Water Forum").participants


CEREMONY = ("Vladimir Putin received letters of credence from newly arrived ambassadors. As is traditional, "
            "the ceremony took place in the Kremlin.\n\n")


def test_those_who_present_something_to_the_host_at_the_ceremony_take_part():
    body = CEREMONY + "Letters of credence were presented to Vladimir Putin by Ivan Kostrov (Slovakia)."
    assert {PUTIN, "ivan-kostrov"} <= main_event(body, "Ceremony of presenting letters of credence").participants


def test_one_who_only_wrote_the_letters_takes_no_part():
    body = CEREMONY + "The letters of credence were drafted long ago by Ivan Kostrov, a protocol officer."
    assert "ivan-kostrov" not in main_event(body, "Ceremony of presenting letters of credence").participants
