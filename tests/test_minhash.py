"""The vectorised MinHash and LSH behind duplicate-article, `add` and `validate --changed`."""

from __future__ import annotations

import random
import subprocess
import sys
import zlib

import numpy as np
import pytest

from ruchina.similarity import minhash

WORDS = ("summit forum leaders trade energy pipeline border talks visit treaty grain ports rail "
         "delegation minister council security finance water corridor harbour customs tariff").split()


def article(rng: random.Random, n_words: int = 300) -> str:
    return " ".join(rng.choice(WORDS) + str(rng.randrange(50)) for _ in range(n_words))


def with_changed_words(text: str, rng: random.Random, n: int) -> str:
    words = text.split()
    for position in rng.sample(range(len(words)), n):
        words[position] = "changed" + str(position)
    return " ".join(words)


@pytest.mark.parametrize("text", ["", " ", "one", "one two", "One, two three!", "one two three four",
                                  "a  b\u00a0c\u2003d\te\nf", "Пекин и Москва “договорились” — 2024", "x " * 50])
def test_shingle_hashes_are_the_hashes_of_the_shingles(text):
    expected = sorted({zlib.crc32(s.encode()) << 32 | zlib.crc32(s.encode(), 0x9E3779B9) for s in minhash.shingles(text)})
    assert minhash.shingle_hashes(text).tolist() == expected


@pytest.mark.parametrize("dtype, width", [(np.uint32, 128), (np.uint8, 128), (np.uint32, 12), (np.uint8, 5)])
def test_equal_values_counts_each_pairs_equal_columns(dtype, width):
    rng = np.random.default_rng(width)
    signatures = rng.integers(0, 3, size=(300, width)).astype(dtype)  # few values: many equal
    pairs = rng.integers(0, 300, size=(10_000, 2))
    expected = [(signatures[a] == signatures[b]).sum() for a, b in pairs.tolist()]
    assert minhash._equal_values(signatures, pairs, chunk=777).tolist() == expected
    assert minhash._equal_values(signatures, pairs[:0]).tolist() == []


def test_exact_jaccard_counts_shared_shingles():
    a = minhash.shingle_hashes("one two three four")  # one two three | two three four
    b = minhash.shingle_hashes("one two three five")  # one two three | two three five
    assert minhash.jaccard(a, b) == 1 / 3
    assert minhash.jaccard(a, a) == 1.0


def test_the_signature_estimates_the_exact_similarity():
    rng = random.Random(3)
    for changed in (5, 20, 60):
        original = article(rng)
        edited = with_changed_words(original, rng, changed)
        a, b = minhash.shingle_hashes(original), minhash.shingle_hashes(edited)
        estimate = minhash.estimated_jaccard(minhash.signature(a), minhash.signature(b))
        assert abs(estimate - minhash.jaccard(a, b)) < 0.15  # 128 permutations: standard error < 0.05


def test_signatures_are_the_same_in_every_process():
    """Python's own hash() changes per process; the persisted index must not."""
    code = ("from ruchina.similarity import minhash; "
            "print(minhash.signature(minhash.shingle_hashes('Putin met Xi in Beijing on Wednesday')).tolist())")
    runs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={"PYTHONHASHSEED": seed}).stdout for seed in ("1", "2")}
    assert len(runs) == 1


def test_lsh_pairs_near_copies_and_not_unrelated_articles():
    rng = random.Random(7)
    originals = [article(rng) for _ in range(40)]
    texts = originals + [with_changed_words(originals[0], rng, 10), with_changed_words(originals[5], rng, 15)]
    signatures = np.stack([minhash.signature(minhash.shingle_hashes(t)) for t in texts])
    pairs = {tuple(p) for p in minhash.candidate_pairs(minhash.band_keys(signatures)).tolist()}
    assert {(0, 40), (5, 41)} <= pairs
    estimates = minhash.pair_estimates(signatures, np.array(sorted(pairs)))
    assert all(e < 0.45 for p, e in zip(sorted(pairs), estimates) if p not in {(0, 40), (5, 41)})


@pytest.mark.parametrize("pair_slice", [1, 7, 1 << 14])  # slices smaller than a group's pairs, and the default
def test_candidate_pairs_are_every_pair_sharing_a_band_key_once_and_in_order(pair_slice, monkeypatch):
    monkeypatch.setattr(minhash, "PAIR_SLICE", pair_slice)
    rng = random.Random(13)
    keys = np.array([[rng.randrange(4) for _ in range(6)] for _ in range(60)], dtype=np.uint64)  # keys collide
    sharing = [[i, j] for i in range(60) for j in range(i + 1, 60) if (keys[i] == keys[j]).any()]
    assert minhash.candidate_pairs(keys).tolist() == sharing
    kept = minhash.candidate_pairs(keys, keep=lambda first, second: (first + second) % 3 == 0)
    assert kept.tolist() == [pair for pair in sharing if sum(pair) % 3 == 0]


def test_pairs_at_least_a_floor_are_those_whose_estimate_reaches_it():
    """The low-byte shortcut rules out only pairs the full comparison rules out, at every
    floor, and keeps every pair it keeps (values that differ in all but the low byte are
    where a shortcut that trusted low bytes would go wrong)."""
    rng = np.random.default_rng(5)
    signatures = rng.integers(0, 1 << 32, size=(60, minhash.NUM_PERM), dtype=np.uint64).astype(np.uint32)
    for row in range(1, 60):  # each row shares a random part with the previous one...
        shared = rng.random(minhash.NUM_PERM) < rng.random()
        signatures[row, shared] = signatures[row - 1, shared]
        # ...and some values differ from the previous row only above the low byte.
        mimic = ~shared & (rng.random(minhash.NUM_PERM) < 0.5)
        signatures[row, mimic] = signatures[row - 1, mimic] ^ np.uint32(1 << 20)
    pairs = np.array([[i, j] for i in range(60) for j in range(i + 1, 60)])
    estimates = minhash.pair_estimates(signatures, pairs)
    for floor in (0.0, 0.2, 0.45, 0.453125, 0.6, 0.9, 1.0):
        assert minhash.pairs_at_least(signatures, pairs, floor).tolist() == (estimates >= floor).tolist()
    assert 0 < (estimates >= 0.45).sum() < len(pairs)


def test_one_signature_finds_the_same_candidates_as_the_whole_corpus():
    rng = random.Random(11)
    originals = [article(rng, 120) for _ in range(30)]
    texts = originals + [with_changed_words(originals[i], rng, 8) for i in range(0, 30, 3)]
    keys = minhash.band_keys(np.stack([minhash.signature(minhash.shingle_hashes(t)) for t in texts]))
    pairs = {tuple(p) for p in minhash.candidate_pairs(keys).tolist()}
    for row in range(len(texts)):
        mine = set(minhash.candidates_of(keys[row], keys).tolist()) - {row}
        assert mine == {b if a == row else a for a, b in pairs if row in (a, b)}


def test_the_bands_are_datasketchs_optimum_for_the_candidate_threshold():
    from datasketch.lsh import _optimal_param

    assert (minhash.BANDS, minhash.ROWS_PER_BAND) == _optimal_param(minhash.CANDIDATE_THRESHOLD, minhash.NUM_PERM, 0.5, 0.5)
