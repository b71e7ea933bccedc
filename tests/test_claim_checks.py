"""conflicting-claim and the "stated date may be wrong" part of missing-date, on small
corpora of our own words: each dispute beside a look-alike that is no dispute."""

from __future__ import annotations

from conftest import built_rows, findings_by_check


def findings_for(tmp_path, articles: dict[str, str]) -> dict[str, list]:
    return findings_by_check(built_rows(tmp_path, articles))


def dated(day: str, text: str) -> str:
    return f"date {day}\n\n{text}"


# --- numbers --------------------------------------------------------------------------------

def test_shares_of_different_wholes_do_not_conflict_and_of_one_whole_do(tmp_path):
    exports = "China accounted for 21.4 percent of Japan's exports, customs data showed."
    found = findings_for(tmp_path / "1", {
        "a": dated("2024-03-04", exports),
        "b": dated("2024-03-05", "China accounted for 57 percent of Japan's energy imports, customs data showed."),
    })
    assert "conflicting-claim" not in found
    found = findings_for(tmp_path / "2", {
        "a": dated("2024-03-04", exports),
        "b": dated("2024-03-05", "China accounted for 26 percent of Japan's exports, customs data showed."),
    })
    (conflict,) = found["conflicting-claim"]
    assert "percent of japan exports" in conflict["message"] and "21.4 (a) vs 26 (b)" in conflict["message"]


def test_volumes_and_sums_are_no_claims_to_compare(tmp_path):
    found = findings_for(tmp_path, {
        "a": dated("2024-03-04", "The Power of Siberia pipeline will carry 38 billion cubic metres a year."),
        "b": dated("2024-03-05", "The Power of Siberia pipeline deal is worth over 400 billion over 30 years."),
    })
    assert "conflicting-claim" not in found


def test_a_disputed_count_is_one_finding_listing_each_version_with_its_articles(tmp_path):
    bank = "The Asian Infrastructure Investment Bank counts {} countries as members, officials said."
    # b tells more than a: an identical text would be a copy, one witness with a
    # (test_copies_of_one_story_count_once_in_a_dispute).
    articles = {"a": dated("2024-01-10", bank.format(109)),
                "b": dated("2024-01-11", bank.format(109) + " Its lending went mostly to roads, ports and power "
                           "lines across the region, and its governors will meet again in June."),
                "c": dated("2024-01-12", bank.format(102))}
    (first,) = findings_for(tmp_path / "1", articles)["conflicting-claim"]
    assert first["message"].startswith("a, b and c disagree on the country count of ")
    assert first["message"].endswith("102 (c) vs 109 (a, b)")
    # Another article on either side is the same dispute: the same finding, by id (d is a copy
    # of c, and the two count as one story).
    articles["d"] = dated("2024-01-13", bank.format(102))
    (second,) = findings_for(tmp_path / "2", articles)["conflicting-claim"]
    assert second["finding_id"] == first["finding_id"] and "102 (c, d; 1 story) vs 109 (a, b)" in second["message"]


STORY = ("The Asian Infrastructure Investment Bank counts {} countries as members, officials said on Monday. "
         "The bank opened its doors in Beijing with a first round of loans for roads, ports and power lines. "
         "Its governors meet once a year and will gather next in a coastal city to weigh new lending rules. "
         "Critics say the bank lends too little to the poorest members, a charge its president rejects.")


def wire(day: str, url: str, count: int) -> str:
    return f"date {day} {url}\n\n{STORY.format(count)}"


def test_copies_of_one_story_count_once_in_a_dispute(tmp_path):
    """Two outlets run one wire story (one witness); a report of its own disagrees with it."""
    own = "Officials said the Asian Infrastructure Investment Bank counts 102 countries as members."
    found = findings_for(tmp_path / "1", {
        "a": wire("2024-01-10", "https://wire.example.com/aiib", 109),
        "b": wire("2024-01-10", "https://daily.example.org/aiib", 109),
        "c": dated("2024-01-11", own),
    })
    (conflict,) = found["conflicting-claim"]
    assert conflict["message"].endswith("102 (c) vs 109 (a, b; 1 story)")
    # The look-alike: one outlet's copy edits the count, and no report of its own gives either
    # value: copies of one story disagreeing are a local edit, not two witnesses.
    found = findings_for(tmp_path / "2", {
        "a": wire("2024-01-10", "https://wire.example.com/aiib", 109),
        "b": wire("2024-01-10", "https://daily.example.org/aiib", 102),
    })
    assert "conflicting-claim" not in found
    (story,) = found["syndicated-story"]
    assert list(story["record_ids"]) == ["a", "b"]


# --- dates ----------------------------------------------------------------------------------

MEETING = "Tokayev and Mirziyoyev met in Tashkent {}. They discussed water sharing."


def test_a_weekday_conflicts_with_a_day_of_another_week(tmp_path):
    found = findings_for(tmp_path, {
        "a": dated("2024-05-15", MEETING.format("on May 13")),
        "b": dated("2024-05-27", MEETING.format("on Monday")),  # Monday 2024-05-27: two weeks on
    })
    (conflict,) = found["conflicting-claim"]
    assert "2024-05-13 (day) (a) vs 2024-05-27 (day) (b)" in conflict["message"]


def test_two_calendar_days_are_two_events_not_a_dispute(tmp_path):
    """Each text plainly states its day: the merge joined two meetings, which the check
    does not report as a dispute (the look-alike above reckons a weekday)."""
    found = findings_for(tmp_path, {
        "a": dated("2024-05-15", MEETING.format("on May 13")),
        "b": dated("2024-05-28", MEETING.format("on May 27")),
    })
    assert "conflicting-claim" not in found


def test_reports_of_a_summit_s_first_and_second_day_agree(tmp_path):
    summit = "Tokayev and Mirziyoyev opened the Central Asia summit in Tashkent on {}."
    found = findings_for(tmp_path, {
        "a": dated("2024-05-15", summit.format("Monday")),
        "b": dated("2024-05-15", summit.format("Tuesday")),
    })
    assert "conflicting-claim" not in found


def test_three_different_days_for_one_event_are_several_events_merged(tmp_path):
    found = findings_for(tmp_path, {
        "a": dated("2024-05-15", MEETING.format("on Monday")),
        "b": dated("2024-05-22", MEETING.format("on Monday")),
        "c": dated("2024-05-29", MEETING.format("on Monday")),
    })
    assert "conflicting-claim" not in found


# --- the stated date may be wrong ------------------------------------------------------------

def test_a_weekday_that_lands_in_another_week_than_other_reports_questions_the_stated_date(tmp_path):
    found = findings_for(tmp_path, {
        "a": dated("2024-05-15", MEETING.format("on May 13")),
        "b": dated("2024-05-18", MEETING.format("this week")),
        "late": dated("2024-06-08", MEETING.format("on Monday")),
    })
    (wrong,) = [f for f in found["missing-date"] if "may be wrong" in f["message"]]
    assert wrong["record_ids"] == ["late"]
    assert "makes “Monday” 2024-06-03" in wrong["message"] and "a date from 2024-05-13 to 2024-05-19 would agree" in wrong["message"]


def test_an_article_s_today_never_questions_its_stated_date(tmp_path):
    """"Today's meeting" in an official text is that day's meeting: if other reports date a
    merged event elsewhere, the merge is wrong, not the date line."""
    found = findings_for(tmp_path, {
        "a": dated("2024-05-13", MEETING.format("today")),
        "b": dated("2024-05-13", MEETING.format("today")),
        "c": dated("2024-06-03", MEETING.format("today")),
    })
    assert not any("may be wrong" in f["message"] for f in found.get("missing-date", []))
    assert "conflicting-claim" not in found


def test_a_plan_named_by_its_year_in_a_past_sentence_does_not_contradict_the_date(tmp_path):
    found = findings_for(tmp_path, {
        "a": dated("2024-01-14", "Tokayev and Mirziyoyev agreed to hold the next Central Asia summit in 2026."),
    })
    assert "missing-date" not in found


# --- a general news corpus --------------------------------------------------------------------

GENERAL_NEWS = {
    "oil": ("2005-02-07", "Oil giant Petrolia has reported a 25% jump in annual profits to $19.3bn on the back of "
            "high crude prices. Profits for the last three months rose by 26% to $4.4bn. Petrolia pumps 129,000 "
            "barrels a day more than a year ago and employs 96,000 people worldwide."),
    "bank": ("2005-02-08", "Mortgage lender Northbank raised its share of net lending to 14.2pc, up from 11.2pc last "
             "year, as pre-tax profit rose 13% to £239.2m. Northbank has 71 branches and plans 20 more in 2006."),
    "web": ("2005-02-09", "Search firm Lumen Corp said its 2004 profits more than tripled. Lumen Corp has 2,700 staff "
            "and its shares rose 4.5% to $195.6. Lumen Corp now has 88 million users, the firm said on Wednesday."),
    "web_later": ("2005-09-20", "After a strong summer, Lumen Corp now has 120 million users, the firm said."),
    "sport": ("2005-02-12", "Wales beat Italy 38-8 in Rome, scoring six tries. Wales have won 3 games and sit two "
              "points clear, with 11,000 fans expected in Cardiff next month."),
    "vote": ("2005-02-14", "The Labour Party has 403 MPs and a majority of 161 seats. Turnout fell to 59.4% from 71% "
             "in 1997, and 3.5 million postal votes were cast across 646 constituencies."),
}


def test_a_general_news_corpus_raises_no_conflict_and_no_schema_finding(tmp_path):
    """Business, web, sport and politics stories full of figures: shares, money, units,
    scores, a company's user count months apart. Nothing here is a dispute."""
    found = findings_for(tmp_path, {name: dated(day, text) for name, (day, text) in GENERAL_NEWS.items()})
    assert "conflicting-claim" not in found and "schema" not in found


def test_the_look_alike_two_reports_of_one_week_that_give_a_company_two_user_counts(tmp_path):
    articles = {name: dated(day, text) for name, (day, text) in GENERAL_NEWS.items()}
    articles["web_rival"] = dated("2005-02-10", "Analysts said that Lumen Corp now has 64 million users.")
    (conflict,) = findings_for(tmp_path, articles)["conflicting-claim"]
    assert conflict["message"].endswith("user count of Lumen Corp: 64000000 (web_rival) vs 88000000 (web)")


def test_a_day_inside_the_span_of_a_meeting_that_ended_on_a_later_day_agrees_with_it(tmp_path):
    """ "The ten-day talks ended on Thursday" spans the ten days before, so a report of the
    talks on the Wednesday of the week before is no dispute; talks that opened on that Thursday
    for ten days would be (more than a week after it: RECKONING_SLACK)."""
    first = "Tokayev and Mirziyoyev held talks in Tashkent on Wednesday. They discussed water sharing."
    later = "The ten-day talks between Tokayev and Mirziyoyev in Tashkent {} on Thursday. They discussed water."
    found = findings_for(tmp_path / "1", {
        "a": dated("2024-05-15", first),
        "b": dated("2024-05-24", later.format("ended")),
    })
    assert "conflicting-claim" not in found
    found = findings_for(tmp_path / "2", {
        "a": dated("2024-05-15", first),
        "b": dated("2024-05-24", later.format("opened")),
    })
    (conflict,) = found["conflicting-claim"]
    assert "2024-05-15 (day) (a) vs 2024-05-23/2024-06-01" in conflict["message"]
