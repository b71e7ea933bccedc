"""`validate --changed` and `add` answer from the build's corpus index and the per-article
cache: they must report exactly what checking the whole corpus reports about the
changed articles, on a corpus with every kind of planted problem."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from conftest import PROJECT

from ruchina.pipeline.build import build, build_tables
from ruchina.pipeline.changes import findings_concerning
from ruchina.pipeline.incremental import tables_for_changed
from ruchina.store.build_directory import BuildDirectory
from ruchina.store.cache import ArticleCache
from ruchina.store.corpus_index import CorpusIndex
from ruchina.store.repository import RepositoryFiles

sys.path.insert(0, str(PROJECT / "benchmarks"))
from corpus import generate  # noqa: E402

CORPUS, HELD_OUT = 260, 40


@pytest.fixture(scope="module")
def corpus_repo(tmp_path_factory):
    """A built corpus, and held-out articles of the same generator (copies of built
    articles, conflicting numbers and dates, undated reports of the same events) that
    arrive after the build."""
    root = tmp_path_factory.mktemp("incremental")
    (root / "seeds").mkdir()
    (root / "checks").mkdir()
    shutil.copy(PROJECT / "checks" / "accepted.yaml", root / "checks" / "accepted.yaml")
    files = _every_kind_held_out()
    names = sorted(files)
    for name in names[:CORPUS]:
        (root / "seeds" / name).write_text(files[name], encoding="utf-8")
    repo = RepositoryFiles.find(root)
    build(repo)
    return repo, {name: files[name] for name in names[CORPUS:]}, names[:CORPUS]


def _every_kind_held_out() -> dict[str, str]:
    """The corpus of the first seed whose held-out articles hold a planted copy of a built
    one, an undated report, copies of a wire story begun in the build and articles in Russian
    and Chinese, the first five of them related to the build, whose built articles hold a passage
    repeated inside one article, a copy of another and a conflicting claim, and whose eighth built article is English (_sharing_a_sentence_of
    quotes it). Chosen by what it holds, not by number: any
    change to the generator's draws moves these (seed 11's, once it wrote other languages,
    held no copy). Generating a corpus of 300 takes milliseconds."""
    for seed in range(1, 1000):
        files, truth = generate(CORPUS + HELD_OUT, seed=seed)
        names = [Path(name).stem for name in sorted(files)]
        built, held = set(names[:CORPUS]), names[CORPUS:]
        copied = {b for pair in truth.duplicate_article for a, b in (pair, pair[::-1]) if a in built and b not in built}
        stories = {a for story in truth.stories if set(story) & built for a in story if a not in built}
        conflicts = [pair for pair in truth.conflicting_claim if set(pair) <= built]
        built_copies = [pair for pair in truth.duplicate_article if set(pair) <= built]
        if (copied and built_copies and stories and set(held) & set(truth.missing_date) and set(truth.duplicate_passage) & built
                and conflicts
                and {"ru", "zh"} <= {truth.language[a] for a in held} and truth.language[names[7]] == "en"
                and set(held[:5]) & (copied | stories)):
            return files
    raise AssertionError("no seed below 1000 holds every kind of held-out article")


def finding_ids(tables, changed_ids):
    return {f.finding_id: f.check for f in findings_concerning(tables, changed_ids, "test").findings}


def arrive(repo, articles: dict[str, str]) -> set[str]:
    for name, text in articles.items():
        (repo.seeds_dir / name).write_text(text, encoding="utf-8")
    return {f"seeds/{name}" for name in articles}


def _sharing_a_sentence_of(repo, seed_name: str) -> bytes:
    """An article that quotes the longest sentence of a built one, and nothing else of it."""
    base_body = (repo.seeds_dir / seed_name).read_text(encoding="utf-8")
    shared_sentence = max((s for s in base_body.split(". ") if len(s.split()) >= 14), key=len)
    return (f"date 2024-03-02\n\nA regional round-up\n\nEditors compiled reports from across the region this "
            f"week. {shared_sentence}. Nothing else was agreed.\n").encode()


def test_the_index_answers_as_the_whole_corpus_does(corpus_repo):
    repo, held_out, built = corpus_repo
    extra = {"900_shares_a_sentence.txt": _sharing_a_sentence_of(repo, built[7]).decode()}
    changed = arrive(repo, {**held_out, **extra})
    try:
        changed_ids = {Path(p).stem for p in changed}
        around = tables_for_changed(repo, changed)
        assert around is not None, "the build's index should answer for a few new articles"
        assert around.compared < CORPUS  # it did not need the whole corpus
        expected = finding_ids(build_tables(repo).tables, changed_ids)
        assert {"duplicate-article", "shared-passage", "missing-date", "syndicated-story"} <= set(expected.values())
        assert finding_ids(around.tables, changed_ids) == expected
    finally:
        for path in changed:
            (repo.root / path).unlink()


def test_related_articles_the_cache_lost_are_processed_again(corpus_repo):
    repo, held_out, _built = corpus_repo
    changed = arrive(repo, dict(sorted(held_out.items())[:5]))
    try:
        cache, index = ArticleCache(repo.root), BuildDirectory(repo.build_dir).index()
        built_entries = [Path(cache._path(ArticleCache.key_for(str(path), str(sha))))
                         for path, sha in zip(index.source_paths, index.seed_sha256)]
        # (every entry: which built articles are related to the new ones follows the generator's
        # draws, which follow the knowledge base's places; a lost half could miss them all)
        lost = built_entries
        for entry in lost:
            entry.unlink()
        changed_ids = {Path(p).stem for p in changed}
        around = tables_for_changed(repo, changed)
        assert around is not None and around.compared > 0
        assert any(entry.exists() for entry in lost), "related articles the cache lost were processed (and kept) again"
        assert finding_ids(around.tables, changed_ids) == finding_ids(build_tables(repo).tables, changed_ids)
    finally:
        for path in changed:
            (repo.root / path).unlink()


def test_a_seed_edited_since_the_build_is_read_again(corpus_repo):
    repo, _held_out, built = corpus_repo
    edited = repo.seeds_dir / built[3]
    original = edited.read_bytes()
    copy = repo.seeds_dir / "901_copy.txt"
    try:
        edited.write_bytes(original + b"\nA closing paragraph that was added after the build, long enough to count.\n")
        copy.write_bytes(edited.read_bytes())  # a copy of the edited text, not of what the build saw
        changed = {f"seeds/{copy.name}"}
        around = tables_for_changed(repo, changed)
        assert around is not None
        ids = {copy.stem}
        assert finding_ids(around.tables, ids) == finding_ids(build_tables(repo).tables, ids)
        assert any(f.check == "duplicate-article" and edited.stem in f.record_ids
                   for f in findings_concerning(around.tables, ids, "test").findings)
    finally:
        edited.write_bytes(original)
        copy.unlink(missing_ok=True)


def test_without_a_build_by_this_code_the_index_does_not_answer(corpus_repo, tmp_path):
    repo, _held_out, _built = corpus_repo
    assert BuildDirectory(tmp_path).index() is None  # no build at all
    stale = tmp_path / "build"
    shutil.copytree(repo.build_dir, stale)
    index = BuildDirectory(stale).index()
    index.code = "other code"
    BuildDirectory(stale).write_index(index)
    assert BuildDirectory(stale).index() is None


def test_add_refuses_copies_of_built_articles_found_through_the_index(corpus_repo, tmp_path, monkeypatch):
    import ruchina.pipeline.build
    from ruchina.errors import ArticleError
    from ruchina.pipeline.adding import add_articles

    def whole_corpus(*_arguments, **_options):
        raise AssertionError("with a build, add must not process every seed")

    monkeypatch.setattr(ruchina.pipeline.build, "process_seeds", whole_corpus)
    repo, _held_out, built = corpus_repo
    original = (repo.seeds_dir / built[11]).read_text(encoding="utf-8")
    paragraphs = original.split("\n\n")
    paragraphs[-1] = "A different closing paragraph replaces the last one of the original report here."
    near_copy = tmp_path / "near.txt"
    near_copy.write_text("\n\n".join(paragraphs), encoding="utf-8")
    before = sorted(p.name for p in repo.seeds_dir.iterdir())
    # (the generator may have planted a copy of that article in the build too: the near copy duplicates
    # either, each a copy of the same body; which one the index offers first is no matter)
    body = original.split("\n\n", 1)[1]
    copies = "|".join(Path(name).stem for name in built
                      if (repo.seeds_dir / name).read_text(encoding="utf-8").split("\n\n", 1)[1] == body)
    with pytest.raises(ArticleError, match=f"duplicates the existing article (?:{copies})"):
        add_articles(repo, [near_copy])
    assert sorted(p.name for p in repo.seeds_dir.iterdir()) == before


def test_add_reports_what_the_whole_corpus_reports_and_lists_the_seeds_once(corpus_repo, tmp_path, monkeypatch):
    from ruchina.errors import ArticleError
    from ruchina.pipeline.adding import add_articles
    from ruchina.pipeline.changes import validate_changed_with

    repo, held_out, _built = corpus_repo
    listings = []
    list_seeds = RepositoryFiles.seed_files
    monkeypatch.setattr(RepositoryFiles, "seed_files", lambda self: listings.append(1) or list_seeds(self))
    added_paths, reported = [], 0
    try:
        for name, text in held_out.items():
            incoming = tmp_path / name
            incoming.write_text(text, encoding="utf-8")
            try:
                result = add_articles(repo, [incoming])
            except ArticleError:
                continue  # a copy of a built article: refused before anything is compared
            added_paths += [repo.root / a.seed_path for a in result.added]
            listings.clear()
            report = validate_changed_with(repo, result)
            assert listings == [], "add's own listing of seeds/ is reused"
            ids = {a.article_id for a in result.added}
            whole = {f.finding_id for f in findings_concerning(build_tables(repo).tables, ids, "whole").findings}
            assert {f.finding_id for f in report.findings} == whole
            reported += len(whole)
            if len(added_paths) == 4:
                break
        assert reported, "the articles added should have findings to compare"
    finally:
        for path in added_paths:
            path.unlink()


def test_validate_from_the_cache_or_the_builds_own_findings_reports_what_it_computes_afresh(corpus_repo, tmp_path):
    from ruchina.pipeline.validation import validate_directory
    from ruchina.store.build_directory import INDEX_DIR

    repo, _held_out, _built = corpus_repo
    without_index = tmp_path / "build"
    shutil.copytree(repo.build_dir, without_index, ignore=shutil.ignore_patterns(INDEX_DIR))
    fresh = validate_directory(without_index, repo.accepted_path)
    from_cache = validate_directory(without_index, repo.accepted_path, repo_root=repo.root)
    from_the_build = validate_directory(repo.build_dir, repo.accepted_path)
    assert [f.to_dict() for f in from_cache.findings] == [f.to_dict() for f in fresh.findings]
    assert [f.to_dict() for f in from_the_build.findings] == [f.to_dict() for f in fresh.findings]
    assert {f.check for f in fresh.findings} >= {"duplicate-article", "duplicate-passage"}


def test_a_seed_touched_but_not_changed_is_not_stale_and_its_new_time_is_kept(corpus_repo):
    import os

    repo, _held_out, built = corpus_repo
    touched = repo.seeds_dir / built[5]
    status = touched.stat()
    os.utime(touched, ns=(status.st_atime_ns, status.st_mtime_ns - 3600 * 10**9))  # as a checkout would
    try:
        index = BuildDirectory(repo.build_dir).index()
        row = list(index.source_paths).index(f"seeds/{touched.name}")
        recorded = tuple(index.seed_stats[row])
        assert index.stale_paths(repo.seed_files()) == set()
        assert tuple(BuildDirectory(repo.build_dir).index().seed_stats[row]) == recorded, "a query writes nothing"
        index.save_refreshed_stats()
        assert tuple(BuildDirectory(repo.build_dir).index().seed_stats[row]) == (touched.stat().st_size, touched.stat().st_mtime_ns)
    finally:
        os.utime(touched, ns=(status.st_atime_ns, status.st_mtime_ns))


def test_a_scan_of_seeds_finds_the_seeds_a_stat_of_each_finds_and_serves_one_listing(corpus_repo):
    """RepositoryFiles.find(scan_seeds=True) reads the seeds' stats on a thread; the stale
    seeds found from it are those found by stat-ing each seed, and only the first listing
    after it uses it (a later one sees an edit made since)."""
    import os

    from ruchina.store.seed_scan import stat_of

    repo, held_out, built = corpus_repo
    edited, removed, touched, later = (repo.seeds_dir / built[i] for i in (3, 4, 7, 9))
    originals = {seed: seed.read_bytes() for seed in (edited, removed, later)}
    touched_status = touched.stat()
    changed = arrive(repo, dict(sorted(held_out.items())[:1]))
    try:
        edited.write_bytes(originals[edited] + b"\nA paragraph written after the build, to be found.\n")
        removed.unlink()
        os.utime(touched, ns=(touched_status.st_atime_ns, touched_status.st_mtime_ns - 3600 * 10**9))

        scanned = RepositoryFiles.find(repo.root, scan_seeds=True)
        listing = scanned.seed_files()
        assert listing.scanned and all(listing.scanned[path] == stat_of(file) for path, file in listing.items())
        stale = BuildDirectory(repo.build_dir).index().stale_paths(listing)
        assert stale == BuildDirectory(repo.build_dir).index().stale_paths(dict(repo.seed_files()))
        assert stale == {f"seeds/{edited.name}", f"seeds/{removed.name}"}

        later.write_bytes(originals[later] + b"\nAnother paragraph, written after the first listing.\n")
        second = scanned.seed_files()
        assert second.scanned == {}
        assert f"seeds/{later.name}" in BuildDirectory(repo.build_dir).index().stale_paths(second)
    finally:
        for seed, data in originals.items():
            seed.write_bytes(data)
        os.utime(touched, ns=(touched_status.st_atime_ns, touched_status.st_mtime_ns))
        for path in changed:
            (repo.root / path).unlink()


def test_a_scan_that_cannot_read_its_folder_leaves_the_stats_to_the_listing(tmp_path):
    from ruchina.store.seed_scan import SeedFiles, SeedScan, stat_of

    scan = SeedScan(tmp_path / "no-such-folder")
    assert scan.take() == {}
    (tmp_path / "a.txt").write_text("text")
    listing = SeedFiles({"seeds/a.txt": str(tmp_path / "a.txt")}, scan.take())
    assert listing.statuses(["seeds/a.txt", "seeds/gone.txt"]).tolist() == [list(stat_of(tmp_path / "a.txt")), [-2, -2]]


def test_the_index_s_row_masks_and_unindexed_seeds_are_what_their_definitions_say(corpus_repo):
    repo, held_out, built = corpus_repo
    index = BuildDirectory(repo.build_dir).index()
    paths, ids = index.source_paths.tolist(), index.article_ids.tolist()
    left_out_paths = {paths[3], paths[40], "seeds/not-indexed.txt"}
    left_out_ids = {ids[7], ids[40], "not-indexed"}
    mask = index.rows_without(left_out_paths, left_out_ids)
    assert mask.tolist() == [p not in left_out_paths and a not in left_out_ids for p, a in zip(paths, ids)]
    assert index.rows_without(set()).all() and list(index.unchanged_rows(repo.seed_files())) == paths

    edited = repo.seeds_dir / built[11]
    original = edited.read_bytes()
    changed = arrive(repo, dict(sorted(held_out.items())[:2]))
    try:
        edited.write_bytes(original + b"\nOne more paragraph, written after the build.\n")
        assert BuildDirectory(repo.build_dir).index().unindexed_paths(repo.seed_files()) == changed | {f"seeds/{edited.name}"}
    finally:
        edited.write_bytes(original)
        for path in changed:
            (repo.root / path).unlink()


def test_a_build_s_index_copies_the_unchanged_rows_of_the_last_one_as_it_would_make_them(corpus_repo):
    """After seeds were added, edited, removed and touched, the index made with the last
    one's rows (from_processed(previous=...)) equals the index made from every row."""
    import os
    import time

    import numpy as np

    from ruchina.pipeline.build import process_seeds
    from ruchina.store.corpus_index import _ARRAYS

    repo, held_out, built = corpus_repo
    seeds = [repo.seeds_dir / name for name in built]
    statuses = {seed: seed.stat() for seed in seeds}
    edited, removed, touched = seeds[5], seeds[6], seeds[8]
    originals = {seed: seed.read_bytes() for seed in (edited, removed)}
    changed = arrive(repo, dict(sorted(held_out.items())[:3]))
    try:
        for seed, status in statuses.items():  # as a checkout leaves them
            os.utime(seed, ns=(status.st_atime_ns, status.st_mtime_ns - 3600 * 10**9))
        BuildDirectory(repo.build_dir).index().stale_paths(repo.seed_files())  # the index keeps their times
        os.utime(touched)  # just now: its new time cannot be trusted yet
        edited.write_bytes(originals[edited] + b"\nA paragraph added after the build, long enough to count here.\n")
        removed.unlink()

        read_since_ns = time.time_ns()
        last = BuildDirectory(repo.build_dir).index()
        processed = process_seeds(repo, index=last)
        base_ids = {"an-event": "a-base"}
        updated = CorpusIndex.from_processed(processed, base_ids, repo.root, read_since_ns, previous=last)
        made = CorpusIndex.from_processed(processed, base_ids, repo.root, read_since_ns)

        assert (last.rows_of_unchanged([p.row for p in processed]) >= 0).sum() == CORPUS - 2
        assert tuple(made.seed_stats[list(made.article_ids).index(touched.stem)]) == (-1, -1)
        for name in _ARRAYS:
            assert np.array_equal(getattr(updated, name), getattr(made, name)), name
    finally:
        for seed, data in originals.items():
            seed.write_bytes(data)
        for seed, status in statuses.items():
            os.utime(seed, ns=(status.st_atime_ns, status.st_mtime_ns))
        for path in changed:
            (repo.root / path).unlink()


@pytest.mark.parametrize("first_sorted", [True, False])
@pytest.mark.parametrize("more", [0, 7, 5000])
def test_index_key_pairs_merge_into_one_list_sorted_by_key_then_row(first_sorted, more):
    import numpy as np

    from ruchina.store.index_arrays import merged_pairs as _merged_pairs

    random = np.random.default_rng(more)
    keys = random.integers(0, 50, 20000).astype(np.uint64)  # few keys: many rows share each
    rows = random.integers(0, 3000, 20000)
    if first_sorted:
        order = np.lexsort((rows, keys))
        keys, rows = keys[order], rows[order]
    more_keys, more_rows = random.integers(0, 60, more).astype(np.uint64), random.integers(0, 3000, more)
    order = np.lexsort((more_rows, more_keys))
    merged_keys, merged_rows = _merged_pairs(keys, rows, more_keys[order], more_rows[order])

    all_keys, all_rows = np.concatenate([keys, more_keys]), np.concatenate([rows, more_rows])
    expected = np.lexsort((all_rows, all_keys))
    assert np.array_equal(merged_keys, all_keys[expected]) and np.array_equal(merged_rows, all_rows[expected])


def test_a_seed_rewritten_as_the_build_read_it_is_not_trusted_by_its_time(tmp_path):
    """Same size, same modification time (a rewrite within the file system's timestamp
    granularity of the build's read): the index must not call it unchanged."""
    import os

    (tmp_path / "seeds").mkdir()
    files, _truth = generate(12, seed=9)
    for name, text in files.items():
        (tmp_path / "seeds" / name).write_text(text, encoding="utf-8")
    repo = RepositoryFiles.find(tmp_path)
    build(repo)
    rewritten = sorted(repo.seeds_dir.iterdir())[4]
    original, status = rewritten.read_bytes(), rewritten.stat()
    edited = original[::-1].replace(b"a", b"e", 1)[::-1]  # one letter of the last sentence
    rewritten.write_bytes(edited)
    os.utime(rewritten, ns=(status.st_atime_ns, status.st_mtime_ns))

    assert f"seeds/{rewritten.name}" in BuildDirectory(repo.build_dir).index().stale_paths(repo.seed_files())
    body = build_tables(repo).tables["articles"].to_pandas().set_index("article_id").loc[rewritten.stem, "body"]
    assert body.split()[-3:] == edited.decode().split()[-3:]


def built_repo(tmp_path, seeds: dict[str, str]) -> RepositoryFiles:
    """A repository of these seeds (by file name), built."""
    root = tmp_path / "repo"
    (root / "seeds").mkdir(parents=True)
    (root / "checks").mkdir()
    shutil.copy(PROJECT / "checks" / "accepted.yaml", root / "checks" / "accepted.yaml")
    for name, text in seeds.items():
        (root / "seeds" / name).write_text(text)
    repo = RepositoryFiles.find(root)
    build(repo)
    return repo


def test_the_small_corpus_holds_every_article_of_the_events_a_new_article_joins(tmp_path):
    """A report tied to a new one only through a third (same event, other people and
    place named) still takes part: the event's date and place are agreed by all."""
    repo = built_repo(tmp_path, {
        "001_both.txt": "date 2024-05-17\n\nLeaders meet\n\nRussian President Vladimir Putin and Chinese President "
                        "Xi Jinping met in Beijing on Thursday. The two leaders signed a joint statement on energy.\n",
        "002_putin_in_beijing.txt": "date 2024-05-17\n\nTalks in Beijing\n\nVladimir Putin held talks in Beijing on "
                                    "Thursday, the Kremlin said. The meeting lasted three hours.\n",
    })
    around = tables_for_changed(repo, arrive(repo, {
        # (in Beijing: across articles one shared person is a tie only at a shared place)
        "003_xi_hosts.txt": "date 2024-05-18\n\nXi hosts a guest\n\nChinese President Xi Jinping hosted a meeting "
                            "in Beijing on Thursday, state media said. Trade was on the agenda.\n"}))
    assert around is not None
    assert set(around.tables["articles"].column("article_id").to_pylist()) == {"001_both", "002_putin_in_beijing", "003_xi_hosts"}
    full = build_tables(repo).tables["events"].to_pylist()
    assert any(set(e["article_ids"]) == {"001_both", "002_putin_in_beijing", "003_xi_hosts"} for e in full)
    assert finding_ids(around.tables, {"003_xi_hosts"}) == finding_ids(build_tables(repo).tables, {"003_xi_hosts"})


def test_checks_told_a_focus_report_all_that_concerns_it_and_skip_the_rest(corpus_repo):
    from ruchina.checks import CheckContext, run_checks
    from ruchina.pipeline.build import table_frames
    from ruchina.pipeline.findings_table import findings_table

    repo, _held_out, built_names = corpus_repo
    built = build_tables(repo, extra={"seeds/900_shares_a_sentence.txt": _sharing_a_sentence_of(repo, built_names[7])})
    whole = CheckContext(frames=table_frames(built.tables))
    everything = run_checks(whole)
    features = whole.features  # computed by the first run, reused by the second
    # The focus: one article named by a finding of each kind, and a few named by none.
    named = {}
    for finding in everything:
        if finding.table == "articles":
            named.setdefault(finding.check, finding.record_ids[-1])
    claim_articles = dict(zip(built.tables["claims"]["claim_id"].to_pylist(), built.tables["claims"]["article_id"].to_pylist()))
    named["conflicting-claim"] = next(claim_articles[f.record_ids[-1]] for f in everything if f.check == "conflicting-claim")
    assert {"duplicate-article", "shared-passage", "missing-date"} <= set(named)
    focus = set(named.values()) | {Path(name).stem for name in built_names[::50]}

    focused = run_checks(CheckContext(frames=table_frames(built.tables), features=features, focus=focus))

    def concerning(findings):
        tables = {**built.tables, "findings": findings_table(findings, [])}
        return {f.finding_id for f in findings_concerning(tables, focus, "test").findings}

    assert {f.finding_id for f in focused} == concerning(everything)
    assert len(focused) < len(everything)


def test_a_new_article_s_events_are_named_as_the_whole_corpus_names_them(tmp_path):
    """Events of one day, kind and place share an id the build tells apart (by people, then
    by number) across the whole corpus: the small corpus of a new article must name its
    events, and so its claims and findings, as the whole corpus does, even when the event
    it shares the id with is unrelated to it (other people)."""
    repo = built_repo(tmp_path, {
        "001_putin_xi.txt": "date 2024-05-17\n\nLeaders meet\n\nVladimir Putin and Xi Jinping met in China on Thursday. "
                            "The two leaders signed a joint statement on energy.\n",
    })
    around = tables_for_changed(repo, arrive(repo, {
        "002_lula_modi.txt": "date 2024-05-17\n\nTwo leaders meet\n\nLuiz Inácio Lula da Silva and Narendra Modi "
                             "met in China on Thursday. They discussed trade in grain.\n"}))
    assert around is not None and around.compared == 0  # nothing ties the two reports together
    full = build_tables(repo).tables

    def named(tables):
        claims = tables["claims"].to_pylist()
        return sorted((c["claim_id"], c["subject_id"]) for c in claims if c["article_id"] == "002_lula_modi")

    assert named(around.tables) == named(full)
    # The two meetings share a base id: the whole corpus tells them apart by their people.
    assert any(subject.startswith("2024-05-16-meeting-china-") for _, subject in named(full))


def test_an_edited_article_s_events_are_named_as_the_whole_corpus_names_them(tmp_path):
    """An edit can take an article out of an event and into another with the same base id:
    the event it left is named anew from its other articles, and they must be in the small
    corpus for the edited article's new event to be told apart from it."""
    repo = built_repo(tmp_path, {
        "001_putin_xi.txt": "date 2024-05-17\n\nLeaders meet\n\nVladimir Putin and Xi Jinping met in China on Thursday. "
                            "They discussed energy.\n",
        "002_kremlin.txt": "date 2024-05-17\n\nKremlin readout\n\nVladimir Putin and Xi Jinping met in China on Thursday, "
                           "the Kremlin said.\n",
    })
    changed = arrive(repo, {
        "001_putin_xi.txt": "date 2024-05-17\n\nLeaders meet\n\nLuiz Inácio Lula da Silva and Narendra Modi met "
                            "in China on Thursday. They discussed energy.\n"})
    around = tables_for_changed(repo, changed)
    assert around is not None
    full = build_tables(repo).tables

    def named(tables):
        return sorted((c["claim_id"], c["subject_id"]) for c in tables["claims"].to_pylist()
                      if c["article_id"] == "001_putin_xi")

    assert named(around.tables) == named(full)
    assert any(subject.startswith("2024-05-16-meeting-china-") for _, subject in named(full))


#: A wire story of our own words: an original, and copies that outlets ran with a line of
#: their own at the end (a local edit), each at its own domain.
WIRE = ("date {date} https://{host}/world/{n}\n\nNeighbours agree on a river crossing\n\n"
        "The governments of two neighbouring countries agreed on Tuesday to build a road bridge across the "
        "border river, officials from both capitals said after a day of talks in a provincial town.\n\n"
        "The crossing is meant to shorten the journey of lorries carrying grain and timber by several hours, "
        "and construction is expected to begin next spring once the engineers finish their surveys.\n\n"
        "Both delegations said the project would be paid for in equal shares and that a joint commission "
        "would meet every quarter to review the progress of the works and the customs arrangements.\n\n"
        "Local traders welcomed the decision, saying the ferry that now links the two banks often stops "
        "for weeks in winter when ice covers the river and the queues on both sides grow long.\n{extra}")


def _wire_copy(n: int, host: str, date: str = "2024-04-02") -> str:
    extra = f"\nThis report was republished by the editors of outlet number {n} for their readers.\n" if n else ""
    return WIRE.format(date=date, host=host, n=n, extra=extra)


def whole_findings(tables, changed_ids):
    """The findings about the changed articles, every field of them (not only their ids)."""
    return sorted((f.finding_id, f.check, f.severity, tuple(f.record_ids), f.message, f.evidence)
                  for f in findings_concerning(tables, changed_ids, "test").findings)


def test_a_new_copy_of_a_wire_story_is_checked_with_its_story_found_at_once(tmp_path):
    """A story of 30 copies in the build: another outlet's new copy is reported as the whole
    corpus reports it (the syndicated-story finding names every copy, in the same words), and
    so is a copy from an outlet the story already has (a duplicate record); the copies come
    from the build's clusters (CorpusIndex.cluster_ids) at once, and the small corpus holds
    only the story's earliest copies, the one measured and the duplicate records
    (story_copies.py): the other copies take part as rows of the build's articles table."""
    seeds = {f"{n:03d}_copy.txt": _wire_copy(n, "wire.example.org" if n == 0 else f"outlet{n}.example.net")
             for n in range(30)}
    seeds["100_other.txt"] = ("date 2024-04-03\n\nA harvest report\n\nFarmers in the southern provinces brought in a "
                              "record wheat harvest this year, the agriculture ministry said on Wednesday.\n")
    repo = built_repo(tmp_path, seeds)
    index = BuildDirectory(repo.build_dir).index()
    assert set(index.cluster_ids[index.rows_of([f"{n:03d}_copy" for n in range(30)])].tolist()) == {"000_copy"}
    assert index.cluster_ids[index.rows_of(["100_other"])].tolist() == ["100_other"]
    for name, text, check in (("200_late.txt", _wire_copy(77, "late.example.com", "2024-04-05"), "syndicated-story"),
                              # the look-alike: an outlet the story has already, so one record twice
                              ("201_again.txt", _wire_copy(78, "outlet5.example.net", "2024-04-05"), "duplicate-article")):
        changed = arrive(repo, {name: text})
        try:
            new_id = Path(name).stem
            around = tables_for_changed(repo, changed)
            assert around is not None and around.compared <= 4, "a few of the story's copies, not all 30"
            full = build_tables(repo).tables
            expected = finding_ids(full, {new_id})
            assert check in expected.values()
            assert finding_ids(around.tables, {new_id}) == expected
            assert whole_findings(around.tables, {new_id}) == whole_findings(full, {new_id})
            findings = around.tables["findings"].to_pylist()
            (story,) = [f for f in findings if f["check"] == check]
            assert new_id in story["record_ids"] and "000_copy" in story["record_ids"]
        finally:
            for path in changed:
                (repo.root / path).unlink()


def test_add_reads_only_the_copies_that_could_make_a_new_one_a_record_twice(tmp_path, monkeypatch):
    """Another outlet's copy of a 30-copy story is added without reading any copy's text (the
    index knows each copy's source); a copy from an outlet the story has is refused, naming
    that outlet's copy, the only one read."""
    import ruchina.pipeline.incremental
    from ruchina.errors import ArticleError
    from ruchina.pipeline.adding import add_articles

    repo = built_repo(tmp_path, {f"{n:03d}_copy.txt": _wire_copy(n, f"outlet{n}.example.net") for n in range(30)})
    read = []
    indexed_articles = ruchina.pipeline.incremental.indexed_articles

    def recording(store, rows, current):
        read.extend(store.index.article_ids[rows].tolist())
        return indexed_articles(store, rows, current)

    monkeypatch.setattr(ruchina.pipeline.incremental, "indexed_articles", recording)
    late, again = tmp_path / "late.txt", tmp_path / "again.txt"
    late.write_text(_wire_copy(77, "late.example.com", "2024-04-05"))
    again.write_text(_wire_copy(78, "www.outlet12.example.net", "2024-04-05"))
    assert [a.article_id for a in add_articles(repo, [late], dry_run=True).added]
    assert read == []
    with pytest.raises(ArticleError, match="duplicates the existing article 012_copy .*the same outlet"):
        add_articles(repo, [again], dry_run=True)
    assert read == ["012_copy"]


#: A summit story of our own words that outlets reran with a line of their own: it reports
#: the meeting (an event its copies all report) and a count that another report disputes.
SUMMIT = ("date 2024-05-17 https://{host}/news/{n}\n\nLeaders meet in Beijing\n\n"
          "Russian President Vladimir Putin and Chinese President Xi Jinping met in Beijing on Thursday and "
          "signed 12 agreements on energy, transport and trade, officials of both delegations said.\n\n"
          "The talks in the Chinese capital lasted several hours and ended with a joint statement on the "
          "partnership, which both leaders praised before the press in the great hall.\n\n"
          "Analysts said the documents covered pipelines, rail links and payments in national currencies. The "
          "Shanghai Cooperation Organisation counts 10 countries as members, officials said.\n{extra}")


def _summit_copy(n: int, host: str) -> str:
    return SUMMIT.format(host=host, n=n, extra=f"\nOur desk number {n} ran this report for its readers today.\n")


def test_a_copy_of_a_story_of_many_copies_holds_few_of_them_and_reports_what_the_whole_corpus_does(tmp_path):
    """80 outlets ran one summit report; two other reports tell the meeting, one of them with
    another count of agreements. Another outlet's new copy is checked with the story's
    earliest copies and the other reports (the event's), not its 80 copies, and every finding
    about it is the whole corpus's, word for word: the story named whole, the disputed count
    with the story counted once. Its look-alike, a copy from an outlet the story has, is a
    duplicate record named with its outlet's copy."""
    seeds = {f"{n:03d}_summit.txt": _summit_copy(n, f"outlet{n}.example.net") for n in range(80)}
    seeds["100_tass.txt"] = ("date 2024-05-17 https://wire.example.ru/a/1\n\nTalks in Beijing\n\nVladimir Putin and "
                             "Xi Jinping met in Beijing on Thursday and signed 11 agreements, the Kremlin aide said. The Shanghai "
                             "Cooperation Organisation counts 12 countries as members, he added.\n")
    seeds["101_readout.txt"] = ("date 2024-05-17 https://readout.example.cn/b/2\n\nA readout\n\nXi Jinping held talks "
                                "with Vladimir Putin in Beijing on Thursday, the foreign ministry said in its readout.\n")
    repo = built_repo(tmp_path, seeds)
    for name, host, check in (("200_late.txt", "late.example.com", "syndicated-story"),
                              ("201_again.txt", "www.outlet40.example.net", "duplicate-article")):
        changed = arrive(repo, {name: _summit_copy(900, host)})
        try:
            new_id = Path(name).stem
            around = tables_for_changed(repo, changed)
            assert around is not None and around.compared <= 8, around.compared
            full = build_tables(repo).tables
            expected = whole_findings(full, {new_id})
            assert {check, "conflicting-claim"} <= {f[1] for f in expected}
            assert whole_findings(around.tables, {new_id}) == expected
            (story,) = [f for f in expected if f[1] == "syndicated-story"]
            assert len(story[3]) == 81  # every copy, the new one too
        finally:
            for path in changed:
                (repo.root / path).unlink()


def test_where_the_copies_left_out_would_decide_an_event_every_copy_is_held(tmp_path, monkeypatch):
    """When the small corpus's events are not the build's (story_copies.events_as_built: the
    copies left out would have outvoted the ones held), it holds every copy, as the whole
    corpus does, and reports the same findings."""
    import ruchina.pipeline.incremental

    seeds = {f"{n:03d}_summit.txt": _summit_copy(n, f"outlet{n}.example.net") for n in range(40)}
    repo = built_repo(tmp_path, seeds)
    changed = arrive(repo, {"200_late.txt": _summit_copy(900, "late.example.com")})
    asked = []

    def votes_differ(small_events, build_events, left_out_ids):
        asked.append(len(left_out_ids))
        return False

    monkeypatch.setattr(ruchina.pipeline.incremental, "events_as_built", votes_differ)
    around = tables_for_changed(repo, changed)
    assert asked and asked[0] > 30  # most copies were left out at first
    assert around is not None and around.compared == 40
    assert whole_findings(around.tables, {"200_late"}) == whole_findings(build_tables(repo).tables, {"200_late"})


def test_events_as_built_compares_only_the_events_of_left_out_copies():
    import datetime as dt

    import pyarrow as pa

    from ruchina.pipeline.story_copies import VOTED_COLUMNS, events_as_built

    def events(*rows):
        base = {c: None for c in VOTED_COLUMNS} | {"participant_ids": [], "status": "occurred", "event_type": "meeting"}
        return pa.Table.from_pylist([base | row for row in rows])

    may16, may15 = dt.date(2024, 5, 16), dt.date(2024, 5, 15)
    build = events({"event_id": "e1", "start_date": may16, "end_date": may16, "article_ids": ["a", "b", "c"]},
                   {"event_id": "e2", "start_date": may15, "end_date": may15, "article_ids": ["x", "y"]})
    same = events({"event_id": "e1", "start_date": may16, "end_date": may16, "article_ids": ["a", "new"]})
    other_day = events({"event_id": "e1", "start_date": may15, "end_date": may15, "article_ids": ["a", "new"]})
    assert events_as_built(same, build, {"b", "c"})
    assert not events_as_built(other_day, build, {"b", "c"})
    # The look-alike: an event that holds no left-out copy is the small corpus's to decide.
    assert events_as_built(events({"event_id": "e2", "start_date": may16, "end_date": may16, "article_ids": ["x"]}),
                           build, {"b", "c"})
    # An article of the copies' event that reports another event too ("a" signs on the 15th):
    # that one is compared with its own build event, not with the copies'.
    signing = {"event_id": "e3", "event_type": "agreement", "start_date": may15, "end_date": may15, "article_ids": ["a"]}
    with_signing = pa.concat_tables([build, events(signing)])
    assert events_as_built(events({"event_id": "e1", "start_date": may16, "end_date": may16, "article_ids": ["a"]},
                                  signing), with_signing, {"b", "c"})
    # The look-alike: the copies' event under another id in the small corpus is decided otherwise.
    assert not events_as_built(events({"event_id": "e9", "start_date": may16, "end_date": may16, "article_ids": ["a"]}),
                               with_signing, {"b", "c"})


def _article(title: str, date: str, body: str) -> str:
    return f"Title: {title}\nDate: {date}\n\n{body}\n"


def test_a_new_articles_figure_is_disputed_by_a_built_article_it_is_not_otherwise_related_to(tmp_path):
    # (the built article's claim takes part without its article: its date still bounds the
    # time the member count holds at, as in the whole corpus's check)
    (tmp_path / "seeds").mkdir()
    (tmp_path / "checks").mkdir()
    shutil.copy(PROJECT / "checks" / "accepted.yaml", tmp_path / "checks" / "accepted.yaml")
    (tmp_path / "seeds" / "bank_members.txt").write_text(_article(
        "Development bank widens its circle", "2021-03-10",
        "The Asian Infrastructure Investment Bank counts 40 member countries, officials said. Its board met in "
        "Beijing on Tuesday to review lending for ports and railways across the region."), encoding="utf-8")
    (tmp_path / "seeds" / "harvest.txt").write_text(_article(
        "Grain harvest up in the north", "2021-03-11",
        "Farmers in the northern provinces reported a larger wheat harvest than last year, officials said on "
        "Wednesday, crediting a mild winter and new irrigation channels along the river valleys."), encoding="utf-8")
    repo = RepositoryFiles.find(tmp_path)
    build(repo)
    (repo.seeds_dir / "bank_again.txt").write_text(_article(
        "Lenders meet in Singapore", "2021-03-15",
        "Finance ministers gathered in Singapore on Monday to discuss debt relief for small island states. "
        "The Asian Infrastructure Investment Bank counts 47 member countries, officials said."), encoding="utf-8")
    around = tables_for_changed(repo, {"seeds/bank_again.txt"})
    assert around is not None
    whole = finding_ids(build_tables(repo).tables, {"bank_again"})
    assert "conflicting-claim" in whole.values()
    assert finding_ids(around.tables, {"bank_again"}) == whole
