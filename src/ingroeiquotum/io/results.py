"""
Results out: the rows :func:`ingroeiquotum.bulk.evaluate` and :func:`ingroeiquotum.bulk.aggregate`
give (or any rows of plain values) written to CSV or to an Excel workbook, safe to open in a
spreadsheet.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

import csv
import enum
import importlib
import io
import math
import os
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from decimal import Decimal
from fractions import Fraction
from typing import IO, Any, Literal, cast

from ingroeiquotum import _tables
from ingroeiquotum.exceptions import InvalidArgument
from ingroeiquotum.io.compositions import _csv_cell, _plain, _share_text, write_text

ResultsFormat = Literal["csv", "xlsx"]
"""The formats :func:`write_results` writes."""

_FORMATS: tuple[ResultsFormat, ...] = ("csv", "xlsx")

_EXCEL_TEXT = 32_767
"""The most characters an Excel cell holds."""

_EXCEL_DIGITS = 15
"""The significant digits of an Excel number: a number of more is written as text."""


def write_results(
    rows: Iterable[Mapping[str, object]],
    target: str | os.PathLike[str] | IO[str] | IO[bytes],
    *,
    format: ResultsFormat | None = None,
) -> None:
    """
    Write result rows (the verdicts of :func:`ingroeiquotum.bulk.evaluate`, the summary of
    :func:`ingroeiquotum.bulk.aggregate`, or any mappings of plain values) to ``target``, a
    path or a file object, as CSV or as an Excel workbook (xlsx, the ``excel`` extra).

    ``format`` is ``"csv"`` or ``"xlsx"``; by default it follows the suffix of a path (or of a
    file object's ``name``). The columns are every key of the rows in the order first seen;
    a row without a key has an empty cell there.

    The values: text as it is; ``None`` as an empty cell; ``True``/``False`` as ``true`` and
    ``false`` in CSV and as Excel's booleans; numbers as numbers; dates as ISO dates in CSV
    (``2025-12-31``) and as date cells in xlsx; a :class:`~fractions.Fraction` (a target share)
    stays exact, as text: an exact percentage (``"30%"``) or a fraction (``"1/3"``), which the
    readers of this library read back to the same Fraction; a float is written as it is (the
    shares of :func:`~ingroeiquotum.bulk.aggregate` are rounded floats). In xlsx, a number
    Excel cannot hold exactly (more than 15 digits, not finite) is written as text. An enum
    member is written as its value.

    No cell can run as a formula (OWASP's advice on CSV injection): a text that starts with
    ``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets a single quote before it, in
    CSV and in xlsx alike, and in xlsx every text is a string cell, never a formula. A
    spreadsheet shows the quote; the readers of this library take it off again.

    A path is written whole or not at all: to a temporary file beside it, then renamed over
    it. The file is built in memory first (rows of results are few: one per organ and rule).

    >>> from datetime import date
    >>> from io import StringIO
    >>> out = StringIO()
    >>> write_results([
    ...     {"company": "=cmd|'/c calc'!A1", "date": date(2025, 12, 31), "verdict": "compliant"},
    ...     {"company": "Polder NV", "date": date(2025, 12, 31), "women_missing": 1},
    ... ], out, format="csv")
    >>> print(out.getvalue(), end="")
    company,date,verdict,women_missing
    '=cmd|'/c calc'!A1,2025-12-31,compliant,
    Polder NV,2025-12-31,,1

    Raises:
        InvalidArgument: for an unknown ``format`` (or none given for a target without a
            suffix), a target that is neither a path nor a file object (or a text stream
            for xlsx), rows that are not mappings, a value of a type that cannot be written
            or text a cell cannot hold (a lone surrogate; in xlsx a control character or
            more than 32,767 characters), or xlsx without the ``excel`` extra.
        LoadError: for a target that cannot be written (a folder, a missing folder, no
            permission, a full disk, a closed stream); a path is then left as it was.

    .. versionadded:: 0.2.0
    """
    kind = _format_of(target, format)
    if not isinstance(target, str | os.PathLike) and not callable(getattr(target, "write", None)):
        raise InvalidArgument("target", target, "must be a path or a file object")
    if isinstance(rows, str | bytes | Mapping) or not isinstance(rows, Iterable):
        raise InvalidArgument("rows", rows, "must be an iterable of mappings")
    table: list[dict[str, object]] = []
    columns: dict[str, None] = {}
    for index, row in enumerate(rows):
        if not isinstance(row, Mapping):
            raise InvalidArgument(f"rows[{index}]", row, "must be a mapping")
        table.append({str(_value("column", key)): value for key, value in row.items()})
        columns.update(dict.fromkeys(table[-1]))
    if kind == "csv":
        write_text(_csv(table, list(columns)), target)
        return
    if not isinstance(target, str | os.PathLike):
        try:
            cast("IO[bytes]", target).write(b"")
        except TypeError:
            raise InvalidArgument(
                "target", target, "must be a binary file object for xlsx"
            ) from None
        except (OSError, ValueError):
            pass  # a closed or unwritable stream: write_text reports it
    write_text(_xlsx(table, list(columns)), target)


def _format_of(target: object, format: object) -> ResultsFormat:
    if format is None:
        name = (
            os.fspath(target)
            if isinstance(target, str | os.PathLike)
            else getattr(target, "name", None)
        )
        suffix = os.path.splitext(name)[1].lower().lstrip(".") if isinstance(name, str) else ""
        if suffix not in _FORMATS:
            raise InvalidArgument(
                "format",
                None,
                f"cannot tell the format of {_tables.display(target)} from its name: it must "
                "end in .csv or .xlsx (or pass format='csv' or format='xlsx')",
            )
        return suffix
    if format not in _FORMATS:
        raise InvalidArgument("format", format, "must be 'csv' or 'xlsx'")
    return format


def _value(field: str, value: object) -> object:
    """``value`` of a result cell, plain (an enum member as its value), its text checked."""
    if isinstance(value, enum.Enum):
        value = value.value
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise InvalidArgument(
                field, value, "holds a lone surrogate, which is no text"
            ) from None
    return value


def _csv(table: list[dict[str, object]], columns: list[str]) -> str:
    buffer = io.StringIO()
    # CRLF as RFC 4180 has it; it also makes the writer quote a cell holding a lone "\r".
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(_tables.neutralised(column) for column in columns)
    for index, row in enumerate(table):
        cells = []
        for column in columns:
            field = f"rows[{index}].{column}"
            cells.append(_csv_cell(_plain(field, _value(field, row.get(column)))))
        writer.writerow(cells)
    return buffer.getvalue()


def _xlsx(table: list[dict[str, object]], columns: list[str]) -> bytes:
    try:
        openpyxl = importlib.import_module("openpyxl")
        cells = importlib.import_module("openpyxl.cell.cell")
    except ImportError:
        raise InvalidArgument(
            "format", "xlsx", "needs the 'excel' extra: pip install 'ingroeiquotum[excel]'"
        ) from None
    illegal = cells.ILLEGAL_CHARACTERS_RE

    def value_of(field: str, value: object) -> object:
        value = _excel_value(field, _value(field, value))
        if isinstance(value, str):
            if illegal.search(value):
                raise InvalidArgument(
                    field, value, "holds a control character an xlsx cell cannot hold"
                )
            if len(value) > _EXCEL_TEXT:
                raise InvalidArgument(
                    field, value, "is longer than the 32,767 characters of an Excel cell"
                )
        return value

    # Every value checked before the workbook is begun: a refusal leaves nothing half made.
    values = [[value_of("column", column) for column in columns]]
    for index, row in enumerate(table):
        values.append([value_of(f"rows[{index}].{column}", row.get(column)) for column in columns])
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("results")

    def cell(value: object) -> Any:
        made = cells.WriteOnlyCell(sheet, value)
        if isinstance(value, str):
            made.data_type = "s"  # a string, never a formula, whatever it starts with
        elif isinstance(value, date):
            made.number_format = "yyyy-mm-dd"
        return made

    for row_values in values:
        sheet.append([cell(value) for value in row_values])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _excel_value(field: str, value: object) -> object:
    """``value`` as an xlsx cell holds it: text neutralised, numbers Excel cannot hold as text."""
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, str):
        return _tables.neutralised(value)
    if isinstance(value, datetime):
        raise InvalidArgument(field, value, "must be a date without a time of day")
    if isinstance(value, date):
        return value
    if isinstance(value, Fraction):
        _plain(field, value)  # too many digits: refused as in CSV
        return _share_text(value)
    if isinstance(value, int):
        return value if abs(value) < 10**_EXCEL_DIGITS else str(_plain(field, value))
    if isinstance(value, float):
        return value if math.isfinite(value) else repr(value)
    if isinstance(value, Decimal):
        exact = value.is_finite() and len(value.as_tuple().digits) <= _EXCEL_DIGITS
        return value if exact else _plain(field, value)
    return _plain(field, value)  # refuses any other type, as CSV does
