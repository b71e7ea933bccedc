"""A lead that tells no event in words of its own ("The leaders of five nations pledged on Tuesday
to ..."), under a title that tells none: the first report of the lead's paragraph is the lead's
(extract/event_sentences.py), the article's main event, and with no day of its own it takes the
lead's day (extract/dates_sentence_before.py), whether the lead names its people or not; so is the
first report of the paragraph after a lead that stands alone as a paragraph. Not a report of a
later paragraph (background, as an undated report is), nor one under a title or lead that tells
an event of its own.
"""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

WEDNESDAY = dt.date(2031, 5, 14)
LEAD = "The leaders of five nations pledged in Minsk on Tuesday to coordinate their grain policy."
SIGNED = ("Alexander Lukashenko, Vladimir Putin, Kassym-Jomart Tokayev, Sadyr Japarov and Shavkat Mirziyoyev "
          "signed a declaration at the close of their summit.")


def _events(body: str, title: str | None = "Grain pledge on the Svisloch") -> list:
    return extract_article("a", title, None, body, WEDNESDAY, "en").events


def _ids(*names: str) -> set[str]:
    from ruchina.knowledge.base import entity_catalog
    return {entity_catalog().named(name).entity_id for name in names}


def test_the_first_report_of_the_leads_paragraph_is_the_main_event_of_the_leads_day():
    events = _events(f"{LEAD} {SIGNED}")
    main = [e for e in events if e.main]
    assert len(main) == 1 and "summit" in main[0].types()
    assert main[0].date is not None and main[0].date.first == dt.date(2031, 5, 13)
    assert _ids("Alexander Lukashenko", "Sadyr Japarov", "Shavkat Mirziyoyev") <= main[0].participants


def test_a_report_of_a_later_paragraph_stays_background():
    events = _events(f"{LEAD}\n\nGrain prices held steady in Minsk.\n\n{SIGNED}")
    assert not any(e.main for e in events)


def test_a_title_that_tells_an_event_keeps_the_main_event():
    events = _events(f"{LEAD} {SIGNED}", "Lukashenko hosts Putin for talks on grain")
    main = [e for e in events if e.main]
    assert len(main) == 1 and main[0].types() == {"meeting"}


ALONE = "Four Central Asian states turned their customs club into a union on Friday."
HOSTED = ("Kassym-Jomart Tokayev, who hosted the one-day meeting in Astana, sat down with Shavkat Mirziyoyev, "
          "Sadyr Japarov and Emomali Rahmon.")


def test_a_lead_standing_alone_hands_its_part_to_the_next_paragraph():
    events = _events(f"{ALONE}\n\n{HOSTED}", "Central Asia gets a customs union")
    main = [e for e in events if e.main]
    assert len(main) == 1 and main[0].date is not None and main[0].date.first == dt.date(2031, 5, 9)
    assert {"Q57366"} <= main[0].participants  # (Emomali Rahmon)


def test_a_lead_paragraph_of_several_sentences_keeps_the_next_paragraph_in_the_body():
    events = _events(f"{ALONE} Its secretariat sits in Almaty.\n\n{HOSTED}", "Central Asia gets a customs union")
    assert not any(e.main for e in events)


def test_a_lead_of_no_day_hands_nothing_on():
    events = _events("Alexander Lukashenko likes to say he has met Vladimir Putin more often than anyone. The two "
                     "have skated together, fished on Lake Valdai and signed a union treaty.", "How close are they?")
    assert not any(e.main for e in events)
