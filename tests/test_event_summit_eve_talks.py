"""Who takes part in talks told around a summit's eve, and what is no event there: "the sides" of
talks its own sentence names two people of ("X held talks with Y, after which the sides signed ...")
are those two, not the summit's leaders told before (extract/counted_groups.py ``sentence_pair``).
Beside the look-alikes: talks with a gathering's leaders named by no one keep the summit's people.
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
