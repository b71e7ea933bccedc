"""What one real event (a gold key) is, from all of its gold reports together.

An events row is the real event, one row for all its reports (DESIGN.md): a report that does
not date the event, or names only some of its participants, lands in the row the other reports
date and fill. So a field is scored against what the key's reports tell together: a report
with no date expects the day the dated reports give (or their coarser range when none gives
the day), a report that gives the first day and no last (a visit under way) the last day a
report of the same first day gives, and every report expects all the participants any report
of the key names. A report that states a date keeps its own (a coarser "next week" stays coarser). Place and status are
read the same way already (benchmarks/gold/README.md); this module gives dates and participants
that reading. Plain dicts in, plain dicts out; never imports ruchina.
"""

from __future__ import annotations

PRECISION_ORDER = ("day", "week", "month", "year", "unknown")


def key_facts(gold_entries) -> dict[str, dict]:
    """For each key, the finest dated report's start, end and precision (of equally fine ones,
    the first that gives its last day), and the participants every report names together (in
    first-named order)."""
    facts: dict[str, dict] = {}
    for entry in gold_entries:
        for event in entry.get("events") or []:
            key = event.get("key")
            if not key:
                continue
            fact = facts.setdefault(key, {"participants": [], "dated": None, "placed": False})
            fact["placed"] = fact["placed"] or bool(event.get("location"))
            for person in event.get("participants") or []:
                if person not in fact["participants"]:
                    fact["participants"].append(person)
            if event.get("start") and (fact["dated"] is None or _better_dated(event, fact["dated"])):
                fact["dated"] = event
    return facts


def as_its_key_tells(event: dict, facts: dict[str, dict]) -> dict:
    """The gold event with what its key's other reports tell: the date when it has none, the
    last day when it gives only the first, all the key's participants, and whether any of them
    gives a place (``placed_by_key``)."""
    fact = facts.get(event.get("key"))
    if fact is None:
        return event
    told = dict(event, participants=list(fact["participants"]), placed_by_key=fact["placed"])
    dated = fact["dated"]
    if not event.get("start") and dated is not None:
        told.update(start=dated["start"], end=dated.get("end"), precision=dated.get("precision"))
    elif event.get("start") and not event.get("end") and dated is not None and dated["start"] == event["start"]:
        told.update(end=dated.get("end"))  # (a visit told under way: its end, where a report gives it)
    return told


def _better_dated(event: dict, than: dict) -> bool:
    """Finer, or as fine and giving the last day the other leaves out."""
    same_rank_more_days = _rank(event) == _rank(than) and bool(event.get("end")) and not than.get("end")
    return _rank(event) < _rank(than) or same_rank_more_days


def _rank(event: dict) -> int:
    precision = event.get("precision") or "unknown"
    return PRECISION_ORDER.index(precision) if precision in PRECISION_ORDER else len(PRECISION_ORDER)
