"""articles: one row per seed file."""

from __future__ import annotations

import pyarrow as pa

from ruchina.schemas.spec import Check, Column, TableSpec, lazy_model

# Markdown that must not survive into clean text: emphasis markers, headings, links.
# Multi-line written inline, not as a flag: a flag makes pandas run Python's re on every
# row, while an inline one lets Arrow's RE2 search the whole column (5 s -> 0.3 s at 100k).
_MARKDOWN_RESIDUE = r"(?m)(?:\*\*|^#{1,6} |\]\(https?://)"


#: Bodies stripped at a time by _body_has_text.
BODY_SLICE = 4096


def _body_has_text(body):
    # A slice at a time: stripping the whole column at once copies every body (+300 MB of
    # Arrow memory at 100,000 articles, and 11 s -> 2.3 s for the articles' schema on a busy
    # machine); a slice of an Arrow-backed column is a view, and the test per body is the same.
    import pandas as pd

    return pd.concat([body.iloc[start:start + BODY_SLICE].str.strip().str.len() > 0
                      for start in range(0, max(len(body), 1), BODY_SLICE)])


def _body_is_clean_text(body):
    return ~body.str.contains(_MARKDOWN_RESIDUE, regex=True)


def _article_id_is_file_stem(frame):
    stems = frame["source_path"].str.rsplit("/", n=1).str[-1].str.rsplit(".", n=1).str[0]
    return stems == frame["article_id"]


def _date_source_with_date(frame):
    """A date has its source, and a source its date."""
    return frame["published_date"].isna() == frame["published_date_source"].isna()


SPEC = TableSpec(
    name="articles",
    description="One row per seed file.",
    notes="One row per seed file, keyed by the file's stem.",
    primary_key="article_id",
    columns=(
        Column("article_id", pa.string(), "The seed file's stem, e.g. 042_3f2a9c0d1e4b5a6c.",
               pattern=r"^[A-Za-z0-9][A-Za-z0-9_.\-]*$"),
        Column("source_path", pa.string(), "The seed file, relative to the repository (seeds/...).",
               pattern=r"^seeds/[^/]+$"),
        Column("sha256", pa.string(), "sha256 of the seed file's raw bytes (64 hex digits).",
               pattern=r"^[0-9a-f]{64}$"),
        Column("title", pa.string(), "The headline, when the file has one.", nullable=True, not_empty=True),
        Column("subtitle", pa.string(), "The dek: the one-sentence summary printed with the headline.", nullable=True,
               not_empty=True),
        Column("url", pa.string(), "The article's address, when stated.", nullable=True,
               pattern=r"^https?://[^\s/?#]+\.[^\s/?#]+(?:[/?#]\S*)?$"),
        Column("outlet", pa.string(), "The publisher, from the URL's domain or the publisher's own boilerplate, "
               "through the curated outlets list.", nullable=True, not_empty=True),
        Column("published_date", pa.date32(), "The publication date as the source states it; null when it states "
               "none (never guessed).", nullable=True),
        Column("published_date_source", pa.string(), "Where published_date was read: stated (the file's header or "
               "the page's own date line), dateline (the story's dateline, with the address's year when it has "
               "none), url (the date in the article's address); null when nothing states a date.", nullable=True,
               one_of=("stated", "dateline", "url")),
        Column("body", pa.string(), "Clean text: paragraphs joined by a blank line; header, title, publisher "
               "boilerplate and the page text around the story (menus, captions, related stories) removed; repeated "
               "passages kept as the source has them.", not_empty=True,
               checks=(Check("body_has_text", _body_has_text), Check("body_is_clean_text", _body_is_clean_text))),
        Column("n_words", pa.int64(), "Words in body.", greater_than=0),
        Column("language", pa.string(), "ISO 639-1 code of the body's language.", nullable=True,
               pattern=r"^[a-z]{2}$"),
        Column("cluster_id", pa.string(), "The story the article belongs to: the earliest article (by published "
               "date, then id) of its cluster of exact and near copies (a wire story and its republications, a "
               "record added twice); the article's own id when no other article carries its text. Group by it to "
               "count stories, or how far one spread.", references=("articles",)),
        Column("title_repeats", pa.int64(), "How many extra times the title was printed at the top (a scraping "
               "artefact; 0 normally).", at_least=0),
    ),
    checks=(Check("article_id_is_file_stem", _article_id_is_file_stem),
            Check("date_source_with_date", _date_source_with_date)),
)

ARTICLES_ARROW_SCHEMA = SPEC.arrow_schema

#: ArticlesSchema, the pandera model, is made on first use: importing this module imports pyarrow only.
__getattr__ = lazy_model(SPEC, __name__)
