"""
Composition and company-year rows: their readers (the one table reader, typed by the schemas
of :mod:`ingroeiquotum.io.tables`) and the writer of composition rows.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import contextlib
import csv
import json
import os
import tempfile
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from decimal import Decimal
from fractions import Fraction
from io import StringIO
from typing import IO, Literal, cast

from ingroeiquotum import _tables
from ingroeiquotum.exceptions import InvalidArgument, LoadError
from ingroeiquotum.io.tables import (
    _COMPANY_YEARS,
    _COMPOSITIONS,
    SCHEMA_VERSION,
    Duplicates,
    Loaded,
    OnError,
    Source,
    _read,
)


def read_compositions(
    source: Source,
    *,
    format: str | None = None,
    columns: Mapping[str, str] | None = None,
    date_format: str | None = None,
    encoding: str | None = None,
    duplicates: Duplicates = "refuse",
    on_error: OnError = "raise",
    limits: _tables.Limits | None = None,
) -> Loaded:
    """
    Composition rows (schema ``ingroeiquotum.compositions``): one organ of one company on one
    date, from a CSV, JSON or Excel source.

    ``source`` is a path, a text or binary file object, a pandas or polars DataFrame (``None``,
    ``NaN``, ``NaT`` and ``NA`` are empty cells; an error names the row by its index), or for
    JSON the parsed document (an envelope ``{"schema": ..., "schema_version": "1.0", "rows":
    [...]}``, the one envelope of every document, or a bare list of rows; the first envelope
    ``"version": 1`` still reads). ``format`` is ``"csv"``, ``"json"``, or a workbook format
    (``"xlsx"``, ``"xlsm"``, ``"xlsb"``, ``"xls"``, ``"ods"``: the ``excel`` extra reads the
    first sheet, whose first row is the header); by default it follows the file's suffix. CSV
    has ``,``, ``;`` or a tab between cells (taken from the header line); an empty cell means
    "not given".

    The options that make a real export load in one call (see ``docs/howto/hr-export.md``):

    * ``columns`` maps the source's column names to the library's
      (``{"Bedrijfsnaam": "company"}``); without it, the library's names are read in any case
      and the common Dutch headers (``bedrijf``, ``orgaan``, ``peildatum``, ``mannen``,
      ``vrouwen``, ...: ``docs/reference/vocabulary.md``) where unambiguous. A key that names
      no column of the source is an error.
    * ``date_format`` is a :func:`~datetime.datetime.strptime` format for text dates
      (``"%d-%m-%Y"``); ISO dates still read. In a workbook, date cells and Excel serial day
      numbers read as dates; in a DataFrame, date and datetime columns (at midnight). When
      every date of a column fails, one error says so and suggests a format.
    * ``encoding`` names the text encoding of a CSV or JSON file (``"cp1252"``,
      ``"latin-1"``); by default UTF-8 (with or without a byte-order mark) and UTF-16 are
      detected, and anything else is refused with a message that says how to name it.
    * ``duplicates``: a second row for the same company, organ and date is an error
      (``"refuse"``, the default), or the ``"first"`` or ``"last"`` of them is kept and the
      others listed in ``Loaded.dropped``, naming the line kept.

    Organs, flags and legal forms are read in the words people use (``RvB``, ``Raad van
    commissarissen``, ``ja``/``nee``, ``J``/``N``, ``N.V.``).

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

    ``company`` is kept exactly as given, spaces around it included (a name of only spaces is
    refused); a CSV or Excel cell that :func:`write_compositions` neutralised (a single quote
    before ``=``, ``+``, ``-``, ``@``, a tab or a carriage return) is read without the quote.

    ``limits`` (a :class:`~ingroeiquotum.io.Limits`) bound what is read: columns, the length of
    a line and of a cell, rows, the size of a JSON document and of an unpacked workbook (see
    ``docs/reference/data-schema.md``); past one, the reader stops with a :class:`LoadError`
    naming the limit, which ``limits=Limits(rows=...)`` raises.

    Raises:
        LoadError: with ``on_error="raise"``, listing every bad row (line, field, value, reason);
            always for a missing required column, a file that is not UTF-8, a JSON document of
            another schema or of a newer version, a file that is missing, a folder or cannot
            be read, a file past one of the ``limits``.
        InvalidArgument: for an unknown ``format`` or ``on_error``, ``limits`` that are not a
            ``Limits``, or an Excel file without the ``excel`` extra installed.

    .. versionadded:: 0.1.0
    """
    return _read(
        _COMPOSITIONS,
        source,
        format,
        on_error,
        limits,
        columns=columns,
        date_format=date_format,
        encoding=encoding,
        duplicates=duplicates,
    )


def read_company_years(
    source: Source,
    *,
    format: str | None = None,
    columns: Mapping[str, str] | None = None,
    date_format: str | None = None,
    encoding: str | None = None,
    duplicates: Duplicates = "refuse",
    on_error: OnError = "raise",
    limits: _tables.Limits | None = None,
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
    return _read(
        _COMPANY_YEARS,
        source,
        format,
        on_error,
        limits,
        columns=columns,
        date_format=date_format,
        encoding=encoding,
        duplicates=duplicates,
    )


# -- writing ------------------------------------------------------------------------------------


_HUGE = 10**4000
"""Python writes an int of at most 4,300 digits as text: a larger number is refused."""


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
    if isinstance(value, int) and not isinstance(value, bool) and not -_HUGE < value < _HUGE:
        raise InvalidArgument(field, value, "has too many digits to write")
    if value is None or isinstance(value, str | bool | int):
        return value
    if isinstance(value, datetime):
        raise InvalidArgument(field, value, "must be a date without a time of day")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Fraction):
        if not -_HUGE < value.numerator < _HUGE or value.denominator >= _HUGE:
            raise InvalidArgument(field, value, "has too many digits to write")
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
    return _tables.neutralised(str(value))


def write_text(text: str | bytes, target: str | os.PathLike[str] | IO[str] | IO[bytes]) -> None:
    """
    Write ``text`` to ``target`` as UTF-8 (bytes as they are): a path whole or not at all (a
    temporary file in the same folder, then renamed over the target), a file object as it
    writes. A file that cannot be written (a missing folder, no permission, a full disk) is a
    LoadError naming it.
    """
    shown = _tables.display(target)
    try:
        if isinstance(target, str | os.PathLike):
            _replace(text, str(os.fspath(target)))
            return
        if isinstance(text, bytes):
            cast("IO[bytes]", target).write(text)
            return
        try:
            cast("IO[str]", target).write(text)
        except TypeError:
            cast("IO[bytes]", target).write(text.encode("utf-8"))
    except (OSError, ValueError) as error:  # a full disk, a closed stream, a folder
        raise LoadError(shown, [_tables.stream_problem(error, shown)]) from None


def _replace(text: str | bytes, path: str) -> None:
    """Write ``text`` (UTF-8) to a temporary file beside ``path``, then rename it over ``path``."""
    folder = os.path.dirname(os.path.abspath(path))
    if os.path.isdir(path):
        raise IsADirectoryError(21, "is a folder, not a file", path)
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=".ingroeiquotum-", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(text.encode("utf-8") if isinstance(text, str) else text)
            file.flush()
            os.fsync(file.fileno())
        os.chmod(temporary, _mode(path))
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def _mode(path: str) -> int:
    """The permissions the written file gets: the target's if it exists, else the umask's."""
    try:
        return os.stat(path).st_mode & 0o7777
    except OSError:
        mask = os.umask(0o022)
        os.umask(mask)
        return 0o666 & ~mask


def write_compositions(
    rows: Iterable[Mapping[str, object]],
    target: str | os.PathLike[str] | IO[str] | IO[bytes],
    *,
    format: Literal["csv", "json"] = "csv",
) -> None:
    """
    Write composition rows to ``target`` (a path, or a text or binary file object) as UTF-8
    CSV or as JSON in the one envelope ``{"schema": "ingroeiquotum.compositions",
    "schema_version": "1.0", "rows": [...]}``.

    :func:`read_compositions` reads the result back to the same rows: dates are written as
    ISO dates, flags as ``true``/``false``, shares as exact percentages (``"30%"``) or
    fractions (``"1/3"``), amounts as plain decimals. The columns written are the schema's
    required columns, its optional columns where any row gives a value other than the
    default, then any other keys in the order first seen. Values are written as they are, not
    checked against the schema: rows from :func:`aggregate_employees` need ``legal_form`` and
    ``listed`` added before they read back.

    A file is written whole or not at all: to a temporary file in the same folder, then
    renamed over ``target``. No CSV cell can run as a formula in a spreadsheet (OWASP's advice
    on CSV injection): a cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
    return gets a single quote before it, which the readers of this library take off again,
    so that the round trip keeps every text exactly. JSON is written as it is.

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
        LoadError: for a target that cannot be written (a folder, a missing folder, no
            permission, a full disk, a closed stream); a path is then left as it was.

    .. versionadded:: 0.1.0

    .. versionchanged:: 0.2.0
       JSON is written in the one envelope (``"schema_version": "1.0"``, not ``"version": 1``).
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
        writer.writerow(_tables.neutralised(column) for column in columns)
        writer.writerows([_csv_cell(row.get(column)) for column in columns] for row in table)
    else:
        document = {
            "schema": _COMPOSITIONS.name,
            "schema_version": SCHEMA_VERSION,
            "rows": [{column: row.get(column) for column in columns} for row in table],
        }
        json.dump(document, buffer, ensure_ascii=False, indent=2)
        buffer.write("\n")
    write_text(buffer.getvalue(), target)
