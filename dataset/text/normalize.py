"""Text normalisation shared by the parser and, later, extraction and checks."""

from __future__ import annotations

import math
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
# Full-width forms (U+FF01-U+FF5E) are ASCII characters drawn as wide as a Han character.
# Letters and digits ("ＡＰＥＣ", "２０２４年５月") always mean their ASCII selves: dates, names
# and numbers are read from them. Punctuation among Han or kana ("会谈，双方：") is Chinese or
# Japanese punctuation, kept as the source has it (the sentence splitter reads 。！？; ，and
# （） are what such text is written with); only between other characters ("ＵＳ＄，") is
# it ASCII drawn wide. NFKC of exactly these characters, not of the whole text.
_FULL_WIDTH = re.compile(r"[\uff01-\uff5e]")
_FULL_WIDTH_ALNUM = re.compile(r"[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")
# Characters of scripts written without spaces, and their punctuation: a full-width mark
# next to one of these belongs to that script's text.
_CJK_CONTEXT = re.compile(r"[\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]")
#: Characters of scripts written without spaces between words (Han, kana, Thai, Lao,
#: Myanmar, Khmer): lengths in words count them, and similarity compares their text by
#: characters.
UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")
_UNSPACED_RUN = re.compile(r"\S*" + UNSPACED.pattern + r"\S*")
#: An unspaced-script character counts as this much of a word (a Chinese word is one to
#: two characters): a sentence of 24 Chinese characters is as long as one of 12 words.
WORDS_PER_UNSPACED_CHARACTER = 0.5
# Letters and digits; an underscore is not part of a word.
_WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")


def normalize_text(text: str) -> str:
    """Canonical form of a whole article file: NFC, LF line ends, no invisible or control characters."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = text.translate(_INVISIBLE)
    text = _CONTROL.sub(" ", text)
    text = unicodedata.normalize("NFC", text)
    if _FULL_WIDTH.search(text):
        text = unfold_full_width(text)
    return "\n".join(_HORIZONTAL_SPACE.sub(" ", line).strip() for line in text.split("\n"))


def unfold_full_width(text: str) -> str:
    """Full-width letters and digits as ASCII; full-width punctuation as ASCII only where
    neither neighbour is Chinese, Japanese or Korean text or punctuation."""

    def ascii_form(match: re.Match[str]) -> str:
        char, at = match.group(), match.start()
        if _FULL_WIDTH_ALNUM.match(char):
            return chr(ord(char) - 0xFEE0)
        before = text[at - 1] if at else ""
        after = text[at + 1] if at + 1 < len(text) else ""
        if _CJK_CONTEXT.match(before) or _CJK_CONTEXT.match(after):
            return char
        return chr(ord(char) - 0xFEE0)

    return _FULL_WIDTH.sub(ascii_form, text)


def length_in_words(text: str) -> float:
    """A text's length in words as thresholds count them: runs between spaces, but a run
    holding unspaced-script characters counts WORDS_PER_UNSPACED_CHARACTER for each of them
    (a Chinese paragraph has almost no spaces). Without such characters, len(text.split())."""
    if text.isascii() or not UNSPACED.search(text):
        return len(text.split())
    runs = len(_UNSPACED_RUN.findall(text))
    return len(text.split()) - runs + len(UNSPACED.findall(text)) * WORDS_PER_UNSPACED_CHARACTER


def fold_whitespace(text: str) -> str:
    return " ".join(text.split())


def count_words(text: str) -> int:
    """Words of letters and digits; in text written without spaces (Chinese, Japanese),
    WORDS_PER_UNSPACED_CHARACTER a character, rounded up (a run of Han characters is not
    one word)."""
    if text.isascii() or not UNSPACED.search(text):
        return sum(1 for _ in _WORD.finditer(text))
    unspaced = len(UNSPACED.findall(text))
    return sum(1 for _ in _WORD.finditer(UNSPACED.sub(" ", text))) + math.ceil(unspaced * WORDS_PER_UNSPACED_CHARACTER)


def words(text: str) -> list[str]:
    return _WORD.findall(text)
