"""
The typed layer of the loaders: the schemas of the population files (their columns, what each
cell must hold, the checks across a row) and :func:`_read`, which types the records of
:mod:`ingroeiquotum._tables` (the one table reader) row by row.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from decimal import Decimal
from fractions import Fraction
from typing import IO, Any, Literal

import attrs

from ingroeiquotum import _tables, _validate
from ingroeiquotum.exceptions import InvalidArgument, LoadError, RowError
from ingroeiquotum.law.bw2.targets import TargetForm, parse_share
from ingroeiquotum.model.company import BoardModel, LegalForm
from ingroeiquotum.model.gender import Gender
from ingroeiquotum.model.organs import Organ

# SCHEMA_VERSION, Source and OnError are documented where the public finds them: ingroeiquotum.io.
SCHEMA_VERSION = "1.0"
Source = str | os.PathLike[str] | IO[str] | IO[bytes] | Mapping[str, Any] | Sequence[Any]
OnError = Literal["raise", "collect"]


@attrs.frozen
class Loaded:
    """
    What a reader returns: the good rows, in file order, and the problems found.

    ``rows`` are dicts keyed by the schema's columns (every column present, ``None`` where an
    optional column without a default is not given), followed by any other columns of the
    source. ``errors`` is empty unless the reader was asked to ``collect``.

    .. versionadded:: 0.1.0
    """

    rows: tuple[dict[str, object], ...] = ()
    errors: tuple[RowError, ...] = ()


# -- parsing one cell ---------------------------------------------------------------------------
# Each parser takes the field name and a value that is given (a stripped, non-empty string or a
# typed value from JSON or Excel) and returns the typed value or raises InvalidArgument.

_WHOLE = re.compile(r"\+?\d{1,12}")
_NUMBER = re.compile(r"\+?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")
_TRUE = frozenset({"true", "1", "yes", "ja"})
_FALSE = frozenset({"false", "0", "no", "nee"})


def _text(field: str, value: object) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    raise InvalidArgument(field, value, "must be text")


def _name(field: str, value: object) -> str:
    """A company's name, kept exactly as given (leading and trailing spaces too)."""
    if isinstance(value, str) and not value.strip():
        raise InvalidArgument(field, value, "must not be only spaces")
    return _text(field, value)


_date = _validate.iso_date


def _count(field: str, value: object) -> int:
    if isinstance(value, str) and _WHOLE.fullmatch(value):
        return int(value)
    return _validate.count(field, value)


def _flag(field: str, value: object) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    if isinstance(value, str) and value.lower() in _TRUE | _FALSE:
        return value.lower() in _TRUE
    raise InvalidArgument(field, value, "must be true or false (also 1/0, yes/no, ja/nee)")


def _amount(field: str, value: object) -> Decimal:
    if isinstance(value, str) and not _NUMBER.fullmatch(value):
        raise InvalidArgument(
            field, value, "must be a number with '.' for decimals and no thousands separators"
        )
    return _validate.amount(field, value)


def _year(field: str, value: object) -> int:
    number = int(value) if isinstance(value, str) and _WHOLE.fullmatch(value) else value
    if isinstance(number, bool) or not isinstance(number, int) or not 1900 <= number <= 2200:
        raise InvalidArgument(field, value, "must be a year between 1900 and 2200")
    return number


def _organ(field: str, value: object) -> str:
    try:
        return str(Organ.parse(value))
    except InvalidArgument as error:
        raise InvalidArgument(field, value, error.reason) from None


def _legal_form(field: str, value: object) -> str:
    return LegalForm.parse(value, field).value


def _board_model(field: str, value: object) -> str:
    return BoardModel.parse(value, field).value


def _target_form(field: str, value: object) -> str:
    return _validate.member(TargetForm, value, field).value


def _gender(field: str, value: object) -> str:
    return Gender.parse(value, field).value


# -- schemas ------------------------------------------------------------------------------------


@attrs.frozen
class _Column:
    name: str
    parse: Callable[[str, object], object]
    required: bool = False
    default: object = None
    exact: bool = False
    """Whether the cell is read as it is, not stripped (a company's name)."""


_Check = Callable[[dict[str, object], Mapping[str, object], int, list[RowError]], None]


@attrs.frozen
class _Schema:
    name: str
    columns: tuple[_Column, ...]
    key: tuple[str, ...]
    check: _Check | None = None
    names: frozenset[str] = attrs.field(init=False)
    table: _tables.Table = attrs.field(init=False)
    """The shape the reader checks: the columns, the required ones, the JSON envelope."""

    @names.default
    def _names(self) -> frozenset[str]:
        return frozenset(column.name for column in self.columns)

    @table.default
    def _table(self) -> _tables.Table:
        required = tuple(column.name for column in self.columns if column.required)
        columns = tuple(column.name for column in self.columns)
        return _tables.Table(self.name, columns, required, SCHEMA_VERSION)


def _check_composition(
    row: dict[str, object], record: Mapping[str, object], line: int, problems: list[RowError]
) -> None:
    target, form = row["target"], row.get("target_form")
    if target is None or form is None:  # no target, or a bad form already reported
        return
    if form == TargetForm.WOMEN_COUNT.value:
        parse: Callable[[str, object], object] = _count
    else:
        parse = _share_parse
    try:
        row["target"] = parse("target", target)
    except InvalidArgument as error:
        problems.append(RowError(line, "target", record.get("target"), error.reason))


def _share_parse(field: str, value: object) -> Fraction:
    try:
        return parse_share(value)
    except InvalidArgument as error:
        raise InvalidArgument(field, value, error.reason) from None


def _check_order(first: str, last: str) -> _Check:
    def check(
        row: dict[str, object], record: Mapping[str, object], line: int, problems: list[RowError]
    ) -> None:
        start, end = row.get(first), row.get(last)
        if isinstance(start, date) and isinstance(end, date) and end < start:
            problems.append(
                RowError(line, last, record.get(last), f"must not be before {first} ({start})")
            )

    return check


def _identity(field: str, value: object) -> object:
    return value


_COMPOSITIONS = _Schema(
    "ingroeiquotum.compositions",
    (
        _Column("company", _name, required=True, exact=True),
        _Column("organ", _organ, required=True),
        _Column("date", _date, required=True),
        _Column("legal_form", _legal_form, required=True),
        _Column("listed", _flag, required=True),
        _Column("men", _count, required=True),
        _Column("women", _count, required=True),
        _Column("other", _count, default=0),
        _Column("unknown", _count, default=0),
        _Column("sector", _text),
        _Column("employees", _amount),
        _Column("large", _flag),
        _Column("reported", _flag),
        _Column("target", _identity),  # converted by _check_composition, by target_form
        _Column("target_form", _target_form, default=TargetForm.EACH_SEX.value),
        _Column("target_year", _year),
    ),
    key=("company", "organ", "date"),
    check=_check_composition,
)

_COMPANY_YEARS = _Schema(
    "ingroeiquotum.company_years",
    (
        _Column("company", _name, required=True, exact=True),
        _Column("financial_year_start", _date, required=True),
        _Column("financial_year_end", _date, required=True),
        _Column("legal_form", _legal_form, required=True),
        _Column("listed", _flag, required=True),
        _Column("board_model", _board_model, default=BoardModel.TWO_TIER.value),
        _Column("sector", _text),
        _Column("total_assets", _amount),
        _Column("net_turnover", _amount),
        _Column("employees", _amount),
    ),
    key=("company", "financial_year_end"),
    check=_check_order("financial_year_start", "financial_year_end"),
)

_EMPLOYEES = _Schema(
    "ingroeiquotum.employees",
    (
        _Column("company", _name, required=True, exact=True),
        _Column("organ", _organ, required=True),
        _Column("gender", _gender, required=True),
        _Column("start", _date, required=True),
        _Column("end", _date),
    ),
    key=(),
    check=_check_order("start", "end"),
)


def _parse(
    schema: _Schema, record: Mapping[str, object], line: int
) -> tuple[dict[str, object] | None, list[RowError]]:
    """One row typed by ``schema``, or ``None`` and the problems found in it."""
    problems = list(getattr(record, "problems", ()))
    if problems and not record:  # not a row at all (a JSON item that is not an object)
        return None, problems
    row: dict[str, object] = {}
    for column in schema.columns:
        raw = record.get(column.name)
        value = raw if column.exact and isinstance(raw, str) and raw else _tables.given(raw)
        if value is None:
            if column.required:
                problems.append(RowError(line, column.name, raw, "is required"))
            row[column.name] = column.default
            continue
        try:
            row[column.name] = column.parse(column.name, value)
        except InvalidArgument as error:
            problems.append(RowError(line, column.name, raw, error.reason))
    for name, value in record.items():
        if name not in schema.names:
            row[name] = value
    if schema.check is not None:
        schema.check(row, record, line, problems)
    return (None if problems else row), problems


def _check_on_error(on_error: object) -> None:
    if on_error not in ("raise", "collect"):
        raise InvalidArgument("on_error", on_error, "must be 'raise' or 'collect'")


def _read(
    schema: _Schema,
    source: Source,
    format: str | None,
    on_error: OnError,
    limits: _tables.Limits | None = None,
) -> Loaded:
    """The rows of ``source`` typed by ``schema``: the one reader's records, checked and typed."""
    _check_on_error(on_error)
    limits = _tables.limits_of(limits)
    display = _tables.display(source)
    rows: list[dict[str, object]] = []
    errors: list[RowError] = []
    seen: dict[tuple[object, ...], int] = {}
    records = _tables.read(source, schema.table, format=format, shown=display, limits=limits)
    for record in records:
        row, problems = _parse(schema, record, record.line)
        if row is not None:
            key = tuple(row[name] for name in schema.key)
            if key in seen:
                value = tuple(str(part) for part in key)
                reason = f"repeats line {seen[key]} (the same {', '.join(schema.key)})"
                problems.append(RowError(record.line, ", ".join(schema.key), value, reason))
            else:
                seen[key] = record.line
                rows.append(row)
        errors.extend(problems)
    if errors and on_error == "raise":
        raise LoadError(display, errors)
    return Loaded(tuple(rows), tuple(errors))
