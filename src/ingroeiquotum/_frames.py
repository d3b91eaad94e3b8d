"""
A pandas or polars DataFrame as a source of the one table reader: its column names as the
header, its rows as cells, each missing value (``None``, ``NaN``, ``NaT``, ``pd.NA``) an empty
cell, a timestamp at midnight a date, a whole float an int. Neither library is imported here:
a frame is recognised by the module its type comes from.

A row is numbered by its index label where that is a whole number (pandas), else by its
0-based position (polars, or a pandas index of text), so that an error names the row a user
finds with ``frame.loc[...]`` or ``frame[...]``.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time
from typing import Any

from ingroeiquotum._limits import Limits, over_limit

Row = tuple[int, list[object]]
"""A frame's row: its number and its cells."""

_MISSING_TYPES = frozenset({"NAType", "NaTType", "NoneType"})


def kind(source: object) -> str | None:
    """``"pandas"`` or ``"polars"`` if ``source`` is a DataFrame (a polars LazyFrame too)."""
    top = type(source).__module__.partition(".")[0]
    if top in ("pandas", "polars") and type(source).__name__ in ("DataFrame", "LazyFrame"):
        return top
    return None


def cell(value: object) -> object:
    """One value of a frame as the reader takes it (see the module's text)."""
    name = type(value).__name__
    if name in _MISSING_TYPES:
        return None
    if isinstance(value, float):
        if value != value:  # NaN
            return None
        return int(value) if value.is_integer() and abs(value) < 2**53 else value
    if isinstance(value, datetime):  # a pandas Timestamp is one too
        if value.tzinfo is None and value.time() == time(0):
            return date(value.year, value.month, value.day)
        return value
    if type(value).__module__ == "numpy" and hasattr(value, "item"):
        return cell(value.item())
    return value


def rows(source: Any, shown: str, limits: Limits) -> Iterator[Row]:
    """The column names (numbered 0: no line) and then every row of the frame ``source``, within ``limits``."""
    library = kind(source)
    if library == "polars" and type(source).__name__ == "LazyFrame":
        source = source.collect()
    names = [str(name) for name in source.columns]
    if len(names) > limits.columns:
        raise over_limit(shown, None, "columns", limits)
    height = len(source)
    if height > limits.rows:
        raise over_limit(shown, limits.rows + 1, "rows", limits)
    yield 0, list(names)
    if library == "pandas":
        columns = [source.iloc[:, index].tolist() for index in range(len(names))]
        labels = source.index.tolist()
        if not all(isinstance(label, int) and not isinstance(label, bool) for label in labels):
            labels = list(range(height))
    else:
        columns = [source.to_series(index).to_list() for index in range(len(names))]
        labels = list(range(height))
    for number, values in zip(labels, zip(*columns, strict=True), strict=True):
        yield number, [cell(value) for value in values]
