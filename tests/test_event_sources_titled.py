"""The person a sentence gives as the source of what it reports is no party to the event, also
when a title stands between the source phrase and the name ("according to Kremlin spokesman
Dmitry Peskov", "как заявил пресс-секретарь президента Дмитрий Песков"). Every text is written
for the test; each one that must leave someone out has a look-alike beside it that must not."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.knowledge import base

CATALOG = base.entity_catalog()
PUTIN, LUKASHENKO, PESKOV, LAVROV = (CATALOG.named(name).entity_id for name in (
    "Vladimir Putin", "Alexander Lukashenko", "Dmitry Peskov", "Sergei Lavrov"))
PUBLISHED = dt.date(2024, 3, 12)


def people_at(body: str, language: str, kind: str = "meeting") -> set[str]:
    article = extract_article("sources", None, None, body, PUBLISHED, language)
    return {p for m in article.event_mentions if m.event_type == kind for p in m.participant_ids}


def test_a_titled_source_before_the_report_is_no_participant_in_english():
    body = ("According to Kremlin spokesman Dmitry Peskov, Vladimir Putin and Alexander Lukashenko "
            "held talks in Minsk on Monday.")
    people = people_at(body, "en")
    assert {PUTIN, LUKASHENKO} <= people and PESKOV not in people


def test_one_who_holds_the_talks_after_the_titled_source_is_a_participant_in_english():
    # (the source phrase ends at its comma: the man named after it is the talks' subject)
    body = ("According to the foreign ministry, Sergei Lavrov held talks with Vladimir Putin's "
            "guests in Moscow on Monday.")
    assert LAVROV in people_at(body, "en")


def test_a_titled_source_before_the_report_is_no_participant_in_russian():
    body = ("Как заявил пресс-секретарь президента Дмитрий Песков, переговоры Владимира Путина и "
            "Александра Лукашенко прошли в понедельник в Минске.")
    people = people_at(body, "ru")
    assert {PUTIN, LUKASHENKO} <= people and PESKOV not in people


def test_one_who_reports_as_the_sentence_s_subject_is_a_participant_in_russian():
    body = ("Пресс-секретарь президента Дмитрий Песков провёл в понедельник встречу с "
            "журналистами в Минске.")
    assert PESKOV in people_at(body, "ru")


# --- "the two" of a reported plan: the two named before ------------------------------------

TWO_NAMED = "Vladimir Putin welcomed Alexander Lukashenko at the Kremlin gates. "


def test_a_bare_the_two_before_its_verb_is_the_two_named_before():
    body = TWO_NAMED + "An aide said the two would attend the summit in Kazan in October."
    assert {PUTIN, LUKASHENKO} <= people_at(body, "en", "summit")


def test_the_two_before_a_noun_is_no_pair_of_people():
    body = TWO_NAMED + "The two countries will send delegations to the summit in Kazan in October."
    assert LUKASHENKO not in people_at(body, "en", "summit")


def test_the_genitive_two_leaders_in_russian_is_the_two_named_before():
    body = ("Владимир Путин встретил Александра Лукашенко у входа в Кремль. "
            "Следующая встреча двух лидеров запланирована на октябрь, на саммите в Казани.")
    assert {PUTIN, LUKASHENKO} <= people_at(body, "ru", "summit")


# --- a source is no one "the two" refers back to (event_sources.group_named) ----------------

def test_the_two_after_a_sentence_a_spokesman_reports_are_the_two_he_speaks_of():
    body = (TWO_NAMED + "Kremlin spokesman Dmitry Peskov says Putin told Lukashenko over dinner that "
            "the gas price was settled. The two met again for an hour on Tuesday.")
    assert people_at(body, "en") == {PUTIN, LUKASHENKO}


def test_one_who_tells_another_something_stays_in_the_group():
    # ("told Lukashenko": the one spoken to is a person; the teller is one of the two)
    body = (TWO_NAMED + "Putin told Lukashenko over dinner that the gas price was settled. "
            "The two met again for an hour on Tuesday.")
    assert people_at(body, "en") == {PUTIN, LUKASHENKO}


def test_a_teller_with_a_post_after_the_report_is_no_participant_in_english():
    # (the verb of telling put after the clause told: "..., said the spokesman, Y", "..., said aide Y")
    for body in ("Vladimir Putin and Alexander Lukashenko will hold talks in Minsk on Friday, said the Kremlin "
                 "spokesman, Dmitry Peskov.",
                 "Vladimir Putin and Alexander Lukashenko will hold talks in Minsk on Friday, said aide Dmitry Peskov."):
        people = people_at(body, "en")
        assert {PUTIN, LUKASHENKO} <= people and PESKOV not in people, body


def test_look_alike_a_leader_telling_of_his_talks_after_the_report_stays_in_them():
    body = "Alexander Lukashenko will hold talks in Minsk on Friday, said President Vladimir Putin."
    assert PUTIN in people_at(body, "en")


def test_look_alike_a_pronoun_after_the_verb_of_telling_is_no_post_and_the_place_stays():
    body = "Alexander Lukashenko, who was not invited, said he would travel to Minsk on Friday."
    article = extract_article("sources", None, None, body, PUBLISHED, "en")
    assert {m.location_id for m in article.event_mentions if m.event_type == "visit"} == {"minsk"}
