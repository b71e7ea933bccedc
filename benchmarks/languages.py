"""What one article costs to process in each language: the generated corpus of one language
alone, each article through pipeline.processing.process_article (parsing, extraction, text
features, index keys) in this process, per 1,000 articles and per 1,000 words; with
``--profile``, where the time goes (cProfile, the functions of most own time).

    python benchmarks/languages.py --n 500                     # en, ru, zh
    python benchmarks/languages.py --n 300 --profile 12        # and the top 12 functions each

The first article of each language is processed before the clock starts, so that loading
the language's resources (knowledge files, compiled patterns) is not counted as per-article
cost; that load is reported apart.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import DEFAULT_LANGUAGES, generate


def measure(language: str, n: int, seed: int, profile: int = 0, rounds: int = 3) -> dict:
    from ruchina.pipeline.processing import process_article

    files, _truth = generate(n, seed, (language,))
    items = [(f"seeds/{name}", Path(name).stem, text.encode("utf-8")) for name, text in sorted(files.items())]
    start = time.perf_counter()
    process_article(*items[0])
    warm_up = time.perf_counter() - start
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        processed = [process_article(*item) for item in items]
        best = min(best, time.perf_counter() - start)
    words = sum(p.row["n_words"] or 0 for p in processed)
    languages = {p.row["language"] for p in processed}
    result = {"language": language, "articles": len(items), "detected": sorted(languages, key=str),
              "seconds": best, "per_1000_articles": best / len(items) * 1000, "per_1000_words": best / words * 1e6,
              "words_per_article": words / len(items), "first_article_seconds": warm_up,
              "events_per_article": sum(len(p.extraction.events) for p in processed) / len(items)}
    if profile:
        profiler = cProfile.Profile()
        profiler.enable()
        for item in items:
            process_article(*item)
        profiler.disable()
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(profile)
        result["profile"] = out.getvalue()
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=500)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--languages", default=",".join(DEFAULT_LANGUAGES))
    parser.add_argument("--profile", type=int, default=0, help="print the top N functions by own time")
    arguments = parser.parse_args()
    print("| language | articles | words/article | s per 1,000 articles (ms each) | ms per 1,000 words | "
          "events/article | first article (resources loaded) s |")
    print("|---|---|---|---|---|---|---|")
    results = [measure(code, arguments.n, arguments.seed, arguments.profile) for code in arguments.languages.split(",")]
    for r in results:
        print(f"| {r['language']} | {r['articles']:,} | {r['words_per_article']:.0f} | {r['per_1000_articles']:.2f} | "
              f"{r['per_1000_words']:.2f} | {r['events_per_article']:.2f} | "
              f"{r['first_article_seconds']:.2f} |")
    for r in results:
        if r.get("profile"):
            print(f"\n--- {r['language']}: top functions by own time ---\n{r['profile']}")


if __name__ == "__main__":
    main()
