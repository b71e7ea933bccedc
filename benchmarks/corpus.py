"""A synthetic corpus in the seed formats, deterministic by seed, with planted problems
at known rates and a ground-truth file listing every one of them.

    python benchmarks/corpus.py --n 1000 --out /tmp/corpus   # writes seeds/ and truth.json

Names, places and organisations are drawn from the knowledge base; filler prose from a
word bank, so that two articles share only what was planted.

Syndication is planted as the wire does it: a story runs in tens to hundreds of outlets
(each its own domain), every copy with a local edit (its two leaders named the other way
round, a paragraph of local context added, a paragraph cut) or none; ``truth.stories``
lists each story's articles, which must be one cluster (articles.cluster_id) and share it
with no other article. A summit of several days is reported day by day: each day's
reports are of other meetings on its sidelines, and all give the summit's dates.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
from dataclasses import dataclass, field
from pathlib import Path

from ruchina.knowledge.base import entity_catalog

RATES = {
    "exact_duplicate": 0.01,
    "near_duplicate": 0.02,
    "repeated_paragraph": 0.02,
    "undated": 0.10,
    "conflicting_number": 0.01,
    "conflicting_date": 0.01,
    # A wire story republished by tens to hundreds of outlets, each with a local edit; a
    # summit of several days reported day by day.
    "wire_story": 0.004,
    "multi_day_summit": 0.004,
}
#: Outlets that run a wire story: between these many, spread evenly on a log scale.
WIRE_OUTLETS = (10, 300)
SUMMIT_DAYS = (2, 4)
ORDINALS = ["first", "second", "third", "fourth"]

WORDS = {
    "adj": """new broad joint regional economic strategic cautious rapid modest steady long-term bilateral
    northern southern eastern western digital green heavy local national global careful public private
    major minor open closed early late fresh rising falling stable uneven shared direct indirect""".split(),
    "noun": """trade energy pipeline railway port grain fertiliser investment currency bank loan project
    corridor agreement market border customs tariff reactor satellite bridge highway airport factory
    harvest shipment supply contract tender budget reserve payment route dialogue framework mechanism""".split(),
    "verb": """expanded slowed shifted doubled stalled resumed reached crossed funded linked reopened
    delayed supported reviewed approved extended reduced secured finished measured""".split(),
    "place": """the river valley|the coastal zone|the capital region|the northern provinces|the border towns|
    the industrial belt|the free trade zone|the mountain passes|the river ports|the southern plains""".split("|"),
    "source": """officials said|analysts noted|the ministry reported|diplomats added|economists estimated|
    a statement said|local media reported|industry groups said""".split("|"),
}
WORDS = {kind: [" ".join(word.split()) for word in words] for kind, words in WORDS.items()}
#: How far apart two articles giving an organisation's count may be published and still state
#: it for one time (the conflicting-claim check's FIGURE_WINDOW).
COUNT_WINDOW = 31
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


@dataclass
class Truth:
    duplicate_article: list[list[str]] = field(default_factory=list)
    duplicate_passage: list[str] = field(default_factory=list)
    missing_date: list[str] = field(default_factory=list)
    conflicting_claim: list[list[str]] = field(default_factory=list)
    #: each syndicated story's articles, the wire's original first
    stories: list[list[str]] = field(default_factory=list)


class Generator:
    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        catalog = entity_catalog()
        self.people = sorted(e.name for e in catalog.entities.values() if e.entity_type == "PERSON" and e.role)
        self.cities = sorted(e.name for e in catalog.entities.values() if e.entity_type == "GPE" and e.located_in)
        self.orgs = sorted(e.name for e in catalog.entities.values()
                           if e.entity_type == "ORG" and len(e.name.split()) > 1)
        #: (people, city) -> days of meetings already written: two unplanted meetings of
        #: the same people in the same city within two months would be a real conflict.
        self.meetings: dict[tuple, list[dt.date]] = {}

    def fresh_event(self) -> dict:
        """A meeting no other article reports, nor any near enough to merge with it."""
        r = self.rng
        while True:
            people = r.sample(self.people, 2)
            city = r.choice(self.cities)
            day = dt.date(2015, 1, 1) + dt.timedelta(days=r.randrange(3800))
            days = self.meetings.setdefault((frozenset(people), city), [])
            if all(abs((day - other).days) > 62 for other in days):
                days.append(day)
                return {"people": people, "city": city, "day": day}

    def event_at(self, city: str, day: dt.date) -> dict:
        """A meeting of two people no other meeting of theirs in ``city`` is near."""
        r = self.rng
        while True:
            people = r.sample(self.people, 2)
            days = self.meetings.setdefault((frozenset(people), city), [])
            if all(abs((day - other).days) > 62 for other in days):
                days.append(day)
                return {"people": people, "city": city, "day": day}

    def sentence(self) -> str:
        r, w = self.rng, WORDS
        form = r.randrange(4)
        if form == 0:
            return (f"The {r.choice(w['adj'])} {r.choice(w['noun'])} {r.choice(w['verb'])} across {r.choice(w['place'])}, "
                    f"{r.choice(w['source'])}.")
        if form == 1:
            return (f"{r.choice(w['source']).capitalize()} that the {r.choice(w['noun'])} and the {r.choice(w['adj'])} "
                    f"{r.choice(w['noun'])} {r.choice(w['verb'])} after {r.choice(['long', 'short', 'several', 'tense'])} rounds of talks.")
        if form == 2:
            return (f"Work on the {r.choice(w['adj'])} {r.choice(w['noun'])} {r.choice(w['verb'])}, and the "
                    f"{r.choice(w['noun'])} near {r.choice(w['place'])} {r.choice(w['verb'])} as well.")
        return (f"Plans for a {r.choice(w['adj'])} {r.choice(w['noun'])} {r.choice(w['verb'])} while the "
                f"{r.choice(w['adj'])} {r.choice(w['noun'])} {r.choice(w['verb'])} {r.choice(['again', 'quietly', 'sharply', 'slowly'])}.")

    def paragraph(self) -> str:
        return " ".join(self.sentence() for _ in range(self.rng.randrange(2, 5)))

    def article(self, number: int, *, dated: bool = True, event=None, extra: list[str] | None = None) -> dict:
        r = self.rng
        event = event or self.fresh_event()
        (first, second), city, day = event["people"], event["city"], event["day"]
        published = day + dt.timedelta(days=r.randrange(0, 3))
        weekday = WEEKDAYS[day.weekday()]
        lead = f"{first} and {second} met in {city} on {weekday}. The talks lasted {r.randrange(2, 9)} hours."
        paragraphs = [lead] + [self.paragraph() for _ in range(r.randrange(6, 14))] + (extra or [])
        return {
            "number": number,
            "title": f"{first} and {second} hold talks in {city}",
            "published": published if dated else None,
            "paragraphs": paragraphs,
            "style": r.choice(["seed", "seed", "front_matter", "key_value"]),
        }


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
            first, second = original["people"]
            paragraphs[0] = paragraphs[0].replace(f"{first} and {second}", f"{second} and {first}", 1)
        elif edit == "add":
            paragraphs.insert(r.randrange(1, len(paragraphs) + 1), generator.paragraph())
        elif edit == "cut":
            del paragraphs[r.randrange(1, len(paragraphs))]
        number = first_number + offset
        copies.append(dict(original, number=number, paragraphs=paragraphs, style="seed",
                           published=original["published"] + dt.timedelta(days=r.randrange(0, 3)),
                           url=f"https://outlet{number}.example.net/world/{number}"))
    return copies


def summit_reports(generator: Generator, first_number: int, limit: int) -> list[dict]:
    """A summit of SUMMIT_DAYS days in one city, reported day by day: each day one to three
    reports, each of another meeting on its sidelines, all giving the summit's dates."""
    r = generator.rng
    org = r.choice(generator.orgs)
    city = r.choice(generator.cities)
    start = dt.date(2015, 1, 1) + dt.timedelta(days=r.randrange(3800))
    days = r.randrange(SUMMIT_DAYS[0], SUMMIT_DAYS[1] + 1)
    end = start + dt.timedelta(days=days - 1)
    reports = []
    for day_number in range(days):
        day = start + dt.timedelta(days=day_number)
        for _ in range(r.randrange(1, 4)):
            if len(reports) == limit:
                return reports
            span = (f"The {org} summit in {city} runs from {start:%B} {start.day} to {end:%B} {end.day}, "
                    f"{end.year}; this was its {ORDINALS[day_number]} day.")
            article = generator.article(first_number + len(reports), event=generator.event_at(city, day), extra=[span])
            reports.append(dict(article, published=day, style="seed"))
    return reports


def _repeats_itself(paragraphs: list[str]) -> bool:
    """A paragraph printed twice, or (once a near copy changed one sentence of it) its
    other sentences of six words or more."""
    sentences = [s.rstrip(".") for p in paragraphs for s in p.split(". ") if len(s.split()) >= 6]
    return len(set(paragraphs)) < len(paragraphs) or len(set(sentences)) < len(sentences)


def render(article: dict) -> str:
    title, published, body = article["title"], article["published"], "\n\n".join(article["paragraphs"])
    if article["style"] == "front_matter":
        date = f"date: {published.isoformat()}\n" if published else ""
        return f"---\ntitle: {title}\n{date}---\n\n{body}\n"
    if article["style"] == "key_value":
        date = f"Date: {published.isoformat()}\n" if published else ""
        return f"Title: {title}\n{date}\n{body}\n"
    url = article.get("url") or f"https://news.example.com/{article['number']}"
    header = f"date {published.isoformat()} {url}\n\n" if published else ""
    return f"{header}{title}\n\n{body}\n"


def generate(n: int, seed: int = 1) -> tuple[dict[str, str], Truth]:
    """n article files (name -> text) and the planted problems."""
    generator = Generator(seed)
    r = generator.rng
    files: dict[str, str] = {}
    truth = Truth()
    rendered: list[tuple[str, dict]] = []

    def name(number: int) -> str:
        return f"{number:06d}_{r.getrandbits(64):016x}.txt"

    counts_by_org: dict[str, list[tuple[str, int]]] = {}
    copies_of: dict[str, list[str]] = {}
    date_rivals: dict[str, list[str]] = {}
    number = 0
    while number < n:
        roll = r.random()
        cumulative = 0.0
        kind = "plain"
        for problem, rate in RATES.items():
            cumulative += rate
            if roll < cumulative:
                kind = problem
                break
        if kind in ("exact_duplicate", "near_duplicate") and rendered:
            original_name, original = r.choice(rendered)
            copy = dict(original, number=number, paragraphs=list(original["paragraphs"]))
            if kind == "near_duplicate":
                index = r.randrange(1, len(copy["paragraphs"]))
                sentences = copy["paragraphs"][index].split(". ")
                sentences[0] = generator.sentence().rstrip(".")
                copy["paragraphs"][index] = ". ".join(sentences)
            file_name = name(number)
            files[file_name] = render(copy)
            # Two copies of one article are copies of each other too.
            for earlier in copies_of.setdefault(original_name, [original_name]):
                truth.duplicate_article.append(sorted([Path(earlier).stem, Path(file_name).stem]))
            copies_of[original_name].append(file_name)
            # A copy carries the original's own problems: no date, a paragraph printed twice.
            if Path(original_name).stem in truth.missing_date:
                truth.missing_date.append(Path(file_name).stem)
            if _repeats_itself(copy["paragraphs"]):
                truth.duplicate_passage.append(Path(file_name).stem)
            # ... and its claims: the count it states, the date its rival article contradicts.
            if "count" in copy and copy["count"][2] in copy["paragraphs"]:
                counts_by_org[copy["count"][0]].append((Path(file_name).stem, copy["count"][1], copy["published"]))
            for rival in date_rivals.get(Path(original_name).stem, []):
                truth.conflicting_claim.append(sorted([rival, Path(file_name).stem]))
                date_rivals.setdefault(rival, []).append(Path(file_name).stem)  # later copies of the rival see it
            number += 1
            continue
        if kind == "wire_story" and number + 1 < n:
            original = generator.article(number, extra=[generator.paragraph(), generator.paragraph()])
            original["people"] = tuple(original["title"].split(" hold talks in ")[0].split(" and "))
            original = dict(original, style="seed", url=f"https://wire{number}.example.org/story/{number}")
            low, high = WIRE_OUTLETS
            count = min(int(low * (high / low) ** r.random()), n - number - 1)
            story = []
            for article in [original, *wire_copies(generator, original, count, number + 1)]:
                file_name = name(number)
                files[file_name] = render(article)
                story.append(Path(file_name).stem)
                if _repeats_itself(article["paragraphs"]):
                    truth.duplicate_passage.append(Path(file_name).stem)
                number += 1
            truth.stories.append(story)
            continue
        if kind == "multi_day_summit" and number + 1 < n:
            for article in summit_reports(generator, number, n - number):
                file_name = name(number)
                files[file_name] = render(article)
                if _repeats_itself(article["paragraphs"]):
                    truth.duplicate_passage.append(Path(file_name).stem)
                number += 1
            continue
        if kind in ("conflicting_number", "conflicting_date") and number + 1 < n:
            org = r.choice(generator.orgs)
            event = generator.fresh_event()
            pair = []
            pair_day = None
            for offset in range(2):
                file_name = name(number)
                if kind == "conflicting_number":
                    count = 40 + offset * 7 + r.randrange(3)
                    statement = f"The {org} counts {count} member countries, officials said."
                    # A count an organisation has holds at a time: the pair is published
                    # within days, so that the two counts are about one time.
                    meeting = generator.fresh_event()
                    if offset:
                        meeting = dict(meeting, day=pair_day + dt.timedelta(days=1))
                    pair_day = meeting["day"]
                    article = dict(generator.article(number, event=meeting, extra=[statement]),
                                   count=(org, count, statement))
                    counts_by_org.setdefault(org, []).append((Path(file_name).stem, count, article["published"]))
                else:
                    article = generator.article(number, event=dict(event, day=event["day"] + dt.timedelta(days=offset * 2)))
                files[file_name] = render(article)
                rendered.append((file_name, article))
                pair.append(Path(file_name).stem)
                number += 1
            if kind == "conflicting_date":
                truth.conflicting_claim.append(sorted(pair))
                date_rivals[pair[0]], date_rivals[pair[1]] = [pair[1]], [pair[0]]
            continue
        article = generator.article(number, dated=kind != "undated")
        if kind == "repeated_paragraph":
            article["paragraphs"].append(r.choice(article["paragraphs"][1:]))
        file_name = name(number)
        files[file_name] = render(article)
        rendered.append((file_name, article))
        if kind == "repeated_paragraph":
            truth.duplicate_passage.append(Path(file_name).stem)
        if kind == "undated":
            truth.missing_date.append(Path(file_name).stem)
        number += 1
    # Every two articles that give one organisation different counts at one time (published
    # within COUNT_WINDOW days) conflict, planted as a pair or not (organisations repeat
    # across pairs in a large corpus); counts years apart can both be true.
    for stated in counts_by_org.values():
        for index, (first, first_count, first_day) in enumerate(stated):
            for second, second_count, second_day in stated[index + 1:]:
                if (first_count != second_count and first_day and second_day
                        and abs((first_day - second_day).days) <= COUNT_WINDOW):
                    truth.conflicting_claim.append(sorted([first, second]))
    return files, truth


def write_corpus(n: int, out: Path, seed: int = 1) -> Truth:
    seeds = out / "seeds"
    seeds.mkdir(parents=True, exist_ok=True)
    files, truth = generate(n, seed)
    for file_name, text in files.items():
        (seeds / file_name).write_text(text, encoding="utf-8")
    (out / "truth.json").write_text(json.dumps(truth.__dict__, indent=1))
    return truth


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, required=True)
    arguments = parser.parse_args()
    truth = write_corpus(arguments.n, arguments.out, arguments.seed)
    print(json.dumps({k: len(v) for k, v in truth.__dict__.items()}))


if __name__ == "__main__":
    main()
