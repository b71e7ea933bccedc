"""A French paper's own correspondent's dateline under the title ("Pékin, 21 février. - De notre envoyé
spécial, X": knowledge/calendar.yaml fr `datelines`), and the event named again by its bare noun with
one who attended it in an aside ("L'entretien, auquel assistait M. X, a duré une heure":
extract/continuing_reports.py, events_fr.yaml `attending`). Each beside a look-alike that must not
read the same. Lines written for these tests (other people, towns and days than any benchmark page)."""

from __future__ import annotations

import datetime as dt

import pytest

from ruchina.extract.extraction import extract_article
from ruchina.text.page_datelines import dateline_day, opens_with_dateline

NIXON, MAO, KISSINGER = "Q9588", "mao-zedong", "Q66107"


@pytest.mark.parametrize("line, expected", [
    ("Tokyo, 23 octobre. - De notre envoyé spécial, Paul Durand", (True, (10, 23))),
    ("Tokyo, le 23 octobre - De notre correspondant, Paul Durand", (True, (10, 23))),
    # look-alikes: a headline after the day, a sentence after the dash
    ("Tokyo, 23 octobre : ce que l'on sait du traité", (False, None)),
    ("Tokyo, 23 octobre. - Le traité a été signé.", (False, None)),
])
def test_a_correspondents_dateline(line, expected):
    assert (opens_with_dateline(line), dateline_day(line)) == expected


def meetings(body: str):
    events = extract_article("p1", None, None, body, dt.date(1973, 11, 13), "fr").events
    return [e for e in events if "meeting" in e.types()]


def test_one_who_attended_the_talks_named_again_takes_part_in_them():
    [talks] = meetings("Le président Richard Nixon a été reçu par Mao Tsé-toung dans sa résidence. L'entretien, "
                       "auquel assistait M. Henry Kissinger, a duré environ deux heures.")
    assert talks.participants == {NIXON, MAO, KISSINGER}


def test_one_who_attended_another_meeting_does_not():
    found = meetings("Le président Richard Nixon a été reçu par Mao Tsé-toung dans sa résidence. Un autre entretien, "
                     "auquel assistait M. Henry Kissinger, aura lieu mardi.")
    assert all(KISSINGER not in e.participants or NIXON not in e.participants for e in found)
