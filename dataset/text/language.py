"""Guess an article's language (ISO 639-1) from its script and stopwords.

A dictionary method is enough to tell the handful of languages news about this field
comes in, needs no model download, and gives the same answer on every machine.
"""

from __future__ import annotations

import re
from collections import Counter

from ruchina.knowledge.base import languages
from ruchina.text.normalize import words

# Unicode blocks of each script, as regular expressions: counting with a compiled
# pattern runs in C, far faster than naming characters one by one.
_SCRIPTS = {
    "latin": re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]"),
    "cyrillic": re.compile(r"[\u0400-\u052f]"),
    "han": re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]"),
    "kana": re.compile(r"[\u3040-\u30ff]"),
    "hangul": re.compile(r"[\u1100-\u11ff\uac00-\ud7af]"),
    "arabic": re.compile(r"[\u0600-\u06ff]"),
}


def detect_language(text: str, sample_chars: int = 5000) -> str | None:
    """ISO 639-1 code of the text's language, or None when nothing decides it."""
    sample = text[:sample_chars]
    scripts = Counter({name: len(pattern.findall(sample)) for name, pattern in _SCRIPTS.items()})
    scripts = +scripts  # drop scripts with no characters
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
