"""The reporters who put a news conference's questions are not its participants
(extract/press_questioners.py). Fixtures written for these tests in the shape of a presidency's
page: a conference's transcript, each turn under its speaker's label; each beside a look-alike
(a meeting whose unknown speakers are its participants, an interview's one interviewer) that
must keep its speakers."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

PUTIN = "Q7747"
DAY = dt.date(2024, 10, 3)

CONFERENCE = (
    "The President answered questions from journalists for three hours.\n\n"
    "Vladimir Putin: Good afternoon. Let us begin. Dmitry Peskov: The first question, please. "
    "Marta Velichko: Good afternoon, Northern Gazette. Will the new bridge over the river open this year? "
    "Vladimir Putin: It will open in the spring. Dmitry Peskov: The next question. "
    "Gleb Sorokin: Radio Volga. What will happen to grain prices next year? "
    "Vladimir Putin: They will stay where they are.")


def main_event(title, body, published=DAY, language="en"):
    (main,) = [e for e in extract_article("p1", title, None, body, published, language).events if e.main]
    return main


def peskov():
    from ruchina.knowledge.base import entity_catalog

    return entity_catalog().named("Dmitry Peskov").entity_id


def test_the_reporters_of_a_news_conference_are_not_its_participants():
    main = main_event("Annual news conference", CONFERENCE)
    assert main.participants == {PUTIN, peskov()}


def test_the_same_unknown_speakers_at_a_meeting_take_part_in_it():
    body = CONFERENCE.replace("answered questions from journalists for three hours",
                              "held a meeting with regional farmers on grain storage")
    main = main_event("Meeting with regional farmers", body)
    assert {"marta-velichko", "gleb-sorokin"} <= main.participants


def test_one_interviewer_is_a_party_to_the_interview():
    body = ("Vladimir Putin gave an interview to Radio Volga.\n\n"
            "Gleb Sorokin: Mr President, will grain prices rise? Vladimir Putin: They will not. "
            "Gleb Sorokin: And the bridge? Vladimir Putin: It opens in the spring.")
    main = main_event("Interview: answers to questions from Radio Volga", body)
    assert "gleb-sorokin" in main.participants


def test_the_reporters_of_a_russian_press_conference_are_not_its_participants():
    body = ("Владимир Путин провёл пресс-конференцию по итогам года.\n\n"
            "В.Путин: Добрый день, начнём. Д.Песков: Первый вопрос, пожалуйста. "
            "М.Величко: Добрый день, «Северная газета». Когда откроют мост через реку? "
            "В.Путин: Весной. Г.Сорокин: «Радио Волга». Что будет с ценами на зерно? В.Путин: Они не вырастут.")
    main = main_event("Пресс-конференция по итогам года", body, language="ru")
    assert main.participants == {PUTIN, peskov()}
    meeting = main_event("Совещание с фермерами", body.replace("провёл пресс-конференцию по итогам года",
                                                                "провёл совещание с фермерами"), language="ru")
    assert len(meeting.participants - {PUTIN, peskov()}) == 2


def test_an_interviewer_is_no_party_to_the_meeting_the_answers_tell_of():
    """The page's title names answers to one journalist's questions, not an interview event;
    his first question runs into the lead and tells of the meeting just held: the meeting is the
    President's, not the journalist's. The look-alike, the same turns under an interview's
    title, keeps him as a party to the interview."""
    turns = ("Gleb Sorokin: Mr President, we have just watched your meeting on river shipping. Will the "
             "locks be repaired? Vladimir Putin: They will, this summer. Gleb Sorokin: And the ports? "
             "Vladimir Putin: Next year.")
    main = main_event("Answers to questions from journalist Gleb Sorokin", turns)
    assert main.participants == {PUTIN}
    interview = main_event("Interview with Radio Volga", turns)
    assert "gleb-sorokin" in interview.participants


BRIEFING = ("Spokesperson Lin Hao: Good afternoon. Q: Can you tell us about the premier's trip? "
            "Lin Hao: Premier Li Keqiang will pay an official visit to Norway from June 3 to 5 at the invitation "
            "of Prime Minister Erna Solberg.")


def test_a_spokespersons_regular_press_conference_is_no_event_of_its_own():
    """Its answers tell the events (a visit to come); the routine briefing itself is none."""
    events = extract_article("p1", "Foreign Ministry Spokesperson's Regular Press Conference on May 28, 2071",
                             None, BRIEFING, dt.date(2071, 5, 28)).events
    assert events and all(e.mentions[0].event_type == "visit" for e in events)


def test_look_alike_a_leaders_annual_news_conference_is_the_articles_event():
    main = main_event("Annual news conference", CONFERENCE)
    assert main.mentions[0].event_type == "other" and PUTIN in main.participants


AIDE_BRIEFING = (
    "Vladimir Putin had a telephone conversation with President of Brazil Luiz Inacio Lula da Silva.\n\n"
    "The two presidents discussed trade and the coming BRICS summit.\n\n"
    "From the briefing by Presidential Aide Yury Ushakov:\n\n"
    "Question: Who proposed the call?\n\n"
    "Yury Ushakov: The Brazilian side did. The conversation lasted about forty minutes.\n\n"
    "Question: Was a visit discussed?\n\n"
    "Yury Ushakov: Only in general terms.")


def test_an_aide_who_only_answers_reporters_questions_about_a_call_is_not_on_it():
    main = main_event("Telephone conversation with President of Brazil", AIDE_BRIEFING)
    assert "call" in main.types()
    assert not any("ushakov" in p for p in main.participants), "he briefs the press after the call"


def test_look_alike_a_speaker_of_the_talks_transcript_who_answers_the_other_is_at_them():
    body = ("Vladimir Putin held talks with President of Brazil Luiz Inacio Lula da Silva in the Kremlin.\n\n"
            "Luiz Inacio Lula da Silva: Mr President, how is the harvest this year?\n\n"
            "Yury Ushakov: Very good, and the exports are growing.\n\n"
            "Vladimir Putin: Yury Viktorovich has the figures.")
    main = main_event("Talks with President of Brazil", body)
    assert any("ushakov" in p for p in main.participants), "the question before his turn is a speaker's of the talks"
