"""Word (or character) shingles, MinHash signatures and locality-sensitive hashing, vectorised with numpy.

datasketch's ``MinHash`` hashes every shingle with SHA-1 in Python and its ``MinHashLSH``
inserts one signature at a time; at 100,000 articles that was most of the duplicate
check's time. Here a signature is one numpy expression over a document's shingle hashes
(CRC-32, in C), and the LSH bands of a whole corpus are sorted at once. The band layout
is datasketch's own optimum for the threshold (a test holds them equal), so candidates
are what its ``MinHashLSH`` would return; datasketch itself is not imported at run time,
since it imports scipy (half a second) for that optimisation.
"""

from __future__ import annotations

import zlib
from itertools import repeat

import numpy as np

from ruchina.similarity.text_units import is_unspaced, normalize

#: Word n-grams compared. Three words keep a changed sentence from hiding a copy.
SHINGLE_WORDS = 3
#: Character n-grams compared in text written without spaces (Chinese, Japanese), taken
#: with its spaces and punctuation removed: the words are not marked, so characters
#: stand for them. Five characters (two or three Chinese words) keep two reports of one
#: summit, which share their names, titles and dates, apart (tests/test_language_zh.py).
SHINGLE_CHARACTERS = 5
NUM_PERM = 128
SIGNATURE_DTYPE = np.uint32
#: LSH finds candidates at this estimated similarity; the exact measure decides.
CANDIDATE_THRESHOLD = 0.4
#: Candidates whose estimated similarity is below this are not measured exactly (with
#: 128 permutations the estimate's standard error is under 0.05).
ESTIMATE_FLOOR = 0.45
#: (bands, rows per band): what datasketch.MinHashLSH(threshold=0.4, num_perm=128) uses.
BANDS, ROWS_PER_BAND = 32, 4

_MERSENNE_PRIME = np.uint64((1 << 61) - 1)
# Fixed parameters of the permutations (a*x + b mod p, in 64-bit arithmetic that wraps,
# as datasketch computes them): signatures, and so findings and the persisted index, are
# the same on every machine and in every run.
_GENERATOR = np.random.default_rng(20231018)
_A = _GENERATOR.integers(1, (1 << 61) - 1, size=NUM_PERM, dtype=np.uint64)
_B = _GENERATOR.integers(0, (1 << 61) - 1, size=NUM_PERM, dtype=np.uint64)
_BYTE_ONES = np.uint64(0x0101010101010101)
_EMPTY = np.full(NUM_PERM, np.iinfo(SIGNATURE_DTYPE).max, dtype=SIGNATURE_DTYPE)


def shingle_kind(text: str) -> str:
    """How ``text`` is shingled, as a finding says it: "3-word" or "5-character"."""
    return f"{SHINGLE_CHARACTERS}-character" if is_unspaced(normalize(text)) else f"{SHINGLE_WORDS}-word"


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[str]:
    normal = normalize(text)
    if is_unspaced(normal):
        return set(_character_shingles(normal))
    words = normal.split()
    if len(words) < size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i:i + size]) for i in range(len(words) - size + 1)}


def shingle_hashes(text: str) -> np.ndarray:
    """The text's shingles as sorted, distinct 64-bit hashes (two CRC-32s: a collision
    is as unlikely as one of SHA-1's first 64 bits, at a tenth of the cost).
    The shingles of shingles(), made from the UTF-8 words: one encoding of the text
    instead of one a shingle (a normalised text's only space is a single " "); of
    characters in text written without spaces."""
    normal = normalize(text)
    if is_unspaced(normal):
        encoded = {shingle.encode("utf-8") for shingle in _character_shingles(normal)}
        return _hashes(encoded)
    words = normal.encode("utf-8").split(b" ")
    if len(words) >= SHINGLE_WORDS:
        encoded = set(map(b" ".join, zip(*(words[i:] for i in range(SHINGLE_WORDS)))))
    else:
        encoded = {b" ".join(words)} if words != [b""] else set()
    return _hashes(encoded)


def _character_shingles(normal: str) -> list[str]:
    characters = normal.replace(" ", "")
    if len(characters) <= SHINGLE_CHARACTERS:
        return [characters] if characters else []
    return [characters[i:i + SHINGLE_CHARACTERS] for i in range(len(characters) - SHINGLE_CHARACTERS + 1)]


def _hashes(encoded: set[bytes]) -> np.ndarray:
    high = np.fromiter(map(zlib.crc32, encoded), dtype=np.uint64, count=len(encoded))
    low = np.fromiter(map(zlib.crc32, encoded, repeat(0x9E3779B9)), dtype=np.uint64, count=len(encoded))
    return np.unique((high << np.uint64(32)) | low)


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """The exact Jaccard similarity of two texts' shingle sets, from shingle_hashes."""
    if not len(a) and not len(b):
        return 1.0
    shared = len(np.intersect1d(a, b, assume_unique=True))
    return shared / (len(a) + len(b) - shared)


def signature(hashes: np.ndarray) -> np.ndarray:
    """The MinHash signature (NUM_PERM uint32 values) of a text, from its shingle_hashes."""
    if not len(hashes):
        return _EMPTY.copy()
    with np.errstate(over="ignore"):
        permuted = ((hashes >> np.uint64(32))[:, None] * _A + _B) % _MERSENNE_PRIME
    return (permuted.min(axis=0) & np.uint64(0xFFFFFFFF)).astype(SIGNATURE_DTYPE)


def estimated_jaccard(one: np.ndarray, many: np.ndarray) -> np.ndarray:
    """The estimated similarity of signature ``one`` to each row of ``many``."""
    return (many == one).mean(axis=-1)


def band_keys(signatures: np.ndarray) -> np.ndarray:
    """One 64-bit key per band per signature (shape: n x bands): two signatures are LSH
    candidates when any of their band keys are equal."""
    signatures = np.atleast_2d(signatures)
    blocks = signatures[:, : BANDS * ROWS_PER_BAND].astype(np.uint64).reshape(len(signatures), BANDS, ROWS_PER_BAND)
    # A polynomial hash of each band's values; a collision only adds a candidate that the
    # estimate and the exact measure then reject.
    weights = np.uint64(0x9E3779B97F4A7C15) ** np.arange(1, ROWS_PER_BAND + 1, dtype=np.uint64)
    with np.errstate(over="ignore"):
        return (blocks * weights).sum(axis=2, dtype=np.uint64)


#: Candidate pairs formed at a time. Common phrases make band keys that thousands of
#: articles share (2,046 in one band of the 100k benchmark); their pairs are formed and
#: judged in slices of this many, so memory stays bounded and numpy does the looping.
PAIR_SLICE = 1 << 14


def candidate_pairs(keys: np.ndarray, keep=None) -> np.ndarray:
    """Row-index pairs (i < j, one row each, sorted) that share a band key. With ``keep``
    (first rows, second rows -> a mask), only the pairs it keeps: asked a slice of pairs
    at a time, so memory holds the pairs kept, never every candidate."""
    n = len(keys)
    kept = []
    for band in range(keys.shape[1]):
        order = np.argsort(keys[:, band], kind="stable")
        ordered = keys[order, band]
        starts = np.flatnonzero(np.r_[True, ordered[1:] != ordered[:-1]])
        sizes = np.diff(np.r_[starts, n])
        # How many positions after each one (in sorted order) share its key: its partners.
        partners = np.repeat(starts + sizes, sizes) - np.arange(n) - 1
        for first, second in _pairs_after(order, partners):
            first, second = np.minimum(first, second), np.maximum(first, second)
            if keep is not None:  # first: it keeps few, and the test below reads many bands
                wanted = keep(first, second)
                first, second = first[wanted], second[wanted]
            # Each pair once: in the first band its rows share.
            new = (keys[first, :band] != keys[second, :band]).all(axis=1)
            kept.append(np.stack([first[new], second[new]], axis=1))
    pairs = np.concatenate([*kept, np.empty((0, 2), dtype=np.int64)]).astype(np.int64)
    return pairs[np.lexsort((pairs[:, 1], pairs[:, 0]))]


def _pairs_after(order: np.ndarray, partners: np.ndarray):
    """(rows, rows) pairing each sorted position with each of its ``partners`` positions
    after it, about PAIR_SLICE pairs at a time."""
    positions = np.flatnonzero(partners)
    counts = partners[positions]
    ends = np.cumsum(counts)
    begin = 0
    while begin < len(positions):
        # At least one position a slice, however many partners it has.
        end = max(begin + 1, int(np.searchsorted(ends, (ends[begin - 1] if begin else 0) + PAIR_SLICE, side="right")))
        these, how_many = positions[begin:end], counts[begin:end]
        firsts = np.repeat(these, how_many)
        # 1, 2, ... how_many[i] for each position: the offsets of its partners.
        offsets = np.arange(len(firsts)) - np.repeat(np.cumsum(how_many) - how_many, how_many) + 1
        yield order[firsts], order[firsts + offsets]
        begin = end


def pair_estimates(signatures: np.ndarray, pairs: np.ndarray) -> np.ndarray:
    """The estimated Jaccard similarity of each pair of rows."""
    return _equal_values(signatures, pairs) / signatures.shape[1]


def pairs_at_least(signatures: np.ndarray, pairs: np.ndarray, floor: float,
                   low_bytes: np.ndarray | None = None) -> np.ndarray:
    """A mask of the pairs whose estimated similarity is at least ``floor``: exactly
    pair_estimates(...) >= floor, but most pairs are ruled out by the low byte of each
    value first (``low_bytes``: signatures.astype(np.uint8), made once for many calls).
    Equal values have equal low bytes, so a pair too dissimilar by its low bytes is too
    dissimilar by its values; the bytes read per pair are a quarter."""
    low_bytes = signatures.astype(np.uint8) if low_bytes is None else low_bytes
    at_least = np.zeros(len(pairs), dtype=bool)
    maybe = np.flatnonzero(_equal_values(low_bytes, pairs) / signatures.shape[1] >= floor)
    at_least[maybe] = pair_estimates(signatures, pairs[maybe]) >= floor
    return at_least


def _equal_values(signatures: np.ndarray, pairs: np.ndarray, chunk: int = 4096) -> np.ndarray:
    """How many of their values each pair of rows has equal."""
    # Counting (then one division by the caller) spares mean()'s float array per pair.
    # np.take gathers rows twice as fast as fancy indexing, and the equal flags (a byte
    # each) are added 8 at a time: a uint64 of 0/1 bytes times 0x0101...01 holds their
    # sum in its top byte. 7.5 million pairs at 100k: 1.4 -> 0.6 s.
    counts = [np.empty(0, dtype=np.int64)]
    for start in range(0, len(pairs), chunk):
        rows = pairs[start:start + chunk]
        equal = np.take(signatures, rows[:, 0], axis=0) == np.take(signatures, rows[:, 1], axis=0)
        if equal.shape[1] % 8:
            counts.append(equal.sum(axis=1, dtype=np.int64))
        else:
            counts.append(((equal.view(np.uint64) * _BYTE_ONES) >> np.uint64(56)).sum(axis=1, dtype=np.int64))
    return np.concatenate(counts)


def candidates_of(keys_of_one: np.ndarray, keys: np.ndarray) -> np.ndarray:
    """Rows of ``keys`` that share a band key with one signature's keys."""
    return np.flatnonzero((keys == keys_of_one).any(axis=1))


def candidate_pairs_of(rows: np.ndarray, keys: np.ndarray) -> np.ndarray:
    """The candidate_pairs that include one of ``rows``: as many lookups as rows, for a
    few rows in a large corpus."""
    chunks = [np.stack(np.broadcast_arrays(row, others), axis=1)
              for row in rows.tolist() for others in [candidates_of(keys[row], keys)]]
    if not chunks:
        return np.empty((0, 2), dtype=np.int64)
    pairs = np.sort(np.concatenate(chunks), axis=1)
    return np.unique(pairs[pairs[:, 0] != pairs[:, 1]], axis=0)
