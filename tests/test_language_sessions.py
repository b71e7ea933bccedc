"""A sitting of a gathering told in German, French, Spanish, Russian or Chinese ("die
Plenarsitzung des Forums", "la séance plénière du forum", "la sesión plenaria del foro",
"пленарное заседание форума", "论坛全会") is a session of it, as English "the plenary session of"
is (EventMention.session, each language's `sessions` and `grammar.session_links`): the merge keeps
it apart from the gathering over its days. Beside the look-alikes that are no session of it: the
forum told with no sitting, and a sitting of a parliament or a government ("la session du
Parlement") before it. And the merge: a session is kept apart from its gathering told over days,
weekdays too ("opened on Tuesday and runs until Friday"), not from one told by its month alone."""

from __future__ import annotations

import datetime as dt

import pytest

from ruchina.corpus.events_table import merged_events
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


# --- a session beside its gathering told over weekdays ------------------------------------

def _rows(*bodies):
    extractions = [extract_article(f"a{n}", None, None, body, dt.date(2026, 9, 3)) for n, body in enumerate(bodies)]
    names = {m.entity_id: m.name for x in extractions for m in x.mentions}
    return sorted((e.start_date, e.end_date, e.part_of is not None, len(e.article_ids))
                  for e in merged_events(extractions, names) if e.event_type == "forum")


SESSION = "Vladimir Putin spoke at the plenary session of the Eastern Economic Forum in Vladivostok on Thursday."


def test_a_session_stays_apart_from_its_gathering_told_from_one_weekday_to_another():
    # (the forum's days told by weekdays, "opened on Tuesday and runs until Friday", are days as
    # a date's are: the forum over them is the whole, the plenary of Thursday its part)
    rows = _rows(SESSION, "Vladimir Putin attended the Eastern Economic Forum in Vladivostok. The forum, "
                          "which opened on Tuesday and runs until Friday, drew thousands of executives.")
    assert rows == [(dt.date(2026, 9, 1), dt.date(2026, 9, 4), False, 1), (dt.date(2026, 9, 3), dt.date(2026, 9, 3), True, 1)]


def test_a_session_joins_its_gathering_told_by_the_month_alone():
    rows = _rows(SESSION, "Vladimir Putin attended the Eastern Economic Forum in Vladivostok in September.")
    assert rows == [(dt.date(2026, 9, 3), dt.date(2026, 9, 3), False, 2)]
