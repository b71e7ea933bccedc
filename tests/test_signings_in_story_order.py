"""A signing told done before the story's people in a sentence that opens on a word of the story's order
("Zuvor hatten Minister beider Länder im Beisein der Regierungschefs mehrere Abkommen unterzeichnet") is
of the story's day (calendar.yaml `sequence_openers`, dates_same_day_opening.py); the order word alone
dates nothing ("Zuvor hatten sich beide in Samarkand getroffen" may be any earlier day), and words of
presence far into a sentence that opens on no order word do not either. Written for these tests (other
people, places and days than any benchmark page)."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

XI, MEDVEDEV, LI_KEQIANG = "Q15031", "dmitry-medvedev", "li-keqiang"
PAGE_DAY = dt.date(2019, 5, 24)
LEAD = "Xi Jinping hat Dmitri Medwedew in Peking empfangen. "


def events(body: str):
    return extract_article("p1", None, None, body, PAGE_DAY, "de").events


def test_a_signing_before_the_heads_of_government_told_earlier_is_of_the_storys_day():
    [signing] = [e for e in events(LEAD + "Zuvor hatten Minister beider Länder im Beisein der Regierungschefs "
                                          "mehrere Abkommen unterzeichnet.") if "agreement" in e.types()]
    assert signing.date is not None and signing.date.first == PAGE_DAY
    assert {MEDVEDEV, LI_KEQIANG} <= signing.participants


def test_a_meeting_told_earlier_is_not_of_the_storys_day():
    found = events(LEAD + "Zuvor hatten sich Xi Jinping und Dmitri Medwedew in Samarkand getroffen.")
    # (only the reception in Peking is of the page's day)
    assert len([e for e in found if e.date is not None and e.date.first == PAGE_DAY]) == 1
