"""One person written two ways among an event's people: a typo in one place ("Ruslam" beside
"Ruslan") or two romanizations of one name ("Al Marzouki" and "Al Marzooqi") make two
discovered names, and the event listed the person twice. Called by event_rows.py on each
event's people.

Two names are one person's only when neither is in the knowledge base (a curated person is
spelt as curated), they have as many words, and all but one word are the same; the one that
differs starts with the same letter and has one letter mistyped, or, in a long word (where
romanizations differ: "Aleshin", "Alyoshin"), up to two letters changed, added or dropped.
"Maria Lobova" and "Marina Lobova", two people, differ by a letter added to a short word.
"""

from __future__ import annotations

from collections.abc import Callable

from ruchina.extract.person_spellings import edit_distance

#: a word this long may differ by two letters and still be the same word
LONG_WORD = 7


def one_spelling_each(people: list[str], names: dict[str, str], curated: Callable[[str], bool],
                      sentences: set[str]) -> list[str]:
    """``people`` (ids, in order) without the rarer spelling of a person listed twice: the one
    fewer of the event's ``sentences`` write (a typo is made once; a speaker's label is no
    report of the event)."""
    dropped: set[str] = set()
    ranked = sorted(people, key=lambda p: (-_times_written(names.get(p), sentences), p))
    for index, kept in enumerate(ranked):
        if kept in dropped or curated(kept) or kept not in names:
            continue
        for other in ranked[index + 1:]:
            if other not in dropped and not curated(other) and other in names and _same_name(names[kept], names[other]):
                dropped.add(other)
    return [p for p in people if p not in dropped]


def _times_written(name: str | None, sentences: set[str]) -> int:
    return sum(sentence.count(name) for sentence in sentences) if name else 0


def _same_name(a: str, b: str) -> bool:
    words_a, words_b = a.casefold().split(), b.casefold().split()
    if len(words_a) != len(words_b) or len(words_a) < 2:
        return False
    differing = [(x, y) for x, y in zip(words_a, words_b) if x != y]
    if len(differing) != 1:
        return False
    x, y = differing[0]
    if min(len(x), len(y)) >= LONG_WORD:
        return x[0] == y[0] and edit_distance(x, y, 2) <= 2
    # (a short word: one letter mistyped, no letter more or less: "Maria" is not "Marina")
    return x[0] == y[0] and len(x) == len(y) and edit_distance(x, y, 1) == 1

