"""Chinese people the knowledge base does not know, as English writes them in pinyin: a surname of
names.yaml's `chinese_names` list, then a given name of one or two Mandarin syllables written as one
capitalised word ("Li Hongzhong", "He Lifeng"). Such a name is a person's wherever it stands, with
no title or cue beside it (name_discovery.py), and the surname alone after it ("Li said") is that
person, not a known one who shares the surname (linking.py keeps "Li" from Li Qiang unless the text
names him in full).

Few English words are made of one or two Mandarin syllables and fewer still follow a Chinese surname
in a run of capitalised words; a name in another romanisation ("Ma Ying-jeou") is not read here.
"""

from __future__ import annotations

from functools import lru_cache

from ruchina.knowledge.base import read_knowledge_file


@lru_cache(maxsize=None)
def _chinese_names() -> tuple[frozenset[str], frozenset[str]]:
    data = read_knowledge_file("names").get("chinese_names") or {}
    return (frozenset(str(w) for w in data.get("surnames") or ()),
            frozenset(str(w).lower() for w in data.get("syllables") or ()))


def pinyin_name(surname: str, given: str) -> bool:
    """Whether ``surname`` then ``given`` is a Chinese person's name in pinyin."""
    surnames, syllables = _chinese_names()
    if surname not in surnames or not (given.isalpha() and given[0].isupper() and given[1:].islower()):
        return False
    word = given.lower()
    return word in syllables or any(word[:cut] in syllables and word[cut:] in syllables for cut in range(1, len(word)))
