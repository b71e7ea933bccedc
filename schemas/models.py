"""The pandera model of every table, made from its spec: a ``DataFrameModel`` subclass
(ArticlesSchema, ...) with a Field per column and a check per Check, strict and ordered.
This module imports pandera; it is imported on first use of a model."""

from __future__ import annotations

import pandera.pandas as pa
import pyarrow
from pandera.engines import pandas_engine
from pandera.typing import Series

from ruchina.schemas import SPECS
from ruchina.schemas.spec import Check, Column, TableSpec


def _dtype(arrow_type: pyarrow.DataType):
    if pyarrow.types.is_string(arrow_type):
        return str
    if pyarrow.types.is_int64(arrow_type):
        return int
    if pyarrow.types.is_float64(arrow_type):
        return float
    if pyarrow.types.is_boolean(arrow_type):
        return bool
    if pyarrow.types.is_date32(arrow_type):
        return pandas_engine.Date
    if pyarrow.types.is_list(arrow_type):
        return object  # checked by the column's own checks
    raise TypeError(f"no pandas type for the Arrow type {arrow_type}")


def _field(column: Column, spec: TableSpec):
    arguments = {"nullable": column.nullable, "unique": column.name == spec.primary_key,
                 "description": column.description}
    if column.pattern is not None:
        arguments["str_matches"] = column.pattern
    if column.one_of:
        arguments["isin"] = list(column.one_of)
    if column.greater_than is not None:
        arguments["gt"] = column.greater_than
    if column.at_least is not None:
        arguments["ge"] = column.at_least
    if column.not_empty:
        arguments["str_length"] = {"min_value": 1}
    return pa.Field(**arguments)


def _method(check: Check):
    function = check.function

    def method(cls, data):
        return function(data)

    method.__name__ = method.__qualname__ = check.name
    return method


def dataframe_model(spec: TableSpec) -> type[pa.DataFrameModel]:
    namespace: dict = {"__module__": f"ruchina.schemas.{spec.name}", "__qualname__": spec.model_name,
                       "__doc__": spec.notes, "__annotations__": {}}
    for column in spec.columns:
        namespace["__annotations__"][column.name] = Series[_dtype(column.type)]
        namespace[column.name] = _field(column, spec)
    # A check shared by columns is one method naming them all, in the order first met.
    column_checks: dict[Check, list[str]] = {}
    for column in spec.columns:
        for check in column.checks:
            column_checks.setdefault(check, []).append(column.name)
    for check, columns in column_checks.items():
        namespace[check.name] = pa.check(*columns, name=check.name)(_method(check))
    for check in (*spec.checks, spec.sorted_check):
        namespace[check.name] = pa.dataframe_check(name=check.name)(_method(check))
    namespace["Config"] = type("Config", (), {"strict": True, "ordered": True, "coerce": False})
    return type(spec.model_name, (pa.DataFrameModel,), namespace)


#: table name -> pandera model
MODELS: dict[str, type[pa.DataFrameModel]] = {name: dataframe_model(spec) for name, spec in SPECS.items()}


def model(table: str) -> type[pa.DataFrameModel]:
    return MODELS[table]
