"""Articles the benchmark corpus plants in groups: a wire story's republications by other
outlets, and a summit of several days reported day by day (corpus.py's generator writes
each article)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from corpus import Generator

#: Days a summit lasts, at least and at most.
SUMMIT_DAYS = (2, 4)


def wire_copies(generator: Generator, original: dict, count: int, first_number: int) -> list[dict]:
    """``count`` republications of ``original`` by other outlets, each with at most one
    local edit: the two leaders named the other way round, a paragraph of local context
    added, a paragraph cut (never the lead)."""
    r = generator.rng
    copies = []
    for offset in range(count):
        paragraphs = list(original["paragraphs"])
        edit = r.choice(["none", "swap", "add", "cut"])
        if edit == "swap":
            paragraphs[0] = original["swapped_lead"]
        elif edit == "add":
            paragraphs.insert(r.randrange(1, len(paragraphs) + 1), generator.paragraph(original["language"]))
        elif edit == "cut":
            del paragraphs[r.randrange(1, len(paragraphs))]
        number = first_number + offset
        copies.append(dict(original, number=number, paragraphs=paragraphs, style="seed",
                           published=original["published"] + dt.timedelta(days=r.randrange(0, 3)),
                           url=f"https://outlet{number}.example.net/world/{number}"))
    return copies


def summit_reports(generator: Generator, first_number: int, limit: int, language: str = "en") -> list[dict]:
    """A summit of SUMMIT_DAYS days in one city, reported day by day: each day one to three
    reports, each of another meeting on its sidelines, all giving the summit's dates."""
    r, writer = generator.rng, generator.writers[language]
    org = r.choice(generator.orgs_in[language])
    city = r.choice(generator.cities_in[language])
    start = dt.date(2015, 1, 1) + dt.timedelta(days=r.randrange(3800))
    days = r.randrange(SUMMIT_DAYS[0], SUMMIT_DAYS[1] + 1)
    end = start + dt.timedelta(days=days - 1)
    reports = []
    for day_number in range(days):
        day = start + dt.timedelta(days=day_number)
        for _ in range(r.randrange(1, 4)):
            if len(reports) == limit:
                return reports
            span = writer.summit_span(org, city, start, end, day_number)
            article = generator.article(first_number + len(reports), event=generator.event_at(city, day, language),
                                        extra=[span], language=language)
            reports.append(dict(article, published=day, style="seed"))
    return reports
