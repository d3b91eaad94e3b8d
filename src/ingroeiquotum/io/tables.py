"""
The typed layer of the loaders: the schemas of the population files (their columns, what each
cell must hold, the checks across a row) and :func:`_read`, which types the records of
:mod:`ingroeiquotum._tables` (the one table reader) row by row.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from decimal import Decimal
from fractions import Fraction
from typing import IO, Any, Literal, cast

import attrs

from ingroeiquotum import _tables, _validate
from ingroeiquotum.exceptions import (
    InvalidArgument,
    LoadError,
    RowError,
    errors_frame,
    errors_table,
)
from ingroeiquotum.io import cells, fast
from ingroeiquotum.law.bw2.targets import TargetForm, parse_share
from ingroeiquotum.model.company import BoardModel, LegalForm
from ingroeiquotum.model.gender import Gender
from ingroeiquotum.model.organs import Organ

# SCHEMA_VERSION, Source and OnError are documented where the public finds them: ingroeiquotum.io.
SCHEMA_VERSION = "1.0"
Source = str | os.PathLike[str] | IO[str] | IO[bytes] | Mapping[str, Any] | Sequence[Any] | Any
OnError = Literal["raise", "collect"]
Duplicates = Literal["refuse", "first", "last"]


@attrs.frozen
class Loaded:
    """
    What a reader returns: the good rows, in file order, and the problems found.

    ``rows`` are dicts keyed by the schema's columns (every column present, ``None`` where an
    optional column without a default is not given), followed by any other columns of the
    source. ``errors`` is empty unless the reader was asked to ``collect``. ``dropped`` lists
    the rows left out as duplicates when the reader was asked to keep the ``first`` or the
    ``last`` of them, each naming the line kept.

    .. versionadded:: 0.1.0

    .. versionchanged:: 0.3.0
       ``dropped``, and :meth:`errors_table`.
    """

    rows: tuple[dict[str, object], ...] = ()
    errors: tuple[RowError, ...] = ()
    dropped: tuple[RowError, ...] = ()

    def errors_table(self) -> list[dict[str, object]]:
        """
        The problems as rows with ``line``, ``field``, ``value`` and ``reason`` (see
        :meth:`ingroeiquotum.exceptions.LoadError.errors_table`).
        """
        return errors_table(self.errors)

    def errors_frame(self, library: Literal["pandas", "polars"] = "pandas") -> Any:
        """The problems as a pandas or polars DataFrame (see :meth:`errors_table`)."""
        return errors_frame(self.errors, library)

    def _repr_html_(self) -> str:
        """How many rows and problems, the first rows and the first problems, as a table."""
        from ingroeiquotum.display import _html

        return _html.loaded_html(self)

    def __repr__(self) -> str:
        """``Loaded(rows=<75,000 rows>, errors=())``: short whatever the number of rows."""
        from ingroeiquotum.display import _html

        return _html.loaded_repr(self)


# -- parsing one cell ---------------------------------------------------------------------------
# Each parser takes the field name and a value that is given (a stripped, non-empty string or a
# typed value from JSON or Excel) and returns the typed value or raises InvalidArgument.

_WHOLE = re.compile(r"\+?\d{1,12}")
_NUMBER = re.compile(r"\+?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")
_TRUE = frozenset({"true", "1", "yes", "y", "ja", "j"})
_FALSE = frozenset({"false", "0", "no", "n", "nee"})


def _text(field: str, value: object) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    raise InvalidArgument(field, value, "must be text")


def _name(field: str, value: object) -> str:
    """A company's name, kept exactly as given (leading and trailing spaces too)."""
    if type(value) is str and value.strip():  # the usual case, kept quick
        return value
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
    raise InvalidArgument(field, value, "must be true or false (also 1/0, yes/no, ja/nee, j/n)")


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
    blank: bool = False
    """Whether a blank cell of a required column counts as ``default`` (a gender not given)."""


_Check = Callable[[dict[str, object], Mapping[str, object], int, list[RowError]], None]


@attrs.frozen
class _Schema:
    name: str
    columns: tuple[_Column, ...]
    key: tuple[str, ...]
    check: _Check | None = None
    check_fields: tuple[str, ...] = ()
    """The fields ``check`` reads (and may change): the quick reader checks each distinct set."""
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
        if type(value) is str:  # the usual case: a file's text, of which a population has few
            return _share_of_text(value)
        return parse_share(value)
    except InvalidArgument as error:
        raise InvalidArgument(field, value, error.reason) from None


_MEMO_SIZE = 4096
"""How many distinct values of one column a read remembers with what they read as."""


@functools.lru_cache(maxsize=_MEMO_SIZE)
def _share_of_text(value: str) -> Fraction:
    """A target text's share, remembered (the parse is pure; a refusal is not remembered)."""
    return parse_share(value)


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
    check_fields=("target", "target_form"),
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
    check_fields=("financial_year_start", "financial_year_end"),
)

_EMPLOYEES = _Schema(
    "ingroeiquotum.employees",
    (
        _Column("company", _name, required=True, exact=True),
        _Column("organ", _organ, required=True),
        _Column("gender", _gender, required=True, default="unknown", blank=True),
        _Column("start", _date, required=True),
        _Column("end", _date),
    ),
    key=(),
    check=_check_order("start", "end"),
    check_fields=("start", "end"),
)


class Reading:
    """
    How the cells of one read are typed: the schema's parsers, with those of its date and
    gender columns made by the caller's options (:mod:`ingroeiquotum.io.cells`), and the watch
    on the dates that turns a column failing in every row into one error.
    """

    def __init__(self, schema: _Schema, options: cells.CellOptions | None = None) -> None:
        options = cells.CellOptions() if options is None else options
        self.dates = frozenset(column.name for column in schema.columns if column.parse is _date)
        dated, gendered = cells.date_parser(options), cells.gender_parser(options)
        self.parsers = {
            column.name: dated
            if column.name in self.dates
            else gendered
            if column.parse is _gender
            else column.parse
            for column in schema.columns
        }
        self.watch = cells.DateWatch(options)
        self.memo: dict[str, dict[object, tuple[bool, object]]] = {
            column.name: {} for column in schema.columns if not column.exact
        }
        """Per column, the values read before: (True, typed value) or (False, the reason)."""
        self.plan = tuple(
            (
                column,
                self.parsers[column.name],
                self.memo.get(column.name),
                column.name in self.dates,
            )
            for column in schema.columns
        )
        """Per column: the column, its parser, its memo (none for a text kept exactly), dated."""

    def slots(self) -> dict[str, str]:
        """The caller's gender codes (lower case) and the gender each names."""
        return dict(self.watch.options.genders)


def _typed(
    column: _Column, parse: Callable[[str, object], object], raw: object
) -> tuple[bool, object]:
    """
    The cell ``raw`` of ``column`` typed by ``parse``: ``(True, the value)``, or ``(False, the
    reason)`` it is refused (the one decision of every path that types a cell).
    """
    value = raw if column.exact and isinstance(raw, str) and raw else _tables.given(raw)
    if value is None:
        if column.required and not column.blank:
            return (False, "is required")
        return (True, column.default)
    try:
        return (True, parse(column.name, value))
    except InvalidArgument as error:
        return (False, error.reason)


def _parse(
    schema: _Schema, record: Mapping[str, object], line: int, reading: Reading | None = None
) -> tuple[dict[str, object] | None, list[RowError]]:
    """One row typed by ``schema`` (as ``reading`` says), or ``None`` and its problems."""
    problems = list(getattr(record, "problems", ()))
    if problems and not record:  # not a row at all (a JSON item that is not an object)
        return None, problems
    reading = Reading(schema) if reading is None else reading
    watch = reading.watch
    get = record.get
    row: dict[str, object] = {}
    for column, parse, memo, dated in reading.plan:
        name = column.name
        raw = get(name)
        # A value read before reads the same (the parsers are pure): the usual case of a
        # population, whose organs, dates, flags and forms repeat.
        hit = memo.get(raw) if memo is not None and type(raw) in _REMEMBERED else None
        if hit is None:
            hit = _typed(column, parse, raw)
            if memo is not None and type(raw) in _REMEMBERED and len(memo) < _MEMO_SIZE:
                memo[raw] = hit
        if hit[0]:
            row[name] = hit[1]
            if dated and hit[1] is not None:
                watch.ok(name)
        else:
            problems.append(RowError(line, name, raw, cast("str", hit[1])))
            if dated and hit[1] != "is required":
                watch.bad(name, raw)
    if len(record) > len(row) or not record.keys() <= schema.names:
        for name, value in record.items():
            if name not in schema.names:
                row[name] = value
    if schema.check is not None:
        schema.check(row, record, line, problems)
    return (None if problems else row), problems


def _check_on_error(on_error: object) -> None:
    if on_error not in ("raise", "collect"):
        raise InvalidArgument("on_error", on_error, "must be 'raise' or 'collect'")


def _check_duplicates(duplicates: object) -> None:
    if duplicates not in ("refuse", "first", "last"):
        raise InvalidArgument("duplicates", duplicates, "must be 'refuse', 'first' or 'last'")


class _Kept:
    """The rows of a read kept so far, with the rule on rows that repeat another's key."""

    def __init__(self, schema: _Schema, duplicates: Duplicates) -> None:
        self.key, self.duplicates = schema.key, duplicates
        self.what = ", ".join(schema.key)
        self.rows: list[dict[str, object]] = []
        self.errors: list[RowError] = []
        self.dropped: list[RowError] = []
        self.seen: dict[tuple[object, ...], tuple[int, int]] = {}

    def add(self, row: dict[str, object] | None, line: int, problems: list[RowError]) -> None:
        """The row read on ``line`` (``None`` if refused) with its ``problems``."""
        if row is not None:
            key = tuple(row[name] for name in self.key)
            seen, what, rows = self.seen, self.what, self.rows
            if key not in seen:
                seen[key] = (line, len(rows))
                rows.append(row)
            else:
                first, index = seen[key]
                value = tuple(str(part) for part in key)
                if self.duplicates == "refuse":
                    reason = f"repeats line {first} (the same {what}); line {first} was kept"
                    problems.append(RowError(line, what, value, reason))
                elif self.duplicates == "first":
                    reason = f"repeats line {first} (the same {what}); line {first} was kept"
                    self.dropped.append(RowError(line, what, value, reason))
                else:
                    reason = f"is repeated by line {line} (the same {what}), which was kept"
                    self.dropped.append(RowError(first, what, value, reason))
                    rows[index] = row
                    seen[key] = (line, index)
        self.errors.extend(problems)


def _read(
    schema: _Schema,
    source: Source,
    format: str | None,
    on_error: OnError,
    limits: _tables.Limits | None = None,
    *,
    columns: Mapping[str, str] | None = None,
    date_format: str | None = None,
    encoding: str | None = None,
    genders: Mapping[str, str] | None = None,
    duplicates: Duplicates = "refuse",
    quick: bool = True,
) -> Loaded:
    """
    The rows of ``source`` typed by ``schema``: the one reader's records, checked and typed,
    with the caller's options (see :func:`ingroeiquotum.io.read_compositions`). A plain CSV
    file is read the quick way where polars is installed (:mod:`ingroeiquotum.io.fast`), to
    the same result; ``quick=False`` reads it row by row.
    """
    _check_on_error(on_error)
    _check_duplicates(duplicates)
    limits = _tables.limits_of(limits)
    display = _tables.display(source)
    kind = _tables.format_of(source, format)
    options = cells.cell_options(date_format, genders, workbook=kind in _tables.EXCEL_FORMATS)
    reading = Reading(schema, options)
    kept = _Kept(schema, duplicates)
    records = _tables.read(
        source,
        schema.table,
        format=kind,
        shown=display,
        limits=limits,
        columns=columns,
        encoding=encoding,
    )
    found = None
    if quick and kind == "csv":
        names = _tables.namer(schema.table, _tables.check_columns(columns, schema.table.columns))
        found = fast.columns(source, schema.table, display, limits, names, encoding)
    if found is not None:
        fast.typed_rows(schema, reading, found, _typed, kept)
    else:
        for record in records:
            row, problems = _parse(schema, record, record.line, reading)
            kept.add(row, record.line, problems)
    errors = reading.watch.collapse(kept.errors)
    if errors and on_error == "raise":
        raise LoadError(display, errors)
    return Loaded(tuple(kept.rows), tuple(errors), tuple(kept.dropped))


_REMEMBERED = frozenset({str, int, date, type(None)})
"""The types of raw value a read remembers (hashable, and equal only to themselves)."""
