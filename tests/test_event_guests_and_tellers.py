"""A guest of honour told by the celebrations he comes for, and one who only tells of another's plan.

- The celebrations of a victory's anniversary are its parade (knowledge/events_en.yaml and
  events_ru.yaml ``parade``): "for the celebrations of the 80th anniversary of victory", "гостем
  торжеств 9 Мая в честь Победы" (the genitive plural, a day between); the celebrations of a city or
  of another day are none.
- Spanish irregular futures ("será el invitado de honor") tell a plan: its yearless day is the one to
  come (events_es.yaml ``tense.future``).
- One who "confirmed" another's plan, or an office that speaks ("Российский лидер напомнил, что ...",
  extract/office_speakers.py), tells of the event and is not at it.
- A minister's talks with his counterpart do not make the counterpart his visit's host
  (extract/event_visits.py): a visit's host is a head of state or government.
- A time of day that opens a sentence told held ("Am Nachmittag hatte X verhandelt") goes on with the
  held story's day, not a planned one's told between (extract/dates_same_day_opening.py).
- A German ordinal with its stop before a counted noun ("zum 80. Jahrestag") ends no sentence
  (text/sentences.py, languages.yaml ``ordinal_nouns``).

Fixtures written for these tests, with other guests, parades and visits than any page read; each
beside a look-alike that must not trigger."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.text.sentences import split_sentences

PUTIN, LAVROV, KIM = "Q7747", "sergei-lavrov", "kim-jong-un"
LUKASHENKO, TOKAYEV, JAISHANKAR = "alexander-lukashenko", "kassym-jomart-tokayev", "subrahmanyam-jaishankar"


def events(text, published, language="en"):
    return extract_article("t1", None, None, text, published, language).events


def of_type(found, kind):
    return [e for e in found if kind in e.types()]


def test_the_celebrations_of_a_victory_s_anniversary_are_its_parade():
    found = events("Kim Jong Un is expected in Beijing next month for the celebrations of the 80th anniversary "
                   "of victory over Japan.", dt.date(2025, 8, 1))
    assert [e.participants for e in of_type(found, "parade")] == [{KIM}]


def test_the_celebrations_of_a_city_s_anniversary_are_no_parade():
    found = events("Kim Jong Un is expected in Beijing next month for the celebrations of the city's 1000th "
                   "anniversary.", dt.date(2025, 8, 1))
    assert not of_type(found, "parade")


def test_in_russian_the_guest_of_the_victory_day_celebrations_attends_its_parade():
    found = events("Александр Лукашенко будет почётным гостем торжеств 9 Мая в честь 80-летия Победы.",
                   dt.date(2025, 4, 20), "ru")
    parades = of_type(found, "parade")
    assert [e.participants for e in parades] == [{LUKASHENKO}]
    assert parades[0].date.first == dt.date(2025, 5, 9)


def test_in_russian_the_celebrations_of_another_day_are_no_parade():
    found = events("Александр Лукашенко будет почётным гостем торжеств 12 июня в честь Дня России.",
                   dt.date(2025, 4, 20), "ru")
    assert not of_type(found, "parade")


def test_in_spanish_an_irregular_future_dates_the_parade_to_come():
    found = events("Kim Jong Un será el invitado de honor del desfile del 3 de septiembre en Pekín.",
                   dt.date(2025, 8, 1), "es")
    assert [e.date.first for e in of_type(found, "parade")] == [dt.date(2025, 9, 3)]


def test_in_spanish_a_past_guest_of_honour_is_of_the_parade_gone_by():
    found = events("Kim Jong Un fue el invitado de honor del desfile del 3 de septiembre en Pekín.",
                   dt.date(2025, 8, 1), "es")
    assert [e.date.first for e in of_type(found, "parade")] == [dt.date(2024, 9, 3)]


def test_one_who_confirms_another_s_plan_is_not_at_the_event():
    found = events("Sergei Lavrov confirmed that Kim Jong Un will attend the parade in Beijing on September 3.",
                   dt.date(2025, 8, 1))
    assert [e.participants for e in of_type(found, "parade")] == [{KIM}]


def test_one_who_confirms_his_own_plan_is_at_the_event():
    found = events("Sergei Lavrov arrived in Pyongyang on Monday. Lavrov confirmed he will attend the parade "
                   "in Beijing on September 3.", dt.date(2025, 8, 1))
    assert [e.participants for e in of_type(found, "parade")] == [{LAVROV}]


def test_in_russian_an_office_that_recalls_another_s_plan_is_not_at_the_event():
    found = events("Президент России Владимир Путин провёл переговоры с Александром Лукашенко в Минске. "
                   "Российский лидер напомнил, что Касым-Жомарт Токаев станет гостем торжеств 9 Мая в честь "
                   "80-летия Победы.", dt.date(2025, 4, 20), "ru")
    assert [e.participants for e in of_type(found, "parade")] == [{TOKAYEV}]


def test_in_russian_an_office_that_takes_part_is_at_the_event():
    found = events("Президент России Владимир Путин провёл переговоры с Александром Лукашенко в Минске. "
                   "Российский лидер примет участие в торжествах 9 Мая в честь 80-летия Победы.",
                   dt.date(2025, 4, 20), "ru")
    assert [e.participants for e in of_type(found, "parade")] == [{PUTIN}]


def test_a_visiting_minister_s_talks_with_his_counterpart_name_no_host():
    found = events("Subrahmanyam Jaishankar arrived in Moscow on Monday for a three-day visit. He will hold "
                   "talks with Sergei Lavrov on Tuesday.", dt.date(2025, 4, 7))
    assert [e.participants for e in of_type(found, "visit")] == [{JAISHANKAR}]


def test_a_visitor_s_talks_with_the_head_of_state_name_the_host():
    found = events("Subrahmanyam Jaishankar arrived in Moscow on Monday for a three-day visit. He will hold "
                   "talks with Vladimir Putin on Tuesday.", dt.date(2025, 4, 7))
    assert [e.participants for e in of_type(found, "visit")] == [{JAISHANKAR, PUTIN}]


def test_in_german_a_time_of_day_of_held_talks_skips_a_planned_parade_s_day():
    found = events("Narendra Modi hat am Dienstag den Außenminister Sergej Lawrow in Neu-Delhi empfangen. "
                   "Kassym-Schomart Tokajew soll als Ehrengast an der Parade am 26. Januar in Neu-Delhi "
                   "teilnehmen. Am Nachmittag hatte Lawrow mit seinem Amtskollegen Subrahmanyam Jaishankar "
                   "verhandelt.", dt.date(2025, 1, 14), "de")
    talks = [e for e in of_type(found, "meeting") if JAISHANKAR in e.participants]
    assert [e.date.first for e in talks] == [dt.date(2025, 1, 14)]


def test_in_german_a_time_of_day_after_one_planned_day_alone_takes_it():
    found = events("Kassym-Schomart Tokajew soll als Ehrengast an der Parade am 26. Januar in Neu-Delhi "
                   "teilnehmen. Am Nachmittag wird Tokajew mit Narendra Modi verhandeln.", dt.date(2025, 1, 14), "de")
    talks = [e for e in of_type(found, "meeting") if TOKAYEV in e.participants]
    assert [e.date.first for e in talks] == [dt.date(2025, 1, 26)]


def test_in_german_an_ordinal_before_a_counted_noun_ends_no_sentence():
    assert split_sentences("Er kam zum 75. Jahrestag der Gründung nach Minsk. Dort sprach er.") == [
        "Er kam zum 75. Jahrestag der Gründung nach Minsk.", "Dort sprach er."]


def test_in_german_a_count_at_a_sentence_s_end_still_ends_it():
    assert split_sentences("Die Zahl der Gäste stieg auf 75. Die Polizei sprach von Ruhe.") == [
        "Die Zahl der Gäste stieg auf 75.", "Die Polizei sprach von Ruhe."]


def test_in_german_meeting_both_one_and_the_other_is_two_meetings():
    """"traf X sowohl A als auch B": X met each of them, two meetings of two."""
    found = events("Am Rande des Forums in Astana traf Putin am Mittwoch sowohl Kassym-Schomart Tokajew als auch "
                   "Narendra Modi.", dt.date(2024, 7, 4), "de")
    assert sorted(sorted(e.participants) for e in of_type(found, "meeting")) == [
        sorted({PUTIN, "Q1058"}), sorted({PUTIN, TOKAYEV})]


def test_in_german_meeting_a_and_b_together_is_one_meeting():
    found = events("Am Rande des Forums in Astana traf Putin am Mittwoch Kassym-Schomart Tokajew und "
                   "Narendra Modi.", dt.date(2024, 7, 4), "de")
    assert [e.participants for e in of_type(found, "meeting")] == [{PUTIN, TOKAYEV, "Q1058"}]


def test_in_german_a_speech_at_the_forum_s_plenum_reports_its_session():
    found = events("Mit einer Rede auf dem Plenum des Östlichen Wirtschaftsforums hat Wladimir Putin am Mittwoch "
                   "in Wladiwostok die Sanktionen kritisiert.", dt.date(2022, 9, 8), "de")
    assert [[m.session for m in e.mentions] for e in of_type(found, "forum")] == [[True]]


def test_in_german_a_speech_at_the_forum_reports_no_session():
    found = events("Mit einer Rede auf dem Östlichen Wirtschaftsforum hat Wladimir Putin am Mittwoch "
                   "in Wladiwostok die Sanktionen kritisiert.", dt.date(2022, 9, 8), "de")
    assert [[m.session for m in e.mentions] for e in of_type(found, "forum")] == [[False]]


def test_in_russian_signers_listed_after_the_documents_and_the_verb_sign_them():
    """"Договор подписали: ... министр А. А. Громыко, ... премьер Н. С. Хрущёв" (the documents first,
    the signers after a colon, each after his mandate): they are the agreement's people."""
    found = events("Сегодня в Кремле состоялось подписание Договора о дружбе между СССР и Финляндией.\n\n"
                   "Договор подписали: по уполномочию Президиума Верховного Совета СССР - Министр иностранных "
                   "дел СССР А. Я. Вышинский, по уполномочию Правительства Финляндии - Премьер Урхо Кекконен.",
                   dt.date(1950, 2, 14), "ru")
    assert "andrey-vyshinsky" in {p for e in of_type(found, "agreement") for p in e.participants}


def test_in_russian_those_present_at_a_signing_do_not_sign():
    found = events("Сегодня в Кремле состоялось подписание Договора о дружбе между СССР и Финляндией.\n\n"
                   "При подписании присутствовали: товарищ А. Я. Вышинский и члены делегации.",
                   dt.date(1950, 2, 14), "ru")
    assert "andrey-vyshinsky" not in {p for e in of_type(found, "agreement") for p in e.participants}


def test_in_russian_one_who_confirms_another_s_plan_is_not_at_the_event():
    found = events("Министр иностранных дел России Сергей Лавров подтвердил, что Касым-Жомарт Токаев станет гостем "
                   "торжеств 9 Мая в честь 80-летия Победы.", dt.date(2025, 4, 20), "ru")
    assert [e.participants for e in of_type(found, "parade")] == [{TOKAYEV}]
