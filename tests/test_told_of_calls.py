"""One only told of another call or meeting ("unterrichtete den Kremlchef über sein Telefonat mit
Y", "проинформировал Путина о своём разговоре с Y") is none of its people, whether the page names him
or calls him by his seat or office (away_people.py, each language's `told_of`): the told call is the
teller's and the other one's, and the leaders' own call keeps its two. Texts written for these tests,
other names than any page read; each beside a look-alike in which the told one does take part."""

from __future__ import annotations

import datetime as dt

import pytest

from ruchina.extract.extraction import extract_article
from ruchina.knowledge import base

CATALOG = base.entity_catalog()
ERDOGAN, PUTIN, ZELENSKY = (CATALOG.named(name).entity_id
                            for name in ("Recep Tayyip Erdoğan", "Vladimir Putin", "Volodymyr Zelensky"))
TUESDAY = dt.date(2023, 3, 14)

TOLD = {
    "de": ("Erdoğan und Putin telefonieren",
           "Der türkische Präsident Recep Tayyip Erdoğan und Russlands Präsident Wladimir Putin haben am Dienstag "
           "telefoniert. Erdoğan unterrichtete {told} über sein Telefonat mit Wolodymyr Selenskyj."),
    "ru": ("Эрдоган и Путин поговорили по телефону",
           "Президент Турции Реджеп Тайип Эрдоган и президент России Владимир Путин во вторник провели телефонный "
           "разговор. Эрдоган проинформировал {told} о своём разговоре с Владимиром Зеленским."),
    "fr": ("Erdogan et Poutine au téléphone",
           "Le président turc Recep Tayyip Erdogan et le président russe Vladimir Poutine se sont entretenus mardi "
           "par téléphone. M. Erdogan a informé {told} de son entretien avec Volodymyr Zelensky."),
    "es": ("Erdogan y Putin hablan por teléfono",
           "El presidente turco, Recep Tayyip Erdogan, y el presidente ruso, Vladimir Putin, conversaron el martes "
           "por teléfono. Erdogan informó {told} sobre su llamada con Volodímir Zelenski."),
}
TOLD_ONE = {"de": ("Putin", "den Kremlchef"), "ru": ("Путина", "Путина"), "fr": ("M. Poutine", "le chef du Kremlin"),
            "es": ("a Putin", "al jefe del Kremlin")}


def events(title: str, body: str, language: str):
    return extract_article("t", title, None, body, TUESDAY, language).events


@pytest.mark.parametrize("language", sorted(TOLD))
@pytest.mark.parametrize("by", ["name", "seat"])
def test_one_told_of_another_call_is_not_on_it_and_the_leaders_call_keeps_its_two(language, by):
    title, body = TOLD[language]
    told = TOLD_ONE[language][0 if by == "name" else 1]
    (main,) = [e for e in events(title, body.format(told=told), language) if e.main]
    assert main.participants == {ERDOGAN, PUTIN}, "the call Putin was told of is not this call"
    assert ZELENSKY not in main.participants


def test_look_alike_one_told_during_a_meeting_is_at_that_meeting():
    found = events("Erdoğan empfängt Putin in Sotschi",
                   "Der türkische Präsident Recep Tayyip Erdoğan hat am Dienstag in Sotschi Russlands Präsidenten "
                   "Wladimir Putin getroffen. Erdoğan unterrichtete den Kremlchef bei ihrem Treffen über sein "
                   "Telefonat mit Wolodymyr Selenskyj.", "de")
    (meeting,) = [e for e in found if "meeting" in e.types()]
    assert meeting.participants == {ERDOGAN, PUTIN}, "the one told at the meeting met there"


def test_look_alike_the_teller_of_a_meeting_is_at_it_and_the_one_he_tells_is_not():
    found = events("Erdoğan und Putin telefonieren",
                   "Der türkische Präsident Recep Tayyip Erdoğan und Russlands Präsident Wladimir Putin haben am "
                   "Dienstag telefoniert. Der Kremlchef unterrichtete Erdoğan über das Treffen mit Wolodymyr "
                   "Selenskyj am Montag.", "de")
    (monday,) = [e for e in found if e.date and e.date.first == dt.date(2023, 3, 13)]
    assert monday.participants == {PUTIN, ZELENSKY}
