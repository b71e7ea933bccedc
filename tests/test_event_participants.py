"""The participants of an event are those who meet: the people an attendance list names
(in the event's sentence or the sentence after it) and the speakers of a transcript
(extract/event_participants.py, sentence_reports.py; cue words in knowledge/events_<lang>.yaml).

Every fixture is written for these tests in the shape of a readout or a transcript page, in
words of our own; each stands beside a look-alike that must not add anyone: people who did
not take part, who were absent, who sent greetings, who talked to reporters about it."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

PUTIN, XI = "Q7747", "Q15031"
LAVROV, USHAKOV, PESKOV, LUKASHENKO = "sergei-lavrov", "yuri-ushakov", "dmitry-peskov", "alexander-lukashenko"
TOKAYEV = "kassym-jomart-tokayev"
DAY = dt.date(2025, 5, 8)


def main_people(body, title=None, language="ru", published=DAY):
    events = extract_article("t1", title, None, body, published, language).events
    (main,) = [e for e in events if e.main]
    return main.participants


# --- lists after a cue, Russian -------------------------------------------------------------

def test_a_list_in_the_sentence_of_the_event_word_joins_its_event():
    body = ("Владимир Путин провёл переговоры с Председателем КНР Си Цзиньпином, в которых также "
            "приняли участие Сергей Лавров и Юрий Ушаков.")
    assert main_people(body) == {PUTIN, XI, LAVROV, USHAKOV}


def test_a_page_heading_run_into_the_list_still_gives_the_list_to_the_event():
    # (a page whose heading is printed again before its list, all in one run of text)
    body = ("В Кремле состоялась встреча Владимира Путина с Си Цзиньпином.\n\n"
            "Встреча с Си Цзиньпином 8 мая 2025 года Москва, Кремль С российской стороны в переговорах "
            "приняли участие Сергей Лавров и Юрий Ушаков.")
    assert main_people(body, title="Встреча с Си Цзиньпином") == {PUTIN, XI, LAVROV, USHAKOV}


def test_those_who_did_not_take_part_stay_out():
    body = ("Владимир Путин провёл переговоры с Си Цзиньпином в Кремле. "
            "Сергей Лавров и Юрий Ушаков не приняли участия в переговорах.")
    assert main_people(body) == {PUTIN, XI}


def test_a_list_in_the_present_tense_continues_the_event_before():
    body = ("Владимир Путин принял участие в пленарном заседании форума в Москве. "
            "В пленарной сессии также принимают участие Александр Лукашенко и Касым-Жомарт Токаев.")
    assert main_people(body) == {PUTIN, LUKASHENKO, TOKAYEV}


def test_those_who_accompany_take_part_and_those_who_greet_do_not():
    visit = ("Владимир Путин посетил выставку в Москве. "
             "Президента сопровождали Сергей Лавров и Юрий Ушаков.")
    assert main_people(visit) == {PUTIN, LAVROV, USHAKOV}
    greeting = ("Владимир Путин посетил выставку в Москве. "
                "Приветствия участникам направили Сергей Лавров и Юрий Ушаков.")
    assert main_people(greeting) == {PUTIN}


def test_the_one_who_reports_to_the_meeting_takes_part():
    body = ("Владимир Путин провёл совещание в Кремле. "
            "С докладом о положении дел в отрасли выступил Сергей Лавров.")
    assert main_people(body) == {PUTIN, LAVROV}
    about = ("Владимир Путин провёл совещание в Кремле. "
             "Сергей Лавров прокомментировал его итоги журналистам.")
    assert main_people(about) == {PUTIN}


# --- lists after a cue, English -------------------------------------------------------------

def test_those_accompanying_him_take_part_and_one_who_was_not_does_not():
    body = ("Vladimir Putin visited a shipyard in Moscow on Thursday. "
            "Accompanied by Sergei Lavrov, the President inspected the new vessels.")
    assert main_people(body, language="en") == {PUTIN, LAVROV}
    absent = ("Vladimir Putin visited a shipyard in Moscow on Thursday. "
              "He was not accompanied by Sergei Lavrov, who was absent.")
    assert main_people(absent, language="en") == {PUTIN}


def test_people_sending_greetings_are_no_attendees():
    body = ("Vladimir Putin took part in the plenary session of the forum in Moscow on Thursday. "
            "Greetings to the participants were sent by Alexander Lukashenko and Kassym-Jomart Tokayev.")
    assert main_people(body, language="en") == {PUTIN}


# --- the speakers of a transcript ------------------------------------------------------------

def test_the_speakers_of_a_transcript_take_part_in_the_main_event():
    body = ("Vladimir Putin held a meeting with members of the Government in Moscow on Thursday.\n\n"
            "Vladimir Putin: Good afternoon, colleagues. Let us begin.\n\n"
            "Foreign Minister Sergei Lavrov: Mr President, the preparations are complete.\n\n"
            "Yuri Ushakov (retranslated): Thank you.")
    assert main_people(body, title="Meeting with Government members", language="en") == {PUTIN, LAVROV, USHAKOV}


def test_one_who_tells_reporters_something_is_no_speaker():
    body = ("Vladimir Putin held a meeting with members of the Government in Moscow on Thursday.\n\n"
            "After it, Dmitry Peskov told reporters about Sergei Lavrov: the minister would fly out soon.")
    assert main_people(body, title="Meeting with Government members", language="en") == {PUTIN}


def test_an_announced_event_has_no_transcript_to_take_speakers_from():
    body = ("Vladimir Putin will hold talks with Xi Jinping in Moscow next week.\n\n"
            "Sergei Lavrov: We are ready.")
    events = extract_article("t1", "Putin will hold talks with Xi", None, body, DAY, "en").events
    (main,) = [e for e in events if e.main]
    assert LAVROV not in main.participants


# --- one who speaks to another at the event -------------------------------------------------

def test_one_who_tells_the_other_something_during_a_call_takes_part_in_it():
    body = ("Belarusian leader Alexander Lukashenko assured Russia's Vladimir Putin that the grain "
            "deliveries would resume during a telephone conversation on Thursday.")
    assert main_people(body, language="en") == {PUTIN, LUKASHENKO}


def test_one_who_tells_reporters_about_a_call_stays_out_of_it():
    body = ("Kremlin spokesman Dmitry Peskov told journalists that the grain deliveries had come up "
            "during a telephone conversation between Vladimir Putin and Alexander Lukashenko on Thursday.")
    assert PESKOV not in main_people(body, language="en")


def test_one_congratulated_during_a_meeting_is_still_no_party_to_it():
    body = ("Vladimir Putin congratulated Alexander Lukashenko on his birthday during a meeting "
            "of the Security Council on Thursday.")
    assert main_people(body, language="en") == {PUTIN}


# --- a pronoun for the one who meets ---------------------------------------------------------

def _meeting_people(body):
    events = extract_article("t1", None, None, body, DAY, "en").events
    return [e.participants for e in events if any(m.event_type == "meeting" for m in e.mentions)]


def test_he_who_meets_someone_is_the_one_the_sentence_before_named():
    body = ("Alexander Lukashenko flew into Astana on Wednesday morning. He will also hold a meeting "
            "with Kassym-Jomart Tokayev before the dinner.")
    assert _meeting_people(body) == [{LUKASHENKO, TOKAYEV}]


def test_he_who_speaks_of_a_meeting_is_no_party_to_it():
    body = ("Alexander Lukashenko flew into Astana on Wednesday morning. He said that a meeting "
            "with Kassym-Jomart Tokayev would take place on Friday.")
    (people,) = _meeting_people(body)
    assert TOKAYEV in people and LUKASHENKO not in people


def test_a_pronoun_after_someone_named_in_its_own_sentence_adds_no_one():
    body = ("Alexander Lukashenko flew into Astana on Wednesday morning. Vladimir Putin stayed in Minsk, "
            "where he held a meeting with Kassym-Jomart Tokayev on Thursday.")
    (people,) = _meeting_people(body)
    assert TOKAYEV in people and LUKASHENKO not in people


# --- one person written two ways (corpus/participant_spellings.py) ---------------------------

def _row_people(body, title="Meeting with the head of a shipping company"):
    from ruchina.corpus.events_table import merged_events

    extraction = extract_article("s1", title, None, body, DAY, "en")
    names = {m.entity_id: m.name for m in extraction.mentions}
    (row,) = [e for e in merged_events([extraction], names) if "s1" in e.article_ids and e.event_type == "meeting"]
    return sorted(names.get(p, p) for p in row.participant_ids)


def test_a_typo_in_a_discovered_name_does_not_list_its_person_twice():
    """A transcript labels one turn "Gennady Voronkin" and another "Gennadx Voronkin" (a typo of
    the page): two discovered names, one person, listed once, as the more often written."""
    body = ("Vladimir Putin met with the head of the Baltic Lines company Gennady Voronkin.\n\n"
            "Vladimir Putin: Mr Voronkin, how are the new ferries doing?\n\n"
            "Gennady Voronkin: Thank you, Mr President. Two ferries are already at sea.\n\n"
            "Gennadx Voronkin: We plan to launch the third one in the autumn.")
    assert _row_people(body) == ["Gennady Voronkin", "Vladimir Putin"]


def test_two_people_whose_names_are_alike_stay_two():
    """The look-alike: "Marina Lobova" and "Maria Lobova" differ by a letter more in a short word,
    and are two people (sisters, say); both stay."""
    body = ("Vladimir Putin met with the founders of the Lobova Textiles company Marina Lobova and Maria Lobova.\n\n"
            "Marina Lobova: Thank you, Mr President. We employ three hundred weavers.\n\n"
            "Maria Lobova: And we export to twelve countries.")
    assert _row_people(body) == ["Maria Lobova", "Marina Lobova", "Vladimir Putin"]
