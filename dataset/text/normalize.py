"""Text normalisation shared by the parser and, later, extraction and checks."""

from __future__ import annotations

import re
import unicodedata

# Characters that carry no text but change how text compares or displays:
# zero-width spaces and joiners, the byte-order mark, bidirectional controls.
_INVISIBLE = dict.fromkeys(
    [0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x200E, 0x200F, 0x061C]
    + list(range(0x202A, 0x202F))
    + list(range(0x2066, 0x206A))
)
# C0/C1 control characters other than newline and tab become spaces so that words
# they separated stay separate.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_HORIZONTAL_SPACE = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
# Letters and digits; an underscore is not part of a word.
_WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")


def normalize_text(text: str) -> str:
    """Canonical form of a whole article file: NFC, LF line ends, no invisible or control characters."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = text.translate(_INVISIBLE)
    text = _CONTROL.sub(" ", text)
    text = unicodedata.normalize("NFC", text)
    return "\n".join(_HORIZONTAL_SPACE.sub(" ", line).strip() for line in text.split("\n"))


def fold_whitespace(text: str) -> str:
    return " ".join(text.split())


def count_words(text: str) -> int:
    return sum(1 for _ in _WORD.finditer(text))


def words(text: str) -> list[str]:
    return _WORD.findall(text)
