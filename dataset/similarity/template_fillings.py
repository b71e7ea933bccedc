"""Two texts of one template filled for two subjects: "The President conferred the honorary
name Guards on the 126th Brigade ..." and "... on the 155th Brigade ...", or a law ratifying
a treaty with one republic and the same law for another. They share nearly every shingle, yet
they are two records, not one record twice: where they differ, a short span of one names a
thing (a capitalised word inside a sentence) that the other text never names, and the other's
span names one of its own in its place.

A copy with local edits differs otherwise: a byline or a sentence added or cut, a sentence
rewritten (a span longer than a substitution), a number updated ("109 members" in one copy,
"102" in another: a local edit, so numbers are no names here). One outlet's respelling of a
name throughout ("Luhansk" for "Lugansk") reads as two fillings: a rare miss of a copy, where
the other reading refuses the second record of every templated announcement. Only pairs
already similar enough to be copies are read here, and the word-level comparison runs only
when each text names something the other never does.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache

#: the longest span, in words on each side, that is a substitution rather than a rewrite
MAX_SUBSTITUTION_WORDS = 4
#: the letters of a name compared (its stem, whatever its case ending)
STEM_LETTERS = 5

#: a word, with the marks between it and the word before (what tells a sentence's first word)
_TOKEN = re.compile(r"(?P<gap>[^\w]*)(?P<word>\w+(?:['’.-]\w+)*)")
_SENTENCE_END = re.compile(r"[.!?…:;\"“”«»]")


def two_fillings(first: str, second: str) -> bool:
    """Whether two near copies are one template filled for two subjects (see above)."""
    a, first_named = _words(first)
    b, second_named = _words(second)
    first_only, second_only = first_named.difference(map(_stem, b)), second_named.difference(map(_stem, a))
    if not first_only or not second_only:
        return False
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if (tag == "replace" and i2 - i1 <= MAX_SUBSTITUTION_WORDS and j2 - j1 <= MAX_SUBSTITUTION_WORDS
                and first_only.intersection(map(_stem, a[i1:i2])) and second_only.intersection(map(_stem, b[j1:j2]))):
            return True
    return False


def _stem(word: str) -> str:
    """A name as compared across the two texts: its first letters, so that one name in two
    cases is one name ("Путин", "Путиным": a copy that names the two leaders the other way
    round inflects them anew)."""
    return word[:STEM_LETTERS]


@lru_cache(maxsize=1024)  # (a wire story's first copy is compared with each of the others)
def _words(text: str) -> tuple[list[str], frozenset[str]]:
    """The text's words, folded, and the stems of those that name a thing: a capitalised
    word that does not open a sentence."""
    words, named = [], set()
    for index, match in enumerate(_TOKEN.finditer(text)):
        word = match.group("word")
        folded = word.casefold()
        words.append(folded)
        if word[:1].isupper() and index and not _SENTENCE_END.search(match.group("gap")):
            named.add(_stem(folded))
    return words, frozenset(named)
