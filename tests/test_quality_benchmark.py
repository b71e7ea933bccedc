"""benchmarks/quality.py: the fixture corpus built through the CLI and scored against its gold.

One build of the five invented fixture articles (benchmarks/gold/fixture/), made by
running the benchmark as a user does; the other tests score those tables again against
changed copies of the gold.
"""

from __future__ import annotations

import copy
import hashlib
import importlib.util
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parent.parent
BENCHMARKS = PROJECT / "benchmarks"
FIXTURE = BENCHMARKS / "gold" / "fixture"
CORPUS, GOLD = FIXTURE / "fixture.jsonl", FIXTURE / "fixture_gold.yaml"
URL = "https://news.example.org/fixture/{}".format
# Every news stand-in (benchmarks/<set>/pages.jsonl with its gold.yaml), new ones included as they are written.
STAND_INS = sorted((d.name for d in BENCHMARKS.iterdir() if (d / "pages.jsonl").exists()),
                   key=lambda name: (len(name), name))


def _load(name: str):
    """A benchmark script as a module (benchmarks/ is not a package), leaving sys.path as it was."""
    path = list(sys.path)
    spec = importlib.util.spec_from_file_location(name, BENCHMARKS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    try:
        spec.loader.exec_module(module)
    finally:
        sys.path[:] = path
    return module


quality = _load("quality")
scoring = sys.modules["quality_scoring"]


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    """The benchmark's command line on the fixture: its repository, JSON, Markdown and output."""
    out = tmp_path_factory.mktemp("quality")
    done = subprocess.run(
        [sys.executable, str(BENCHMARKS / "quality.py"), "--corpus", str(CORPUS), "--gold", str(GOLD),
         "--keep", str(out / "repo"), "--json", str(out / "result.json"), "--markdown", str(out / "result.md")],
        capture_output=True, text=True, cwd=out, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    return {"repo": out / "repo", "result": json.loads((out / "result.json").read_text()),
            "markdown": (out / "result.md").read_text(), "stdout": done.stdout,
            "tables": quality.read_tables(out / "repo" / "_build")}


def _rescore(run, edit) -> dict:
    gold = quality.load_gold([GOLD])
    changed = copy.deepcopy(gold)
    edit(changed)
    return quality.score(run["tables"], changed, run["result"]["url_to_article"])


def test_the_run_prints_and_writes_every_table(run):
    for title in ("Corpus and build", "Scores", "Checks", "Per language"):
        assert f"== {title}" in run["stdout"]
        assert f"## {title}" in run["markdown"]
    assert run["result"]["build"]["items"] == 5 and run["result"]["build"]["exit"] in (0, 1)
    assert run["result"]["build"]["seconds"] > 0


def test_gold_publication_dates_score_as_right(run):
    dates = run["result"]["published_date"]
    # 101-103 state a date; 104 states none (not scored).
    assert dates["accuracy"] == {"n": 3, "N": 3, "ratio": 1.0}
    assert run["result"]["languages"]["en"]["published_date"]["n"] == 3


def test_the_per_language_figures_add_up_to_the_overall_ones(run):
    result = run["result"]
    languages = result["languages"].values()
    for name, overall in (("event precision", result["events"]["precision"]), ("event recall", result["events"]["recall"]),
                          ("main found", result["main_event"]["found"])):
        assert (sum(f[name]["n"] for f in languages), sum(f[name]["N"] for f in languages)) == (overall["n"], overall["N"])
    discovered = result["discovered_names"]["precision"]
    assert sum(f["discovered names"]["N"] for f in languages if "discovered names" in f) >= discovered["N"]
    # a gold event's right start counts in its language's column
    changed = _rescore(run, lambda g: [e.update(start="1999-01-01") for entry in g.values() for e in entry["events"]])
    assert all(f["event start"]["n"] == 0 for f in changed["languages"].values())


def test_unannotated_items_are_counted_apart(run):
    result = run["result"]
    assert result["articles"] == {"built": 5, "gold": 4, "unannotated": 1, "gold entries not in the corpus": 0}
    unannotated = result["url_to_article"][URL(105)]
    on_105 = [f for f in run["tables"]["findings"] if scoring.Tables(run["tables"]).articles_named(f) == {unannotated}]
    # The findings about the unannotated article count apart, not against precision...
    for check, figures in result["checks"].items():
        assert figures["on unannotated"] == sum(f["check"] == check for f in on_105)
    # ...until it is annotated (as a clean text): then they are scored with the others.
    annotated = _rescore(run, lambda g: g.update({URL(105): {"url": URL(105), "published_date": "2024-11-16",
                                                             "events": [], "names": [], "findings": []}}))
    assert annotated["articles"]["unannotated"] == 0
    for check in result["checks"]:
        added = sum(f["check"] == check for f in on_105)
        assert annotated["checks"][check]["precision"]["N"] == result["checks"][check]["precision"]["N"] + added
    # An unlinked name in the unannotated article is not a discovered name of the gold ones.
    assert annotated["discovered_names"]["precision"]["N"] >= result["discovered_names"]["precision"]["N"]


def test_a_wrong_gold_fact_lowers_its_figure(run):
    base = quality.score(run["tables"], quality.load_gold([GOLD]), run["result"]["url_to_article"])
    assert base["events"] == run["result"]["events"] and base["checks"] == run["result"]["checks"]

    def wrong_facts(gold):
        gold[URL(101)]["published_date"] = "2024-11-11"
        gold[URL(102)]["events"][0]["location"] = "Shanghai"
        gold[URL(102)]["events"][0]["start"] = "2024-11-05"

    changed = _rescore(run, wrong_facts)
    assert changed["published_date"]["accuracy"]["n"] == base["published_date"]["accuracy"]["n"] - 1
    assert changed["published_date"]["wrong"][0][1] == "2024-11-11"
    for field in ("location", "start"):
        assert changed["events"]["fields"][field]["n"] == base["events"]["fields"][field]["n"] - 1, field
    assert changed["events"]["fields"]["end"] == base["events"]["fields"]["end"]
    assert changed["main_event"]["entirely right"]["n"] == base["main_event"]["entirely right"]["n"] - 1


def test_a_participant_no_row_has_makes_the_event_unmatched(run):
    base = quality.score(run["tables"], quality.load_gold([GOLD]), run["result"]["url_to_article"])
    changed = _rescore(run, lambda g: g[URL(101)]["events"][0]["participants"].append("Li Qiang"))
    assert changed["events"]["recall"]["n"] == base["events"]["recall"]["n"] - 1
    assert changed["main_event"]["found"]["n"] == base["main_event"]["found"]["n"] - 1
    # The two reports of the meeting no longer agree on who met: a false merge if keys differ.
    split = _rescore(run, lambda g: g[URL(102)]["events"][0].update(key="another-meeting"))
    assert split["same_event_pairs"]["merged"]["N"] == base["same_event_pairs"]["merged"]["N"] - 1
    assert split["same_event_pairs"]["false merges"] == base["same_event_pairs"]["false merges"] + 1


def test_a_report_that_gives_no_date_expects_the_day_its_keys_other_reports_give(run):
    # (benchmarks/gold_keys.py: the row is the real event, dated by the reports that date it)
    base = quality.score(run["tables"], quality.load_gold([GOLD]), run["result"]["url_to_article"])
    undated = _rescore(run, lambda g: g[URL(102)]["events"][0].update(start=None, end=None, precision="unknown"))
    for field in ("start", "end", "date_precision"):
        assert undated["events"]["fields"][field] == base["events"]["fields"][field], field


def test_a_report_keeps_its_own_date_and_a_key_no_report_dates_expects_none():
    keys = sys.modules["gold_keys"]
    week = {"key": "k", "start": "2024-11-11", "end": "2024-11-17", "precision": "week"}
    day = {"key": "k", "start": "2024-11-12", "end": "2024-11-12", "precision": "day"}
    undated = {"key": "k", "start": None, "end": None, "precision": "unknown"}
    facts = keys.key_facts([{"events": [week]}, {"events": [day]}, {"events": [undated]}])
    assert keys.as_its_key_tells(undated, facts)["start"] == "2024-11-12"
    assert keys.as_its_key_tells(week, facts)["end"] == "2024-11-17"
    alone = {"key": "other", "start": None, "end": None, "precision": "unknown"}
    assert keys.as_its_key_tells(alone, keys.key_facts([{"events": [alone]}]))["start"] is None
    # (a visit told under way: its first day, no last; another report of it gives the last)
    under_way = {"key": "v", "start": "2024-11-12", "end": None, "precision": "day"}
    whole = {"key": "v", "start": "2024-11-12", "end": "2024-11-14", "precision": "day"}
    assert keys.as_its_key_tells(under_way, keys.key_facts([{"events": [under_way]}, {"events": [whole]}]))["end"] == "2024-11-14"


def test_a_first_day_with_no_last_in_any_report_leaves_the_end_unscored(run):
    base = quality.score(run["tables"], quality.load_gold([GOLD]), run["result"]["url_to_article"])
    open_ended = _rescore(run, lambda g: [g[URL(n)]["events"][0].update(end=None) for n in (101, 102)])
    assert open_ended["events"]["fields"]["end"]["N"] == base["events"]["fields"]["end"]["N"] - 2


def test_a_report_expects_every_participant_its_keys_reports_name(run):
    base = quality.score(run["tables"], quality.load_gold([GOLD]), run["result"]["url_to_article"])
    # (another report of the meeting names a third person the row lacks: both reports miss him)
    more = _rescore(run, lambda g: g[URL(102)]["events"][0]["participants"].append("Li Qiang"))
    assert more["events"]["fields"]["participants"]["n"] == base["events"]["fields"]["participants"]["n"] - 2


def test_an_invented_name_missing_from_the_gold_names_is_a_false_discovered_name(run):
    base = run["result"]["discovered_names"]
    changed = _rescore(run, lambda g: g[URL(104)]["names"].remove("Arkady Veresov"))
    assert changed["discovered_names"]["precision"]["n"] == base["precision"]["n"] - 1
    assert "Arkady Veresov" in [d["name"] for d in changed["discovered_names"]["false"]]


def test_an_unlinked_entity_finding_is_right_when_its_name_is_a_gold_name(run):
    """Judged by the article's gold names, not by its findings list: a clean text's gold
    (findings: []) that names the unknown person makes the finding right, and a name missing
    from the gold names makes it false even where the gold expects unlinked-entity findings."""
    base = run["result"]["checks"]["unlinked-entity"]["precision"]
    pairs = [(f, a) for f in run["tables"]["findings"] if f["check"] == "unlinked-entity"
             for a in scoring.Tables(run["tables"]).articles_named(f)]
    on_104 = [f for f, a in pairs if a == run["result"]["url_to_article"][URL(104)]]
    assert any("Arkady Veresov" in f["message"] for f in on_104)
    clean = _rescore(run, lambda g: g[URL(104)].update(findings=[]))["checks"]["unlinked-entity"]["precision"]
    assert clean == base, "the findings list does not decide"
    unnamed = _rescore(run, lambda g: g[URL(104)]["names"].remove("Arkady Veresov"))["checks"]["unlinked-entity"]
    assert unnamed["precision"]["n"] == base["n"] - 1 and unnamed["precision"]["N"] == base["N"]


def test_the_discovered_names_count_the_distinct_real_names(run):
    base = run["result"]["discovered_names"]
    assert base["real names"] == base["precision"]["n"] >= 1
    changed = _rescore(run, lambda g: g[URL(104)]["names"].remove("Arkady Veresov"))["discovered_names"]
    assert changed["real names"] == base["real names"] - 1
    assert "discovered real names (distinct)" in run["markdown"]


def test_the_url_to_seed_mapping_is_stable(run, tmp_path):
    items = quality.read_corpus([CORPUS])
    first, _ = quality.write_seeds(items, tmp_path / "a")
    second, _ = quality.write_seeds(items, tmp_path / "b")
    assert first == second == run["result"]["url_to_article"]
    for number, (url, article_id) in enumerate(first.items()):
        assert re.fullmatch(r"\d{3,}_[0-9a-f]{16}", article_id) and article_id.startswith(f"{number:03d}_")
        assert hashlib.sha256((tmp_path / "a" / f"{article_id}.txt").read_bytes()).hexdigest()[:16] == article_id[4:]
    # The build keeps the file stem as the article id and the URL header as its url.
    assert {a["url"]: a["article_id"] for a in run["tables"]["articles"]} == first


def test_the_seed_is_a_curators_plain_text_file():
    item = {"url": "https://news.example.org/x", "published": "2024-11-12T15:00:00Z", "title": "A  title",
            "summary": "The lead.", "text": "The text."}
    assert quality.seed_text(item)[0] == ("Title: A title\nDate: 2024-11-12\nURL: https://news.example.org/x\n\n"
                                          "The lead.\n\nThe text.\n")
    undated = quality.seed_text(dict(item, published=None, title=None, summary=None))[0]
    assert undated == "URL: https://news.example.org/x\n\nThe text.\n"


def test_an_over_long_line_becomes_paragraphs_at_sentence_ends():
    line = " ".join(f"Sentence number {i} says something about the talks." for i in range(5000))
    parts = quality.split_long_line(line, limit=10_000)
    assert len(parts) > 1 and all(len(p) <= 10_000 for p in parts)
    assert all(p.endswith("talks.") for p in parts) and " ".join(parts) == line


def test_limit_keeps_every_gold_item_and_the_first_others():
    items = [{"url": f"u{i}"} for i in range(10)]
    kept = quality.select(items, {"u7": {}, "u1": {}}, limit=2)
    assert [i["url"] for i in kept] == ["u0", "u1", "u2", "u7"]
    assert quality.select(items, {}, None) == items


def test_columns_that_may_appear_later_are_scored_when_present(run):
    # events.part_of is built now: scored; a build without the column is not.
    assert "part_of" in run["tables"]["_columns"]["events"] and run["result"]["events"]["fields"]["part_of"] != "n/a"
    tables = copy.deepcopy(run["tables"])
    tables["_columns"]["events"].remove("part_of")
    for event in tables["events"]:
        del event["part_of"]
    gold = quality.load_gold([GOLD])
    assert quality.score(tables, gold, run["result"]["url_to_article"])["events"]["fields"]["part_of"] == "n/a"
    for event in tables["events"]:
        event["part_of"] = None
    for article in tables["articles"]:
        article["published_date_source"] = "header" if article["published_date"] else None
    tables["_columns"]["events"].append("part_of")
    gold = quality.load_gold([GOLD])
    result = quality.score(tables, gold, run["result"]["url_to_article"])
    matched = result["events"]["recall"]["n"]
    assert result["events"]["fields"]["part_of"] == {"n": matched, "N": matched, "ratio": 1.0 if matched else None}
    assert result["published_date"]["source"] == {"header": 4, "None": 1}
    # A gold parent that no row is matched to makes the child's part_of wrong.
    gold[URL(101)]["events"][0]["part_of"] = "2024-11-12-state-visit-putin-beijing"
    assert quality.score(tables, gold, run["result"]["url_to_article"])["events"]["fields"]["part_of"]["n"] == matched - 1


def test_an_announcement_of_an_event_another_article_reports_held_expects_the_held_row(run):
    # 101 and 102 report one meeting; the row is the real event, so an article that had
    # announced it (planned) is still right with the row's "occurred".
    base = quality.score(run["tables"], quality.load_gold([GOLD]), run["result"]["url_to_article"])

    def announced_by_102(gold):
        gold[URL(102)]["events"][0]["status"] = "planned"

    assert _rescore(run, announced_by_102)["events"]["fields"]["status"] == base["events"]["fields"]["status"]

    def announced_by_both(gold):  # no gold article reports it held: both rows are now wrong
        gold[URL(101)]["events"][0]["status"] = "planned"
        gold[URL(102)]["events"][0]["status"] = "planned"

    assert _rescore(run, announced_by_both)["events"]["fields"]["status"]["n"] == base["events"]["fields"]["status"]["n"] - 2


def test_a_row_holding_a_part_and_its_whole_is_a_part_whole_merge_not_a_false_merge(run):
    # 101 and 102 report one meeting, in one row. Were 102's event another one, that row
    # would be a false merge; were it a session inside 101's event (part_of), a part-whole one.
    key = quality.load_gold([GOLD])[URL(101)]["events"][0]["key"]
    base = _rescore(run, lambda gold: None)["same_event_pairs"]
    assert base["false merges"] == 0 and base["part-whole merges"] == 0

    def another_event(gold):
        gold[URL(102)]["events"][0].update(key="a-different-meeting", part_of=None)

    def a_part_of_it(gold):
        gold[URL(102)]["events"][0].update(key="its-opening-session", part_of=key)

    unrelated, part = _rescore(run, another_event)["same_event_pairs"], _rescore(run, a_part_of_it)["same_event_pairs"]
    assert (unrelated["false merges"], unrelated["part-whole merges"]) == (1, 0)
    assert (part["false merges"], part["part-whole merges"]) == (0, 1)


PRECISION_ORDER = ("day", "week", "month", "year")


@pytest.mark.parametrize("gold", [BENCHMARKS / "gold"] + [BENCHMARKS / name / "gold.yaml" for name in STAND_INS],
                         ids=["kremlin"] + STAND_INS)
def test_every_gold_key_is_one_real_event_across_the_gold_files(gold):
    # benchmarks/gold/README.md, "One key, one real event": one type, one place and one parent
    # per key; reports dated to the day agree, coarser ones contain that day.
    reports = {}
    for url, entry in quality.load_gold([gold]).items():
        for event in entry["events"]:
            reports.setdefault(event["key"], []).append((url, event))
    problems = []
    for key, events in reports.items():
        for field in ("type", "location", "part_of"):
            values = {e.get(field) for _, e in events} - {None}
            if len(values) > 1:
                problems.append(f"{key}: {field} {sorted(values)}")
        days = {(e["start"], e["end"]) for _, e in events if e.get("precision") == "day" and e["start"] and e["end"]}
        if len({start for start, _ in days}) > 1 or len({end for _, end in days}) > 1:
            problems.append(f"{key}: days {sorted(days)}")
        for url, e in events:
            if e.get("precision") in PRECISION_ORDER[1:] and days:
                start, end = min(s for s, _ in days), max(x for _, x in days)
                if not (e["start"] <= start and end <= e["end"]):
                    problems.append(f"{key}: {url} {e['start']}..{e['end']} does not contain {start}..{end}")
    assert not problems, "\n".join(problems)


def test_a_putin_xi_row_is_false_only_when_no_gold_article_in_it_reports_the_two_meeting():
    # A parade row: one report names both leaders among the guests, another names only the
    # host and a third guest. The row is a real Putin–Xi event; a row made of the second
    # report alone would be one that the articles never state.
    both = {"events": [{"participants": ["Vladimir Putin", "Xi Jinping"]}]}
    host_and_other = {"events": [{"participants": ["Vladimir Putin", "Alexander Lukashenko"]}]}
    gold_of = {"a": both, "b": host_and_other}

    def rows(*article_ids):
        return scoring.Tables({"articles": [{"article_id": a} for a in gold_of], "events": [
            {"event_id": "parade", "article_ids": list(article_ids),
             "participant_ids": [scoring.PUTIN, scoring.XI, "alexander-lukashenko"]}]})

    assert scoring.putin_xi_false_events(rows("a", "b"), gold_of)["rows"] == 0
    assert scoring.putin_xi_false_events(rows("b"), gold_of)["examples"] == [("parade", ["b"])]


def test_a_gold_event_is_matched_to_the_row_of_its_days_before_a_row_of_its_first_day_only():
    # A two-day visit's article built a row of the visit's two days and a one-day row of its
    # welcome ceremony (neither of the gold's type): the visit is the row of both its days,
    # whichever row comes first.
    t = scoring.Tables({"articles": [{"article_id": "a"}], "entities": [
        {"entity_id": "p1", "name": "Hu Jintao", "aliases": []}], "events": [
        {"event_id": "ceremony", "event_type": "other", "participant_ids": ["p1"], "article_ids": ["a"],
         "start_date": "2008-05-23", "end_date": "2008-05-23"},
        {"event_id": "visit", "event_type": "visit", "participant_ids": ["p1"], "article_ids": ["a"],
         "start_date": "2008-05-23", "end_date": "2008-05-24"}]})
    gold_visit = {"type": "state_visit", "participants": ["Hu Jintao"], "start": "2008-05-23", "end": "2008-05-24"}
    ((_, row),) = scoring.match_article(t, "a", [gold_visit])
    assert row["event_id"] == "visit"


def test_a_name_romanized_with_or_without_the_glide_y_names_one_participant():
    # "Bogoyev" and "Bogoev", "Yekaterina" and "Ekaterina": two romanizations of one Russian name.
    t = scoring.Tables({"articles": [], "entities": [
        {"entity_id": "p1", "name": "Yekaterina Bogoyeva", "aliases": []}], "events": []})
    row = {"participant_ids": ["p1"], "event_type": "meeting"}
    for spelling in ("Yekaterina Bogoyeva", "Ekaterina Bogoeva", "ekaterina bogoyeva"):
        assert scoring.covers(t, row, {"participants": [spelling]}), spelling
        assert scoring.participants_exact(t, row, {"participants": [spelling]}), spelling
    # another vowel, a letter left out, a y before another vowel: other names
    for other in ("Yekaterina Bogayeva", "Yekaterina Boyeva", "Yakaterina Bogoyeva", "Akaterina Bogoyeva"):
        assert not scoring.covers(t, row, {"participants": [other]}), other


@pytest.mark.parametrize("stand_in", STAND_INS)
def test_a_news_stand_in_gold_names_its_own_pages_and_keys(stand_in):
    # Every benchmarks/<set>/: every gold entry is a page of pages.jsonl, every page has gold, and a
    # part_of names a key some entry of the set defines (cheap: no build).
    pages_path, gold_path = BENCHMARKS / stand_in / "pages.jsonl", BENCHMARKS / stand_in / "gold.yaml"
    pages = [json.loads(line) for line in pages_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    gold = quality.load_gold([gold_path])
    assert {p["url"] for p in pages} == set(gold)
    assert all(p["published"] is None and p["title"] is None and p["text"] for p in pages), \
        "a curator gives only the page and its address: the page states its own date and title"
    keys = {e["key"] for entry in gold.values() for e in entry["events"]}
    parents = {e["part_of"] for entry in gold.values() for e in entry["events"]} - {None}
    assert parents <= keys, sorted(parents - keys)
    assert all(sum(e["main"] for e in entry["events"]) <= 1 for entry in gold.values())
    assert {p["language"] for p in pages} >= {"en", "ru", "zh", "de", "fr", "es"}


def test_a_place_no_report_of_the_key_gives_is_expected_absent(run):
    base = quality.score(run["tables"], quality.load_gold([GOLD]), run["result"]["url_to_article"])

    def no_place_told(gold):
        for url in (URL(101), URL(102)):  # every report of the Beijing meeting's key
            gold[url]["events"][0]["location"] = None

    def one_report_without_place(gold):
        gold[URL(102)]["events"][0]["location"] = None

    unplaced = _rescore(run, no_place_told)["events"]["fields"]
    assert unplaced["unplaced"]["N"] == base["events"]["fields"]["unplaced"]["N"] + 2
    assert unplaced["unplaced"]["n"] == base["events"]["fields"]["unplaced"]["n"]  # (the rows are in Beijing)
    assert unplaced["location"]["N"] == base["events"]["fields"]["location"]["N"] - 2
    # A report that names no place while another report of its key does: the key's place is told.
    assert _rescore(run, one_report_without_place)["events"]["fields"]["unplaced"] == base["events"]["fields"]["unplaced"]
