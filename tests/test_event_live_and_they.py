"""Two ways an English report built no row at all. A live page whose entries are all of the
page's own day ("16:10 ..." under "Friday 15 March") is still a live page: an undated report of
a held event in an entry was held that day (live_entry_reports.py), not background left with no
day. And "They signed a joint statement" (or "the two signed") after a pair's talks names the pair
as the signers (the ``group`` words of knowledge/events_en.yaml), where the signing had no one.
Fixtures written for these tests (other leaders, other events), each beside a look-alike."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.knowledge import base

CATALOG = base.entity_catalog()
TOKAYEV, MIRZIYOYEV = (CATALOG.named(name).entity_id for name in ("Kassym-Jomart Tokayev", "Shavkat Mirziyoyev"))
FRIDAY = dt.date(2024, 3, 15)
LIVE_TITLE = "LIVE: Central Asian leaders in Tashkent"


def events(body: str, title: str):
    return extract_article("t1", title, None, body, FRIDAY, "en").events


def live_page(*entries: str) -> str:
    return "\n\n".join(["Refresh for updates.", "Friday 15 March", "18:00 That is all from us today.", *entries,
                        "09:00 Good morning from Tashkent, where the roads are closed."])


def test_a_meeting_told_in_an_entry_of_a_one_day_live_page_is_of_that_day():
    body = live_page("16:10 Tokayev and Mirziyoyev have sat down together for talks on water.")
    talks = [e for e in events(body, LIVE_TITLE) if e.family == "gathering" and {TOKAYEV, MIRZIYOYEV} <= e.participants]
    assert [(t.date.first, t.date.last) for t in talks] == [(FRIDAY, FRIDAY)]


def test_the_same_words_on_a_page_that_is_no_live_page_stay_undated_background():
    body = ("Tashkent is closed to traffic.\n\nTokayev and Mirziyoyev have sat down together for talks on water, "
            "an aide said.\n\nThe roads are closed.")
    talks = [e for e in events(body, "Roads closed in Tashkent") if {TOKAYEV, MIRZIYOYEV} <= e.participants]
    assert talks == []


def test_an_entry_that_tells_a_past_event_by_its_year_keeps_its_year():
    body = live_page("15:20 Some background: Tokayev and Mirziyoyev signed a treaty on their border in 2022.")
    assert all(e.date is None or e.date.first.year == 2022 for e in events(body, LIVE_TITLE) if e.family == "agreement")


def test_they_who_signed_after_a_pairs_talks_are_the_pair():
    body = ("Kassym-Jomart Tokayev held talks with Shavkat Mirziyoyev in Tashkent on Tuesday.\n\nDuring the talks, "
            "the two heads of state agreed that relations were at their best. They signed a joint statement and "
            "watched the signing of documents on rail.")
    signed = [e for e in events(body, "Tokayev confers order on Mirziyoyev") if e.family == "agreement"]
    assert [e.participants for e in signed] == [{TOKAYEV, MIRZIYOYEV}]


def test_they_who_held_talks_with_others_are_not_taken_for_the_pair():
    # ("they" before talks may be any group the text spoke of: not read as the pair)
    body = ("Kassym-Jomart Tokayev held talks with Shavkat Mirziyoyev in Tashkent on Tuesday. Business groups came "
            "too. They held talks with rail companies on Wednesday.")
    wednesday = [e for e in events(body, "Tokayev and Mirziyoyev meet")
                 if e.date and e.date.first == dt.date(2024, 3, 13)]
    assert all(not ({TOKAYEV, MIRZIYOYEV} <= e.participants) for e in wednesday)


def test_they_met_with_no_one_after_is_the_pair_named_before():
    # ("When they met in Termez on 2 May 2023, ...": the two named before, meeting each other, on that day)
    body = ("Kassym-Jomart Tokayev and Shavkat Mirziyoyev met in Tashkent on Friday.\n\n"
            "When they met in Termez on 2 May 2023, the mood was warmer.")
    earlier = [e for e in events(body, "Leaders in Tashkent") if e.date and e.date.first == dt.date(2023, 5, 2)]
    assert [set(e.participants) for e in earlier] == [{TOKAYEV, MIRZIYOYEV}]


def test_look_alike_they_met_someone_named_after_is_no_reference_to_the_pair():
    # ("they met Modi": a group meeting a third, who the group is the text does not settle)
    body = ("Kassym-Jomart Tokayev and Shavkat Mirziyoyev met in Tashkent on Friday.\n\n"
            "When they met Narendra Modi in Termez on 2 May 2023, the mood was warmer.")
    earlier = [e for e in events(body, "Leaders in Tashkent") if e.date and e.date.first == dt.date(2023, 5, 2)]
    assert not any({TOKAYEV, MIRZIYOYEV} <= set(e.participants) for e in earlier)


def test_look_alike_told_when_they_met_is_the_pair_of_its_own_sentence():
    # ("X says A told B when they met on Monday": A and B, not the group named before)
    body = ("Kassym-Jomart Tokayev, Shavkat Mirziyoyev and Narendra Modi attended the summit in Tashkent on Friday.\n\n"
            "An aide says Tokayev told Mirziyoyev when they met on Thursday, the eve of the summit, that trade "
            "would grow.")
    thursday = [set(e.participants) for e in events(body, "Leaders in Tashkent")
                if e.date and e.date.first == dt.date(2024, 3, 14)]
    assert thursday == [{TOKAYEV, MIRZIYOYEV}]
