"""Kyrgyzstan's president as Spanish spells him ("Sadir Zhapárov"), linked to the knowledge base's
person (knowledge/entities_es.yaml); a namesake's other first name is no link."""

from __future__ import annotations

from ruchina.extract.linking import link_entities

JAPAROV = "sadyr-japarov"


def linked(text):
    return {m.entity_id for m in link_entities(text, True, "es")}


def test_the_spanish_spelling_names_the_president():
    assert JAPAROV in linked("El presidente kirguís, Sadir Zhapárov, llegó el lunes a Astaná.")


def test_another_first_name_is_no_link():
    assert JAPAROV not in linked("El futbolista Rustam Zhapárov firmó con un club de Madrid.")
