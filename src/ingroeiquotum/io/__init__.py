"""
Loading and writing the population files (the edge layer): composition rows, company-year rows
and employee records as CSV, JSON or Excel, in the schema of ``docs/data-schema.md``.

Every reader checks every row and reports every problem with its line, field and value; with
``on_error="collect"`` the good rows load and the problems come back beside them. Values come
back typed: dates as :class:`datetime.date`, counts as ``int``, flags as ``bool``, target shares
as :class:`fractions.Fraction`, amounts as :class:`decimal.Decimal`.

>>> from io import StringIO
>>> text = '''company;organ;date;legal_form;listed;men;women;target
... Polder BV;subtop:Directeuren;2025-12-31;B.V.;nee;6;2;30%
... '''
>>> row = read_compositions(StringIO(text), format="csv").rows[0]
>>> row["organ"], row["date"], row["legal_form"], row["listed"], row["other"], row["target"]
('subtop:Directeuren', datetime.date(2025, 12, 31), 'BV', False, 0, Fraction(3, 10))

A bad row is reported with its line (the header is line 1):

>>> read_compositions(StringIO(text.replace(";6;", ";six;")), format="csv")
Traceback (most recent call last):
...
ingroeiquotum.exceptions.LoadError: <stream>: 1 problem:
  row 2, men: must be a whole number of at least 0, got 'six'

Employee records (one per person per position, no names) are counted per organ and date:

>>> records = [
...     {"company": "Polder BV", "organ": "bestuur", "gender": "v", "start": "2020-01-01"},
...     {"company": "Polder BV", "organ": "bestuur", "gender": "M", "start": "2024-06-01",
...      "end": "2025-03-31"},
... ]
>>> for row in aggregate_employees(records, dates=[date(2024, 12, 31), date(2025, 12, 31)]).rows:
...     print(row["date"], row["men"], row["women"])
2024-12-31 1 1
2025-12-31 0 1

.. versionadded:: 0.1.0
"""

from __future__ import annotations

__all__ = [
    "SCHEMA_VERSION",
    "Loaded",
    "OnError",
    "Record",
    "Source",
    "aggregate_employees",
    "read_company_years",
    "read_compositions",
    "read_employees",
    "write_compositions",
]

import contextlib
import csv
import importlib
import itertools
import json
import os
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import date, datetime, time
from decimal import Decimal
from fractions import Fraction
from io import StringIO
from pathlib import PurePath
from typing import IO, Any, Literal, cast

import attrs

from ingroeiquotum import _validate
from ingroeiquotum.exceptions import InvalidArgument, LoadError, RowError
from ingroeiquotum.law.bw2.targets import TargetForm, parse_share
from ingroeiquotum.model.company import BoardModel, LegalForm
from ingroeiquotum.model.gender import LABELS, Gender
from ingroeiquotum.model.organs import Organ

SCHEMA_VERSION = 1
"""The schema version these readers read and the writers write."""

Source = str | os.PathLike[str] | IO[str] | IO[bytes] | Mapping[str, Any] | Sequence[Any]
"""
What a reader takes: a path, a text or binary file object, or (for JSON) the parsed document.
"""

OnError = Literal["raise", "collect"]
"""What a reader does with bad rows: raise one :class:`LoadError` listing all, or collect them."""


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


class Record(dict[str, object]):
    """
    One raw row of a source, as :func:`read_employees` yields it: a dict from column to cell
    (``None`` for an empty cell), plus ``line``, its line number in the file (the header is
    line 1 of a CSV file; the sheet row in Excel; the 1-based position in the list of rows in
    JSON), and ``problems``, found in the row's shape while reading (more cells than the
    header has columns, a JSON item that is not an object).

    .. versionadded:: 0.1.0
    """

    __slots__ = ("line", "problems")

    line: int
    problems: tuple[RowError, ...]


def _new_record(
    line: int,
    cells: Mapping[str, object] | Iterable[tuple[str, object]] = (),
    problems: tuple[RowError, ...] = (),
) -> Record:
    record = Record(cells)
    record.line = line
    record.problems = problems
    return record


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


def _given(value: object) -> object:
    """``value`` stripped if it is text, or ``None`` if it is missing or blank."""
    if isinstance(value, str):
        value = value.strip()
        return value or None
    return value


# -- schemas ------------------------------------------------------------------------------------


@attrs.frozen
class _Column:
    name: str
    parse: Callable[[str, object], object]
    required: bool = False
    default: object = None


_Check = Callable[[dict[str, object], Mapping[str, object], int, list[RowError]], None]


@attrs.frozen
class _Schema:
    name: str
    columns: tuple[_Column, ...]
    key: tuple[str, ...]
    check: _Check | None = None
    names: frozenset[str] = attrs.field(init=False)

    @names.default
    def _names(self) -> frozenset[str]:
        return frozenset(column.name for column in self.columns)


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
        _Column("company", _text, required=True),
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
        _Column("company", _text, required=True),
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
        _Column("company", _text, required=True),
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
        value = _given(raw)
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


# -- sources ------------------------------------------------------------------------------------


def _display(source: object) -> str:
    """How a LoadError names ``source``."""
    if isinstance(source, str | os.PathLike):
        return str(os.fspath(source))
    name = getattr(source, "name", None)
    if isinstance(name, str):
        return name
    if isinstance(source, Mapping | list | tuple):
        return "<data>"
    return "<stream>"


def _is_data(source: object) -> bool:
    return isinstance(source, Mapping) or (
        isinstance(source, Sequence) and not isinstance(source, str | bytes | bytearray)
    )


def _format(source: object, format: str | None) -> str:
    """The format to read ``source`` in, after checking that ``source`` can be read at all."""
    if not (isinstance(source, str | os.PathLike) or _is_data(source) or hasattr(source, "read")):
        raise InvalidArgument(
            "source", source, "must be a path, a file object or (for JSON) parsed data"
        )
    if isinstance(source, str | os.PathLike) and os.path.isdir(source):
        raise LoadError(
            _display(source), [RowError(None, "file", _display(source), "is a folder, not a file")]
        )
    if format is not None:
        if not isinstance(format, str) or format.lower() not in ("csv", "json", "xlsx"):
            raise InvalidArgument("format", format, "must be 'csv', 'json' or 'xlsx'")
        if _is_data(source) and format.lower() != "json":
            raise InvalidArgument("format", format, "parsed data can only be read as 'json'")
        return format.lower()
    if _is_data(source):
        return "json"
    name = source if isinstance(source, str | os.PathLike) else getattr(source, "name", None)
    if isinstance(name, str | os.PathLike):
        suffix = PurePath(name).suffix.lower().lstrip(".")
        if suffix in ("csv", "json", "xlsx"):
            return suffix
    raise InvalidArgument(
        "format",
        None,
        f"cannot tell the format of {_display(source)} from its name: it must end in .csv, "
        ".json or .xlsx (or pass format='csv', 'json' or 'xlsx')",
    )


def _check_on_error(on_error: object) -> None:
    if on_error not in ("raise", "collect"):
        raise InvalidArgument("on_error", on_error, "must be 'raise' or 'collect'")


_NOT_UTF8 = "is not UTF-8: save the file as UTF-8 (in Excel: 'CSV UTF-8')"


def _not_utf8(lines: Iterable[bytes], first: int = 1) -> list[RowError]:
    """A problem for each of ``lines`` (numbered from ``first``) that is not UTF-8."""
    bad = []
    for number, raw in enumerate(lines, start=first):
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError as error:
            bad.append(RowError(number, "encoding", raw[error.start : error.end + 8], _NOT_UTF8))
    return bad


_LONE_CR = re.compile(r"(?<=\r)(?!\n)")
"""Where a line ends with a carriage return alone (old Mac files, a CR inside a cell)."""


def _universal(text: str) -> Iterator[str]:
    """``text`` split after a lone carriage return too, as a file opened with newline="" is."""
    if "\r" in text:
        yield from filter(None, _LONE_CR.split(text))
    else:
        yield text


def _decoded(lines: Iterator[bytes], display: str) -> Iterator[str]:
    """The lines of a binary file as text, or a LoadError naming every line that is not UTF-8."""
    for number, raw in enumerate(lines, start=1):
        try:
            text = raw.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError:
            raise LoadError(display, _not_utf8(itertools.chain([raw], lines), number)) from None
        yield from _universal(text)


def _checked(lines: Iterator[str], display: str) -> Iterator[str]:
    """The lines of a text file, turning a decoding error of the file object into a LoadError."""
    number = 0
    try:
        for number, text in enumerate(lines, start=1):
            yield from _universal(text.removeprefix("\ufeff") if number == 1 else text)
    except UnicodeDecodeError as error:
        value = error.object[error.start : error.end + 8]
        raise LoadError(display, [RowError(number + 1, "encoding", value, _NOT_UTF8)]) from None


@contextlib.contextmanager
def _lines(source: Any, display: str) -> Iterator[Iterator[str]]:
    """The text lines of a path or file object, read one at a time."""
    if isinstance(source, str | os.PathLike):
        try:
            with open(source, encoding="utf-8-sig", newline="") as file:
                yield file
        except UnicodeDecodeError:  # find every line that is not UTF-8, for the message
            with open(source, "rb") as file:
                raise LoadError(display, _not_utf8(file)) from None
        except OSError as error:  # missing, a folder, no permission, a disk error
            raise LoadError(display, [_file_problem(error, display)]) from None
    elif isinstance(source.read(0), bytes):
        yield _decoded(iter(source), display)
    else:
        yield _checked(iter(source), display)


def _header(cells: Sequence[object], schema: _Schema, display: str) -> list[str | None]:
    """The column name of each header cell (``None`` for a blank one), checked."""
    names: list[str | None] = []
    problems: list[RowError] = []
    for cell in cells:
        text = "" if cell is None else str(cell).strip()
        name = text.lower() if text.lower() in schema.names else text
        if name and name in names:
            problems.append(RowError(1, name, cell, "the column appears twice"))
        names.append(name or None)
    problems.extend(
        RowError(1, column.name, None, "the required column is missing")
        for column in schema.columns
        if column.required and column.name not in names
    )
    if problems:
        raise LoadError(display, problems)
    return names


def _record(line: int, names: Sequence[str | None], cells: Sequence[object]) -> Record:
    """A Record of ``cells`` under the header ``names``; an empty cell becomes ``None``."""
    width = len(names)
    record = _new_record(line)
    for name, cell in itertools.zip_longest(names, cells[:width]):
        if name is not None:
            record[name] = None if cell == "" else cell
    surplus = cells[width:]
    if any(_given(cell) is not None for cell in surplus):
        record.problems = (
            RowError(
                line,
                "row",
                tuple(surplus),
                f"has {len(cells)} cells, more than the {width} columns of the header",
            ),
        )
    return record


def _sniff(header: str) -> str:
    counts = {delimiter: header.count(delimiter) for delimiter in (",", ";", "\t")}
    return max(counts, key=counts.__getitem__)


class _CsvReader:
    """A csv reader over a source's data rows, with the checked header and line numbers."""

    def __init__(self, reader: Any, names: list[str | None], offset: int) -> None:
        self.reader = reader
        self.names = names
        self.offset = offset

    def line(self, cells: Sequence[str]) -> int:
        """The line on which the row ``cells`` just read starts (counted only when asked)."""
        breaks = sum(cell.count("\n") + cell.count("\r") - cell.count("\r\n") for cell in cells)
        return cast("int", self.reader.line_num) + self.offset - breaks


@contextlib.contextmanager
def _csv_reader(source: Any, schema: _Schema, display: str) -> Iterator[_CsvReader]:
    """
    The data rows of a CSV source, read one at a time: the header is read and checked first,
    a file that is not UTF-8 or not valid CSV becomes a LoadError.
    """
    with _lines(source, display) as lines:
        first = next(lines, None)
        if first is None:
            raise LoadError(display, [RowError(1, "header", "", "the file is empty")])
        delimiter = _sniff(first)
        if first.count('"') % 2 == 0:  # the header is on one line: read the rest on its own
            header, offset = next(csv.reader([first], delimiter=delimiter)), 1
            reader = csv.reader(lines, delimiter=delimiter)
        else:
            reader = csv.reader(itertools.chain([first], lines), delimiter=delimiter)
            header, offset = next(reader), 0
        try:
            yield _CsvReader(reader, _header(header, schema, display), offset)
        except csv.Error as error:
            problem = RowError(reader.line_num + offset, "row", None, f"is not valid CSV ({error})")
            raise LoadError(display, [problem]) from None


def _csv_records(source: Any, schema: _Schema, display: str) -> Iterator[Record]:
    with _csv_reader(source, schema, display) as table:
        names = table.names
        width, keys, simple = len(names), cast("list[str]", names), None not in names
        for cells in table.reader:
            if not any(cells):
                continue
            if simple and len(cells) == width:  # the usual case, kept quick
                record = Record(zip(keys, cells, strict=True))
                record.line, record.problems = table.line(cells), ()
                if "" in cells:
                    for index, cell in enumerate(cells):
                        if not cell:
                            record[keys[index]] = None
                yield record
            else:
                yield _record(table.line(cells), names, cells)


def _file_problem(error: OSError, display: str) -> RowError:
    """A file that cannot be read, as a problem naming it and the system's reason."""
    return RowError(None, "file", display, error.strerror or type(error).__name__)


def _load_json(source: Any, display: str) -> object:
    if isinstance(source, str | os.PathLike):
        try:
            with open(source, "rb") as file:
                content: str | bytes = file.read()
        except OSError as error:
            raise LoadError(display, [_file_problem(error, display)]) from None
    else:
        content = source.read()
    if isinstance(content, bytes):
        try:
            text = content.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            line = content.count(b"\n", 0, error.start) + 1
            value = content[error.start : error.end + 8]
            raise LoadError(display, [RowError(line, "encoding", value, _NOT_UTF8)]) from None
    else:
        text = content
    return _validate.json_document(text, display, parse_float=Decimal)


def _rows_of(document: object, schema: _Schema, display: str) -> Sequence[object]:
    """The rows of a JSON document: a bare list, or the envelope of ``schema``."""
    if isinstance(document, list | tuple):
        return document
    if not isinstance(document, Mapping):
        raise LoadError(
            display,
            [
                RowError(
                    None,
                    "document",
                    type(document).__name__,
                    "must be an object with schema, version and rows, or a list of rows",
                )
            ],
        )
    problems: list[RowError] = []
    name, version, rows = document.get("schema"), document.get("version"), document.get("rows")
    if name != schema.name:
        problems.append(RowError(None, "schema", name, f"must be {schema.name!r}"))
    problems.extend(_validate.version_problems(version, SCHEMA_VERSION))
    if not isinstance(rows, list | tuple):
        problems.append(RowError(None, "rows", type(rows).__name__, "must be a list of rows"))
    if problems:
        raise LoadError(display, problems)
    return cast("Sequence[object]", rows)


def _json_records(source: Any, schema: _Schema, display: str) -> Iterator[Record]:
    document = source if _is_data(source) else _load_json(source, display)
    for number, item in enumerate(_rows_of(document, schema, display), start=1):
        if not isinstance(item, Mapping):
            problem = RowError(number, "row", item, "must be an object keyed by the columns")
            yield _new_record(number, problems=(problem,))
            continue
        record = _new_record(number)
        problems = []
        for key, value in item.items():
            text = str(key).strip()
            name = text.lower() if text.lower() in schema.names else str(key)
            if name in record:
                problems.append(RowError(number, name, value, "the column appears twice"))
            record[name] = value
        record.problems = tuple(problems)
        yield record


def _excel_cell(value: object) -> object:
    if isinstance(value, datetime) and value.time() == time(0):
        return value.date()
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _excel_text(value: object) -> object:
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


_NEEDS_EXTRA = "needs the 'excel' extra: pip install 'ingroeiquotum[excel]'"


def _openpyxl() -> Any:
    try:
        return importlib.import_module("openpyxl")
    except ImportError:
        raise InvalidArgument("format", "xlsx", _NEEDS_EXTRA) from None


def _xlsx_records(source: Any, schema: _Schema, display: str) -> Iterator[Record]:
    openpyxl = _openpyxl()
    if isinstance(source, os.PathLike):
        source = os.fspath(source)
    try:
        workbook = openpyxl.load_workbook(source, read_only=True, data_only=True)
    except OSError:
        raise
    except Exception as error:
        # openpyxl raises many kinds of error (zip, XML, key errors) for a file that is not
        # a workbook; they all mean the same to the caller.
        problem = RowError(None, "file", display, f"is not an Excel workbook ({error})")
        raise LoadError(display, [problem]) from None
    try:
        rows = workbook.worksheets[0].iter_rows(values_only=True)
        names = _header(next(rows, ()), schema, display)
        extra = [name is not None and name not in schema.names for name in names]
        for number, values in enumerate(rows, start=2):
            cells = [
                _excel_text(_excel_cell(value))
                if index < len(extra) and extra[index]
                else _excel_cell(value)
                for index, value in enumerate(values)
            ]
            if any(_given(cell) is not None for cell in cells):
                yield _record(number, names, cells)
    finally:
        workbook.close()


def _records(source: Any, format: str, schema: _Schema, display: str) -> Iterator[Record]:
    if format == "json":
        return _json_records(source, schema, display)
    if format == "xlsx":
        _openpyxl()  # fail now, not on first iteration
        return _xlsx_records(source, schema, display)
    return _csv_records(source, schema, display)


def _read(schema: _Schema, source: Source, format: str | None, on_error: OnError) -> Loaded:
    _check_on_error(on_error)
    display = _display(source)
    rows: list[dict[str, object]] = []
    errors: list[RowError] = []
    seen: dict[tuple[object, ...], int] = {}
    for record in _records(source, _format(source, format), schema, display):
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


def read_compositions(
    source: Source, *, format: str | None = None, on_error: OnError = "raise"
) -> Loaded:
    """
    Composition rows (schema ``ingroeiquotum.compositions``): one organ of one company on one
    date, from a CSV, JSON or Excel source.

    ``source`` is a path, a text or binary file object, or for JSON the parsed document (an
    envelope ``{"schema": ..., "version": 1, "rows": [...]}`` or a bare list of rows).
    ``format`` is ``"csv"``, ``"json"`` or ``"xlsx"``; by default it follows the file's suffix.
    CSV is UTF-8 (with or without a byte-order mark) with ``,`` or ``;`` between cells (taken
    from the header line); an empty cell means "not given". Excel (the ``excel`` extra) reads
    the first sheet, whose first row is the header.

    Each row is a dict with every column of the schema: ``company`` (str), ``organ`` (str, as
    ``"rvc"`` or ``"subtop:<name>"``), ``date`` (date), ``legal_form`` (``"NV"``/``"BV"``),
    ``listed`` (bool), ``men``, ``women``, ``other``, ``unknown`` (int, the last two 0 if not
    given), ``sector`` (str), ``employees`` (Decimal), ``large``, ``reported`` (bool),
    ``target`` (Fraction; an int for the ``women_count`` form), ``target_form`` (str,
    ``"each_sex"`` if not given) and ``target_year`` (int); ``None`` where an optional column
    is not given. Other columns follow as they are (strings from CSV and Excel). A second row
    for the same company, organ and date is an error.

    Line numbers count the header as line 1 (CSV), are sheet row numbers (Excel), and are the
    1-based position in the list of rows (JSON).

    Raises:
        LoadError: with ``on_error="raise"``, listing every bad row (line, field, value, reason);
            always for a missing required column, a file that is not UTF-8, a JSON document of
            another schema or of a newer version.
        InvalidArgument: for an unknown ``format`` or ``on_error``, or an Excel file without the
            ``excel`` extra installed.

    .. versionadded:: 0.1.0
    """
    return _read(_COMPOSITIONS, source, format, on_error)


def read_company_years(
    source: Source, *, format: str | None = None, on_error: OnError = "raise"
) -> Loaded:
    """
    Company-year rows (schema ``ingroeiquotum.company_years``): one financial year of one
    company with its size figures, read as :func:`read_compositions` reads.

    Each row has ``company`` (str), ``financial_year_start`` and ``financial_year_end``
    (dates, the end not before the start), ``legal_form`` (``"NV"``/``"BV"``), ``listed``
    (bool), ``board_model`` (``"two_tier"`` if not given), ``sector`` (str) and
    ``total_assets``, ``net_turnover`` and ``employees`` (Decimal), ``None`` where not given.
    A second row for the same company and financial-year end is an error.

    >>> from io import StringIO
    >>> text = '''company,financial_year_start,financial_year_end,legal_form,listed,total_assets
    ... Polder BV,2024-01-01,2024-12-31,BV,false,25000000.50
    ... '''
    >>> row = read_company_years(StringIO(text), format="csv").rows[0]
    >>> row["board_model"], row["total_assets"], row["net_turnover"]
    ('two_tier', Decimal('25000000.50'), None)

    .. versionadded:: 0.1.0
    """
    return _read(_COMPANY_YEARS, source, format, on_error)


class _Employees(Iterator[Record]):
    """What :func:`read_employees` returns: an iterator of records that reads on demand."""

    def __init__(self, source: Any, format: str, display: str) -> None:
        self.source = source
        self.format = format
        self.display = display
        self.records: Iterator[Record] | None = None

    def __next__(self) -> Record:
        if self.records is None:
            self.records = _records(self.source, self.format, _EMPLOYEES, self.display)
        return next(self.records)


def read_employees(source: Source, *, format: str | None = None) -> Iterator[Record]:
    """
    The employee records of ``source`` (schema ``ingroeiquotum.employees``), one at a time, for
    :func:`aggregate_employees`.

    Records are read lazily: a CSV file (or an Excel sheet) is never held in memory as a whole
    (a JSON document is parsed whole). Each :class:`Record` holds the raw cells and its
    ``line``; :func:`aggregate_employees` checks them. The header is checked, and a file that is
    not UTF-8 reported, when iteration reaches them (a :class:`LoadError`).

    Raises:
        InvalidArgument: for an unknown ``format``, now rather than on iteration.

    .. versionadded:: 0.1.0
    """
    return _Employees(source, _format(source, format), _display(source))


_SLOTS = {
    label: ("man", "woman", "other", "unknown").index(gender.value)
    for label, gender in LABELS.items()
}
"""The index of each gender (and each alias of one, lower case) in the counts."""

_CACHE_SIZE = 4096
"""How many distinct organ names and dates :func:`aggregate_employees` remembers."""

_Counted = tuple[str, str, int, date, "date | None"]
"""A checked employee record: company, organ, index of the gender, start, end."""


class _Tally:
    """
    The counts of :func:`aggregate_employees`. Per company and organ, a difference array over
    the dates for each of the four counts: a record adds 1 at its first date and takes it off
    after its last, so a record costs the same whatever the number of dates.
    """

    def __init__(self, days: list[date]) -> None:
        self.days = days
        self.width = 4 * (len(days) + 1)
        self.steps: dict[tuple[str, str], list[int]] = {}
        self.errors: list[RowError] = []
        # Raw values already checked, with their checked value (bounded in size, so memory
        # does not grow with the number of records).
        self.organs: dict[object, str] = {}
        self.days_of: dict[object, date] = {}

    def add(self, company: str, organ: str, slot: int, start: date, end: date | None) -> None:
        first = bisect_left(self.days, start)
        last = len(self.days) if end is None else bisect_right(self.days, end)
        if first < last:
            step = self.steps.get((company, organ))
            if step is None:
                step = self.steps[(company, organ)] = [0] * self.width
            step[4 * first + slot] += 1
            step[4 * last + slot] -= 1

    def check(self, record: object, line: int) -> _Counted | None:
        """``record`` checked in full, or ``None`` with its problems noted."""
        if not isinstance(record, Mapping):
            self.errors.append(RowError(line, "record", record, "must be a mapping"))
            return None
        row, problems = _parse(_EMPLOYEES, record, line)
        if row is None:
            self.errors.extend(problems)
            return None
        start, end = cast("date", row["start"]), cast("date | None", row["end"])
        _remember(self.organs, record["organ"], row["organ"])
        _remember(self.days_of, record["start"], start)
        if end is not None:
            _remember(self.days_of, record["end"], end)
        organ, gender = cast("str", row["organ"]), cast("str", row["gender"])
        return cast("str", row["company"]), organ, _SLOTS[gender], start, end

    def merge(self, steps: dict[str, dict[str, list[int]]]) -> None:
        """Add counts kept per company, then per organ."""
        for company, by_organ in steps.items():
            for organ, step in by_organ.items():
                mine = self.steps.setdefault((company, organ), [0] * self.width)
                for index, value in enumerate(step):
                    mine[index] += value

    def rows(self) -> tuple[dict[str, object], ...]:
        rows: list[dict[str, object]] = []
        for (company, organ), step in sorted(self.steps.items()):
            counts = [0, 0, 0, 0]
            for index, day in enumerate(self.days):
                for slot in range(4):
                    counts[slot] += step[4 * index + slot]
                if any(counts):
                    rows.append(
                        {
                            "company": company,
                            "organ": organ,
                            "date": day,
                            "men": counts[0],
                            "women": counts[1],
                            "other": counts[2],
                            "unknown": counts[3],
                        }
                    )
        return tuple(rows)


def _remember(cache: dict[object, Any], raw: object, value: object) -> None:
    """Remember that ``raw`` (if hashable) checks out as ``value``, while the cache has room."""
    if len(cache) < _CACHE_SIZE:
        with contextlib.suppress(TypeError):  # an unhashable raw value is not remembered
            cache[raw] = value


def _tally_records(tally: _Tally, records: Iterable[Mapping[str, object]]) -> None:
    organs, days_of, add = tally.organs, tally.days_of, tally.add
    for position, record in enumerate(records, start=1):
        # The quick path takes only values checked before; anything else is checked in full.
        try:
            if getattr(record, "problems", None):
                raise LookupError
            company = record["company"].strip()  # type: ignore[attr-defined]
            organ = organs[record["organ"]]
            slot = _SLOTS[record["gender"].lower()]  # type: ignore[attr-defined]
            start = days_of[record["start"]]
            raw_end = record.get("end")
            end = None if raw_end is None or raw_end == "" else days_of[raw_end]
            if not company or (end is not None and end < start):
                raise LookupError
        except (LookupError, AttributeError, TypeError):
            checked = tally.check(record, getattr(record, "line", position))
            if checked is not None:
                add(*checked)
            continue
        add(company, organ, slot, start, end)


def _tally_csv(tally: _Tally, source: Any, display: str) -> None:
    """As :func:`_tally_records`, from the cells of a CSV file, without building records."""
    # Kept lean on purpose: this loop runs once per record, and allocates almost nothing.
    organs, days_of, days, slots = tally.organs, tally.days_of, tally.days, dict(_SLOTS)
    steps: dict[str, dict[str, list[int]]] = {}
    every, size = len(days), tally.width
    with _csv_reader(source, _EMPLOYEES, display) as table:
        names = table.names
        width = len(names)
        at_company, at_organ = names.index("company"), names.index("organ")
        at_gender, at_start = names.index("gender"), names.index("start")
        at_end = names.index("end") if "end" in names else width
        for cells in table.reader:
            if len(cells) == width:
                try:
                    company = cells[at_company].strip()
                    organ = organs[cells[at_organ]]
                    slot = slots[cells[at_gender]]
                    start = days_of[cells[at_start]]
                    raw_end = cells[at_end] if at_end < width else ""
                    end = None if raw_end == "" else days_of[raw_end]
                    if company and (end is None or start <= end):
                        first = bisect_left(days, start)
                        last = every if end is None else bisect_right(days, end)
                        if first < last:
                            by_organ = steps.get(company)
                            if by_organ is None:
                                by_organ = steps[company] = {}
                            step = by_organ.get(organ)
                            if step is None:
                                step = by_organ[organ] = [0] * size
                            step[4 * first + slot] += 1
                            step[4 * last + slot] -= 1
                        continue
                except LookupError:
                    pass
            if not any(cells):
                continue
            line = table.line(cells)
            checked = tally.check(_record(line, names, cells), line)
            if checked is not None:
                tally.add(*checked)
                if len(cells) == width and len(slots) < _CACHE_SIZE:
                    slots[cells[at_gender]] = checked[2]
    tally.merge(steps)


def aggregate_employees(
    records: Iterable[Mapping[str, object]],
    *,
    dates: Sequence[date],
    on_error: OnError = "raise",
) -> Loaded:
    """
    Composition rows counted from employee records: for each company, organ and date in
    ``dates``, how many men, women, others and unknowns held a position in the organ then
    (``start`` and ``end`` included; an empty ``end`` means still in it).

    ``records`` are mappings with ``company``, ``organ``, ``gender`` (a label of
    :data:`~ingroeiquotum.model.gender.LABELS`, in any case), ``start`` and optionally ``end``, as :func:`read_employees` yields them or typed.
    They are counted one at a time and not kept, so memory grows with the number of
    company-organ-date groups (and of bad records, whose problems are kept), not with the
    number of records. A problem is reported with the
    record's ``line`` (from :func:`read_employees`), else its 1-based position.

    The rows come sorted by company, organ and date, with ``company``, ``organ``, ``date``,
    ``men``, ``women``, ``other`` and ``unknown``; a group appears only if someone held a
    position in it on that date. HR records cannot tell ``legal_form`` and ``listed``: the
    caller adds them (and any other company column) before passing the rows on, for example
    ``[{**row, **facts[row["company"]]} for row in loaded.rows]``.

    Raises:
        LoadError: with ``on_error="raise"``, listing every bad record.
        InvalidArgument: if ``dates`` is empty or holds something other than dates.

    .. versionadded:: 0.1.0
    """
    _check_on_error(on_error)
    if isinstance(records, str | bytes | Mapping) or not isinstance(records, Iterable):
        raise InvalidArgument("records", records, "must be an iterable of mappings")
    given = _validate.sequence("dates", dates)
    if not given:
        raise InvalidArgument("dates", dates, "must hold at least one date")
    tally = _Tally(sorted({_validate.day(f"dates[{i}]", day) for i, day in enumerate(given)}))
    if isinstance(records, _Employees) and records.format == "csv" and records.records is None:
        records.records = iter(())  # read here, straight from the cells
        _tally_csv(tally, records.source, records.display)
        display = records.display
    else:
        _tally_records(tally, records)
        display = _display(records) if _is_data(records) else "records"
    if tally.errors and on_error == "raise":
        raise LoadError(display, tally.errors)
    return Loaded(tally.rows(), tuple(tally.errors))


# -- writing ------------------------------------------------------------------------------------


def _share_text(value: Fraction) -> str:
    """A share as an exact percentage ("30%", "12.5%") if it has one, else "n/d"."""
    percent = value * 100
    for places in range(7):
        scaled = percent * 10**places
        if scaled.denominator == 1:
            return f"{Decimal(scaled.numerator).scaleb(-places)}%"
    return f"{value.numerator}/{value.denominator}"


def _plain(field: str, value: object) -> str | int | bool | None:
    """``value`` as text or a JSON scalar that the readers read back to the same value."""
    if value is None or isinstance(value, str | bool | int):
        return value
    if isinstance(value, datetime):
        raise InvalidArgument(field, value, "must be a date without a time of day")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Fraction):
        return _share_text(value)
    if isinstance(value, Decimal):
        return format(abs(value) if value.is_zero() else value, "f")  # never "-0"
    if isinstance(value, float):
        return repr(value)
    raise InvalidArgument(
        field,
        value,
        "cannot be written: use text, a whole number, a bool, a date, a Fraction or a Decimal",
    )


def _csv_cell(value: str | int | bool | None) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def write_compositions(
    rows: Iterable[Mapping[str, object]],
    target: str | os.PathLike[str] | IO[str] | IO[bytes],
    *,
    format: Literal["csv", "json"] = "csv",
) -> None:
    """
    Write composition rows to ``target`` (a path, or a text or binary file object) as UTF-8
    CSV or as the JSON envelope of schema ``ingroeiquotum.compositions``, version 1.

    :func:`read_compositions` reads the result back to the same rows: dates are written as
    ISO dates, flags as ``true``/``false``, shares as exact percentages (``"30%"``) or
    fractions (``"1/3"``), amounts as plain decimals. The columns written are the schema's
    required columns, its optional columns where any row gives a value other than the
    default, then any other keys in the order first seen. Values are written as they are, not
    checked against the schema: rows from :func:`aggregate_employees` need ``legal_form`` and
    ``listed`` added before they read back.

    >>> from io import StringIO
    >>> out = StringIO()
    >>> write_compositions([{"company": "Polder BV", "organ": "rvc", "date": date(2025, 12, 31),
    ...     "legal_form": "BV", "listed": False, "men": 3, "women": 2,
    ...     "target": Fraction(1, 3)}], out)
    >>> out.getvalue().splitlines()
    ['company,organ,date,legal_form,listed,men,women,target', 'Polder BV,rvc,2025-12-31,BV,false,3,2,1/3']

    Raises:
        InvalidArgument: for an unknown ``format``, a row that is not a mapping, or a value of
            a type that cannot be written.

    .. versionadded:: 0.1.0
    """
    if format not in ("csv", "json"):
        raise InvalidArgument("format", format, "must be 'csv' or 'json'")
    if not isinstance(target, str | os.PathLike) and not hasattr(target, "write"):
        raise InvalidArgument("target", target, "must be a path or a file object")
    if isinstance(rows, str | bytes | Mapping) or not isinstance(rows, Iterable):
        raise InvalidArgument("rows", rows, "must be an iterable of mappings")
    table: list[dict[str, str | int | bool | None]] = []
    for index, row in enumerate(rows):
        if not isinstance(row, Mapping):
            raise InvalidArgument(f"rows[{index}]", row, "must be a mapping")
        table.append({str(key): _plain(f"rows[{index}].{key}", row[key]) for key in row})
    columns = [
        column.name
        for column in _COMPOSITIONS.columns
        if column.required
        or any(row.get(column.name) not in (None, _plain("", column.default)) for row in table)
    ]
    extras = (key for row in table for key in row if key not in _COMPOSITIONS.names)
    columns.extend(dict.fromkeys(extras))
    buffer = StringIO()
    if format == "csv":
        # CRLF as RFC 4180 has it; it also makes the writer quote a cell holding a lone "\r".
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow(columns)
        writer.writerows([_csv_cell(row.get(column)) for column in columns] for row in table)
    else:
        document = {
            "schema": _COMPOSITIONS.name,
            "version": SCHEMA_VERSION,
            "rows": [{column: row.get(column) for column in columns} for row in table],
        }
        json.dump(document, buffer, ensure_ascii=False, indent=2)
        buffer.write("\n")
    text = buffer.getvalue()
    if isinstance(target, str | os.PathLike):
        with open(target, "w", encoding="utf-8", newline="") as file:
            file.write(text)
        return
    try:
        cast("IO[str]", target).write(text)
    except TypeError:
        cast("IO[bytes]", target).write(text.encode("utf-8"))
