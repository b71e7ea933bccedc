"""dateparser against ruchina's own date rules, on the per-language tables of
tests/test_dates_languages.py (phrases with their expected range, and look-alikes that must
give no date): accuracy and time per sentence. dateparser is not a dependency; install it
aside to run this:

    pip download dateparser -d /tmp/dp && pip install --no-deps --target /tmp/dp-site /tmp/dp/*.whl
    PYTHONPATH=/tmp/dp-site python benchmarks/dates_dateparser.py [--corpus texts.jsonl --language ru]

With ``--corpus`` (JSON lines with a "text"), it also times both on the corpus's first
sentences and counts the sentences in which each finds a date.

A dateparser answer counts as right when the first date it finds lies in the expected range
(lenient: it gives one datetime, not a range or a precision); ours when the range and the
precision are exactly the table's.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import re
import time
from collections import defaultdict
from pathlib import Path

from ruchina.extract.dates import resolve_dates

_TABLES = Path(__file__).resolve().parent.parent / "tests" / "test_dates_languages.py"


def _tables():
    spec = importlib.util.spec_from_file_location("date_tables", _TABLES)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.RESOLVES, module.NOTHING


def _dateparser(text: str, language: str, published: dt.date | None, tense: str):
    from dateparser.search import search_dates

    settings = {"PREFER_DATES_FROM": "future" if tense == "future" else "past", "RETURN_AS_TIMEZONE_AWARE": False}
    if published is not None:
        settings["RELATIVE_BASE"] = dt.datetime.combine(published, dt.time(12))
    found = search_dates(text, languages=[language], settings=settings)
    return [when.date() for _, when in found or []]


def _corpus_sentences(path: Path, limit: int) -> list[str]:
    sentences: list[str] = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            text = json.loads(line).get("text") or ""
            sentences += [s for s in re.split(r"(?<=[.!?。！？])\s*", text) if len(s) > 20]
            if len(sentences) >= limit:
                break
    return sentences[:limit]


def _on_corpus(path: Path, language: str, limit: int) -> None:
    published = dt.date(2025, 5, 16)
    sentences = _corpus_sentences(path, limit)
    for name, read in (("ours", lambda s: resolve_dates(s, published, "past", language=language)),
                       ("ours read as English", lambda s: resolve_dates(s, published, "past")),
                       ("dateparser", lambda s: _dateparser(s, language, published, "past"))):
        start = time.perf_counter()
        dated = sum(bool(read(sentence)) for sentence in sentences)
        seconds = time.perf_counter() - start
        print(f"{name}: {dated}/{len(sentences)} sentences dated, {seconds / len(sentences) * 1000:.3f} ms a sentence")


def _gold_event_dates(corpus: Path, gold: Path, language: str) -> None:
    """For each gold event of the corpus's articles in ``language`` with a day's date: is that
    day among the days the article's sentences state (read in the language, and read as
    English, as extraction reads every text until it passes the language)?"""
    import yaml

    texts = {}
    with corpus.open(encoding="utf-8") as lines:
        for line in lines:
            item = json.loads(line)
            texts[item["url"]] = item.get("text") or ""
    found = {"language": 0, "English": 0}
    events = 0
    for path in sorted(gold.glob("*.yaml")):
        for entry in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            text = texts.get(entry.get("url"))
            if text is None or not entry.get("published_date"):
                continue
            published = dt.date.fromisoformat(str(entry["published_date"]))
            sentences = [s for s in re.split(r"(?<=[.!?。！？])\s+", text) if s]
            stated = {name: {r.first for s in sentences for r in resolve_dates(s, published, None, language=code)
                             if r.precision == "day"}
                      for name, code in (("language", language), ("English", "en"))}
            for event in entry.get("events") or []:
                if event.get("precision") != "day":
                    continue
                events += 1
                for name in found:
                    found[name] += dt.date.fromisoformat(str(event["start"])) in stated[name]
    print(f"gold events with a day ({language}): {events}; its day stated in the article: "
          f"read as {language} {found['language']}/{events}, read as English {found['English']}/{events}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", type=Path)
    parser.add_argument("--language", default="ru")
    parser.add_argument("--sentences", type=int, default=1000)
    parser.add_argument("--gold", type=Path, help="benchmarks/gold: the gold events' days found in the corpus")
    options = parser.parse_args()
    resolves, nothing = _tables()
    _dateparser("warm up", "ru", None, "past")  # its first call loads every locale's data
    for language in {row[0] for row in resolves}:  # and ours compiles a language's patterns once
        resolve_dates("warm up", None, "past", language=language)
    score = defaultdict(lambda: {"dp_right": 0, "ours_right": 0, "n": 0, "dp_false": 0, "ours_false": 0, "m": 0})
    spent = {"dateparser": 0.0, "ours": 0.0}
    for language, published, text, tense, first, last, precision in resolves:
        row = score[language]
        row["n"] += 1
        start = time.perf_counter()
        theirs = _dateparser(text, language, published, tense)
        spent["dateparser"] += time.perf_counter() - start
        start = time.perf_counter()
        ours = resolve_dates(text, published, tense, language=language)
        spent["ours"] += time.perf_counter() - start
        row["dp_right"] += bool(theirs) and first <= theirs[0] <= last
        row["ours_right"] += [(r.first, r.last, r.precision) for r in ours] == [(first, last, precision)]
    for language, published, text, tense in nothing:
        row = score[language]
        row["m"] += 1
        start = time.perf_counter()
        row["dp_false"] += bool(_dateparser(text, language, published, tense))
        spent["dateparser"] += time.perf_counter() - start
        start = time.perf_counter()
        row["ours_false"] += bool(resolve_dates(text, published, tense, language=language))
        spent["ours"] += time.perf_counter() - start
    sentences = len(resolves) + len(nothing)
    print("| language | dateparser right | ours right | dateparser dates in look-alikes | ours |")
    print("|---|---|---|---|---|")
    for language, row in score.items():
        print(f"| {language} | {row['dp_right']}/{row['n']} | {row['ours_right']}/{row['n']} "
              f"| {row['dp_false']}/{row['m']} | {row['ours_false']}/{row['m']} |")
    for name, seconds in spent.items():
        print(f"{name}: {seconds / sentences * 1000:.3f} ms a sentence ({sentences} sentences)")
    if options.corpus:
        _on_corpus(options.corpus, options.language, options.sentences)
    if options.corpus and options.gold:
        _gold_event_dates(options.corpus, options.gold, options.language)


if __name__ == "__main__":
    main()
