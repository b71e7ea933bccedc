"""Rows and columns of a table frame as Python values, for checks that walk them."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

import pandas as pd
import pyarrow as pa

from ruchina.extract.event_words import DEFAULT_LANGUAGE


def records(frame: pd.DataFrame) -> list[dict]:
    """The frame's rows as dicts, nulls as None (checks treat None and NaN alike).
    Through Arrow: DataFrame.to_dict walks Arrow-backed string columns one Python call per
    value, 4 to 5 times slower on a claims table of 200,000 rows."""
    try:
        return pa.Table.from_pandas(frame, preserve_index=False).to_pylist()
    except (pa.ArrowInvalid, pa.ArrowTypeError, pa.ArrowNotImplementedError):
        return frame.to_dict("records")  # a column of mixed types (a damaged table)


def values(column: pd.Series) -> list:
    """The column's values, nulls as None: through Arrow, as records() (iterating an
    Arrow-backed column costs a Python call per value)."""
    try:
        return pa.array(column, from_pandas=True).to_pylist()
    except (pa.ArrowInvalid, pa.ArrowTypeError, pa.ArrowNotImplementedError):
        return column.tolist()


def value_rows(frame: pd.DataFrame, *columns: str) -> Iterator[tuple]:
    """The named columns' values (as values() gives them), row by row."""
    return zip(*(values(frame[column]) for column in columns))


class ColumnByKey(Mapping):
    """One column's values by the key column's, each made a Python value when asked for:
    a check that reads a few bodies of 100,000 articles does not hold them all as strings."""

    def __init__(self, frame: pd.DataFrame, key: str, column: str):
        self._rows = {value: row for row, value in enumerate(values(frame[key]))}
        self._column = pa.array(frame[column], from_pandas=True)  # no copy: the frame's Arrow data

    def __getitem__(self, key):
        return self._column[self._rows[key]].as_py()

    def __iter__(self):
        return iter(self._rows)

    def __len__(self) -> int:
        return len(self._rows)


def article_languages(frame: pd.DataFrame | None) -> dict[str, str | None]:
    """Each article's language by its id (None where undecided: the extraction read it as
    English), so that a check resolves an article's date phrases in the words it wrote them
    in. Empty when the frame has no language column (an old build's table)."""
    if frame is None or "language" not in frame.columns:
        return {}
    return dict(value_rows(frame, "article_id", "language"))


def language_of(languages: Mapping[str, str | None], article_id: str) -> str:
    """The language to read an article's phrases in: its own, else English (as extraction does)."""
    return languages.get(article_id) or DEFAULT_LANGUAGE
