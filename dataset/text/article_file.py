"""Read one article file from disk, refusing what is not usable text.

Every refusal is an :class:`~ruchina.errors.ArticleError` naming the file and the
problem in one line, so a curator can fix it without reading a traceback.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from ruchina.errors import ArticleError

#: Largest article file accepted. News articles are a few tens of kilobytes; a saved
#: web page with its markup rarely passes one megabyte.
MAX_ARTICLE_BYTES = 2 * 1024 * 1024
#: Longest line accepted, in characters: longer lines are minified markup or junk.
MAX_LINE_CHARS = 100_000
#: File name endings read as articles.
ARTICLE_SUFFIXES = (".txt", ".md", ".markdown")


@dataclass(frozen=True)
class ArticleFile:
    path: Path
    raw: bytes
    text: str

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.raw).hexdigest()


def decode_article_bytes(raw: bytes, path: Path | str) -> str:
    """The text of an article file's bytes, or an ArticleError saying why there is none."""
    if not raw:
        raise ArticleError(path, "the file is empty; an article needs text")
    if len(raw) > MAX_ARTICLE_BYTES:
        raise ArticleError(
            path, f"the file is {len(raw):,} bytes, over the {MAX_ARTICLE_BYTES:,}-byte limit for one article"
        )
    if b"\x00" in raw[:8192]:
        raise ArticleError(path, "the file is binary (it contains NUL bytes), not a text article")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ArticleError(
            path,
            f"the file is not valid UTF-8 (byte 0x{raw[error.start]:02x} at offset {error.start}); "
            "save it as UTF-8",
        ) from None
    if not text.strip():
        raise ArticleError(path, "the file holds only white space; an article needs text")
    longest = max(map(len, text.splitlines()), default=0)
    if longest > MAX_LINE_CHARS:
        raise ArticleError(path, f"a line is {longest:,} characters long, over the {MAX_LINE_CHARS:,} limit")
    return text


def read_article_file(path: Path, name: str | None = None) -> ArticleFile:
    """Read and decode one article file; errors name it as ``name`` (e.g. "seeds/x.txt")."""
    name = name or str(path)
    try:
        if path.is_symlink():
            raise ArticleError(name, "the file is a symbolic link; copy the article itself instead")
        size = path.stat().st_size
        if size > MAX_ARTICLE_BYTES:
            raise ArticleError(name, f"the file is {size:,} bytes, over the {MAX_ARTICLE_BYTES:,}-byte limit")
        raw = path.read_bytes()
    except OSError as error:
        raise ArticleError(name, f"cannot be read ({error.strerror or error})") from None
    return ArticleFile(path, raw, decode_article_bytes(raw, name))
