"""How a table is declared: its columns (Arrow type, nullability, constraints,
description), its primary key and what its columns reference, as plain data.

Everything else is made from a TableSpec: the Arrow schema of its Parquet file (here),
the pandera model of its loaded frame (models.py), the data dictionary and the release
metadata (ruchina.publish). This module imports pyarrow only.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from typing import Any, NamedTuple

import pyarrow as pa


@dataclass(frozen=True)
class Check:
    """A rule that a type and the constraints of a Column cannot state, by its stable name:
    ``function`` is given a column (a pandas Series) or, for a table check, the frame, and
    returns a boolean Series (or one bool). It imports pandas itself if it needs it."""

    name: str
    function: Callable[[Any], Any]


@dataclass(frozen=True)
class Column:
    name: str
    type: pa.DataType
    description: str
    nullable: bool = False
    #: every value matches this regular expression (searched from the start, as pandera does)
    pattern: str | None = None
    #: every value is one of these
    one_of: tuple[str, ...] = ()
    greater_than: int | None = None
    at_least: int | None = None
    #: checked never to be the empty string
    not_empty: bool = False
    #: a string column the build may fill with "" (no finding evidence to quote, say). Every
    #: other non-null string is never empty: its pattern, allowed values, reference or
    #: ``not_empty`` rules "" out, and Frictionless may call it required.
    may_be_empty: bool = False
    #: the tables whose primary key its values (each element, for a list) name
    references: tuple[str, ...] = ()
    #: further checks of this column's values
    checks: tuple[Check, ...] = ()

    @property
    def is_list(self) -> bool:
        return pa.types.is_list(self.type)

    @property
    def required(self) -> bool:
        """Never null and never "": what Frictionless calls required."""
        return not self.nullable and not self.may_be_empty


class ForeignKey(NamedTuple):
    table: str
    column: str
    #: the tables whose primary keys it may name (a claim's subject is an entity or an event)
    targets: tuple[str, ...]
    is_list: bool


@dataclass(frozen=True)
class TableSpec:
    name: str
    #: one line saying what a row is
    description: str
    primary_key: str
    columns: tuple[Column, ...]
    #: checks of the whole frame; the key's uniqueness and order are added to them
    checks: tuple[Check, ...] = ()
    #: more about the table: the docstring of its pandera model
    notes: str = ""

    def __post_init__(self) -> None:
        names = [column.name for column in self.columns]
        if len(set(names)) != len(names) or self.primary_key not in names:
            raise ValueError(f"{self.name}: column names repeat, or the primary key is not a column")
        for column in self.columns:
            if column.may_be_empty and (column.not_empty or not pa.types.is_string(column.type)):
                raise ValueError(f"{self.name}.{column.name}: only a string without not_empty may be empty")

    def column(self, name: str) -> Column:
        return next(column for column in self.columns if column.name == name)

    @cached_property
    def arrow_schema(self) -> pa.Schema:
        """The schema of the table's Parquet file: names, types and nullability, no metadata."""
        return pa.schema([pa.field(column.name, column.type, nullable=column.nullable) for column in self.columns])

    @property
    def foreign_keys(self) -> tuple[ForeignKey, ...]:
        return tuple(ForeignKey(self.name, column.name, column.references, column.is_list)
                     for column in self.columns if column.references)

    @property
    def sorted_check(self) -> Check:
        """Rows are sorted by the primary key (which is unique)."""
        key = self.primary_key
        return Check(f"sorted_by_{key}", lambda frame: frame[key].is_monotonic_increasing)

    @property
    def model_name(self) -> str:
        return f"{self.name.capitalize()}Schema"


def lazy_model(spec: TableSpec, module: str) -> Callable[[str], Any]:
    """A module's ``__getattr__`` that gives the table's pandera model by its name,
    made (and pandera imported) on first use."""
    def __getattr__(name: str):
        if name == spec.model_name:
            from ruchina.schemas.models import model

            return model(spec.name)
        raise AttributeError(f"module {module!r} has no attribute {name!r}")

    return __getattr__
