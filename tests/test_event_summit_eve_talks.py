"""Who takes part in talks told around a summit's eve, and what is no event there: "the sides" of
talks its own sentence names two people of ("X held talks with Y, after which the sides signed ...")
are those two, not the summit's leaders told before (extract/counted_groups.py ``sentence_pair``).
A meeting the sentence denies, "said no separate meeting between X and Y had been announced", "отдельной
встречи X и Y не планируется", is no event (knowledge/events_<language>.yaml ``not_held``, ``called_off``).
Talks a verb of their own clause tells after a time reference, "The summit came a day after X held talks
with Y in Z", are a report of their own, of X and Y, the day before the summit's
(extract/time_reference_clauses.py, knowledge ``time_reference_verbs``, ``time_reference_days``).
Talks told "that evening" after a day their sentence names are of that day (knowledge/calendar.yaml
``same_day``). The next edition of a gathering told with no day, "The next summit will be held in X", is no event yet
(extract/next_editions.py, knowledge ``next_edition``). Beside the look-alikes: talks with a gathering's
leaders named by no one keep the summit's people; "a day after X's talks"
(a noun, no verb) still only dates the summit; "the two sides" after a visit and talks are the talks'; a
separate meeting told as to be held is a planned meeting; the next summit told with its day is a plan.
Written for these tests: another body, other leaders, another city and another year than any page of
the benchmarks.
"""

from __future__ import annotations

import datetime as dt

from ruchina.corpus.events_table import merged_events
from ruchina.extract.extraction import extract_article

FRIDAY = dt.date(2019, 3, 15)
PUTIN, LUKASHENKO, TOKAYEV, PASHINYAN, RAHMON = (
    "Q7747", "alexander-lukashenko", "kassym-jomart-tokayev", "nikol-pashinyan", "Q57366")
FIVE = {PUTIN, LUKASHENKO, TOKAYEV, PASHINYAN, RAHMON}
SUMMIT_RU = ("МИНСК, 15 марта. Главы государств Организации Договора о коллективной безопасности сегодня приняли "
             "в Минске совместное заявление. Документ подписали президенты России Владимир Путин, Белоруссии "
             "Александр Лукашенко, Казахстана Касым-Жомарт Токаев, Армении Никол Пашинян и Таджикистана Эмомали "
             "Рахмон. ")


def extraction(text: str, language: str = "ru", published: dt.date = FRIDAY):
    return extract_article("a1", None, None, text, published, language)


def rows(text: str, language: str = "ru", published: dt.date = FRIDAY):
    found = extraction(text, language, published)
    return merged_events([found], {m.entity_id: m.name for m in found.mentions})


def mentions_of(text: str, kind: str, language: str = "ru") -> list[set]:
    return [set(m.participant_ids) for m in extraction(text, language).event_mentions if m.event_type == kind]


def test_the_sides_of_talks_named_in_their_sentence_are_the_two():
    text = SUMMIT_RU + ("Накануне, 14 марта, российский президент провел переговоры с Лукашенко, по итогам которых "
                        "стороны подписали соглашение о сотрудничестве в энергетике.")
    assert mentions_of(text, "meeting") == [{PUTIN, LUKASHENKO}]
    assert {PUTIN, LUKASHENKO} in mentions_of(text, "agreement")
    meetings = [e for e in rows(text) if e.event_type == "meeting"]
    assert [(set(e.participant_ids), e.start_date) for e in meetings] == [({PUTIN, LUKASHENKO}, dt.date(2019, 3, 14))]


def test_english_the_two_sides_after_talks_named_in_their_sentence():
    text = ("MINSK, March 15 (Agency) - The presidents of Russia, Belarus, Kazakhstan, Armenia and Tajikistan "
            "adopted a joint statement at a summit in Minsk on Friday. Vladimir Putin, Alexander Lukashenko, "
            "Kassym-Jomart Tokayev, Nikol Pashinyan and Emomali Rahmon signed it. On Thursday, Putin held talks "
            "with Pashinyan, after which the sides signed an agreement on energy.")
    assert mentions_of(text, "meeting", "en") == [{PUTIN, PASHINYAN}]


def test_look_alike_talks_with_a_gatherings_leaders_keep_the_summits_people():
    text = SUMMIT_RU + ("Накануне, 14 марта, российский президент провел переговоры с лидерами стран ОДКБ, по итогам "
                        "которых стороны подписали соглашение о сотрудничестве в энергетике.")
    assert mentions_of(text, "meeting") == [FIVE]


SUMMIT_EN = ("MINSK, March 15 (Agency) - Vladimir Putin, Alexander Lukashenko, Kassym-Jomart Tokayev, Nikol Pashinyan "
             "and Emomali Rahmon held a summit in Minsk on Friday. ")


def test_a_meeting_told_as_none_announced_is_no_event():
    text = SUMMIT_EN + ("Officials said no separate meeting between Putin and Pashinyan had been announced by the "
                        "evening.")
    assert mentions_of(text, "meeting", "en") == []


def test_look_alike_a_separate_meeting_told_as_announced_is_planned():
    text = SUMMIT_EN + "Officials said a separate meeting between Putin and Pashinyan will be held on Saturday."
    meetings = [e for e in rows(text, "en") if e.event_type == "meeting"]
    assert [(set(e.participant_ids), e.status) for e in meetings] == [({PUTIN, PASHINYAN}, "planned")]


SUMMIT_RU_HELD = ("МИНСК, 15 марта. Главы государств ОДКБ сегодня провели саммит в Минске. В нем участвовали Владимир "
                  "Путин, Александр Лукашенко, Касым-Жомарт Токаев, Никол Пашинян и Эмомали Рахмон. ")


def test_russian_a_meeting_told_as_not_planned_is_no_event():
    text = SUMMIT_RU_HELD + "По словам дипломатов, отдельной встречи Путина и Пашиняна не планируется."
    assert mentions_of(text, "meeting") == []


def test_look_alike_russian_a_separate_meeting_planned_for_a_day():
    text = SUMMIT_RU_HELD + "По словам дипломатов, отдельная встреча Путина и Пашиняна запланирована на субботу."
    assert mentions_of(text, "meeting") == [{PUTIN, PASHINYAN}]


def test_the_next_summit_told_with_no_day_is_no_event():
    for text, language in ((SUMMIT_EN + "The next summit will be held in Kazakhstan.", "en"),
                           (SUMMIT_RU_HELD + "Следующий саммит пройдет в Казахстане.", "ru")):
        assert [e.status for e in rows(text, language) if e.event_type == "summit"] == ["occurred"], language


def test_look_alike_the_next_summit_told_with_its_day_is_planned():
    for text, language in ((SUMMIT_EN + "The next summit will be held in Astana on November 28.", "en"),
                           (SUMMIT_RU_HELD + "Следующий саммит пройдет в Астане 28 ноября.", "ru"),
                           (SUMMIT_EN + "The next summit will be held in Astana in November.", "en")):
        summits = sorted(e.status for e in rows(text, language) if e.event_type == "summit")
        assert summits == ["occurred", "planned"], language


def test_talks_in_a_clause_after_a_day_after_are_their_own_the_day_before():
    text = SUMMIT_EN + "The summit came a day after Putin held talks with Lukashenko in Minsk."
    meetings = [e for e in rows(text, "en") if e.event_type == "meeting"]
    assert [(set(e.participant_ids), e.start_date, e.location_id) for e in meetings] == [
        ({PUTIN, LUKASHENKO}, dt.date(2019, 3, 14), "minsk")]
    assert [e.start_date for e in rows(text, "en") if e.event_type == "summit"] == [FRIDAY]


def test_spanish_talks_in_a_clause_after_un_dia_despues_de_que():
    text = ("MINSK, 15 mar (Agencia) - Vladímir Putin, Alexandr Lukashenko, Kasim-Yomart Tokáyev, Nikol Pashinián y "
            "Emomalí Rajmón celebraron el viernes una cumbre en Minsk. La cumbre llegó un día después de que Putin "
            "mantuviera conversaciones con Lukashenko en Minsk.")
    meetings = [e for e in rows(text, "es") if e.event_type == "meeting"]
    assert [(set(e.participant_ids), e.start_date) for e in meetings] == [({PUTIN, LUKASHENKO}, dt.date(2019, 3, 14))]


def test_look_alike_a_day_after_talks_told_by_a_noun_only_dates_the_summit():
    text = SUMMIT_EN + "The summit came a day after Putin's talks with Lukashenko."
    assert [e.event_type for e in rows(text, "en")] == ["summit"]


def test_look_alike_the_two_sides_of_talks_are_not_the_visits_people_told_before_them():
    text = ("MINSK, March 15 (Agency) - Vladimir Putin and Alexander Lukashenko held talks in Minsk on Wednesday. "
            "Tokayev arrived on Friday for a two-day visit and held talks the same day with Pashinyan, in what the "
            "two sides called a frank exchange.")
    assert {TOKAYEV, PASHINYAN} not in mentions_of(text, "visit", "en")
    assert {TOKAYEV, PASHINYAN} in mentions_of(text, "meeting", "en")


def test_talks_that_evening_after_the_day_of_an_arrival_are_of_that_day():
    text = ("MINSK, March 15 (Agency) - Vladimir Putin, Alexander Lukashenko and Nikol Pashinyan held a summit in "
            "Minsk on Friday. Pashinyan, who arrived in Minsk on Thursday, held talks with Lukashenko that evening.")
    meetings = [e for e in rows(text, "en") if e.event_type == "meeting"]
    assert [(set(e.participant_ids), e.start_date) for e in meetings] == [
        ({PASHINYAN, LUKASHENKO}, dt.date(2019, 3, 14))]
