"""The leaders of the years before 2012 are known people in every language the knowledge base
writes names in (knowledge/entities*.yaml): their transliterations link, a word that only looks
like one of their names does not, and none of them takes a current leader's office."""

from __future__ import annotations

import datetime as dt

import pytest

from ruchina.extract.article_people import role_holder
from ruchina.extract.extraction import extract_article
from ruchina.extract.linking import link_entities
from ruchina.knowledge.base import entity_catalog


def people(text: str, language: str) -> list[tuple[str, str]]:
    return [(m.surface, m.name) for m in link_entities(text, language=language)
            if m.entity_type == "PERSON" and m.linked]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "On a windy morning in Harbin, Boris Yeltsin sat down with Jiang Zemin; Jiang later raised a toast "
           "to Viktor Chernomyrdin.",
     [("Boris Yeltsin", "Boris Yeltsin"), ("Jiang Zemin", "Jiang Zemin"), ("Jiang", "Jiang Zemin"),
      ("Viktor Chernomyrdin", "Viktor Chernomyrdin")]),
    ("en", "Emomali Rakhmonov flew in late, after Nazarbayev and Askar Akayev had already left.",
     [("Emomali Rakhmonov", "Emomali Rahmon"), ("Nazarbayev", "Nursultan Nazarbayev"),
      ("Askar Akayev", "Askar Akayev")]),
    ("ru", "Ху Цзиньтао принял Нурсултана Назарбаева в Ухане; Ху вспомнил, как Цзян Цзэминь встречал Ельцина.",
     [("Ху Цзиньтао", "Hu Jintao"), ("Нурсултана Назарбаева", "Nursultan Nazarbayev"), ("Ху", "Hu Jintao"),
      ("Цзян Цзэминь", "Jiang Zemin"), ("Ельцина", "Boris Yeltsin")]),
    ("zh", "温家宝在杭州会见了来访的弗拉德科夫，朱镕基和錢其琛也出席。",
     [("温家宝", "Wen Jiabao"), ("弗拉德科夫", "Mikhail Fradkov"), ("朱镕基", "Zhu Rongji"),
      ("錢其琛", "Qian Qichen")]),
    ("de", "Jelzins Gast war Nasarbajew; Medwedjew und Rachmonow kamen einen Tag später nach Kasan.",
     [("Jelzins", "Boris Yeltsin"), ("Nasarbajew", "Nursultan Nazarbayev"), ("Medwedjew", "Dmitry Medvedev"),
      ("Rachmonow", "Emomali Rahmon")]),
    ("fr", "Boris Eltsine a accueilli Noursoultan Nazarbaïev puis Pervez Moucharraf à Sotchi.",
     [("Boris Eltsine", "Boris Yeltsin"), ("Noursoultan Nazarbaïev", "Nursultan Nazarbayev"),
      ("Pervez Moucharraf", "Pervez Musharraf")]),
    ("es", "Medvédev recibió a Nazarbáyev y a Mahmud Ahmadineyad en Kazán.",
     [("Medvédev", "Dmitry Medvedev"), ("Nazarbáyev", "Nursultan Nazarbayev"),
      ("Mahmud Ahmadineyad", "Mahmoud Ahmadinejad")]),
])
def test_a_past_leader_is_linked_as_the_language_writes_him(language, text, expected):
    assert people(text, language) == expected


@pytest.mark.parametrize(("language", "text"), [
    # a bare Chinese surname where the article never names the leader in full
    ("en", "Jiang said the new ferry line would open in spring; Hu agreed."),
    ("ru", "Ху сказал, что паром откроется весной."),
    # a Chinese leader's name inside ordinary words: "announce what" holds Bush's 布什
    ("zh", "他没有宣布什么新的计划。"),
    # Holland, not the French president who bears its name
    ("fr", "Il a passé trois étés en Hollande avant de rentrer à Lyon."),
    # the province, not Jiang
    ("en", "The Jiangxi and Jiangsu delegations arrived by train."),
    # the guest house, not Tony Blair, in an article that never names him in full
    ("en", "The delegation slept at Blair House before the talks."),
])
def test_a_look_alike_of_a_past_leaders_name_is_not_him(language, text):
    assert people(text, language) == []


def test_another_indian_singh_is_not_manmohan_singh():
    found = people("Manmohan Singh arrived first; Jaswant Singh followed with the papers.", "en")
    assert found[0] == ("Manmohan Singh", "Manmohan Singh")
    assert ("Singh", "Manmohan Singh") not in found


@pytest.mark.parametrize(("office", "country", "holder"), [
    ("President", "China", "Xi Jinping"),
    ("President", "Kazakhstan", "Kassym-Jomart Tokayev"),
    ("President", "Brazil", "Luiz Inácio Lula da Silva"),
    ("President", "South Africa", "Cyril Ramaphosa"),
    ("Prime Minister", "India", "Narendra Modi"),
    ("President", "Iran", "Masoud Pezeshkian"),
])
def test_a_past_leader_takes_no_current_leaders_office(office, country, holder):
    # ("the Chinese president" is the one person the knowledge base gives the office: a past
    # holder given it too would leave the office to no one)
    assert role_holder(office, country) == entity_catalog().named(holder).entity_id


# --- what a newly known leader changes in the events around him ------------------------------
# (each of these people was named before too, but as no known person, or not at all outside
# English: linked now, they take part where the words around them let them)

PUTIN, HU, ENKHBAYAR, SCHROEDER = "Q7747", "hu-jintao", "nambaryn-enkhbayar", "Q2530"
DAY = dt.date(2006, 6, 16)


def events(language: str, title: str, body: str):
    return extract_article("t1", title, None, body, DAY, language).events


def test_a_bare_sharif_beside_his_full_name_is_nawaz_sharif_and_alone_is_no_one():
    assert people("Nawaz Sharif landed in Tashkent at noon; Sharif then called on Vajpayee.", "en") == [
        ("Nawaz Sharif", "Nawaz Sharif"), ("Sharif", "Nawaz Sharif"), ("Vajpayee", "Atal Bihari Vajpayee")]
    assert people("Sharif said the road would reopen in May.", "en") == []


# (the talks told with no day of their own: the relative clause's Wednesday is the forum's, relative_clause_days.py)
SPANISH_TALKS = ("Putin, que el miércoles había inaugurado en la misma ciudad un foro de inversores, recibió "
                 "a Hu para unas conversaciones sobre el gas. Hu Jintao participó además el miércoles en "
                 "una reunión{} con Putin y el presidente mongol, Nambaryn Enkhbayar.")


def meetings(language: str, title: str, body: str) -> list[set[str]]:
    return [e.participants for e in events(language, title, body) if e.types() == {"meeting"}]


def test_a_spanish_meeting_a_tres_is_not_the_talks_of_two():
    # (the talks are undated: without the three-way word they would be read into the meeting)
    found = meetings("es", "Hu cierra su visita a Rusia", SPANISH_TALKS.format(" a tres"))
    assert sorted(found, key=len) == [{PUTIN, HU}, {PUTIN, HU, ENKHBAYAR}]


def test_a_spanish_meeting_told_plainly_takes_in_the_talks_before_it():
    found = meetings("es", "Hu cierra su visita a Rusia", SPANISH_TALKS.format(""))
    assert found == [{PUTIN, HU, ENKHBAYAR}]
    # (talks the main clause dates to another day, "recibió el martes a Hu", are talks of their own)
    dated = SPANISH_TALKS.replace("recibió a Hu", "recibió el martes a Hu").format("")
    assert sorted(meetings("es", "Hu cierra su visita a Rusia", dated), key=len) == [{PUTIN, HU}, {PUTIN, HU, ENKHBAYAR}]


def test_a_german_chancellor_who_speaks_of_the_summit_is_no_party_to_it():
    body = ("Der Gipfel in Schanghai ist am Donnerstag ohne gemeinsame Erklärung zu Ende gegangen. "
            "Bundeskanzler Gerhard Schröder {} einem mühsamen Gipfel.")
    (summit,) = events("de", "Gipfel in Schanghai endet ohne Einigung", body.format("sprach von"))
    assert SCHROEDER not in summit.participants
    # (one who takes part in it is: "nahm an einem mühsamen Gipfel teil")
    (summit,) = events("de", "Gipfel in Schanghai endet ohne Einigung", body.format("nahm an") + " teil")
    assert SCHROEDER in summit.participants
