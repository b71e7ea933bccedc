"""What a page's address and a line's words say of its headline: the address spells the
headline ("/putin-arrives-in-astana-for-sco-summit-1119228453.html"), and a headline shares
content words with the story's first paragraphs (a section name or a neighbour's headline
does not). Words are compared cut to five letters, function words left out."""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import unquote, urlsplit

from ruchina.knowledge.base import languages
from ruchina.text.markdown import strip_markdown

#: The address spells the title: this share of its words are the line's, at least this many.
SLUG_SHARE, SLUG_MIN_WORDS = 0.6, 3
#: A title split from the text it ran into is a headline's length.
TITLE_MAX_WORDS = 25

_STEM_WORD = re.compile(r"[^\W_]+")
_ID_LIKE = re.compile(r"^(?:\d+|[a-z]*\d[a-z\d]*)$", re.IGNORECASE)


def title_spelled_by_address(paragraphs: list[str], url: str) -> tuple[str | None, list[str]]:
    """When the header's line ran into the text ("date 2025-05-08 Xi held talks with Putin:
    what they talked about Chinese leader Xi ..."), the words the address spells at its
    start are the title."""
    words = slug_words(url)
    first = strip_markdown(paragraphs[0])
    if len(words) < SLUG_MIN_WORDS + 1:
        return None, paragraphs
    position = 0
    for match in _STEM_WORD.finditer(first):
        token = match.group().lower()
        if token == words[position] or (len(token) > 2 and words[position].startswith(token)):
            position += 1
            if position == len(words):
                title, body = first[:match.end()].strip(), first[match.end():].strip()
                if body and len(title.split()) <= TITLE_MAX_WORDS:
                    return title.rstrip(" :-–—"), [body, *paragraphs[1:]]
                return None, paragraphs
        elif token not in ("s", "t"):  # "Russia's" spelled "russias" or "russia-s"
            return None, paragraphs
    return None, paragraphs


def _function_words() -> frozenset[str]:
    return next((lang.stopwords for lang in languages() if lang.code == "en"), frozenset())


def stems(text: str) -> set[str]:
    """Content words cut to five letters ("hosts"/"hosted", "Russia"/"Russian")."""
    stop = _function_words()
    return {word.lower()[:5] for word in _STEM_WORD.findall(text.replace("’", "").replace("'", ""))
            if len(word) >= 2 and word.lower() not in stop}


def slug_words(url: str | None) -> list[str]:
    """The words of the address's most wordy path segment ("putin-arrives-in-astana-...-1119228453.html");
    of two as wordy, the later (the story's own words follow the outlet's: "/el-diario-global/.../putin-xi-lima")."""
    if not url:
        return []
    segments = [unquote(segment) for segment in urlsplit(url).path.split("/") if segment]
    best: list[str] = []
    for segment in segments:
        segment = re.sub(r"\.(?:s?html?|php|aspx?|amp)$", "", segment, flags=re.IGNORECASE)
        words = [word.lower() for word in re.split(r"[-_+.]+", segment) if word and not _ID_LIKE.match(word)]
        if len(words) >= len(best):
            best = words
    return best


@lru_cache(maxsize=256)
def slug_stems(url: str | None) -> frozenset[str]:
    """The content words the address spells; none when it spells fewer than three."""
    words = frozenset(stems(" ".join(slug_words(url))))
    return words if len(words) >= SLUG_MIN_WORDS else frozenset()


def spells(slug: frozenset[str], text: str) -> bool:
    """Whether the line is the headline the address spells: most of the address's words
    are the line's, and most of the line's are the address's."""
    words = stems(text)
    shared = len(slug & words)
    return shared >= SLUG_MIN_WORDS and shared >= SLUG_SHARE * len(slug) and shared >= 0.5 * len(words)
