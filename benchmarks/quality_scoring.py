"""Scoring of built tables against hand-written gold facts (benchmarks/gold/README.md).

Used by benchmarks/quality.py, which builds the corpus and prints what ``score`` returns.
Everything here reads plain rows (lists of dicts, as ``pyarrow.Table.to_pylist`` gives
them) and never imports ruchina: the tables are the only interface.

A figure is ``{"n": right, "N": scored, "ratio": n/N}`` (ratio None when N is 0); a field
or a column that the build does not have is the string "n/a".
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter, defaultdict
from itertools import combinations
from pathlib import Path

import yaml
from gold_keys import as_its_key_tells, key_facts

PUTIN, XI = "Q7747", "Q15031"
UNLINKED = "unlinked-entity"
PLACE_TYPES = {"GPE", "LOC", "FAC"}
EVENT_FIELDS = ("type", "participants", "location", "start", "end", "date_precision", "status", "part_of", "unplaced")
MAIN_FIELDS = ("type", "location", "start", "end", "status")


#: the "y" one romanization of a Russian name writes before "e" after a vowel or at a word's
#: start and another leaves out: English coverage writes both "Matviyenko" and "Matvienko",
#: "Gergiyev" and "Gergiev", "Yelena" and "Elena", so the two spellings name one person
_GLIDE_Y = re.compile(r"(?:(?<=[aeiou])|(?<![^\W\d_]))y(?=e)")


def name_form(name: str) -> str:
    """A name as compared with the gold's: any case, either romanization of that glide."""
    return _GLIDE_Y.sub("", name.casefold())


def fraction(n: int, of: int) -> dict:
    return {"n": n, "N": of, "ratio": n / of if of else None}


def iso(value) -> str | None:
    """A date as YYYY-MM-DD (dates, datetimes, ISO strings); None stays None."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10]
    return str(value)[:10]


def load_gold(paths) -> dict[str, dict]:
    """Gold entries keyed by url, from YAML files or folders of them (*.yaml, not recursive)."""
    files = []
    for path in map(Path, paths):
        files += sorted(path.glob("*.yaml")) + sorted(path.glob("*.yml")) if path.is_dir() else [path]
    gold = {}
    for file in files:
        for entry in yaml.safe_load(file.read_text(encoding="utf-8")) or []:
            entry = dict(entry)
            entry["published_date"] = iso(entry.get("published_date"))
            entry["events"] = [dict(e, start=iso(e.get("start")), end=iso(e.get("end"))) for e in entry.get("events") or []]
            entry["names"] = [str(n) for n in entry.get("names") or []]
            entry["findings"] = [f["check"] if isinstance(f, dict) else str(f) for f in entry.get("findings") or []]
            entry["file"] = file.name
            gold[entry["url"]] = entry
    return gold


class Tables:
    """The built rows, indexed the ways the scorers need."""

    def __init__(self, tables: dict[str, list[dict]]):
        self.articles = {a["article_id"]: a for a in tables["articles"]}
        self.entities = {e["entity_id"]: e for e in tables.get("entities", [])}
        self.events = tables.get("events", [])
        self.claims = {c["claim_id"]: c["article_id"] for c in tables.get("claims", [])}
        self.findings = tables.get("findings", [])
        columns = tables.get("_columns", {})  # the column names, for tables with no rows
        self.has_part_of = "part_of" in columns.get("events", ()) or any("part_of" in e for e in self.events)
        self.has_date_source = ("published_date_source" in columns.get("articles", ())
                                or any("published_date_source" in a for a in tables["articles"]))
        self.events_of = defaultdict(list)
        for event in self.events:
            for article_id in event["article_ids"]:
                self.events_of[article_id].append(event)

    def forms(self, entity_id) -> set[str]:
        entity = self.entities.get(entity_id)
        if entity is None:
            return set()
        return {name_form(entity["name"]), *(name_form(a) for a in entity.get("aliases") or [])}

    def articles_named(self, finding: dict) -> set[str]:
        named = set()
        for record in finding["record_ids"]:
            if record in self.articles:
                named.add(record)
            elif record in self.claims:
                named.add(self.claims[record])
            elif record in self.entities:
                named.update(self.entities[record]["article_ids"])
            else:
                named.update(a for e in self.events if e["event_id"] == record for a in e["article_ids"])
        return named


# --- events -------------------------------------------------------------------------

def covers(t: Tables, row: dict, gold_event: dict) -> bool:
    """Every gold participant is among the row's (by name or alias); with no gold
    participants, the types must be equal."""
    wanted = [name_form(p) for p in gold_event.get("participants") or []]
    if not wanted:
        return row["event_type"] == gold_event.get("type")
    forms = [t.forms(p) for p in row["participant_ids"]]
    return all(any(name in f for f in forms) for name in wanted)


def participants_exact(t: Tables, row: dict, gold_event: dict) -> bool:
    wanted = {name_form(p) for p in gold_event.get("participants") or []}
    forms = [t.forms(p) for p in row["participant_ids"]]
    return len(forms) == len(wanted) and covers(t, row, gold_event) and all(f & wanted for f in forms)


def location_right(t: Tables, location_id, city: str) -> bool:
    entity = t.entities.get(location_id)
    if entity is None:
        return False
    city = name_form(city)
    forms = t.forms(location_id)
    return city in forms or (entity["entity_type"] in PLACE_TYPES and any(city in f for f in forms))


def fields(t: Tables, row: dict, gold_event: dict, matched_ids: dict, held_keys: frozenset = frozenset()) -> dict:
    """Each field of a matched pair: True/False, or None when not scored. An events row is
    the real event, one row for all its reports (DESIGN.md): an event one gold article
    announces (planned) and another reports held (``held_keys``: the keys of events some gold
    article reports as occurred) is expected to be occurred in every article's row."""
    status = "occurred" if gold_event.get("key") in held_keys else gold_event.get("status")
    result = {
        "type": row["event_type"] == gold_event.get("type"),
        "participants": participants_exact(t, row, gold_event),
        "location": None if gold_event.get("location") is None else location_right(t, row.get("location_id"), gold_event["location"]),
        "start": iso(row.get("start_date")) == gold_event.get("start"),
        # (a first day with no last, in the text and in every report of its key: not scored)
        "end": None if gold_event.get("start") and not gold_event.get("end") else iso(row.get("end_date")) == gold_event.get("end"),
        "date_precision": row.get("date_precision") == (gold_event.get("precision") or "unknown"),
        "status": row.get("status") == status,
        "part_of": None,
        # (no report of its key gives a place: a call, or an event held by video with no host's seat told)
        "unplaced": None if gold_event.get("placed_by_key", bool(gold_event.get("location")))
        else row.get("location_id") is None,
    }
    if t.has_part_of:
        parent = gold_event.get("part_of")
        predicted = row.get("part_of")
        result["part_of"] = predicted is None if parent is None else predicted in matched_ids.get(parent, set())
    return result


def match_article(t: Tables, article_id: str, gold_events: list[dict]) -> list[tuple[int, dict]]:
    """Greedy matching of one article's gold events to its predicted rows: the candidate
    pairs (participants covered) taken best first (same type, same participants, same
    start, same end, right place), each gold event and row at most once."""
    rows = t.events_of.get(article_id, [])
    candidates = []
    for g, gold_event in enumerate(gold_events):
        for r, row in enumerate(rows):
            if covers(t, row, gold_event):
                rank = (row["event_type"] == gold_event.get("type"), participants_exact(t, row, gold_event),
                        iso(row.get("start_date")) == gold_event.get("start"),
                        iso(row.get("end_date")) == gold_event.get("end"),
                        bool(gold_event.get("location")) and location_right(t, row.get("location_id"), gold_event["location"]))
                candidates.append((rank, -g, -r))
    used_gold, used_rows, pairs = set(), set(), []
    for _rank, g, r in sorted(candidates, reverse=True):
        if -g not in used_gold and -r not in used_rows:
            used_gold.add(-g), used_rows.add(-r)
            pairs.append((-g, rows[-r]))
    return sorted(pairs, key=lambda pair: pair[0])


# --- the score ------------------------------------------------------------------------

def score(tables: dict[str, list[dict]], gold: dict[str, dict], url_to_article: dict[str, str] | None = None) -> dict:
    """Score the built rows (table name -> rows) against gold entries (url -> entry)."""
    t = Tables(tables)
    if url_to_article is None:
        url_to_article = {a["url"]: a["article_id"] for a in t.articles.values() if a.get("url")}
    gold_of = {url_to_article[u]: g for u, g in gold.items() if url_to_article.get(u) in t.articles}
    unannotated = sorted(set(t.articles) - set(gold_of))
    result = {"articles": {"built": len(t.articles), "gold": len(gold_of), "unannotated": len(unannotated),
                           "gold entries not in the corpus": len(gold) - len(gold_of)}}

    # Publication dates.
    dated = [a for a, g in gold_of.items() if g.get("published_date")]
    wrong = [(a, gold_of[a]["published_date"], iso(t.articles[a]["published_date"])) for a in dated
             if iso(t.articles[a]["published_date"]) != gold_of[a]["published_date"]]
    result["published_date"] = {
        "accuracy": fraction(len(dated) - len(wrong), len(dated)),
        "wrong": wrong[:20],
        "source": dict(Counter(str(a.get("published_date_source")) for a in t.articles.values())) if t.has_date_source else "n/a",
    }

    # Events, per gold article.
    matches = {a: match_article(t, a, g["events"]) for a, g in gold_of.items()}
    matched_ids = defaultdict(set)  # gold key -> predicted event ids matched to it
    for a, pairs in matches.items():
        for g, row in pairs:
            matched_ids[gold_of[a]["events"][g].get("key")].add(row["event_id"])
    held_keys = frozenset(e["key"] for g in gold_of.values() for e in g["events"]
                          if e.get("key") and e.get("status") == "occurred")
    facts = key_facts(gold_of.values())  # (a report's missing date and people: its key's other reports')
    field_counts = {f: [0, 0] for f in EVENT_FIELDS}
    main = {"found": [0, 0], "right": [0, 0]}
    by_language = defaultdict(lambda: {"articles": 0, "main found": [0, 0], "main right": [0, 0], "published_date": [0, 0],
                                       "event precision": [0, 0], "event recall": [0, 0], "event start": [0, 0]})
    misses = []
    for a, g in gold_of.items():
        language = by_language[t.articles[a].get("language") or "?"]
        language["articles"] += 1
        if g.get("published_date"):
            language["published_date"][1] += 1
            language["published_date"][0] += iso(t.articles[a]["published_date"]) == g["published_date"]
        matched = dict(matches[a])
        language["event precision"][0] += len(matched)
        language["event precision"][1] += len(t.events_of.get(a, []))
        language["event recall"][0] += len(matched)
        language["event recall"][1] += len(g["events"])
        for index, gold_event in enumerate(g["events"]):
            scored = (fields(t, matched[index], as_its_key_tells(gold_event, facts), matched_ids, held_keys)
                      if index in matched else None)
            if scored is not None:
                language["event start"][0] += scored["start"]
                language["event start"][1] += 1
            for name, value in (scored or {}).items():
                if value is not None:
                    field_counts[name][0] += value
                    field_counts[name][1] += 1
            if gold_event.get("main"):
                found = scored is not None
                right = found and all(scored[f] is not False for f in MAIN_FIELDS)
                for key, value in (("found", found), ("right", right)):
                    main[key][0] += value
                    main[key][1] += 1
                    language[f"main {key}"][0] += value
                    language[f"main {key}"][1] += 1
                if not right:
                    misses.append({"article": a, "url": g["url"], "gold": gold_event.get("key"),
                                   "predicted": matched[index]["event_id"] if found else None,
                                   "wrong": [f for f in MAIN_FIELDS if scored and scored[f] is False]})
    n_rows = sum(len(t.events_of.get(a, [])) for a in gold_of)
    n_gold = sum(len(g["events"]) for g in gold_of.values())
    n_matched = sum(len(p) for p in matches.values())
    result["events"] = {
        "precision": fraction(n_matched, n_rows), "recall": fraction(n_matched, n_gold),
        "fields": {f: fraction(*field_counts[f]) if f != "part_of" or t.has_part_of else "n/a" for f in EVENT_FIELDS},
    }
    result["main_event"] = {"found": fraction(*main["found"]), "entirely right": fraction(*main["right"]), "misses": misses}
    result["same_event_pairs"] = same_event_pairs(t, gold_of)
    result["putin_xi_false_events"] = putin_xi_false_events(t, gold_of)
    result["discovered_names"] = discovered_names(t, gold_of)
    result["checks"] = checks(t, gold_of, unannotated)
    for lang, figures in discovered_names_by_language(t, gold_of).items():
        by_language[lang].update(figures)
    result["languages"] = {lang: {k: fraction(*v) if isinstance(v, list) else v for k, v in figures.items()}
                           for lang, figures in sorted(by_language.items())}
    return result


def same_event_pairs(t: Tables, gold_of: dict) -> dict:
    reports = defaultdict(list)  # key -> [(article, gold event)]
    for a, g in gold_of.items():
        for gold_event in g["events"]:
            if gold_event.get("key"):
                reports[gold_event["key"]].append((a, gold_event))
    merged, pairs, missed = 0, 0, []
    for key, reported in reports.items():
        for (a, ga), (b, gb) in combinations(reported, 2):
            pairs += 1
            if any(b in row["article_ids"] and (covers(t, row, ga) or covers(t, row, gb)) for row in t.events_of.get(a, [])):
                merged += 1
            else:
                missed.append((key, a, b))
    keys = {a: {e.get("key") or f"{a}-{i}" for i, e in enumerate(g["events"])} for a, g in gold_of.items()}
    parent = {e["key"]: e["part_of"] for g in gold_of.values() for e in g["events"] if e.get("key") and e.get("part_of")}
    false_merges, part_whole, spurious = {}, {}, {}
    for row in t.events:
        for a, b in combinations(sorted(x for x in row["article_ids"] if x in gold_of), 2):
            if not keys[a] or not keys[b]:
                spurious.setdefault((a, b), row["event_id"])
            elif keys[a] & keys[b]:
                continue
            elif part_and_whole(keys[a], keys[b], parent):
                part_whole.setdefault((a, b), row["event_id"])
            else:
                false_merges.setdefault((a, b), row["event_id"])
    return {"merged": fraction(merged, pairs), "not merged": missed,
            "false merges": len(false_merges), "false merge examples": [(*p, e) for p, e in list(false_merges.items())[:20]],
            "part-whole merges": len(part_whole), "part-whole examples": [(*p, e) for p, e in list(part_whole.items())[:20]],
            "spurious co-reports": len(spurious), "spurious examples": [(*p, e) for p, e in list(spurious.items())[:20]]}


def part_and_whole(keys_a: set, keys_b: set, parent: dict) -> bool:
    """Some event of one article is part of (``part_of``, at any depth) an event of the other:
    a plenary session and its forum. A row holding both is not one real event (DESIGN.md: a
    part is its own row), but it is not a merge of unrelated events either, so it is counted
    apart from the false merges."""
    def ancestors(key):
        seen = set()
        while key in parent and parent[key] not in seen:
            key = parent[key]
            seen.add(key)
        return seen
    return any(kb in ancestors(ka) for ka in keys_a for kb in keys_b) or any(ka in ancestors(kb) for ka in keys_a for kb in keys_b)


def putin_xi_false_events(t: Tables, gold_of: dict) -> dict:
    both = {"vladimir putin", "xi jinping"}
    with_both = {a for a, g in gold_of.items()
                 if any(both <= {p.casefold() for p in e.get("participants") or []} for e in g["events"])}
    # A row that some gold article reports as a meeting of the two is a real Putin–Xi event;
    # its other reports (a guest list naming neither) are judged as merges, not here.
    rows = [(row["event_id"], [a for a in row["article_ids"] if a in gold_of and a not in with_both]) for row in t.events
            if {PUTIN, XI} <= set(row["participant_ids"]) and not with_both.intersection(row["article_ids"])]
    rows = [(event_id, articles) for event_id, articles in rows if articles]
    return {"rows": len(rows), "row-article pairs": sum(len(a) for _, a in rows), "examples": rows[:20]}


def discovered_names(t: Tables, gold_of: dict) -> dict:
    """Unlinked entities named in gold articles: right when the name is one of those
    articles' gold name forms. ``real names`` counts the distinct right names (any case), so
    that a precision bought by discovering nothing shows."""
    right, false, real = 0, [], set()
    scored = 0
    for entity in t.entities.values():
        if entity.get("linked", True):
            continue
        in_gold = [a for a in entity["article_ids"] if a in gold_of]
        if not in_gold:
            continue
        scored += 1
        names = {name_form(n) for a in in_gold for n in gold_of[a]["names"]}
        if is_written_form(entity, names):
            right += 1
            real.add(entity["name"].casefold())
        else:
            false.append({"name": entity["name"], "type": entity["entity_type"], "article": in_gold[0]})
    return {"precision": fraction(right, scored), "real names": len(real), "false": false[:30], "false total": len(false)}


def is_written_form(entity: dict, names: set[str]) -> bool:
    """The entity's name, or a form it is written in (its aliases: a person discovered in a
    Russian text is named in English, "Olga Lyubimova", and written "Ольгой Любимовой"), is one
    of the gold name forms (as ``name_form`` gives them)."""
    return any(name_form(form) in names for form in (entity["name"], *(entity.get("aliases") or ())))


def discovered_names_by_language(t: Tables, gold_of: dict) -> dict:
    """Per language of the gold articles: discovered (unlinked) entities right about them
    (the name is one of those articles' gold name forms) of those named in them, and the
    linked entities named in them (distinct)."""
    figures = defaultdict(lambda: {"discovered names": [0, 0], "linked entities": 0})
    for entity in t.entities.values():
        by_language = defaultdict(list)
        for a in entity["article_ids"]:
            if a in gold_of:
                by_language[t.articles[a].get("language") or "?"].append(a)
        for lang, articles in by_language.items():
            if entity.get("linked", True):
                figures[lang]["linked entities"] += 1
                continue
            names = {name_form(n) for a in articles for n in gold_of[a]["names"]}
            figures[lang]["discovered names"][0] += is_written_form(entity, names)
            figures[lang]["discovered names"][1] += 1
    return figures


def is_real_name(t: Tables, finding: dict, gold_entry: dict) -> bool:
    """An unlinked-entity finding is right about an article when its entity's name is one of
    the article's gold name forms: the gold lists names, not one finding per unknown name."""
    forms = {name_form(n) for n in gold_entry["names"]}
    return any(record in t.entities and is_written_form(t.entities[record], forms) for record in finding["record_ids"])


def checks(t: Tables, gold_of: dict, unannotated: list[str]) -> dict:
    """Per check: precision over (finding, gold article it names) pairs, recall over the
    (gold article, check) items of the gold, and findings naming unannotated articles.
    A pair is right when the gold lists the check for the article; an unlinked-entity pair
    is right when the entity's name is one of the article's gold names (is_real_name)."""
    unrelated = set(unannotated)
    per = defaultdict(lambda: {"pairs": 0, "right": 0, "found": set(), "unrelated": 0})
    for finding in t.findings:
        named = t.articles_named(finding)
        figures = per[finding["check"]]
        for a in named & set(gold_of):
            figures["pairs"] += 1
            if (is_real_name(t, finding, gold_of[a]) if finding["check"] == UNLINKED
                    else finding["check"] in gold_of[a]["findings"]):
                figures["right"] += 1
                figures["found"].add(a)
        figures["unrelated"] += bool(named & unrelated)
    expected = defaultdict(set)
    for a, g in gold_of.items():
        for check in g["findings"]:
            expected[check].add(a)
    return {check: {"precision": fraction(per[check]["right"], per[check]["pairs"]),
                    "recall": fraction(len(per[check]["found"] & expected[check]), len(expected[check])),
                    "on unannotated": per[check]["unrelated"],
                    "per 100 unannotated": 100 * per[check]["unrelated"] / len(unrelated) if unrelated else None}
            for check in sorted(set(per) | set(expected))}
