"""Guess an article's language (ISO 639-1) from its script and stopwords.

A dictionary method is enough to tell the handful of languages news about this field
comes in, needs no model download, and gives the same answer on every machine.
"""

from __future__ import annotations

import unicodedata
from collections import Counter

from .knowledge_base import languages
from .text import words

_SCRIPT_PREFIXES = {
    "LATIN": "latin",
    "CYRILLIC": "cyrillic",
    "CJK": "han",
    "HIRAGANA": "kana",
    "KATAKANA": "kana",
    "HANGUL": "hangul",
    "ARABIC": "arabic",
}


def _script(char: str) -> str | None:
    name = unicodedata.name(char, "")
    for prefix, script in _SCRIPT_PREFIXES.items():
        if name.startswith(prefix):
            return script
    return None


def detect_language(text: str, sample_chars: int = 5000) -> str | None:
    """ISO 639-1 code of the text's language, or None when nothing decides it."""
    sample = text[:sample_chars]
    scripts = Counter(s for s in map(_script, sample) if s)
    if not scripts:
        return None
    # Japanese mixes kana with Han characters; any real share of kana decides it.
    if scripts["kana"] > 0.1 * scripts["han"] and scripts["kana"]:
        main_script = "kana"
    else:
        main_script = scripts.most_common(1)[0][0]
    candidates = [language for language in languages() if language.script == main_script]
    if not candidates:
        return None
    tokens = [token.casefold() for token in words(sample)]
    scored = [(sum(token in language.stopwords for token in tokens), language.code) for language in candidates]
    best_score = max(score for score, _ in scored)
    if best_score == 0:
        return candidates[0].code if not candidates[0].stopwords else None
    return next(code for score, code in scored if score == best_score)
