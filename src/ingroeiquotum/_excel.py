"""
The workbook reader of the one table reader (:mod:`ingroeiquotum._tables`): the first sheet of
a workbook (xlsx, xlsm, xlsb, xls or ods) as records, numbered by sheet row, with the header
checked as every table's is. It loads only when a workbook is read, and needs the ``excel``
extra: python-calamine reads every format; openpyxl streams the one kind of sheet calamine
would hold at a cost out of proportion to the file (below).

Memory. Calamine holds the whole rectangle of the first sheet, from its first to its last
cell, in memory (some 40 bytes a cell), so what it may open is bounded before it does, by
what the file is (calamine too reads a file by its content, whatever its name or ``kind``):

- a zip workbook (xlsx, xlsm, xlsb, ods) unpacks to at most ``limits.xlsx_size`` bytes (the
  sizes its directory declares; the sheet's part of an xlsx, xlsm or ods is inflated here
  first, by :mod:`zipfile`, which holds a part to its declared size); an xls workbook (an OLE
  file, not a zip) weighs at most ``limits.xlsx_size`` bytes, as does any workbook given as a
  file object, which is read into memory;
- xlsx and xlsm: the first sheet's XML is scanned for references past row 99,999 or column
  Z (a sheet without any holds at most 99,999 x 26 cells); where there are some, the
  rectangle is measured: a last row past ``limits.rows`` + 1 is refused at that limit, and a
  rectangle of more than ``limits.xlsx_size`` / 32 cells (a few cells far apart) is streamed
  by openpyxl instead, to the limits, as it was read before calamine;
- ods: a repeated row or cell (``number-rows-repeated``, ``number-columns-repeated``) that
  holds a value counts as often as it repeats (trailing empty ones cost calamine nothing): a
  last such row past ``limits.rows`` + 1 is refused at that limit, a rectangle of more than
  ``limits.xlsx_size`` / 32 cells at ``xlsx_size``;
- xls and xlsb (binary records) are not scanned: their rectangle is bounded only by the
  format (xls: 65,536 rows of 256 columns, some 0.7 GB in calamine at worst) and by the
  file's size.
"""

from __future__ import annotations

import contextlib
import importlib
import importlib.util
import io
import os
import re
import stat
import zipfile
from collections.abc import Iterator
from datetime import datetime, time
from typing import Any

from ingroeiquotum._limits import Limits, over_limit, stream_problem
from ingroeiquotum.exceptions import InvalidArgument, LoadError, RowError

Row = tuple[int, list[object]]
"""A sheet row: its number in the sheet and its cells."""

NEEDS_EXCEL = "needs the 'excel' extra: pip install 'ingroeiquotum[excel]'"

_CELL_BYTES = 32
"""The bytes of the unpacked-size limit allowed for each cell of a sheet's rectangle."""


def rows(source: Any, shown: str, limits: Limits, kind: str) -> Iterator[Row]:
    """
    The rows of the first sheet of the workbook ``source`` (of format ``kind``): first the
    header (row 1, without trailing blank cells, to ``limits.columns`` + 1 cells), then every
    row that is not blank, to one cell past the header. Dates at midnight come as dates, whole
    floats as ints, empty cells as ``None``; a time of day, a datetime not at midnight or a
    duration come as they are. The extra is checked now, the workbook read on iteration.
    """
    calamine = _extra(kind)  # fail now, not on first iteration
    return _rows(calamine, source, shown, limits)


def _extra(kind: str) -> Any:
    """python-calamine, checked with openpyxl (both in the extra) without importing it."""
    try:
        calamine = importlib.import_module("python_calamine")
        if importlib.util.find_spec("openpyxl") is None:
            raise ImportError("openpyxl")
    except (ImportError, ValueError):
        raise InvalidArgument("format", kind, NEEDS_EXCEL) from None
    return calamine


def _not_a_workbook(shown: str, error: object) -> LoadError:
    return LoadError(shown, [RowError(None, "file", shown, f"is not an Excel workbook ({error})")])


# -- the source, bounded ------------------------------------------------------------------------


def _opened(source: Any, shown: str, limits: Limits) -> Any:
    """
    ``source`` as a seekable binary file: a path opened (a regular file), a file object read
    into memory to ``xlsx_size`` bytes.
    """
    try:
        if isinstance(source, str | os.PathLike):
            path = os.fspath(source)
            status = os.stat(path)
            if not stat.S_ISREG(status.st_mode):
                raise LoadError(shown, [RowError(None, "file", shown, "is not a regular file")])
            return open(path, "rb")  # closed by the caller
        content = io.BytesIO()
        while True:  # a pipe or a socket gives what it has, not all that was asked
            chunk = source.read(limits.xlsx_size + 1 - content.tell())
            if not isinstance(chunk, bytes):
                what = type(chunk).__name__
                raise LoadError(shown, [RowError(None, "file", shown, f"gives {what}, not bytes")])
            if not chunk:
                break
            content.write(chunk)
            if content.tell() > limits.xlsx_size:
                raise over_limit(shown, None, "xlsx_size", limits)
        content.seek(0)
        return content
    except LoadError:
        raise
    except (OSError, ValueError) as error:  # missing, no permission, a closed stream
        raise LoadError(shown, [stream_problem(error, shown)]) from None
    except AttributeError:  # an object without read()
        problem = RowError(None, "file", shown, "is neither a path nor a binary file object")
        raise LoadError(shown, [problem]) from None


def _unpacked(file: Any, shown: str, limits: Limits) -> zipfile.ZipFile:
    """The zip archive in ``file``, whose parts unpack to at most ``xlsx_size`` bytes."""
    try:
        archive = zipfile.ZipFile(file)
        size = sum(info.file_size for info in archive.infolist())
    except Exception as error:  # zipfile raises several kinds for a file that is no zip
        raise _not_a_workbook(shown, error) from None
    if size > limits.xlsx_size:
        raise over_limit(shown, None, "xlsx_size", limits)
    return archive


# -- the rectangle of the first sheet ------------------------------------------------------------

_FAR_HINT = re.compile(rb'r="(?:[A-Z]{2,}|[A-Z]*[0-9]{6,})')
"""A reference past column Z or row 99,999 (a fast filter; the match is checked below)."""

_REFERENCE = re.compile(rb'[ \t\r\n]r="([A-Z]{0,3})([0-9]{1,9})"')
"""The ``r`` attribute of a row (its number) or a cell (its column letters and row)."""

_NEAR = (99_999, 26)
"""The rectangle of a sheet without far references, at most."""


def _column(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + letter - 64
    return number


def _chunks(part: Any) -> Iterator[bytes]:
    """The XML of ``part`` in pieces of about a MiB, each cut before a tag."""
    rest = b""
    while True:
        chunk = part.read(1 << 20)
        if not chunk:
            if rest:
                yield rest
            return
        chunk = rest + chunk
        cut = chunk.rfind(b"<")
        cut = len(chunk) if cut <= 0 else cut
        yield chunk[:cut]
        rest = chunk[cut:]


def _first_sheet(archive: zipfile.ZipFile) -> list[str]:
    """The part of the first sheet of an xlsx or xlsm workbook (every sheet, if unclear)."""
    sheets = [name for name in archive.namelist() if name.startswith("xl/worksheets/")]
    try:
        book = archive.read("xl/workbook.xml")
        links = archive.read("xl/_rels/workbook.xml.rels")
    except (KeyError, OSError, zipfile.BadZipFile, EOFError):
        return sheets
    first = re.search(rb"<(?:\w+:)?sheet\b[^>]*?\b\w+:id=\"([^\"]+)\"", book)
    if first is None:
        return sheets
    for link in re.finditer(rb"<(?:\w+:)?Relationship\b[^>]*>", links):
        tag = link.group()
        if re.search(rb'\bId="' + re.escape(first.group(1)) + rb'"', tag):
            target = re.search(rb'\bTarget="([^"]+)"', tag)
            if target:
                name = target.group(1).decode("utf-8", "replace")
                name = name[1:] if name.startswith("/") else "xl/" + name
                return [name] if name in archive.namelist() else sheets
    return sheets


def _xlsx_rectangle(archive: zipfile.ZipFile, shown: str, limits: Limits) -> int:
    """
    The cells of the rectangle calamine would hold for the first sheet: exact where a piece of
    its XML refers to a cell past column Z or row 99,999, else bounded by ``_NEAR``. A last
    row past ``limits.rows`` + 1 is refused at that limit.
    """
    last_row = last_column = 0
    near = False
    try:
        for name in _first_sheet(archive):
            with archive.open(name) as part:
                for chunk in _chunks(part):
                    if _FAR_HINT.search(chunk) is None:
                        near = True
                        continue
                    for letters, digits in _REFERENCE.findall(chunk):
                        last_row = max(last_row, int(digits))
                        last_column = max(last_column, _column(letters))
    except Exception as error:  # a part that does not inflate
        raise _not_a_workbook(shown, error) from None
    if last_row > limits.rows + 1:
        raise over_limit(shown, limits.rows + 2, "rows", limits)
    if near:
        last_row, last_column = max(last_row, _NEAR[0]), max(last_column, _NEAR[1])
    return last_row * last_column if last_row > _NEAR[0] or last_column > _NEAR[1] else 0


_ODS_TAG = re.compile(
    rb"<table:table-row(?=[\s/>])([^>]*)>|</table:table>"
    rb"|<table:(?:covered-)?table-cell(?=[\s/>])([^>]*?)(/?)>"
)
_REPEATED = re.compile(rb'number-(?:rows|columns)-repeated="([0-9]{1,12})"')


def _ods_rectangle(archive: zipfile.ZipFile, shown: str) -> tuple[int, int]:
    """
    The last row and column of the first table of an ods workbook that hold a value, repeated
    rows and cells counted as often as they repeat (trailing empty ones take no memory).
    """
    try:
        content = archive.read("content.xml")
    except Exception as error:
        raise _not_a_workbook(shown, error) from None
    row = last_row = last_column = column = repeat = 0  # repeat 0: no row yet
    valued = False
    for match in _ODS_TAG.finditer(content):
        attributes = match.group(1)
        if attributes is not None or match.group() == b"</table:table>":
            if valued:  # the row before ends: it counts up to its last repetition
                last_row = row + repeat
            row += repeat
            if attributes is None:
                break
            found = _REPEATED.search(attributes)
            repeat, column, valued = int(found.group(1)) if found else 1, 0, False
        else:
            found = _REPEATED.search(match.group(2))
            count = int(found.group(1)) if found else 1
            if b"value-type" in match.group(2) or not match.group(3):
                valued = True
                last_column = max(last_column, column + count)
            column += count
    return last_row, last_column


# -- reading -------------------------------------------------------------------------------------


def _rows(calamine: Any, source: Any, shown: str, limits: Limits) -> Iterator[Row]:
    file = _opened(source, shown, limits)
    with contextlib.closing(file):
        # By content, not by ``kind``: calamine reads a file as what it is, whatever its name.
        if zipfile.is_zipfile(file):
            with _unpacked(file, shown, limits) as archive:
                names = set(archive.namelist())
                if "xl/workbook.xml" in names:  # xlsx, xlsm (xlsb has xl/workbook.bin)
                    if _xlsx_rectangle(archive, shown, limits) > limits.xlsx_size // _CELL_BYTES:
                        file.seek(0)
                        yield from _openpyxl_rows(file, shown, limits)
                        return
                elif "content.xml" in names:  # ods
                    last_row, last_column = _ods_rectangle(archive, shown)
                    if last_row > limits.rows + 1:
                        raise over_limit(shown, limits.rows + 2, "rows", limits)
                    if last_row * last_column > limits.xlsx_size // _CELL_BYTES:
                        raise over_limit(shown, None, "xlsx_size", limits)
        elif file.seek(0, os.SEEK_END) > limits.xlsx_size:  # xls, an OLE file: its size
            raise over_limit(shown, None, "xlsx_size", limits)
        file.seek(0)
        sheet = _first_sheet_of(calamine, file, shown)
        try:
            yield from _sheet_rows(sheet, shown, limits)
        except LoadError:
            raise
        except Exception as error:  # calamine turns the rows into Python objects lazily
            raise _not_a_workbook(shown, error) from None


def _first_sheet_of(calamine: Any, file: Any, shown: str) -> Any:
    try:
        workbook = calamine.CalamineWorkbook.from_filelike(file)
        try:
            return workbook.get_sheet_by_index(0)
        finally:
            workbook.close()
    except (OSError, MemoryError) as error:
        raise LoadError(shown, [stream_problem(error, shown)]) from None
    except BaseException as error:  # calamine's errors, and a panic in its Rust code
        if isinstance(error, KeyboardInterrupt | SystemExit):
            raise
        raise _not_a_workbook(shown, error) from None


def _sheet_rows(sheet: Any, shown: str, limits: Limits) -> Iterator[Row]:
    """
    The header (row 1) and the rows of a sheet calamine holds, as :func:`rows` gives them.
    Calamine's rows start at the sheet's row 1, its cells at the sheet's first column that
    holds one (``sheet.start``): the blank columns before it are put back. python-calamine's
    issue 177 asks to make the two alike; if its rows came to start at the first used row,
    only a sheet whose row 1 is blank would be numbered otherwise, and its empty header is
    refused before any row is read.
    """
    offset: list[object] = [None] * (sheet.start or (0, 0))[1]
    found = sheet.iter_rows()
    header = [_cell(cell) for cell in offset + next(found, [])]
    header = header[: limits.columns + 1]
    while header and header[-1] is None:
        header.pop()
    yield 1, header
    width, most = len(header) + 1, limits.rows + 1
    for number, values in enumerate(found, start=2):
        if number > most:
            raise over_limit(shown, number, "rows", limits)
        cells = (offset + values)[:width] if offset else values[:width]
        if cells.count("") != len(cells):
            yield number, [_cell(value) for value in cells]


def _cell(value: object) -> object:
    if isinstance(value, str):
        return value or None
    if isinstance(value, float):
        return int(value) if value.is_integer() else value
    if isinstance(value, datetime) and value.time() == time(0):
        return value.date()
    return value


# -- openpyxl, for a sheet whose few cells lie far apart ----------------------------------------


def _openpyxl_rows(file: Any, shown: str, limits: Limits) -> Iterator[Row]:
    """The rows of the first sheet streamed by openpyxl, its declared dimension not trusted."""
    try:
        openpyxl = importlib.import_module("openpyxl")
    except ImportError:
        raise InvalidArgument("format", "xlsx", NEEDS_EXCEL) from None
    try:
        workbook = openpyxl.load_workbook(file, read_only=True, data_only=True)
    except Exception as error:
        raise _not_a_workbook(shown, error) from None
    try:
        sheet = workbook.worksheets[0]
        top = sheet.iter_rows(max_row=1, max_col=limits.columns + 1, values_only=True)
        cells = list(next(top, ()))
        top.close()
        while cells and cells[-1] is None:
            cells.pop()
        yield 1, cells
        most = limits.rows + 1
        found = sheet.iter_rows(
            min_row=2, max_row=most + 1, max_col=len(cells) + 1, values_only=True
        )
        for number, values in enumerate(found, start=2):
            if number > most:
                raise over_limit(shown, number, "rows", limits)
            if values.count(None) != len(values):
                yield number, [_cell(value) for value in values]
    except LoadError:
        raise
    except Exception as error:  # the sheet is read lazily: a broken part shows only now
        raise _not_a_workbook(shown, error) from None
    finally:
        workbook.close()
