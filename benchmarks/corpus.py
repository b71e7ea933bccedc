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

Articles are written in English, Russian and Chinese (``--languages``; shares in
corpus_languages.LANGUAGE_SHARES), each from templates of its own (corpus_languages.py), and
every planted problem is planted in each: copies and near copies, undated reports that name a
weekday, a date two reports of one meeting disagree on in two languages. ``truth.language``
gives each article's language. An English-only corpus is the one the generator wrote before
it knew other languages: the language of each article is drawn from a random stream of its own.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from dataclasses import dataclass, field
from pathlib import Path

if str(Path(__file__).resolve().parent) not in sys.path:  # loaded by path (tests/test_report_browser.py)
    sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus_languages import LANGUAGE_SHARES, WRITERS, states_counts
from corpus_stories import summit_reports, wire_copies

from ruchina.knowledge.base import entity_catalog
from ruchina.text.normalize import length_in_words

DEFAULT_LANGUAGES = ("en", "ru", "zh")

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

WORDS = {
    "adj": """new broad joint regional economic strategic cautious rapid modest steady long-term bilateral
    northern southern eastern western digital green heavy local national global careful public private
    major minor open closed early late fresh rising falling stable uneven shared direct indirect
    annual quarterly seasonal coastal inland upstream downstream technical financial industrial agricultural
    maritime urban rural temporary permanent partial complete revised updated combined separate parallel
    interim formal informal limited standard special central mobile flexible secure visible""".split(),
    "noun": """trade energy pipeline railway port grain fertiliser investment currency bank loan project
    corridor agreement market border customs tariff reactor satellite bridge highway airport factory
    harvest shipment supply contract tender budget reserve payment route dialogue framework mechanism
    quota terminal warehouse refinery smelter mill ferry depot canal tunnel dam grid substation cable licence
    permit inspection audit survey census subsidy levy lease fund credit deposit cargo freight fleet harbour
    wharf orchard vineyard mine quarry""".split(),
    "verb": """expanded slowed shifted doubled stalled resumed reached crossed funded linked reopened
    delayed supported reviewed approved extended reduced secured finished measured stabilised recovered
    widened narrowed accelerated paused restarted improved weakened strengthened tightened eased rebounded
    dipped climbed levelled grew shrank steadied""".split(),
    "place": """the river valley|the coastal zone|the capital region|the northern provinces|the border towns|
    the industrial belt|the free trade zone|the mountain passes|the river ports|the southern plains|
    the western corridor|the eastern districts|the delta towns|the upland farms|the lake shore|the steppe roads|
    the port city|the island ferries|the desert oases|the forest belt""".split("|"),
    "source": """officials said|analysts noted|the ministry reported|diplomats added|economists estimated|
    a statement said|local media reported|industry groups said|traders said|bankers noted|engineers reported|
    regional officials said|shipping firms said|customs officers noted|observers added|planners estimated""".split("|"),
}
WORDS = {kind: [" ".join(word.split()) for word in words] for kind, words in WORDS.items()}
#: How far apart two articles giving an organisation's count may be published and still state
#: it for one time (the conflicting-claim check's FIGURE_WINDOW).
COUNT_WINDOW = 31


@dataclass
class Truth:
    duplicate_article: list[list[str]] = field(default_factory=list)
    duplicate_passage: list[str] = field(default_factory=list)
    missing_date: list[str] = field(default_factory=list)
    conflicting_claim: list[list[str]] = field(default_factory=list)
    #: each syndicated story's articles, the wire's original first
    stories: list[list[str]] = field(default_factory=list)
    #: each article's language
    language: dict[str, str] = field(default_factory=dict)


class Generator:
    def __init__(self, seed: int, languages=DEFAULT_LANGUAGES):
        unknown = sorted(set(languages) - set(WRITERS))
        if unknown or not languages:
            raise SystemExit(f"benchmarks/corpus.py: no templates for {unknown or 'no language'}; known: {sorted(WRITERS)}")
        self.rng = random.Random(seed)
        #: the language of each article, drawn apart so that English articles draw as before
        self.language_rng = random.Random(f"languages-{seed}")
        self.languages = tuple(languages)
        self.writers = {code: WRITERS[code](self.rng, WORDS) for code in self.languages}
        catalog = entity_catalog()
        people = sorted(e.name for e in catalog.entities.values() if e.entity_type == "PERSON" and e.role)
        cities = sorted(e.name for e in catalog.entities.values() if e.entity_type == "GPE" and e.located_in)
        orgs = sorted(e.name for e in catalog.entities.values() if e.entity_type == "ORG" and len(e.name.split()) > 1)
        # who and what each language can name (the knowledge base's names in it)
        self.people_in = {code: [p for p in people if w.writes(p)] for code, w in self.writers.items()}
        self.cities_in = {code: [c for c in cities if w.writes(c)] for code, w in self.writers.items()}
        self.orgs_in = {code: [o for o in orgs if w.writes(o)] for code, w in self.writers.items()}
        self.people, self.cities, self.orgs = people, cities, orgs
        #: the year each person who has died died in (knowledge: ``died``): a meeting the corpus
        #: plants is of people alive in its year. (The extraction takes a man out of every event
        #: after his death, departed_people.py: "Abe and Trump met in Istanbul" in 2024 is Trump's
        #: alone there, and two days later "Trump and Fico met in Istanbul" is read as the same
        #: meeting with another date, a conflict the truth never planted.)
        self.died = {e.name: e.died for e in catalog.entities.values() if e.entity_type == "PERSON" and e.died}
        #: (people, city) -> days of meetings already written: two unplanted meetings of
        #: the same people in the same city within two months would be a real conflict.
        self.meetings: dict[tuple, list[dt.date]] = {}

    def language(self, among=None) -> str:
        """An article's language, by the shares (``among`` the languages given, if any)."""
        codes = [c for c in self.languages if among is None or c in among]
        if len(codes) == 1:
            return codes[0]
        return self.language_rng.choices(codes, [LANGUAGE_SHARES[c] for c in codes])[0]

    def fresh_event(self, *languages: str) -> dict:
        """A meeting no other article reports, nor any near enough to merge with it, of
        people and in a city every one of ``languages`` (English by default) names."""
        r = self.rng
        languages = languages or ("en",)
        named = [p for p in self.people if all(p in self.people_in[code] for code in languages)]
        places = [c for c in self.cities if all(c in self.cities_in[code] for code in languages)]
        while True:
            people = r.sample(named, 2)
            city = r.choice(places)
            day = dt.date(2015, 1, 1) + dt.timedelta(days=r.randrange(3800))
            if not self.alive(people, day):
                continue
            days = self.meetings.setdefault((frozenset(people), city), [])
            if all(abs((day - other).days) > 62 for other in days):
                days.append(day)
                return {"people": people, "city": city, "day": day}

    def moved(self, event: dict, day: dt.date, language: str) -> dict:
        """``event`` on ``day`` instead, kept like any other meeting: if its people met in its
        city within two months of ``day`` (a meeting of theirs written before), another
        meeting of the language's people on ``day``. (A moved meeting was not kept: two
        meetings of the same people in one city days apart made a conflict nobody planted.)"""
        days = self.meetings[(frozenset(event["people"]), event["city"])]
        days.remove(event["day"])
        while any(abs((day - other).days) <= 62 for other in days) or not self.alive(event["people"], day):
            event = self.fresh_event(language)
            days = self.meetings[(frozenset(event["people"]), event["city"])]
            days.remove(event["day"])
        days.append(day)
        return dict(event, day=day)

    def alive(self, people, day: dt.date) -> bool:
        """Whether none of ``people`` died before ``day``'s year."""
        return all(self.died.get(person, day.year) >= day.year for person in people)

    def event_at(self, city: str, day: dt.date, language: str = "en") -> dict:
        """A meeting of two people no other meeting of theirs in ``city`` is near."""
        r = self.rng
        while True:
            people = r.sample(self.people_in[language], 2)
            if not self.alive(people, day):
                continue
            days = self.meetings.setdefault((frozenset(people), city), [])
            if all(abs((day - other).days) > 62 for other in days):
                days.append(day)
                return {"people": people, "city": city, "day": day}

    def sentence(self, language: str = "en") -> str:
        return self.writers[language].sentence()

    def paragraph(self, language: str = "en") -> str:
        writer = self.writers[language]
        return writer.joiner.join(writer.sentence() for _ in range(self.rng.randrange(2, 5)))

    def article(self, number: int, *, dated: bool = True, event=None, extra: list[str] | None = None,
                language: str = "en", weekday: bool = False) -> dict:
        r, writer = self.rng, self.writers[language]
        event = event or self.fresh_event(language)
        (first, second), city, day = event["people"], event["city"], event["day"]
        published = day + dt.timedelta(days=r.randrange(0, 3))
        lead, swapped_lead = writer.lead(first, second, city, day, published if dated else None, weekday)
        paragraphs = [lead] + [self.paragraph(language) for _ in range(r.randrange(6, 14))] + (extra or [])
        return {
            "number": number,
            "title": writer.title(first, second, city),
            "published": published if dated else None,
            "paragraphs": paragraphs,
            "style": r.choice(["seed", "seed", "front_matter", "key_value"]),
            "language": language, "people": (first, second), "swapped_lead": swapped_lead,
        }


def _repeats_itself(paragraphs: list[str], writer) -> bool:
    """A paragraph printed twice, or (once a near copy changed one sentence of it) its
    other sentences of six words or more (two Chinese characters a word)."""
    sentences = [s.rstrip(writer.stop) for p in paragraphs for s in writer.sentences(p) if length_in_words(s) >= 6]
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


def generate(n: int, seed: int = 1, languages=DEFAULT_LANGUAGES) -> tuple[dict[str, str], Truth]:
    """n article files (name -> text) and the planted problems."""
    generator = Generator(seed, languages)
    r = generator.rng
    files = _Files()
    truth = files.truth = Truth()
    rendered: list[tuple[str, dict]] = []

    def name(number: int) -> str:
        return f"{number:06d}_{r.getrandbits(64):016x}.txt"

    def repeats_itself(article: dict) -> bool:
        return _repeats_itself(article["paragraphs"], generator.writers[article["language"]])

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
                writer = generator.writers[original["language"]]
                index = r.randrange(1, len(copy["paragraphs"]))
                sentences = writer.sentences(copy["paragraphs"][index])
                sentences[0] = generator.sentence(original["language"]).rstrip(writer.stop)
                copy["paragraphs"][index] = writer.join_sentences(sentences)
            file_name = name(number)
            files.put(file_name, copy)
            # Two copies of one article are copies of each other too.
            for earlier in copies_of.setdefault(original_name, [original_name]):
                truth.duplicate_article.append(sorted([Path(earlier).stem, Path(file_name).stem]))
            copies_of[original_name].append(file_name)
            # A copy carries the original's own problems: no date, a paragraph printed twice.
            if Path(original_name).stem in truth.missing_date:
                truth.missing_date.append(Path(file_name).stem)
            if repeats_itself(copy):
                truth.duplicate_passage.append(Path(file_name).stem)
            # ... and its claims: the count it states, the date its rival article contradicts.
            if "count" in copy and copy["count"][2] in copy["paragraphs"]:
                counts_by_org[(copy["count"][0], copy["language"])].append((Path(file_name).stem, copy["count"][1], copy["published"]))
            for rival in date_rivals.get(Path(original_name).stem, []):
                truth.conflicting_claim.append(sorted([rival, Path(file_name).stem]))
                date_rivals.setdefault(rival, []).append(Path(file_name).stem)  # later copies of the rival see it
            number += 1
            continue
        if kind == "wire_story" and number + 1 < n:
            language = generator.language()
            original = generator.article(number, extra=[generator.paragraph(language), generator.paragraph(language)],
                                         language=language)
            original = dict(original, style="seed", url=f"https://wire{number}.example.org/story/{number}")
            low, high = WIRE_OUTLETS
            count = min(int(low * (high / low) ** r.random()), n - number - 1)
            story = []
            for article in [original, *wire_copies(generator, original, count, number + 1)]:
                file_name = name(number)
                files.put(file_name, article)
                story.append(Path(file_name).stem)
                if repeats_itself(article):
                    truth.duplicate_passage.append(Path(file_name).stem)
                number += 1
            truth.stories.append(story)
            continue
        if kind == "multi_day_summit" and number + 1 < n:
            for article in summit_reports(generator, number, n - number, generator.language()):
                file_name = name(number)
                files.put(file_name, article)
                if repeats_itself(article):
                    truth.duplicate_passage.append(Path(file_name).stem)
                number += 1
            continue
        if kind in ("conflicting_number", "conflicting_date") and number + 1 < n:
            if kind == "conflicting_number":
                # counts are claims in the languages with quantity words; in each of them
                # the count is stated the same way, so that a pair may mix them
                counting = [code for code in generator.languages if states_counts(code)]
                if not counting:
                    continue
                # one language a pair: the nouns counted differ between languages ("member
                # countries" is member_country_count, "стран" country_count)
                languages = [generator.language(counting)] * 2
                orgs = [o for o in generator.orgs if all(o in generator.orgs_in[code] for code in languages)]
            else:
                # the date of one meeting stated in two languages: a report in Russian or
                # Chinese is contradicted by one in English (where the corpus has English)
                first = generator.language()
                languages = [first, "en" if first != "en" and "en" in generator.languages else generator.language()]
                orgs = generator.orgs
            org = r.choice(orgs)
            event = generator.fresh_event(*languages)
            pair = []
            pair_day = None
            for offset in range(2):
                file_name = name(number)
                if kind == "conflicting_number":
                    count = 40 + offset * 7 + r.randrange(3)
                    statement = generator.writers[languages[offset]].count_statement(org, count)
                    # A count an organisation has holds at a time: the pair is published
                    # within days, so that the two counts are about one time.
                    meeting = generator.fresh_event(languages[offset])
                    if offset:
                        meeting = generator.moved(meeting, pair_day + dt.timedelta(days=1), languages[offset])
                    pair_day = meeting["day"]
                    article = dict(generator.article(number, event=meeting, extra=[statement], language=languages[offset]),
                                   count=(org, count, statement))
                    counts_by_org.setdefault((org, languages[offset]), []).append((Path(file_name).stem, count, article["published"]))
                else:
                    # the day as a weekday, as in English: two reports that give two dates
                    # ("31 января", "2 февраля") are read as two meetings, not one disputed;
                    # nine days apart, as two weekdays within a week of each other are the
                    # build's reading, no dispute (conflicting-claim's RECKONING_SLACK)
                    article = generator.article(number, event=dict(event, day=event["day"] + dt.timedelta(days=offset * 9)),
                                                language=languages[offset], weekday=True)
                files.put(file_name, article)
                rendered.append((file_name, article))
                pair.append(Path(file_name).stem)
                if repeats_itself(article):
                    truth.duplicate_passage.append(Path(file_name).stem)
                number += 1
            if kind == "conflicting_date":
                truth.conflicting_claim.append(sorted(pair))
                date_rivals[pair[0]], date_rivals[pair[1]] = [pair[1]], [pair[0]]
            continue
        article = generator.article(number, dated=kind != "undated", language=generator.language())
        if kind == "repeated_paragraph":
            article["paragraphs"].append(r.choice(article["paragraphs"][1:]))
        file_name = name(number)
        files.put(file_name, article)
        rendered.append((file_name, article))
        # a sentence the word bank happened to write twice is a repeat too (rare in English,
        # less so in the smaller banks of the other languages)
        if kind == "repeated_paragraph" or repeats_itself(article):
            truth.duplicate_passage.append(Path(file_name).stem)
        if kind == "undated":
            truth.missing_date.append(Path(file_name).stem)
        number += 1
    # Every two articles that give one organisation different counts (in one language's words) at one time (published
    # within COUNT_WINDOW days) conflict, planted as a pair or not (organisations repeat
    # across pairs in a large corpus); counts years apart can both be true.
    for stated in counts_by_org.values():
        for index, (first, first_count, first_day) in enumerate(stated):
            for second, second_count, second_day in stated[index + 1:]:
                if (first_count != second_count and first_day and second_day
                        and abs((first_day - second_day).days) <= COUNT_WINDOW):
                    truth.conflicting_claim.append(sorted([first, second]))
    return dict(files), truth


class _Files(dict):
    """The corpus's files; each file put in records its article's language in the truth."""

    truth: Truth

    def __setitem__(self, file_name: str, text: str) -> None:
        super().__setitem__(file_name, text)
        self.truth.language[Path(file_name).stem] = self.language

    def put(self, file_name: str, article: dict) -> None:
        self.language = article["language"]
        self[file_name] = render(article)


def write_corpus(n: int, out: Path, seed: int = 1, languages=DEFAULT_LANGUAGES) -> Truth:
    seeds = out / "seeds"
    seeds.mkdir(parents=True, exist_ok=True)
    files, truth = generate(n, seed, languages)
    for file_name, text in files.items():
        (seeds / file_name).write_text(text, encoding="utf-8")
    (out / "truth.json").write_text(json.dumps(truth.__dict__, indent=1, ensure_ascii=False))
    return truth


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--languages", default=",".join(DEFAULT_LANGUAGES),
                        help="comma-separated languages of the articles (default: %(default)s)")
    arguments = parser.parse_args()
    truth = write_corpus(arguments.n, arguments.out, arguments.seed, tuple(arguments.languages.split(",")))
    print(json.dumps({k: len(v) for k, v in truth.__dict__.items()}))


if __name__ == "__main__":
    main()
