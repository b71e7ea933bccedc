"""Russian and German event words the extraction used to miss: an order or a medal presented
to a leader ("вручил орден"), that ceremony told again as the subject of its sentence
("Церемония прошла в ..."), a guest received by a host ("hat ... empfangen"), and a forum or
a summit named by a compound ("Weltwirtschaftsforum", "Sondergipfel"). Every text is written
for the test; each one that must find something has a look-alike beside it that must not."""

from __future__ import annotations

import datetime as dt

import pytest

from ruchina.extract.extraction import extract_article
from ruchina.knowledge import base

CATALOG = base.entity_catalog()
TOKAYEV, MODI, LUKASHENKO, ASTANA, MINSK = (CATALOG.named(name).entity_id for name in (
    "Kassym-Jomart Tokayev", "Narendra Modi", "Alexander Lukashenko", "Astana", "Minsk"))
PUBLISHED = dt.date(2024, 7, 4)


def extracted(body: str, language: str, title: str | None = None):
    return extract_article("awards", title, None, body, PUBLISHED, language)


# --- an order presented (ru) ----------------------------------------------------------------

AWARD_LEAD = ("Президент Казахстана Касым-Жомарт Токаев в четверг вручил премьер-министру Индии Нарендре Моди "
              "высший орден республики.")


def test_an_order_presented_to_a_leader_is_an_event_of_both_on_its_day():
    events = extracted(AWARD_LEAD, "ru").events
    (award,) = [e for e in events if e.types() == {"other"}]
    assert {TOKAYEV, MODI} <= award.participants and award.date.first == PUBLISHED


@pytest.mark.parametrize("body", [
    "Министр иностранных дел вручил послу ноту протеста в связи с инцидентом на границе.",
    "Касым-Жомарт Токаев вручил Нарендре Моди папку с предложениями по торговле.",
])
def test_a_note_or_a_folder_handed_over_is_no_award(body):
    assert not any(m.event_type == "other" for m in extracted(body, "ru").event_mentions)


def test_the_ceremony_told_again_as_its_sentences_subject_places_the_award():
    body = AWARD_LEAD + " Церемония прошла в Астане после переговоров."
    events = extracted(body, "ru").events
    (award,) = [e for e in events if e.types() == {"other"}]
    assert award.location_id == ASTANA and {TOKAYEV, MODI} <= award.participants


def test_a_ceremony_of_its_own_is_not_the_award_told_again():
    body = AWARD_LEAD + " Накануне в Минске состоялась торжественная церемония по случаю открытия школы."
    events = extracted(body, "ru").events
    (award,) = [e for e in events if e.main]
    assert award.location_id != MINSK


# --- a guest received (de) ----------------------------------------------------------------

def test_a_guest_received_by_the_host_is_their_meeting_on_its_day_and_place():
    body = ("Der belarussische Machthaber Alexander Lukaschenko hat den kasachischen Präsidenten Kassym-Schomart "
            "Tokajew am Donnerstag in Minsk empfangen.")
    (meeting,) = [e for e in extracted(body, "de").events if e.types() == {"meeting"}]
    assert {LUKASHENKO, TOKAYEV} <= meeting.participants and meeting.location_id == MINSK
    assert meeting.date.first == PUBLISHED


@pytest.mark.parametrize("body", [
    "Die Bodenstation in Minsk hat am Donnerstag erstmals Signale des Satelliten empfangen.",
    # (a host receiving guests one after another welcomes a gathering's guests: no talks of two)
    "In Astana empfängt Tokajew Lukaschenko und Modi zum Gipfel.",
])
def test_signals_received_or_guests_welcomed_in_a_row_are_no_meeting_of_two(body):
    meetings = [m for m in extracted(body, "de").event_mentions if m.event_type == "meeting"]
    assert not any(len(m.participant_ids) == 2 for m in meetings)


# --- compounds (de) ------------------------------------------------------------------------

def test_a_forum_or_a_summit_named_by_a_compound_is_one():
    body = ("Tokajew nahm am Donnerstag am Weltwirtschaftsforum teil. Lukaschenko reist am Freitag zum "
            "Sondergipfel nach Astana.")
    types = {m.event_type for m in extracted(body, "de").event_mentions}
    assert {"forum", "summit"} <= types


def test_a_mountains_peak_is_no_summit():
    body = "Tokajew stieg am Donnerstag mit Bergführern auf den Berggipfel des Khan Tengri."
    assert not any(m.event_type == "summit" for m in extracted(body, "de").event_mentions)


# --- news wording of talks, arrivals and receptions (ru) ---------------------------------------

@pytest.mark.parametrize("body, kind", [
    ("Александр Лукашенко принял в Минске Президента Казахстана Касым-Жомарта Токаева.", "meeting"),
    ("Александр Лукашенко и Касым-Жомарт Токаев переговорили в понедельник в Минске.", "meeting"),
    ("Александр Лукашенко пообщался с Касым-Жомартом Токаевым в неформальной обстановке.", "meeting"),
    ("Александр Лукашенко и Касым-Жомарт Токаев переговорили по телефону.", "call"),
    ("Касым-Жомарт Токаев в четверг приехал в Минск.", "visit"),
])
def test_news_wording_of_talks_calls_and_arrivals(body, kind):
    assert kind in {m.event_type for m in extracted(body, "ru").event_mentions}


@pytest.mark.parametrize("body", [
    "Александр Лукашенко принял Федеральный закон о бюджете Союзного государства.",
    "Касым-Жомарт Токаев принял решение о назначении посла в Минске.",
    "Мы с благодарностью приняли Ваше приглашение, сказал Касым-Жомарт Токаев.",
    "Касым-Жомарт Токаев пообщался с журналистами у трапа самолёта.",
    "Касым-Жомарт Токаев осмотрел новый корпус и пообщался со студентами.",
])
def test_a_law_a_decision_an_invitation_or_the_press_is_no_meeting(body):
    assert not any(m.event_type == "meeting" for m in extracted(body, "ru").event_mentions)


def test_a_guest_to_be_received_is_a_plan():
    body = "В понедельник Александр Лукашенко примет в Минске Касым-Жомарта Токаева."
    (meeting,) = [m for m in extracted(body, "ru").event_mentions if m.event_type == "meeting"]
    assert meeting.status == "planned" and {LUKASHENKO, TOKAYEV} <= set(meeting.participant_ids)


# --- news wording of talks and arrivals (de) ---------------------------------------------------

@pytest.mark.parametrize("body, kind", [
    ("Lukaschenko und Tokajew führten am Mittwoch in Minsk ein Gespräch unter vier Augen.", "meeting"),
    ("Alexander Lukaschenko und Kassym-Schomart Tokajew haben am Mittwoch miteinander gesprochen.", "meeting"),
    ("Alexander Lukaschenko und Kassym-Schomart Tokajew berieten am Mittwoch über den Transit.", "meeting"),
    ("Nach dem Spitzentreffen in Minsk reiste Tokajew ab.", "meeting"),
    ("Kassym-Schomart Tokajew ist am Montag zu einem Arbeitsbesuch in Minsk eingetroffen.", "visit"),
    ("Kassym-Schomart Tokajew traf am Montag zu einem Staatsbesuch in Minsk ein.", "state_visit"),
])
def test_german_wording_of_talks_and_arrivals(body, kind):
    assert kind in {m.event_type for m in extracted(body, "de").event_mentions}


@pytest.mark.parametrize("body", [
    # (he arrived: no one met)
    "Kassym-Schomart Tokajew traf am Montag in Minsk ein.",
    "Tokajew sagte im Gespräch mit der Zeitung Kasachstanskaja Prawda, der Handel wachse.",
    "Ein neues Abkommen über den Transit ist im Gespräch, sagte Kassym-Schomart Tokajew.",
    "Die neuen Zölle betreffen vor allem Getreide, sagte Kassym-Schomart Tokajew am Montag.",
])
def test_an_arrival_an_interview_a_plan_under_discussion_or_concern_is_no_meeting(body):
    assert not any(m.event_type == "meeting" for m in extracted(body, "de").event_mentions)


# --- signings told with words between (ru, de) --------------------------------------------------

@pytest.mark.parametrize("body, language", [
    ("Александр Лукашенко и Касым-Жомарт Токаев подписали в Минске совместное заявление о транзите.", "ru"),
    ("По итогам встречи стороны приняли совместное заявление о транзите.", "ru"),
    ("Совместное коммюнике было принято по итогам переговоров.", "ru"),
    ("Lukaschenko und Tokajew unterzeichneten am Montag in Minsk eine Erklärung über den Transit.", "de"),
    ("Nach der Unterzeichnung eines Abkommens über den Transit sprach Tokajew von einem Erfolg.", "de"),
])
def test_a_signing_or_a_joint_statement_adopted_is_an_agreement(body, language):
    assert "agreement" in {m.event_type for m in extracted(body, language).event_mentions}


@pytest.mark.parametrize("body, language", [
    ("Парламент принял закон о бюджете, заявление депутатов опубликовано.", "ru"),
    ("Tokajew unterzeichnete am Montag ein Gesetz über die Haushaltsmittel und eine Erklärung der Regierung lag vor.",
     "de"),
])
def test_a_law_passed_beside_a_statement_is_no_agreement(body, language):
    assert "agreement" not in {m.event_type for m in extracted(body, language).event_mentions}


def test_a_groups_outing_is_no_visit():
    body = "Касым-Жомарт Токаев рассказал, что школьники вместе с родителями вчера приехали впервые в Минск."
    assert not any(m.event_type == "visit" for m in extracted(body, "ru").event_mentions)


# --- a guest told first, his host after the verb by office (ru) -------------------------------

def test_a_guest_told_before_the_verb_is_received_by_the_host_after_it():
    body = "Во вторник Нарендру Моди принял президент Казахстана Касым-Жомарт Токаев."
    meetings = [e for e in extracted(body, "ru").events if "meeting" in e.types()]
    assert [e.participants for e in meetings] == [{TOKAYEV, MODI}]


def test_a_decision_taken_by_an_office_holder_is_no_reception():
    body = "Во вторник решение принял председатель комиссии, сообщил Касым-Жомарт Токаев."
    assert not [e for e in extracted(body, "ru").events if "meeting" in e.types()]
