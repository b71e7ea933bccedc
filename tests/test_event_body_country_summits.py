"""A body's summit with one country (the European Union's yearly summit with China) told the ways
its coverage tells it, each beside a look-alike that must not trigger. Fixtures written for these
tests, with other editions, years and people than any page read:

- a live page whose entries carry their time stamps on lines of their own ("16.40 CST"): page text
  over the entry, never the page's title (page_layout.py); a short headline that holds a time and goes
  on is still a headline;
- the body's summit named in every language as the knowledge base knows it (the ``EU-China Summit``
  event's names) and the EU's presidents by name (knowledge/entities*.yaml);
- a meeting word held inside that summit's name ("共同主持第二十二次中国－欧盟领导人会晤") is the summit's
  (summit_bodies.py); a meeting word outside it ("会见来华举行...会晤的...") stays the head of state's meeting.
"""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.text.parsing import parse_article

LI_KEQIANG, MICHEL, VON_DER_LEYEN, XI = "li-keqiang", "charles-michel", "ursula-von-der-leyen", "Q15031"


def events(body, day, language="en", title=None):
    return extract_article("t1", title, None, body, day, language).events


def of_type(found, kind):
    return [e for e in found if kind in e.types()]


# --- a live page's stamps on lines of their own ------------------------------------------------

_LIVE = ("THE EVENING LEDGER\n\nNews | World | Live\n\n{headline}\n\nMonday 22 June\n\nKey events\n\n"
         "Show key events only\n\n16.40 CST\n\nThat is all from us today.\n\n15.05 CST\n\n"
         "Li Keqiang has opened the summit in Beijing, which he chairs with the two EU presidents.")


def test_a_live_pages_bare_time_stamp_is_no_title():
    """The newest entry's stamp shares its zone with the stamp of the entry below it ("CST"): page
    text all the same, and the headline above stays the title."""
    page = _LIVE.format(headline="EU-China summit: Li Keqiang hosts the EU presidents - as it happened")
    article = parse_article(page, "seeds/page.txt", today=dt.date(2030, 12, 1))
    assert article.title.startswith("EU-China summit: Li Keqiang hosts")


def test_look_alike_a_short_headline_that_holds_a_time_stays_the_title():
    page = ("THE EVENING LEDGER\n\nNews | World\n\nLeaders meet at 16.40 CST\n\n"
            "Li Keqiang and the EU presidents met in Beijing on Monday afternoon to discuss trade.")
    article = parse_article(page, "seeds/page.txt", today=dt.date(2030, 12, 1))
    assert article.title == "Leaders meet at 16.40 CST"


# --- the body's summit by its name, in Chinese ------------------------------------------------

_JUNE_2020 = dt.date(2020, 6, 22)


def test_the_meeting_word_of_the_bodys_summit_name_is_the_summit():
    found = events("华通社北京6月22日电 国务院总理李克强22日在北京同欧洲理事会主席米歇尔、欧盟委员会主席冯德莱恩"
                   "共同主持第二十二次中国－欧盟领导人会晤。", _JUNE_2020, "zh")
    summits = of_type(found, "summit")
    assert summits and not of_type(found, "meeting")
    assert {LI_KEQIANG, MICHEL, VON_DER_LEYEN} <= {p for e in summits for p in e.participants}
    assert "EU-China Summit" in {n for e in summits for n in e.own_names}


def test_look_alike_the_head_of_states_meeting_with_the_summits_guests_stays_a_meeting():
    """The summit's name only in the clause that tells why the guests came: his own meeting."""
    found = events("华通社北京6月22日电 国家主席习近平22日在北京会见来华举行第二十二次中国－欧盟领导人会晤的"
                   "欧洲理事会主席米歇尔和欧盟委员会主席冯德莱恩。", _JUNE_2020, "zh")
    meetings = of_type(found, "meeting")
    assert meetings and not of_type(found, "summit")
    assert {XI, MICHEL, VON_DER_LEYEN} <= {p for e in meetings for p in e.participants}


def test_the_bodys_summit_by_its_name_in_french_and_german():
    fr = events("BRUXELLES - Le premier ministre Li Keqiang a participé lundi au sommet UE-Chine avec Charles Michel "
                "et Ursula von der Leyen.", _JUNE_2020, "fr")
    de = events("BRÜSSEL - Ministerpräsident Li Keqiang nahm am Montag am EU-China-Gipfel mit Charles Michel und "
                "Ursula von der Leyen teil.", _JUNE_2020, "de")
    for found in (fr, de):
        assert "EU-China Summit" in {n for e in of_type(found, "summit") for n in e.own_names}
