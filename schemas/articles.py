"""articles: one row per seed file."""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
import pyarrow
from pandera.engines import pandas_engine
from pandera.typing import Series

ARTICLES_ARROW_SCHEMA = pyarrow.schema(
    [
        pyarrow.field("article_id", pyarrow.string(), nullable=False),
        pyarrow.field("source_path", pyarrow.string(), nullable=False),
        pyarrow.field("sha256", pyarrow.string(), nullable=False),
        pyarrow.field("title", pyarrow.string()),
        pyarrow.field("subtitle", pyarrow.string()),
        pyarrow.field("url", pyarrow.string()),
        pyarrow.field("outlet", pyarrow.string()),
        pyarrow.field("published_date", pyarrow.date32()),
        pyarrow.field("body", pyarrow.string(), nullable=False),
        pyarrow.field("n_words", pyarrow.int64(), nullable=False),
        pyarrow.field("language", pyarrow.string()),
        pyarrow.field("title_repeats", pyarrow.int64(), nullable=False),
    ]
)

# Markdown that must not survive into clean text: emphasis markers, headings, links.
# Multi-line written inline, not as a flag: a flag makes pandas run Python's re on every
# row, while an inline one lets Arrow's RE2 search the whole column (5 s -> 0.3 s at 100k).
_MARKDOWN_RESIDUE = r"(?m)(?:\*\*|^#{1,6} |\]\(https?://)"


class ArticlesSchema(pa.DataFrameModel):
    """One row per seed file, keyed by the file's stem."""

    article_id: Series[str] = pa.Field(unique=True, str_matches=r"^[A-Za-z0-9][A-Za-z0-9_.\-]*$", description="The seed file's stem, e.g. 042_3f2a9c0d1e4b5a6c.")
    source_path: Series[str] = pa.Field(str_matches=r"^seeds/[^/]+$", description='The seed file, relative to the repository (seeds/...).')
    sha256: Series[str] = pa.Field(str_matches=r"^[0-9a-f]{64}$", description="sha256 of the seed file's raw bytes (64 hex digits).")
    title: Series[str] = pa.Field(nullable=True, str_length={"min_value": 1}, description='The headline, when the file has one.')
    subtitle: Series[str] = pa.Field(nullable=True, str_length={"min_value": 1}, description='The dek: the one-sentence summary printed with the headline.')
    url: Series[str] = pa.Field(nullable=True, str_matches=r"^https?://[^\s/?#]+\.[^\s/?#]+(?:[/?#]\S*)?$", description="The article's address, when stated.")
    outlet: Series[str] = pa.Field(nullable=True, str_length={"min_value": 1}, description="The publisher, from the URL's domain or the publisher's own boilerplate, through the curated outlets list.")
    published_date: Series[pandas_engine.Date] = pa.Field(nullable=True, description='The publication date as the source states it; null when it states none (never guessed).')
    body: Series[str] = pa.Field(str_length={"min_value": 1}, description='Clean text: paragraphs joined by a blank line; header, title and publisher boilerplate removed; repeated passages kept as the source has them.')
    n_words: Series[int] = pa.Field(gt=0, description='Words in body.')
    language: Series[str] = pa.Field(nullable=True, str_matches=r"^[a-z]{2}$", description="ISO 639-1 code of the body's language.")
    title_repeats: Series[int] = pa.Field(ge=0, description='How many extra times the title was printed at the top (a scraping artefact; 0 normally).')

    @pa.check("body", name="body_has_text")
    def body_has_text(cls, body: Series[str]) -> Series[bool]:
        return body.str.strip().str.len() > 0

    @pa.check("body", name="body_is_clean_text")
    def body_is_clean_text(cls, body: Series[str]) -> Series[bool]:
        return ~body.str.contains(_MARKDOWN_RESIDUE, regex=True)

    @pa.dataframe_check(name="article_id_is_file_stem")
    def article_id_is_file_stem(cls, frame: pd.DataFrame) -> Series[bool]:
        stems = frame["source_path"].str.rsplit("/", n=1).str[-1].str.rsplit(".", n=1).str[0]
        return stems == frame["article_id"]

    @pa.dataframe_check(name="sorted_by_article_id")
    def sorted_by_article_id(cls, frame: pd.DataFrame) -> bool:
        return frame["article_id"].is_monotonic_increasing

    class Config:
        strict = True
        ordered = True
        coerce = False
