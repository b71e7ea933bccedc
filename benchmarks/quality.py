"""Quality benchmark: build a corpus of real articles and score the tables against gold
facts written by hand (benchmarks/gold/README.md gives the gold format).

    python benchmarks/quality.py --corpus CORPUS.jsonl --gold benchmarks/gold
    python benchmarks/quality.py --corpus A.jsonl --corpus B.jsonl --gold benchmarks/gold \\
        --limit 100 --markdown quality.md --json quality.json --keep /tmp/quality-repo

How it works. Each corpus item (JSONL: url, published, title, location, summary, text,
language) becomes a plain-text seed in a fresh repository, written as a curator's file
looks: ``Title:``, ``Date:`` (when published is known), ``Place:`` (the place the page
prints beside its date, when it prints one) and ``URL:`` header lines, a blank
line, the summary as the first paragraph, then the text. Seeds are named
``NNN_<first 16 hex of the file's sha256>.txt`` in corpus order, so an item's article id
is stable. A line over the seed format's 100,000-character limit is broken into
paragraphs at sentence ends (a few scraped texts lost all their line breaks). Then
``python -m ruchina build --repo TMP`` runs as a user runs it (timed), and the Parquet
tables in TMP/_build are scored; only the CLI and the tables are used.

What is scored (quality_scoring.py), over the articles that have a gold entry (by url);
the others are "unannotated" and count only for false findings:

* published_date: the build's date equals the gold one (gold null: not scored); the
  distribution of published_date_source when the build has that column.
* events: each gold article's gold events are matched greedily to the events rows that
  list the article: a row can match when it has every gold participant (name or alias,
  any case); same type, same participants, same start and the right place rank first.
  Precision = matched rows / rows of gold articles, recall = matched / gold events (both
  per article). Over matched pairs, against what the key's reports tell together
  (gold_keys.py: every participant any of them names; an undated report, the finest
  dated report's day): type, participants (exactly that set), location (the place
  entity's name or alias is, or contains, the gold city; gold null not scored), start,
  end, date precision, status, part_of when the build has it (the row's parent is the
  row matched to the gold parent's key), and unplaced (no report of the key gives a place,
  a call or an event held by video with no host's seat: the row has none either).
* main event: found (matched) and entirely right (type, location, start, end, status).
* same-event pairs: gold articles reporting one gold key, merged when one row lists both
  and has the participants; false merges are gold articles sharing a row with no gold key
  in common (spurious co-reports when one of them has no gold event at all; part-whole merges
  when an event of one is part_of an event of the other, a session and its forum).
* Putin–Xi false events: rows with both Q7747 and Q15031 listing a gold article whose gold
  has no event with both.
* discovered names: unlinked entities in gold articles whose name is one of the article's
  gold name forms (precision), and how many distinct real names that is.
* per language (the articles table's ``language`` of each gold article): main events found
  and entirely right, event precision and recall, right starts of matched events,
  published_date, discovered names precision and the linked entities named (distinct), so
  that the figures of each language print beside the others.
* checks: per check, precision over (finding, gold article it names) pairs, recall over
  the gold's (article, check) items, and findings naming unannotated articles per 100 of
  them. An unlinked-entity finding is right about a gold article when its entity's name is
  one of the article's gold name forms (the gold lists names, not one finding per name).
  Findings name articles through record ids: articles directly, claims by their article,
  events and entities by their article_ids.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from quality_scoring import load_gold, score

TABLES = ("articles", "entities", "events", "claims", "findings")
#: The seed format's longest line (ruchina refuses longer ones as junk).
MAX_LINE_CHARS = 100_000
_SENTENCE_END = re.compile(r"[.!?][\"”’)]*\s+(?=[\"“«(]?[A-ZА-ЯЁ0-9])")


def read_corpus(paths) -> list[dict]:
    """Every item of the JSONL files, in order; an url seen before is skipped."""
    items, seen = [], set()
    for path in paths:
        with open(path, encoding="utf-8") as lines:
            for line in lines:
                if line.strip():
                    item = json.loads(line)
                    if item["url"] not in seen:
                        seen.add(item["url"])
                        items.append(item)
    return items


def select(items: list[dict], gold: dict, limit: int | None) -> list[dict]:
    """Every gold item and the first ``limit`` others, in corpus order."""
    if limit is None:
        return items
    kept, others = [], 0
    for item in items:
        if item["url"] in gold or others < limit:
            others += item["url"] not in gold
            kept.append(item)
    return kept


def split_long_line(line: str, limit: int = MAX_LINE_CHARS) -> list[str]:
    """A line over the limit as paragraphs under it, cut at the last sentence end (else space)."""
    parts = []
    while len(line) > limit:
        ends = [m.end() for m in _SENTENCE_END.finditer(line, 0, limit)]
        cut = ends[-1] if ends else (line.rfind(" ", 0, limit) + 1 or limit)
        parts.append(line[:cut].rstrip())
        line = line[cut:].lstrip()
    return parts + [line]


def seed_text(item: dict) -> tuple[str, bool]:
    """The seed file of one item, and whether a line had to be split."""
    header = []
    if item.get("title"):
        header.append("Title: " + " ".join(item["title"].split()))
    if item.get("published"):
        header.append("Date: " + str(item["published"])[:10])
    if item.get("location") and item["location"] != "NA":  # (the corpus's "NA": the page prints no place)
        # kremlin.ru prints the place beside the date ("The Kremlin, Moscow"): a Place line
        header.append("Place: " + " ".join(item["location"].split()))
    header.append("URL: " + item["url"])
    paragraphs = [p.strip() for p in (item.get("summary"), item.get("text")) if p and p.strip()]
    body = "\n\n".join(paragraphs)
    split = any(len(line) > MAX_LINE_CHARS for line in body.split("\n"))
    if split:
        body = "\n".join("\n\n".join(split_long_line(line)) for line in body.split("\n"))
    return "\n".join(header) + "\n\n" + body + "\n", split


def write_seeds(items: list[dict], seeds: Path) -> tuple[dict[str, str], int]:
    """Write the seeds; url -> article id (the file stem), and how many lines were split."""
    seeds.mkdir(parents=True, exist_ok=True)
    url_to_article, n_split = {}, 0
    for number, item in enumerate(items):
        text, split = seed_text(item)
        raw = text.encode("utf-8")
        article_id = f"{number:03d}_{hashlib.sha256(raw).hexdigest()[:16]}"
        (seeds / f"{article_id}.txt").write_bytes(raw)
        url_to_article[item["url"]] = article_id
        n_split += split
    return url_to_article, n_split


def build(repo: Path) -> dict:
    """``ruchina build`` in a child process, as a user runs it: exit code, wall time, output."""
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "ruchina", "build", "--repo", str(repo)], cwd=repo,
                          capture_output=True, text=True, check=False)
    return {"exit": done.returncode, "seconds": time.perf_counter() - start, "output": (done.stdout + done.stderr)[-3000:]}


def read_tables(build_dir: Path) -> dict:
    import pyarrow.parquet as pq

    tables, columns = {}, {}
    for name in TABLES:
        path = build_dir / f"{name}.parquet"
        table = pq.read_table(path) if path.exists() else None
        tables[name] = table.to_pylist() if table is not None else []
        columns[name] = table.schema.names if table is not None else []
    tables["_columns"] = columns
    return tables


def run(corpora, gold_paths, limit: int | None = None, keep: Path | None = None) -> dict:
    """Write, build and score; the score with the build's figures under "build"."""
    gold = load_gold(gold_paths)
    items = select(read_corpus(corpora), gold, limit)
    if keep:
        keep.mkdir(parents=True, exist_ok=True)
        if any(keep.iterdir()):
            raise SystemExit(f"--keep {keep}: the folder is not empty")
    repo = keep or Path(tempfile.mkdtemp(prefix="ruchina-quality-"))
    try:
        url_to_article, n_split = write_seeds(items, repo / "seeds")
        built = build(repo)
        if built["exit"] not in (0, 1) or not (repo / "_build" / "articles.parquet").exists():
            raise SystemExit(f"ruchina build failed (exit {built['exit']}):\n{built['output']}")
        result = score(read_tables(repo / "_build"), gold, url_to_article)
    finally:
        if not keep:
            shutil.rmtree(repo, ignore_errors=True)
    result["build"] = {"items": len(items), "seconds": built["seconds"], "exit": built["exit"],
                       "lines split": n_split, "repository": str(keep) if keep else None}
    result["url_to_article"] = url_to_article
    return result


# --- output ---------------------------------------------------------------------------

def _frac(f) -> list[str]:
    if not isinstance(f, dict):
        return [str(f), ""]
    return [f"{f['n']}/{f['N']}", "—" if f["ratio"] is None else f"{f['ratio']:.3f}"]


def sections(r: dict) -> list[tuple[str, list[str], list[list[str]]]]:
    """The report as (title, header, rows) tables, for the terminal and for Markdown."""
    b, a = r["build"], r["articles"]
    out = [("Corpus and build", ["", "value"], [
        ["items built", str(b["items"])], ["articles in the build", str(a["built"])],
        ["gold articles", str(a["gold"])], ["unannotated articles", str(a["unannotated"])],
        ["gold entries not in the corpus", str(a["gold entries not in the corpus"])],
        ["seeds with an over-long line split", str(b["lines split"])],
        ["build wall time (s)", f"{b['seconds']:.1f}"], ["build exit code", str(b["exit"])]])]
    e, m, s = r["events"], r["main_event"], r["same_event_pairs"]
    rows = [["published_date accuracy", *_frac(r["published_date"]["accuracy"])],
            ["event precision", *_frac(e["precision"])], ["event recall", *_frac(e["recall"])]]
    rows += [[f"event {name} (matched pairs)", *_frac(f)] for name, f in e["fields"].items()]
    rows += [["main event found", *_frac(m["found"])], ["main event entirely right", *_frac(m["entirely right"])],
             ["same-event pairs merged", *_frac(s["merged"])],
             ["discovered names precision", *_frac(r["discovered_names"]["precision"])],
             ["discovered real names (distinct)", str(r["discovered_names"]["real names"]), ""]]
    out.append(("Scores", ["figure", "n/N", "ratio"], rows))
    p = r["putin_xi_false_events"]
    out.append(("Counts", ["figure", "count"], [
        ["false merges (gold articles with no common event sharing a row)", str(s["false merges"])],
        ["part-whole merges (one article's event part_of the other's, in one row)", str(s["part-whole merges"])],
        ["spurious co-reports (a gold article with no gold event sharing a row)", str(s["spurious co-reports"])],
        ["Putin–Xi false event rows", str(p["rows"])], ["Putin–Xi false (row, article) pairs", str(p["row-article pairs"])]]))
    out.append(("Checks", ["check", "precision n/N", "ratio", "recall n/N", "ratio", "on unannotated", "per 100 unannotated"],
                [[check, *_frac(c["precision"]), *_frac(c["recall"]), str(c["on unannotated"]),
                  "—" if c["per 100 unannotated"] is None else f"{c['per 100 unannotated']:.1f}"]
                 for check, c in r["checks"].items()]))
    out.append(("Per language", ["language", "gold articles", "main found", "ratio", "main right", "ratio",
                                 "event precision", "ratio", "event recall", "ratio", "event start", "ratio",
                                 "published_date", "ratio", "discovered names precision", "ratio", "linked entities"],
                [[lang, str(f["articles"]), *_frac(f["main found"]), *_frac(f["main right"]),
                  *_frac(f.get("event precision", "n/a")), *_frac(f.get("event recall", "n/a")),
                  *_frac(f.get("event start", "n/a")), *_frac(f["published_date"]),
                  *_frac(f.get("discovered names", "n/a")), str(f.get("linked entities", 0))]
                 for lang, f in r["languages"].items()]))
    source = r["published_date"]["source"]
    out.append(("published_date_source (all articles)", ["source", "articles"],
                [[k, str(v)] for k, v in sorted(source.items())] if isinstance(source, dict) else [["n/a", ""]]))
    return out


def details(r: dict) -> list[tuple[str, list[str]]]:
    """What a developer reads next: the misses, as lines."""
    return [
        ("False discovered names (up to 30)", [f"{d['name']} ({d['type']}) in {d['article']}" for d in r["discovered_names"]["false"]]),
        ("Main events not entirely right (up to 20)", [
            f"{x['article']} {x['gold']}: " + (f"matched {x['predicted']}, wrong {', '.join(x['wrong'])}" if x["predicted"] else "not found")
            for x in r["main_event"]["misses"][:20]]),
        ("Wrong publication dates (up to 20)", [f"{a}: gold {g}, built {p}" for a, g, p in r["published_date"]["wrong"]]),
        ("Same-event pairs not merged (up to 20)", [f"{k}: {a} + {b}" for k, a, b in r["same_event_pairs"]["not merged"][:20]]),
        ("False merges (up to 20)", [f"{a} + {b} in {e}" for a, b, e in r["same_event_pairs"]["false merge examples"]]),
        ("Part-whole merges (up to 20)", [f"{a} + {b} in {e}" for a, b, e in r["same_event_pairs"]["part-whole examples"]]),
        ("Putin–Xi false events (up to 20)", [f"{e}: {', '.join(a)}" for e, a in r["putin_xi_false_events"]["examples"]]),
    ]


def print_report(r: dict) -> None:
    for title, header, rows in sections(r):
        widths = [max(len(str(x)) for x in column) for column in zip(header, *rows)]
        print(f"\n== {title}")
        for row in [header, *rows]:
            print("  ".join(str(x).ljust(w) if i == 0 else str(x).rjust(w) for i, (x, w) in enumerate(zip(row, widths))))
    for title, lines in details(r):
        if lines:
            print(f"\n-- {title}")
            print("\n".join(f"  {line}" for line in lines))


def markdown(r: dict, command: str) -> str:
    lines = ["# Quality benchmark", "", f"Reproduce: `{command}`", ""]
    for title, header, rows in sections(r):
        lines += [f"## {title}", "", "| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
        lines += ["| " + " | ".join(row) + " |" for row in rows] + [""]
    for title, items in details(r):
        if items:
            lines += [f"## {title}", ""] + [f"- {item}" for item in items] + [""]
    return "\n".join(lines)


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, action="append", required=True, help="A JSONL corpus (repeatable).")
    parser.add_argument("--gold", type=Path, action="append", required=True, help="A gold YAML file or a folder of them.")
    parser.add_argument("--limit", type=int, help="Keep every gold item and the first N others.")
    parser.add_argument("--keep", type=Path, help="Build the repository in this (empty) folder and keep it.")
    parser.add_argument("--markdown", type=Path, help="Also write the report as Markdown.")
    parser.add_argument("--json", type=Path, help="Also write the raw figures as JSON.")
    arguments = parser.parse_args(argv)
    result = run(arguments.corpus, arguments.gold, arguments.limit, arguments.keep)
    print_report(result)
    if arguments.json:
        arguments.json.write_text(json.dumps(result, indent=1, default=str, ensure_ascii=False))
    if arguments.markdown:
        command = "python benchmarks/quality.py " + " ".join(sys.argv[1:] if argv is None else argv)
        arguments.markdown.write_text(markdown(result, command))


if __name__ == "__main__":
    main()
