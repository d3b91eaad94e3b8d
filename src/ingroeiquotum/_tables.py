r"""
The one table reader: every tabular source the package reads (a CSV file, the rows of a JSON
document, the first sheet of an Excel workbook, mappings in memory) as records, numbered one way.

**The numbering**, for every error about a row, wherever it is raised: a row read from a file
carries the file's line (in CSV the header is line 1, so the first data row is line 2; in Excel
the sheet row; in JSON, which has no line per row, the 1-based position in the list of rows); a
row given in memory is numbered by its 1-based position. :func:`numbered` applies this to any
rows: a :class:`Record` made here keeps its own line.

**The shape** of a table is checked here, once for every caller: the header (a column named
twice, a required column missing), a row with more cells than the header, a JSON item that is
not an object, a file that is not UTF-8 or not valid CSV. The cells come back as they are
(text from CSV, typed values from JSON and Excel, ``None`` for an empty cell): each caller
types them with its own schema.

This module is in the core layer (it imports only :mod:`ingroeiquotum.exceptions` and
:mod:`ingroeiquotum._validate`), so that every layer can read tables with it: the loaders of
:mod:`ingroeiquotum.io`, ``scope.history_of``, ``succession.read_seats_rows``, ``bulk`` and the
command line. Options of a source (a mapping of column names, a text encoding, a date format,
dataframes as a source) belong here too, so that every loader gains them at once: the header
names go through :func:`_column_name`, the text through :func:`_lines`, the source kinds
through :func:`read`.

>>> from io import StringIO
>>> table = Table("example", ("name", "count"), required=("name",))
>>> for record in read(StringIO("Name;count\nA;1\n\nB;\n"), table, format="csv"):
...     print(record.line, dict(record))
2 {'name': 'A', 'count': '1'}
4 {'name': 'B', 'count': None}
>>> [number for number, row in numbered([{"a": 1}, {"a": 2}])]
[1, 2]
"""

from __future__ import annotations

import contextlib
import csv
import itertools
import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date
from decimal import Decimal
from pathlib import PurePath
from typing import Any, TypeVar, cast

import attrs

from ingroeiquotum import _frames, _validate
from ingroeiquotum._headers import Namer
from ingroeiquotum._headers import check_columns as check_columns
from ingroeiquotum._limits import DEFAULT_LIMITS as DEFAULT_LIMITS
from ingroeiquotum._limits import NOT_UTF8 as NOT_UTF8
from ingroeiquotum._limits import QUOTED, _lines, detected, not_decodable
from ingroeiquotum._limits import Limits as Limits
from ingroeiquotum._limits import encoding_of as encoding_of
from ingroeiquotum._limits import file_problem as file_problem
from ingroeiquotum._limits import limits_of as limits_of
from ingroeiquotum._limits import neutralised as neutralised
from ingroeiquotum._limits import over_limit as over_limit
from ingroeiquotum._limits import restored as restored
from ingroeiquotum._limits import stream_problem as stream_problem
from ingroeiquotum.exceptions import InvalidArgument, LoadError, RowError

_T = TypeVar("_T")

EXCEL_FORMATS = ("xlsx", "xlsm", "xlsb", "xls", "ods")
"""The workbook formats, read by :mod:`ingroeiquotum._excel` (the ``excel`` extra)."""

FORMATS = ("csv", "json", *EXCEL_FORMATS)
"""The file formats the reader reads."""


class Record(dict[str, object]):
    """
    One raw row of a source, as :func:`ingroeiquotum.io.read_employees` yields it: a dict from
    column to cell (``None`` for an empty cell), plus ``line``, its line number in the file
    (the header is line 1 of a CSV file; the sheet row in Excel; the 1-based position in the
    list of rows in JSON), and ``problems``, found in the row's shape while reading (more cells
    than the header has columns, a JSON item that is not an object).

    .. versionadded:: 0.1.0
    """

    __slots__ = ("line", "problems")

    line: int
    problems: tuple[RowError, ...]


def new_record(
    line: int,
    cells: Mapping[str, object] | Iterable[tuple[str, object]] = (),
    problems: tuple[RowError, ...] = (),
) -> Record:
    """A :class:`Record` of ``cells`` numbered ``line``."""
    record = Record(cells)
    record.line = line
    record.problems = problems
    return record


# -- the numbering ------------------------------------------------------------------------------


def line(row: object, position: int) -> int:
    """
    The number of ``row`` in every error about it: its line if it was read from a file (a
    :class:`Record`), else ``position``, its 1-based position among the rows given.
    """
    return row.line if isinstance(row, Record) else position


def numbered(rows: Iterable[_T], *, first: int = 1) -> Iterator[tuple[int, _T]]:
    """
    Each of ``rows`` with its number (see :func:`line`); ``first`` is the number of the first
    row given in memory (1 unless a caller already counted some).
    """
    for position, row in enumerate(rows, start=first):
        yield (row.line if isinstance(row, Record) else position), row


def given(value: object) -> object:
    """``value`` stripped if it is text, or ``None`` if it is missing or blank."""
    if isinstance(value, str):
        return value.strip() or None
    return value


# -- what a table looks like --------------------------------------------------------------------


@attrs.frozen
class Table:
    """
    What the reader checks of a table: the columns its caller knows (a header cell that names
    one in another case is read as it), those that must be present, and the ``schema`` name and
    the newest ``version`` of its JSON envelope, the one envelope of every document
    ``{"schema": ..., "schema_version": "1.0", "rows": [...]}`` (see :func:`envelope_problems`).
    """

    schema: str
    columns: tuple[str, ...]
    required: tuple[str, ...] = ()
    version: str = "1.0"
    names: frozenset[str] = attrs.field(init=False)

    @names.default
    def _names(self) -> frozenset[str]:
        return frozenset(self.columns)


def namer(table: Table, columns: Mapping[str, str] | None = None) -> Namer:
    """The names of ``table``'s columns as a source gives them, with a caller's ``columns``."""
    return Namer(table.names, columns)


# -- sources ------------------------------------------------------------------------------------


def display(source: object) -> str:
    """How a LoadError names ``source``."""
    library = _frames.kind(source)
    if library is not None:
        return f"<{library} {type(source).__name__}>"
    if isinstance(source, str | os.PathLike):
        return str(os.fspath(source))
    name = getattr(source, "name", None)
    if isinstance(name, str):
        return name
    if isinstance(source, Mapping | list | tuple):
        return "<data>"
    return "<stream>"


def is_data(source: object) -> bool:
    """Whether ``source`` is parsed data (a mapping or a sequence), not a file."""
    return isinstance(source, Mapping) or (
        isinstance(source, Sequence) and not isinstance(source, str | bytes | bytearray)
    )


def format_of(source: object, format: str | None) -> str:
    """The format to read ``source`` in, after checking that ``source`` can be read at all."""
    if _frames.kind(source) is not None:
        if format is not None and format != "frame":
            raise InvalidArgument("format", format, "a DataFrame is read as it is: leave it out")
        return "frame"
    if not (isinstance(source, str | os.PathLike) or is_data(source) or hasattr(source, "read")):
        raise InvalidArgument(
            "source",
            source,
            "must be a path, a file object, a pandas or polars DataFrame or (for JSON) parsed data",
        )
    if isinstance(source, str | os.PathLike) and os.path.isdir(source):
        raise LoadError(
            display(source), [RowError(None, "file", display(source), "is a folder, not a file")]
        )
    if format is not None:
        if not isinstance(format, str) or format.lower() not in FORMATS:
            raise InvalidArgument("format", format, f"must be one of {', '.join(FORMATS)}")
        if is_data(source) and format.lower() != "json":
            raise InvalidArgument("format", format, "parsed data can only be read as 'json'")
        return format.lower()
    if is_data(source):
        return "json"
    name = source if isinstance(source, str | os.PathLike) else getattr(source, "name", None)
    if isinstance(name, str | os.PathLike):
        suffix = PurePath(name).suffix.lower().lstrip(".")
        if suffix in FORMATS:
            return suffix
    raise InvalidArgument(
        "format",
        None,
        f"cannot tell the format of {display(source)} from its name: it must end in one of "
        f"{', '.join('.' + kind for kind in FORMATS)} (or pass format=)",
    )


def read(
    source: Any,
    table: Table,
    *,
    format: str | None = None,
    shown: str | None = None,
    limits: Limits | None = None,
    columns: Mapping[str, str] | None = None,
    encoding: str | None = None,
) -> Iterator[Record]:
    """
    The records of ``source`` (a path, a text or binary file object, a pandas or polars
    DataFrame, or for JSON the parsed document), read one at a time in the ``format`` given or
    told by the file's suffix; the header is checked against ``table``. ``shown`` names the
    source in errors (by default as :func:`display` does); ``limits`` bound what is read (by
    default :class:`Limits`); ``columns`` maps the source's column names to the table's (see
    :mod:`ingroeiquotum._headers`, checked by :func:`check_columns`); ``encoding`` names the
    text encoding of a CSV or JSON file (checked by :func:`encoding_of`; by default UTF-8 or
    UTF-16 is detected).

    Raises:
        LoadError: on iteration, for a header or a file that cannot be read (every problem
            with its line), or a file that goes past one of the ``limits``.
        InvalidArgument: now, for a source that is no source, an unknown format, or an Excel
            file without the ``excel`` extra.
    """
    kind = format_of(source, format)
    shown = display(source) if shown is None else shown
    bounds = limits_of(limits)
    names = namer(table, check_columns(columns, table.columns))
    code = encoding_of(encoding)
    if kind == "json":
        return _json_records(source, table, names, shown, bounds, code)
    if kind == "frame":
        return _sheet_records(_frames.rows(source, shown, bounds), table, shown, bounds, names)
    if kind in EXCEL_FORMATS:
        from ingroeiquotum import _excel  # a workbook reader loads only when asked

        rows = _excel.rows(source, shown, bounds, kind)
        return _sheet_records(rows, table, shown, bounds, names)
    return _csv_records(source, table, shown, bounds, names, code)


# -- the header and the cells -------------------------------------------------------------------


def header(
    cells: Sequence[object],
    table: Table,
    shown: str,
    limits: Limits = DEFAULT_LIMITS,
    names_of: Namer | None = None,
    number: int | None = 1,
) -> list[str | None]:
    """
    The column name of each header cell (``None`` for a blank one), checked; ``names_of``
    tells the column a cell names (by default the table's names in any case and the Dutch
    headers), ``number`` is the header's line (``None`` for a DataFrame's column names).
    """
    if len(cells) > limits.columns:
        raise over_limit(shown, number, "columns", limits)
    names_of = namer(table) if names_of is None else names_of
    names: list[str | None] = []
    seen: dict[str, object] = {}
    problems: list[RowError] = []
    for cell in cells:
        name = names_of(cell)
        if name and name in seen:
            reason = "the column appears twice"
            if seen[name] != cell:
                reason += f" (as {seen[name]!r} and {cell!r}): map one with columns="
            problems.append(RowError(number, name, cell, reason))
        seen.setdefault(name, cell)
        names.append(name or None)
    problems.extend(
        RowError(number, "columns", key, "names no column of the source")
        for key in names_of.unused(list(cells))
    )
    problems.extend(
        RowError(number, column, None, "the required column is missing")
        for column in table.required
        if column not in seen
    )
    if problems:
        raise LoadError(shown, problems)
    return names


def record(number: int, names: Sequence[str | None], cells: Sequence[object]) -> Record:
    """
    A Record of ``cells`` under the header ``names``; an empty cell becomes ``None``, a cell
    the writer neutralised is :func:`restored`.
    """
    width = len(names)
    result = new_record(number)
    for name, cell in itertools.zip_longest(names, cells[:width]):
        if name is not None:
            if isinstance(cell, str) and QUOTED(cell):
                cell = cell[1:]
            result[name] = None if cell == "" else cell
    surplus = cells[width:]
    if any(given(cell) is not None for cell in surplus):
        result.problems = (
            RowError(
                number,
                "row",
                tuple(surplus),
                f"has {len(cells)} cells, more than the {width} columns of the header",
            ),
        )
    return result


# -- CSV ----------------------------------------------------------------------------------------


def _sniff(first: str) -> str:
    counts = {delimiter: first.count(delimiter) for delimiter in (",", ";", "\t")}
    return max(counts, key=counts.__getitem__)


class CsvTable:
    """A csv reader over a source's data rows, with the checked header and line numbers."""

    def __init__(self, reader: Any, names: list[str | None], offset: int) -> None:
        self.reader = reader
        self.names = names
        self.offset = offset

    def line(self, cells: Sequence[str]) -> int:
        """The line on which the row ``cells`` just read starts (counted only when asked)."""
        number = cast("int", self.reader.line_num) + self.offset
        text = "".join(cells)
        if "\n" not in text and "\r" not in text:
            return number
        return number - text.count("\n") - text.count("\r") + text.count("\r\n")


@contextlib.contextmanager
def csv_table(
    source: Any,
    table: Table,
    shown: str,
    limits: Limits = DEFAULT_LIMITS,
    names_of: Namer | None = None,
    encoding: str | None = None,
) -> Iterator[CsvTable]:
    """
    The data rows of a CSV source as lists of cells, read one at a time within ``limits``: the
    header is read and checked first; a file that is not UTF-8, not valid CSV or past a limit
    becomes a LoadError. The loaders read records; a caller that must be lean per row (the
    employee count) reads cells.
    """
    if csv.field_size_limit() < limits.field_size:  # one limit for the whole process
        csv.field_size_limit(limits.field_size)
    with _lines(source, shown, limits, encoding) as lines:
        reader: Any = None
        offset = 1
        try:
            first = next(lines, None)
            if first is None:
                raise LoadError(shown, [RowError(1, "header", "", "the file is empty")])
            delimiter = _sniff(first)
            if first.count('"') % 2 == 0:  # the header is on one line: read the rest on its own
                names = next(csv.reader([first], delimiter=delimiter))
                reader = csv.reader(lines, delimiter=delimiter)
            else:
                reader = csv.reader(itertools.chain([first], lines), delimiter=delimiter)
                names, offset = next(reader), 0
            yield CsvTable(reader, header(names, table, shown, limits, names_of), offset)
        except csv.Error as error:
            number = offset + (reader.line_num if reader is not None else 0)
            if "field larger than field limit" in str(error):
                raise over_limit(shown, number, "field_size", limits) from None
            problem = RowError(number, "row", None, f"is not valid CSV ({error})")
            raise LoadError(shown, [problem]) from None


def _csv_records(
    source: Any, table: Table, shown: str, limits: Limits, names_of: Namer, encoding: str | None
) -> Iterator[Record]:
    with csv_table(source, table, shown, limits, names_of, encoding) as rows:
        names = rows.names
        width, keys, simple = len(names), cast("list[str]", names), None not in names
        for cells in rows.reader:
            if not any(cells):
                continue
            if simple and len(cells) == width and not any(map(QUOTED, cells)):
                found = Record(zip(keys, cells, strict=True))  # the usual case, kept quick
                found.line, found.problems = rows.line(cells), ()
                if "" in cells:
                    for index, cell in enumerate(cells):
                        if not cell:
                            found[keys[index]] = None
                yield found
            else:
                yield record(rows.line(cells), names, cells)


# -- JSON ---------------------------------------------------------------------------------------


def _load_json(source: Any, shown: str, limits: Limits, encoding: str | None = None) -> object:
    most = limits.document_size
    try:
        if isinstance(source, str | os.PathLike):
            try:
                with open(source, "rb") as file:
                    content: object = file.read(most + 1)
            except OSError as error:
                raise LoadError(shown, [file_problem(error, shown)]) from None
        else:
            content = source.read(most + 1)
    except LoadError:
        raise
    except (OSError, ValueError) as error:  # a closed or unreadable stream, a disk error
        raise LoadError(shown, [stream_problem(error, shown)]) from None
    if not isinstance(content, str | bytes):
        what = type(content).__name__
        raise LoadError(shown, [RowError(None, "file", shown, f"gives {what}, not text or bytes")])
    if len(content) > most:
        raise over_limit(shown, None, "document_size", limits)
    if isinstance(content, bytes):
        code = encoding or detected(content[:4]) or "utf-8-sig"
        try:
            text = content.decode(code)
        except UnicodeDecodeError as error:
            number = content.count(b"\n", 0, error.start) + 1
            value = content[error.start : error.end + 8]
            reason = NOT_UTF8 if code == "utf-8-sig" else not_decodable(code)
            raise LoadError(shown, [RowError(number, "encoding", value, reason)]) from None
    else:
        text = content
    return _validate.json_document(text, shown, parse_float=Decimal)


def envelope_problems(document: Mapping[str, object], table: Table) -> list[RowError]:
    """
    What is wrong with the envelope of a JSON table document: the schema name, and the version
    checked by :func:`ingroeiquotum._validate.version_problems` (the check of every document
    kind's version, the codec's too).

    The one envelope is ``{"schema": ..., "schema_version": "1.0"}``. The first envelope,
    ``{"schema": ..., "version": 1}``, still reads as version 1.0 (``"version": 2`` is newer
    than this library reads); a document giving both keys is refused rather than read by one.

    >>> table = Table("ingroeiquotum.seats", ("gender",))
    >>> envelope_problems({"schema": "ingroeiquotum.seats", "schema_version": "1.0"}, table)
    []
    >>> envelope_problems({"schema": "ingroeiquotum.seats", "version": 1}, table)
    []
    >>> [str(problem) for problem in envelope_problems({"schema": "x"}, table)]
    ["schema: must be 'ingroeiquotum.seats', got 'x'", 'schema_version: is missing, got None']
    """
    problems: list[RowError] = []
    name = document.get("schema")
    if name != table.schema:
        problems.append(RowError(None, "schema", name, f"must be {table.schema!r}"))
    if "version" in document and "schema_version" in document:
        reason = "is the first envelope's key: give schema_version only"
        problems.append(RowError(None, "version", document["version"], reason))
    elif "version" in document:  # {"schema": ..., "version": 1}: the first envelope
        problems.extend(_validate.version_problems(document["version"], 1))
    else:
        version = document.get("schema_version")
        problems.extend(_validate.version_problems(version, table.version, "schema_version"))
    return problems


def _rows_of(document: object, table: Table, shown: str) -> Sequence[object]:
    """The rows of a JSON document: a bare list, or the envelope of ``table``."""
    if isinstance(document, list | tuple):
        return document
    if not isinstance(document, Mapping):
        raise LoadError(
            shown,
            [
                RowError(
                    None,
                    "document",
                    type(document).__name__,
                    "must be an object with schema, schema_version and rows, or a list of rows",
                )
            ],
        )
    problems = envelope_problems(document, table)
    rows = document.get("rows")
    if not isinstance(rows, list | tuple):
        problems.append(RowError(None, "rows", type(rows).__name__, "must be a list of rows"))
    if problems:
        raise LoadError(shown, problems)
    return cast("Sequence[object]", rows)


def _json_records(
    source: Any, table: Table, names_of: Namer, shown: str, limits: Limits, encoding: str | None
) -> Iterator[Record]:
    document = source if is_data(source) else _load_json(source, shown, limits, encoding)
    items = _rows_of(document, table, shown)
    if len(items) > limits.rows:
        raise over_limit(shown, limits.rows + 1, "rows", limits)
    for number, item in enumerate(items, start=1):
        if not isinstance(item, Mapping):
            problem = RowError(number, "row", item, "must be an object keyed by the columns")
            yield new_record(number, problems=(problem,))
            continue
        if len(item) > limits.columns:
            raise over_limit(shown, number, "columns", limits)
        found = new_record(number)
        problems = []
        for key, value in item.items():
            name = names_of(key)
            if name not in table.names:
                name = str(key)  # kept as it is, not stripped
            if name in found:
                problems.append(RowError(number, name, value, "the column appears twice"))
            found[name] = value
        found.problems = tuple(problems)
        yield found


# -- workbooks ----------------------------------------------------------------------------------


def _as_text(value: object) -> object:
    """A workbook cell of a column the caller does not type, as text (as CSV would give it)."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _sheet_records(
    rows: Iterator[tuple[int, list[object]]],
    table: Table,
    shown: str,
    limits: Limits,
    names_of: Namer,
) -> Iterator[Record]:
    """
    The records of a sheet's rows (the header first), read by :mod:`ingroeiquotum._excel` or
    :mod:`ingroeiquotum._frames`; a cell of a column the caller does not type becomes text.
    """
    number, cells = next(rows)
    names = header(cells, table, shown, limits, names_of, number or None)
    extra = [name is not None and name not in table.names for name in names]
    for number, values in rows:
        cells = [
            _as_text(value) if index < len(extra) and extra[index] else value
            for index, value in enumerate(values)
        ]
        if any(given(cell) is not None for cell in cells):
            yield record(number, names, cells)
