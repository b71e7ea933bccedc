"""Quality checks on small corpora written for the purpose: each plants one problem next
to a look-alike that must not be flagged."""

from __future__ import annotations

import dataclasses
import json
import shutil

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner
from conftest import built_rows, findings_by_check

from ruchina.checks import CheckContext, registered_checks, run_checks
from ruchina.cli import cli
from ruchina.pipeline.build import build_tables
from ruchina.read.loader import convert_table
from ruchina.store.repository import RepositoryFiles

TASHKENT_A = """date 2024-05-15

Leaders meet in Tashkent

Kazakh President Kassym-Jomart Tokayev and Uzbek President Shavkat Mirziyoyev met in Tashkent on Monday. The talks covered water sharing along the Syr Darya river and new rail links between the two countries.

Officials said the two leaders agreed to build a joint logistics hub near the border. A working group will report within six months on tariffs, customs posts and the financing of the project.

Trade between the neighbours has grown quickly since the border reopened, and both governments want it to double again by the end of the decade."""

TASHKENT_A_EDITED = TASHKENT_A.replace(
    "A working group will report within six months on tariffs, customs posts and the financing of the project.",
    "A commission of engineers will study the route and publish its findings before the winter.",
)

ASTANA_OTHER = """date 2024-05-16

Ministers gather in Astana

Foreign ministers of the region gathered in Astana on Wednesday to prepare a summit planned for the summer. Delegations discussed security, energy and migration, and several agreed to meet again before the leaders arrive.

The host government promised new visa rules for business travellers and a fund for small exporters."""


def findings_for(tmp_path, articles: dict[str, str]) -> dict[str, list]:
    return findings_by_check(built_rows(tmp_path, articles))


def test_an_exact_copy_is_a_duplicate_article_and_a_different_article_is_not(tmp_path):
    found = findings_for(tmp_path, {"a": TASHKENT_A, "b": TASHKENT_A.replace("date 2024-05-15", "date 2024-05-16"),
                                    "c": ASTANA_OTHER})
    (duplicate,) = found["duplicate-article"]
    assert duplicate["record_ids"] == ["a", "b"] and duplicate["severity"] == "error"
    assert "identical" in duplicate["message"]


def test_one_changed_sentence_is_a_near_duplicate_with_both_similarities(tmp_path):
    found = findings_for(tmp_path, {"a": TASHKENT_A, "b": TASHKENT_A_EDITED, "c": ASTANA_OTHER})
    (duplicate,) = found["duplicate-article"]
    assert duplicate["record_ids"] == ["a", "b"]
    assert "exact" in duplicate["message"] and "estimated" in duplicate["message"]
    exact = float(duplicate["message"].split("similarity ")[1].split(" ")[0])
    assert 0.6 <= exact < 1.0
    assert "shared-passage" not in found, "a whole copy is reported once, as a duplicate"


def _at(url: str, text: str = TASHKENT_A) -> str:
    """``text`` with ``url`` on its date line: where the copy was published."""
    first, rest = text.split("\n", 1)
    return f"{first} {url}\n{rest}"


def test_copies_from_other_outlets_are_one_story_and_a_same_outlet_copy_is_a_duplicate_record(tmp_path):
    found = findings_for(tmp_path, {
        "a": _at("https://wire.example.com/2024/05/15/tashkent"),
        "b": _at("https://www.daily-example.org/world/tashkent", TASHKENT_A_EDITED),  # another outlet's copy
        "c": _at("https://wire.example.com/2024/05/16/tashkent-again"),  # the wire's own page, twice
        "d": ASTANA_OTHER,
    })
    (story,) = found["syndicated-story"]
    assert story["severity"] == "info" and story["record_ids"] == ["a", "b", "c"]
    assert "from 2 outlets" in story["message"]
    (duplicate,) = found["duplicate-article"]
    assert duplicate["record_ids"] == ["a", "c"], "only the records the same outlet printed twice"
    assert "shared-passage" not in found, "copies of one story are reported as the story"
    # The look-alike: two outlets' copies only: the story, and no duplicate record.
    found = findings_for(tmp_path / "2", {"a": _at("https://wire.example.com/2024/05/15/tashkent"),
                                          "b": _at("https://www.daily-example.org/world/tashkent", TASHKENT_A_EDITED)})
    assert "duplicate-article" not in found and len(found["syndicated-story"]) == 1


VISIT_BACKGROUND = ("During the visit, {who} will discuss water sharing along the Syr Darya river, new rail links and "
                    "the customs posts on the common border. Talks will also cover trade, energy, transport, banking "
                    "and culture. Following the visit, the two leaders are expected to sign a joint declaration on "
                    "strategic partnership and a programme of economic cooperation until 2030.")


def _edition(day: str, number: int, title: str, body: str) -> str:
    return f"date {day} https://presidency.example.org/news/{number}\n\n{title}\n\n{body}"


def test_an_outlet_reusing_its_own_paragraph_under_a_new_headline_another_day_prints_two_records(tmp_path):
    announced = _edition("2024-05-13", 1101, "Tokayev to pay a state visit to Uzbekistan next week",
                         VISIT_BACKGROUND.format(who="President Tokayev"))
    arrived_body = VISIT_BACKGROUND.format(who="the Kazakh leader") + " In Tashkent, President Tokayev will also open a business forum."
    arrived = _edition("2024-05-15", 1107, "Tokayev arrived in Tashkent", arrived_body)
    rows = built_rows(tmp_path, {"a": announced, "b": arrived})
    clusters = {row["article_id"]: row["cluster_id"] for row in rows["articles"]}
    assert clusters["a"] == clusters["b"], "the two texts are near copies: one cluster"
    assert "duplicate-article" not in findings_by_check(rows)
    # The look-alikes: the same text again under a new headline on the same day, or under
    # the same headline on another day, is the record printed twice.
    for day, title in [("2024-05-13", "Tokayev arrived in Tashkent"),
                       ("2024-05-15", "Tokayev to pay a state visit to Uzbekistan next week")]:
        found = findings_for(tmp_path / day / title[:3], {"a": announced, "b": _edition(day, 1107, title, arrived_body)})
        (duplicate,) = found["duplicate-article"]
        assert duplicate["record_ids"] == ["a", "b"]


def test_a_shared_quote_is_a_shared_passage_and_a_paraphrase_is_not(tmp_path):
    quote = "“We will not let anyone divide our peoples, and our cooperation will only grow stronger,” the minister said."
    paraphrase = "The minister said nobody would divide the two peoples and that cooperation would grow."
    found = findings_for(tmp_path, {
        "a": ASTANA_OTHER + "\n\n" + quote,
        "b": TASHKENT_A + "\n\n" + quote,
        "c": ASTANA_OTHER.replace("Astana", "Bishkek").replace("summer", "autumn")[:220] + " Talks ended.\n\n" + paraphrase,
    })
    (shared,) = found["shared-passage"]
    assert shared["record_ids"] == ["a", "b"] and shared["severity"] == "info"
    assert "cooperation will only grow stronger" in shared["evidence"]
    assert "duplicate-article" not in found


def test_repeated_paragraphs_and_quotes_inside_an_article(tmp_path):
    paragraph = "The delegations signed four agreements on transport, energy, customs and culture during the visit."
    repeated = TASHKENT_A + "\n\n" + paragraph + "\n\nMore text follows here about other matters.\n\n" + paragraph
    short_repeats = ASTANA_OTHER + "\n\nHe said so.\n\nHe said so."
    found = findings_for(tmp_path, {"a": repeated, "b": short_repeats})
    (passage,) = found["duplicate-passage"]
    assert passage["record_ids"] == ["a"]
    assert "a paragraph appears 2 times" in passage["message"] and "characters" in passage["message"]


def test_a_repeated_title_counts(tmp_path):
    text = "**Summit in Samarkand**\n\n**Summit in Samarkand**\n\nLeaders met in Samarkand on Friday. They talked."
    found = findings_for(tmp_path, {"a": text})
    (passage,) = found["duplicate-passage"]
    assert "title is printed 2 times" in passage["message"]


def test_an_undated_article_is_estimated_from_an_event_other_articles_date(tmp_path):
    undated = ("Tokayev and Mirziyoyev to meet\n\nTokayev and Mirziyoyev are scheduled to meet in Tashkent this week. "
               "Water will top the agenda.\n\nOfficials expect an agreement on rail links.")
    nothing = "A quiet week\n\nNothing much happened. Officials rested and the markets were calm."
    found = findings_for(tmp_path, {"a": TASHKENT_A, "b": undated, "c": nothing})
    by_article = {f["record_ids"][0]: f for f in found["missing-date"]}
    assert set(by_article) == {"b", "c"}, "no missing-date finding on the dated article"
    assert "estimated 2024-05-13 to 2024-05-19 (week)" in by_article["b"]["message"]
    assert "this week" in by_article["b"]["evidence"]
    assert "nothing in the text dates it" in by_article["c"]["message"]


def test_an_undated_article_is_bounded_by_what_it_reports_as_past(tmp_path):
    text = "Anniversary talks\n\nThe leaders met in Minsk two days before the 25th anniversary of the founding of " \
           "the Shanghai Cooperation Organization. They signed a statement."
    (finding,) = findings_for(tmp_path, {"a": text})["missing-date"]
    assert "estimated on or after 2026-06-13" in finding["message"]


AIIB = "The Asian Infrastructure Investment Bank counts {} countries as members, officials said. Lending grew."


@pytest.mark.parametrize(
    "first, second, conflicting",
    [
        ("109", "102", True),
        ("over 100", "more than 105", False),
        ("over 110", "102", True),
        ("about 100", "104", False),
    ],
)
def test_numbers_conflict_only_when_their_ranges_cannot_meet(tmp_path, first, second, conflicting):
    found = findings_for(tmp_path, {
        "a": "date 2024-01-10\n\n" + AIIB.format(first),
        # More than a copy of a: copies of one story are one witness, never a dispute.
        "b": "date 2024-01-11\n\n" + AIIB.format(second) + " Its governors meet in June to weigh new rules for "
             "loans to ports, roads and power lines across the region.",
    })
    assert ("conflicting-claim" in found) is conflicting
    if conflicting:
        (conflict,) = found["conflicting-claim"]
        assert "a and b disagree on the country count" in conflict["message"]
        assert AIIB.format(first)[:60] in conflict["evidence"] and AIIB.format(second)[:60] in conflict["evidence"]


def test_different_attributes_do_not_conflict(tmp_path):
    found = findings_for(tmp_path, {
        "a": "date 2024-01-10\n\nThe Belt and Road Initiative spans more than 150 countries, officials said.",
        "b": "date 2024-01-11\n\nThe Belt and Road Forum drew 140 countries and 30 leaders, officials said.",
    })
    assert "conflicting-claim" not in found


@pytest.mark.parametrize(
    "stated, second, conflicting",
    [
        # a day and the week that holds it agree
        ("2024-05-15", "Tokayev and Mirziyoyev met in Tashkent this week.", False),
        # two weekdays a day apart: within a week, reading a weekday against the wrong week or
        # joining a report to the next day's event explains the difference (RECKONING_SLACK)
        ("2024-05-15", "Tokayev and Mirziyoyev met in Tashkent on Tuesday.", False),
        # two weeks apart: one article's date line is likely wrong
        ("2024-05-29", "Tokayev and Mirziyoyev met in Tashkent on Tuesday.", True),
    ],
)
def test_a_day_conflicts_with_another_day_more_than_a_week_away_but_not_with_its_week(tmp_path, stated, second,
                                                                                       conflicting):
    found = findings_for(tmp_path, {
        "a": "date 2024-05-15\n\nTokayev and Mirziyoyev met in Tashkent on Monday. They discussed water.",
        "b": f"date {stated}\n\n" + second + " They discussed water.",
    })
    assert ("conflicting-claim" in found) is conflicting


def test_a_check_that_crashes_becomes_an_error_finding(monkeypatch):
    from ruchina.checks import registry

    def broken(context):
        raise ValueError("bad data")

    spec = registered_checks()["unlinked-entity"]
    monkeypatch.setitem(registry._REGISTRY, "unlinked-entity", dataclasses.replace(spec, run=broken))
    findings = run_checks(CheckContext(frames={}))
    (crash,) = [f for f in findings if f.check == "unlinked-entity"]
    assert crash.severity == "error" and "crashed: ValueError: bad data" in crash.message


def test_after_each_runs_once_a_check_is_done_even_one_that_crashed(monkeypatch):
    from ruchina.checks import registry

    ran: list[str] = []
    for code, spec in registered_checks().items():
        def run(context, code=code, crash=(code == "schema")):
            ran.append(code)
            if crash:
                raise ValueError("bad data")
            return []
        monkeypatch.setitem(registry._REGISTRY, code, dataclasses.replace(spec, run=run))
    after: list[list[str]] = []
    run_checks(CheckContext(frames={}), skip={"seed-name"}, after_each=lambda: after.append(list(ran)))
    # after each check, and only then: never before the first, never for a skipped one
    assert after == [ran[:i] for i in range(1, len(ran) + 1)] and "seed-name" not in ran and "schema" in ran


def test_finding_ids_are_stable_across_builds(tmp_path):
    first = findings_for(tmp_path / "1", {"a": TASHKENT_A, "b": TASHKENT_A_EDITED})
    second = findings_for(tmp_path / "2", {"a": TASHKENT_A, "b": TASHKENT_A_EDITED})
    ids = lambda found: sorted(f["finding_id"] for group in found.values() for f in group)  # noqa: E731
    assert ids(first) == ids(second) and ids(first)


# --- the command ---------------------------------------------------------------------------------

def test_validate_exits_0_on_the_release_and_1_when_a_duplicate_article_is_added(released_repo):
    runner = CliRunner()
    assert runner.invoke(cli, ["validate", "--repo", str(released_repo), "--release", "1.0.0"]).exit_code == 0
    seeds = released_repo / "seeds"
    original = sorted(seeds.iterdir())[0]
    shutil.copy(original, seeds / "999_copy.txt")
    assert runner.invoke(cli, ["build", "--repo", str(released_repo)]).exit_code == 0
    result = runner.invoke(cli, ["validate", "--repo", str(released_repo), "--format", "json"])
    assert result.exit_code == 1
    report = json.loads(result.output)
    assert report["valid"] is False
    duplicates = [f for f in report["findings"] if f["check"] == "duplicate-article"]
    assert duplicates and duplicates[0]["record_ids"] == [original.stem, "999_copy"]
    assert all(f["finding_id"].startswith(f["check"] + "-") for f in report["findings"])


def test_an_accepted_finding_stays_in_the_table_and_stops_blocking(released_repo):
    runner = CliRunner()
    seeds = released_repo / "seeds"
    original = sorted(seeds.iterdir())[0]
    shutil.copy(original, seeds / "999_copy.txt")
    runner.invoke(cli, ["build", "--repo", str(released_repo)])
    report = json.loads(runner.invoke(cli, ["validate", "--repo", str(released_repo), "--format", "json"]).output)
    (duplicate,) = [f for f in report["findings"] if f["check"] == "duplicate-article"]
    (released_repo / "checks" / "accepted.yaml").write_text(
        f"accepted:\n  - finding_id: {duplicate['finding_id']}\n    reason: the outlet republished it; kept on purpose\n"
    )
    assert runner.invoke(cli, ["build", "--repo", str(released_repo)]).exit_code == 0
    result = runner.invoke(cli, ["validate", "--repo", str(released_repo), "--format", "json"])
    assert result.exit_code == 0
    (accepted,) = [f for f in json.loads(result.output)["findings"] if f["finding_id"] == duplicate["finding_id"]]
    assert accepted["accepted"] is True and accepted["accepted_reason"].startswith("the outlet republished")
    findings = convert_table(pq.read_table(released_repo / "_build" / "findings.parquet"), "pandas")
    row = findings[findings["finding_id"] == duplicate["finding_id"]].iloc[0]
    assert bool(row["accepted"]) is True


def test_strict_fails_on_warnings(released_repo):
    runner = CliRunner()
    runner.invoke(cli, ["build", "--repo", str(released_repo)])
    assert runner.invoke(cli, ["validate", "--repo", str(released_repo)]).exit_code == 0
    assert runner.invoke(cli, ["validate", "--repo", str(released_repo), "--strict"]).exit_code == 1


def test_records_give_the_rows_of_a_table_frame_with_nulls_as_none():
    import datetime as dt

    import pyarrow as pa

    from ruchina.checks.records import records

    frame = pa.table({"id": ["a", None], "n": [1.5, None], "day": [dt.date(2024, 1, 2), None],
                      "ids": [["x"], []]}).to_pandas()
    assert records(frame) == [{"id": "a", "n": 1.5, "day": dt.date(2024, 1, 2), "ids": ["x"]},
                              {"id": None, "n": None, "day": None, "ids": []}]


def test_shared_passages_are_listed_with_their_holders_in_corpus_order():
    """The holders of each passage more than one article holds, in the articles' order,
    and the passages in the order they first appear (a finding quotes the first of its
    longest passages): as walking the corpus article by article would list them."""
    import random
    from collections import defaultdict
    from types import SimpleNamespace

    import numpy as np

    from ruchina.checks.shared_passage import _holders_of_shared_keys

    rng = random.Random(1)
    for _ in range(100):
        features = {f"a{i}": SimpleNamespace(passage_keys=np.array(rng.sample(range(30), rng.randrange(6)), np.uint64))
                    for i in rng.sample(range(50), 20)}
        walked = defaultdict(list)
        for article_id, article_features in features.items():
            for key in article_features.passage_keys.tolist():
                walked[key].append(article_id)
        expected = [(key, holders) for key, holders in walked.items() if len(holders) > 1]
        assert list(_holders_of_shared_keys(features).items()) == expected


def test_checks_walk_the_rows_of_a_whole_table_made_once_and_of_a_part_made_for_them(tmp_path):
    repo = tmp_path / "repo"
    (repo / "seeds").mkdir(parents=True)
    (repo / "seeds" / "tashkent.txt").write_text(TASHKENT_A, encoding="utf-8")
    (repo / "seeds" / "astana.txt").write_text(ASTANA_OTHER, encoding="utf-8")
    tables = build_tables(RepositoryFiles.find(repo)).tables
    context = CheckContext(frames={name: convert_table(table, "pandas") for name, table in tables.items()})
    claims = context.frames["claims"]
    whole = context.records("claims", claims)
    assert whole and context.records("claims", claims) is whole
    part = claims[claims["article_id"] == "tashkent"]
    expected = [row for row in whole if row["article_id"] == "tashkent"]
    assert expected and context.records("claims", part) == expected
    assert context.records("claims", part) is not context.records("claims", part)
    assert context.records("claims", None) == []


WIRE_PARAGRAPHS = [
    "Leaders of five Central Asian states opened a summit in Samarkand on Thursday with talks on water and energy.",
    "The host president welcomed delegations at the old observatory and promised a declaration by the evening.",
    "Officials from the region said a new railway corridor to the Caspian ports would carry its first freight soon.",
    "Farmers along the river valleys have complained for years about shortages during the hottest summer months.",
    "Several ministers met bankers to discuss financing for solar plants, power lines and a regional grid operator.",
    "The next meeting is planned in Ashgabat, where a treaty on migration and seasonal work could be signed.",
]
WIRE_REWRITES = [
    "A spokesman for the summit declined to say whether the energy accord would bind every member government.",
    "Analysts in Almaty expect trade between the five neighbours to keep growing through the rest of the decade.",
]


def _wire_story(date: str, paragraphs: list[str]) -> str:
    return f"date {date}\n\nSummit opens in Samarkand\n\n" + "\n\n".join(paragraphs)


def _wire_copies() -> dict[str, str]:
    """b is the earliest; a rewrites one of b's paragraphs and c one more of a's: c is a
    near copy of a but not of b, and belongs to the cluster through a."""
    b = WIRE_PARAGRAPHS
    a = [b[0], WIRE_REWRITES[0], *b[2:]]
    c = [*a[:-1], WIRE_REWRITES[1]]
    return {"a": _wire_story("2024-05-15", a), "b": _wire_story("2024-05-14", b),
            "c": _wire_story("2024-05-16", c), "other": ASTANA_OTHER}


def test_copies_of_copies_are_one_cluster_named_after_its_earliest_article(tmp_path):
    from ruchina.checks.duplicate_article import DUPLICATE_THRESHOLD

    copies = _wire_copies()
    found = findings_for(tmp_path / "three", copies)
    (cluster,) = found["duplicate-article"]
    assert cluster["record_ids"] == ["b", "a", "c"], "the earliest first, the copies by date"
    assert "b (the earliest, published 2024-05-14) is the one the others copy" in cluster["message"]
    similarity = {part.split()[0]: float(part.split()[1]) for part in
                  cluster["evidence"].split(";")[0].removeprefix("similarity to b: ").split(", ")}
    assert similarity["a"] >= DUPLICATE_THRESHOLD > similarity["c"]
    # One more copy joins the cluster: the finding (and a curator's acceptance of it) stays.
    grown = findings_for(tmp_path / "four", {**copies, "d": copies["b"].replace("2024-05-14", "2024-06-01")})
    (bigger,) = grown["duplicate-article"]
    assert bigger["finding_id"] == cluster["finding_id"]
    assert bigger["record_ids"] == ["b", "a", "c", "d"] and "d identical" in bigger["message"]


def test_a_passage_is_one_finding_naming_every_article_that_carries_it(tmp_path):
    quote = "“We will not let anyone divide our peoples, and our cooperation will only grow stronger,” the minister said."
    copies = _wire_copies()
    found = findings_for(tmp_path, {
        "a": ASTANA_OTHER + "\n\n" + quote,
        "b": TASHKENT_A + "\n\n" + quote,
        "w1": copies["b"] + "\n\n" + quote,
        "w2": copies["a"] + "\n\n" + quote,  # a near copy of w1: one cluster
        # (a copy under another headline: its lead, which reports on a weekday, is its story's
        # text, as the copies' is, page_deks.py)
        "w3": copies["b"].replace("Summit opens in Samarkand", "Summit opens in Bukhara")
        + "\n\nOfficials would not comment.",
    })
    (shared,) = found["shared-passage"]
    assert shared["record_ids"] == ["a", "b", "w1", "w2"], "one finding, every carrier, copies included"
    assert "(4 articles)" in shared["message"] and "cooperation will only grow stronger" in shared["evidence"]
    # The passages only the copies carry (the wire story's own sentences) are duplicate-article's.
    (cluster,) = found["duplicate-article"]
    assert set(cluster["record_ids"]) == {"w1", "w2", "w3"}


CALL_OPENING = ("Vladimir Putin had a telephone conversation with President of Kazakhstan Kassym-Jomart Tokayev "
                "at the Kazakh side's initiative.")
CALL_MARCH = ("date 2024-03-04\n\nTelephone conversation with Kassym-Jomart Tokayev\n\n" + CALL_OPENING
              + " The leaders discussed the spring floods along the Ural river and the repair of dams.\n\n"
              "They agreed that their emergency ministries would share river gauge readings every day.")
CALL_JUNE = ("date 2024-06-11\n\nTelephone conversation with Kassym-Jomart Tokayev\n\n" + CALL_OPENING
             + " The conversation focused on grain exports and the timetable of the new rail corridor.\n\n"
             "The president of Kazakhstan thanked his counterpart for birthday greetings.")
CALL_MARCH_OTHER_OUTLET = ("date 2024-03-04\n\nPresidents talk floods by phone\n\n" + CALL_OPENING
                           + " Water levels in Orenburg had risen overnight, officials added.\n\n"
                           "Both sides promised to keep the hotline open through April.")


def test_an_outlets_set_opening_of_calls_on_other_days_is_no_shared_passage(tmp_path):
    # Two calls months apart, each report opening with the site's set sentence.
    found = findings_for(tmp_path, {"a": CALL_MARCH, "b": CALL_JUNE})
    assert "shared-passage" not in found


def test_look_alike_two_reports_of_one_call_opening_alike_share_a_passage(tmp_path):
    found = findings_for(tmp_path, {"a": CALL_MARCH, "b": CALL_MARCH_OTHER_OUTLET})
    (shared,) = found["shared-passage"]
    assert shared["record_ids"] == ["a", "b"]


#: An outlet's closing template, two sentences long (its set phrases may run to a paragraph).
PRESS_CLOSE = ("Following the talks, the two presidents made statements for the press in the main hall. "
               "A package of documents on trade, transport and schooling was signed in their presence afterwards.")
TALKS_APRIL = ("date 2024-04-02\n\nTalks with the President of Mongolia\n\nVladimir Putin held talks with the President "
               "of Mongolia in the Kremlin. They discussed the rail link through Ulaanbaatar and grain exports.\n\n"
               + PRESS_CLOSE)
TALKS_JULY = ("date 2024-07-09\n\nTalks with the President of Brazil\n\nVladimir Putin held talks with the President "
              "of Brazil in Novo-Ogaryovo. Fertiliser deliveries and the BRICS calendar were on the agenda.\n\n"
              + PRESS_CLOSE)


def test_one_outlets_set_sentence_inside_reports_of_other_events_is_no_shared_passage(tmp_path):
    found = findings_for(tmp_path, {"a": _at("https://www.kremlin-example.org/news/1", TALKS_APRIL),
                                    "b": _at("https://www.kremlin-example.org/news/2", TALKS_JULY)})
    assert "shared-passage" not in found


def test_look_alike_the_same_sentence_in_two_outlets_reports_is_a_shared_passage(tmp_path):
    found = findings_for(tmp_path, {"a": _at("https://www.kremlin-example.org/news/1", TALKS_APRIL),
                                    "b": _at("https://www.daily-example.org/world/brazil", TALKS_JULY)})
    (shared,) = found["shared-passage"]
    assert shared["record_ids"] == ["a", "b"] and "a passage of 2 sentence(s)" in shared["message"]


#: An outlet's agenda sentence, printed in its announcement of talks and again in its report of them.
AGENDA = ("During the talks the presidents will discuss the main questions of further developing the strategic "
          "partnership of the two countries, as well as pressing regional and international issues.")
TALKS_ANNOUNCED = ("date 2024-10-01\n\nPresident of Laos to visit Russia\n\nAt the invitation of Vladimir Putin, the "
                   "President of Laos will pay an official visit to Russia on October 7-8.\n\n" + AGENDA)
TALKS_HELD = ("date 2024-10-07\n\nRussian-Lao talks\n\nVladimir Putin held talks with the President of Laos in the "
              "Kremlin on October 7. Rail freight and a new hydropower plant on the Mekong led the agenda.\n\n" + AGENDA)


def test_one_outlets_announcement_and_its_report_of_the_same_talks_share_no_passage(tmp_path):
    found = findings_for(tmp_path, {"a": _at("https://www.kremlin-example.org/news/11", TALKS_ANNOUNCED),
                                    "b": _at("https://www.kremlin-example.org/news/19", TALKS_HELD)})
    assert "shared-passage" not in found


def test_look_alike_another_outlet_printing_the_agenda_sentence_shares_a_passage(tmp_path):
    found = findings_for(tmp_path, {"a": _at("https://www.kremlin-example.org/news/11", TALKS_ANNOUNCED),
                                    "b": _at("https://www.daily-example.org/world/laos", TALKS_HELD)})
    (shared,) = found["shared-passage"]
    assert shared["record_ids"] == ["a", "b"]
