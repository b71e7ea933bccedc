"""A transcript printed under a report: its speakers take part in the main event
(extract/transcripts.py). Fixtures written for these tests in the shape of a presidency's
page (a report, then "Excerpts from the transcript", each turn under its speaker's label);
each beside a look-alike that must not add anyone."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

PUTIN = "Q7747"
TOKAYEV, MIRZIYOYEV = "kassym-jomart-tokayev", "shavkat-mirziyoyev"
DAY = dt.date(2024, 3, 12)

REPORT = "Vladimir Putin held a meeting on regional water supply via videoconference."


def main_event(body, title="Meeting on water supply", published=DAY):
    (main,) = [e for e in extract_article("t1", title, None, body, published).events if e.main]
    return main


def test_the_speakers_of_a_transcript_take_part_in_the_meeting():
    body = (REPORT + "\n\nExcerpts from the transcript of the meeting. President of Russia Vladimir Putin: Good "
            "afternoon, colleagues. We have one matter today. <…> President of Kazakhstan Kassym-Jomart Tokayev: "
            "Thank you. The canals are ready. Vladimir Putin: Thank you. Shavkat Mirziyoyev (retranslated): We "
            "agree with the plan.")
    assert main_event(body).participants == {PUTIN, TOKAYEV, MIRZIYOYEV}


def test_a_transcript_run_into_one_line_after_a_section_break():
    body = (REPORT + " * * * Kassym-Jomart Tokayev: The canals are ready. Vladimir Putin: Good. Thank you.")
    assert TOKAYEV in main_event(body).participants


def test_one_quote_after_a_name_and_a_colon_is_no_transcript():
    body = (REPORT + "\n\nKassym-Jomart Tokayev: the canals must be ready by spring, a line on his page read.")
    assert main_event(body).participants == {PUTIN}


def test_a_name_inside_a_sentence_before_a_colon_is_no_label():
    body = (REPORT + "\n\nThe plan was drafted long ago by advisers of Kassym-Jomart Tokayev: it covers three "
            "rivers. It was also discussed with aides of Shavkat Mirziyoyev: they approved it.")
    assert main_event(body).participants == {PUTIN}


def test_an_announcement_takes_no_one_from_a_transcript():
    body = ("Vladimir Putin will hold a meeting on regional water supply next week.\n\nKassym-Jomart Tokayev: "
            "Thank you. Shavkat Mirziyoyev: Thank you.")
    assert main_event(body, title="Meeting on water supply to be held").participants == {PUTIN}
