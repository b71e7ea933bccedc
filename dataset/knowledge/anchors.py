"""knowledge/anchors.yaml, read once: the dates articles count anniversaries from ("the 75th
anniversary of diplomatic relations") and the celebrations held on an anchor's day (Victory
Day). calendar_math.py and celebrations.py apply them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ruchina.knowledge.base import read_knowledge_file


@dataclass(frozen=True)
class Anchor:
    anchor_id: str
    label: str
    year: int
    month: int | None
    day: int | None
    patterns: tuple[re.Pattern[str], ...]
    #: the knowledge base's EVENT its day is celebrated as ("Victory Day"), if any
    event: str | None = None
    #: what names it after a celebration's word only ("празднование Победы")
    celebrated: tuple[re.Pattern[str], ...] = ()

    @property
    def precision(self) -> str:
        return "day" if self.day else "month" if self.month else "year"


@lru_cache(maxsize=None)
def anchors() -> tuple[Anchor, ...]:
    found = []
    for entry in read_knowledge_file("anchors")["anchors"]:
        parts = [int(p) for p in str(entry["date"]).split("-")]
        year, month, day = (parts + [None, None])[:3]
        found.append(
            Anchor(
                entry["id"],
                entry["label"],
                year,
                month,
                day,
                tuple(re.compile(p, re.IGNORECASE) for p in entry["patterns"]),
                entry.get("event"),
                tuple(re.compile(p, re.IGNORECASE) for p in entry.get("celebrated") or ()),
            )
        )
    return tuple(found)
