"""A three-way meeting told beside two leaders' talks is another meeting: the third leader is
no party to the talks (extract/event_three_way.py, knowledge three_way). Fixtures written for
these tests, with other leaders and places; each beside a look-alike that stays one meeting."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.event_three_way import told_three_way
from ruchina.extract.extraction import extract_article

PUTIN = "Q7747"
TOKAYEV, MIRZIYOYEV = "kassym-jomart-tokayev", "shavkat-mirziyoyev"
DAY = dt.date(2023, 7, 5)
LEAD = "Vladimir Putin held talks with Kazakh President Kassym-Jomart Tokayev in Astana on Wednesday. "


def rows(more, language="en", title="Putin and Tokayev meet in Astana", lead=LEAD):
    return extract_article("t1", title, None, lead + more, DAY, language).events


def test_a_trilateral_meeting_is_not_the_talks_of_two():
    events = rows("Putin and Tokayev later joined Uzbek President Shavkat Mirziyoyev for a trilateral meeting.")
    (main,) = [e for e in events if e.main]
    assert main.participants == {PUTIN, TOKAYEV}
    assert any(e.participants == {PUTIN, TOKAYEV, MIRZIYOYEV} for e in events if not e.main)


def test_a_meeting_with_a_third_leader_told_plainly_stays_one():
    events = rows("Putin and Tokayev later joined Uzbek President Shavkat Mirziyoyev for a meeting.")
    assert [e.participants for e in events] == [{PUTIN, TOKAYEV, MIRZIYOYEV}]


def test_a_three_way_format_in_russian_is_another_meeting():
    lead = "Владимир Путин провёл в среду переговоры с Президентом Казахстана Касым-Жомартом Токаевым в Астане. "
    events = rows("Затем Путин и Токаев встретились с Президентом Узбекистана Шавкатом Мирзиёевым в трёхстороннем формате.",
                  language="ru", title="Переговоры с Президентом Казахстана", lead=lead)
    (main,) = [e for e in events if e.main]
    assert MIRZIYOYEV not in main.participants


def test_their_talks_after_a_three_way_meeting_are_the_two_leaders_talks():
    # (the three-way meeting is no group that "their talks" refer back to: event_sentences.py)
    events = rows("Putin and Tokayev later joined Uzbek President Shavkat Mirziyoyev for a trilateral meeting."
                  "\n\nTheir talks came a week after floods hit the region.")
    (main,) = [e for e in events if e.main]
    assert main.participants == {PUTIN, TOKAYEV}


def test_their_talks_after_a_plain_meeting_of_three_are_the_meeting_of_three():
    events = rows("Putin and Tokayev later joined Uzbek President Shavkat Mirziyoyev for a meeting."
                  "\n\nTheir talks came a week after floods hit the region.")
    assert [e.participants for e in events] == [{PUTIN, TOKAYEV, MIRZIYOYEV}]


def test_a_title_naming_the_three_is_the_trilateral_meeting_told_again():
    # (the headline's plain "talks" of the three and the lead's trilateral meeting: one meeting)
    lead = ("Samarkand, Sep 14 - Uzbek President Shavkat Mirziyoyev on Thursday hosted Vladimir Putin and "
            "Kazakh President Kassym-Jomart Tokayev for a trilateral meeting on water sharing. ")
    events = rows("The three agreed to meet again in the spring.", lead=lead,
                  title="Mirziyoyev hosts Putin, Tokayev for talks on water in Samarkand")
    meetings = [e for e in events if "meeting" in e.types()]
    assert [e.participants for e in meetings] == [{PUTIN, TOKAYEV, MIRZIYOYEV}]


def test_look_alike_a_title_of_two_leaders_talks_stays_apart_from_the_trilateral_meeting():
    lead = ("Samarkand, Sep 14 - Uzbek President Shavkat Mirziyoyev on Thursday held talks with Vladimir Putin, "
            "and the two later joined Kazakh President Kassym-Jomart Tokayev for a trilateral meeting. ")
    events = rows("The three agreed to meet again in the spring.", lead=lead,
                  title="Mirziyoyev and Putin hold talks in Samarkand")
    meetings = sorted((e.participants for e in events if "meeting" in e.types()), key=len)
    assert meetings == [{PUTIN, MIRZIYOYEV}, {PUTIN, TOKAYEV, MIRZIYOYEV}]


class _Clause:
    """A report's sentence and the part of it that speaks of the event (EventMention's fields)."""

    def __init__(self, sentence, scope=(0, 0)):
        self.sentence, self.scope = sentence, scope


def test_a_three_way_word_is_found_in_every_language_and_any_case():
    # (each language's pieces are looked for before its words, in lower case: none may be missed)
    from ruchina.extract.event_three_way import told_three_way

    for sentence in ("Trilateral talks followed in the evening.", "Danach folgte ein Dreiertreffen.",
                     "Luego hubo una reunión a tres bandas.", "Puis une rencontre à trois a suivi.",
                     "Трёхсторонняя встреча прошла вечером.", "随后举行了三方会晤。"):
        assert told_three_way(_Clause(sentence)), sentence
    # Look-alikes: a three-day visit; a three-way word outside the report's own clause.
    assert not told_three_way(_Clause("The three-day visit ended in Astana."))
    sentence = "They met on Monday, a day before the trilateral summit."
    assert not told_three_way(_Clause(sentence, (0, sentence.index(","))))


# A verb of meeting, then the meeting's noun with its three-way words after it, as French writes them
# ("se sont retrouvés lundi pour leur réunion à trois"): one report, told three-way by the noun's words,
# apart from a leader's reception of one of them that afternoon.
FR_DAY = dt.date(2023, 7, 4)
FR_LEAD = ("Les chefs de la diplomatie brésilienne, chilienne et péruvienne se sont retrouvés lundi à Lima pour "
           "leur cinquième réunion {kind}. ")
FR_MORE = "Dans l'après-midi, le président Vladimir Putin a reçu Sergueï Lavrov au Kremlin."


def fr_gatherings(kind: str):
    events = extract_article("t2", None, None, FR_LEAD.format(kind=kind) + FR_MORE, FR_DAY, "fr").events
    return [e for e in events if e.family == "gathering"]


def test_a_meeting_noun_whose_three_way_words_follow_it_keeps_the_reception_apart():
    assert len(fr_gatherings("à trois")) == 2


def test_look_alike_a_meeting_noun_with_no_three_way_words_is_told_three_way_by_nothing():
    mentions = extract_article("t3", None, None, FR_LEAD.format(kind="annuelle"), FR_DAY, "fr").event_mentions
    assert mentions and not any(told_three_way(m) for m in mentions)
    mentions = extract_article("t3", None, None, FR_LEAD.format(kind="à trois"), FR_DAY, "fr").event_mentions
    assert mentions and all(told_three_way(m) for m in mentions)
