"""A sitting of a gathering told in German, French, Spanish, Russian or Chinese ("die
Plenarsitzung des Forums", "la séance plénière du forum", "la sesión plenaria del foro",
"пленарное заседание форума", "论坛全会") is a session of it, as English "the plenary session of"
is (EventMention.session, each language's `sessions` and `grammar.session_links`): the merge keeps
it apart from the gathering over its days. Beside the look-alikes that are no session of it: the
forum told with no sitting, and a sitting of a parliament or a government ("la session du Parlement") before it."""

from __future__ import annotations

import datetime as dt

import pytest

from ruchina.extract.extraction import extract_article

DAY = dt.date(2026, 5, 29)

SESSIONS = [
    ("de", "Der kasachische Präsident Tokajew sprach am Donnerstag auf der Plenarsitzung des "
           "Eurasischen Wirtschaftsforums in Almaty."),
    ("fr", "Le président kazakh Tokaïev a pris la parole jeudi lors de la séance plénière du Forum "
           "économique eurasien à Almaty."),
    ("fr", "Le président kazakh Tokaïev a pris la parole jeudi devant la plénière de l’Assemblée du "
           "forum eurasien à Almaty."),
    ("es", "El presidente kazajo Tokáyev intervino el jueves en la sesión plenaria del Foro "
           "Económico Euroasiático en Almaty."),
    # (the genitive, no word between: the session words three words before the forum's)
    ("ru", "Президент Казахстана Токаев выступил в четверг на пленарном заседании Евразийского "
           "экономического форума в Алматы."),
    # (and right before it, where the event word's own match opens with them)
    ("ru", "Президент Казахстана Токаев выступил в четверг на пленарном заседании форума в Алматы."),
    ("zh", "托卡耶夫总统28日在阿拉木图出席欧亚经济论坛全会并发表演讲。"),
]

NO_SESSIONS = [
    ("de", "Der kasachische Präsident Tokajew eröffnete am Donnerstag das Eurasische "
           "Wirtschaftsforum in Almaty."),
    ("de", "Nach der Sitzung des Parlaments reiste Tokajew am Donnerstag zum Wirtschaftsforum nach Almaty."),
    ("fr", "Après la session du Parlement, le président Tokaïev s'est rendu jeudi au Forum économique "
           "eurasien à Almaty."),
    ("es", "Tras la sesión del Congreso, el presidente Tokáyev viajó el jueves al Foro Económico "
           "Euroasiático en Almaty."),
    ("ru", "Президент Казахстана Токаев выступил в четверг на Евразийском экономическом форуме в Алматы."),
    # (a plenary sitting of a government is no sitting of the forum the sentence told before it)
    ("ru", "Токаев выступил в четверг на Евразийском экономическом форуме в Алматы, а накануне провёл "
           "пленарное заседание правительства."),
    ("zh", "托卡耶夫总统28日在阿拉木图出席欧亚经济论坛并会见与会代表。"),
]


def forum_sessions(language: str, body: str) -> list[bool]:
    extraction = extract_article("a", None, None, body, DAY, language)
    return [m.session for event in extraction.events for m in event.mentions if m.event_type == "forum"]


@pytest.mark.parametrize(("language", "body"), SESSIONS)
def test_a_sitting_of_a_forum_is_told_as_its_session(language, body):
    assert any(forum_sessions(language, body))


@pytest.mark.parametrize(("language", "body"), NO_SESSIONS)
def test_the_forum_itself_or_a_parliament_s_sitting_is_no_session_of_it(language, body):
    sessions = forum_sessions(language, body)
    assert sessions and not any(sessions)
