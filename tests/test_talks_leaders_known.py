"""Talks with a leader the knowledge base names in each language (knowledge/entities*.yaml): Iran's
Supreme Leader, written "Chamenei" in German, is a party to the talks he holds, and no guest of the
summit of three presidents told beside them.

The fixture is written for this test, with wording of its own."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article


def test_a_german_report_of_talks_with_iran_s_supreme_leader_names_him():
    # (knowledge: "Chamenei" is German for Khamenei; the summit of three told next stays its own event)
    body = ("Wladimir Putin ist am Mittwoch in Teheran mit Revolutionsführer Ajatollah Ali Chamenei "
            "zusammengetroffen. Danach kam Putin mit dem iranischen Präsidenten Ebrahim Raisi und dem "
            "türkischen Präsidenten Recep Tayyip Erdogan zu einem Dreiergipfel zusammen.")
    extraction = extract_article("tehran", "Putin besucht Teheran", None, body, dt.date(2022, 7, 20), "de")
    found = {frozenset(e.types()): frozenset(e.participants) for e in extraction.events}
    assert "ali-khamenei" in found[frozenset({"meeting"})]
    assert "ali-khamenei" not in found[frozenset({"summit"})]
