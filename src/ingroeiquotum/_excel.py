"""
The workbook reader of the one table reader (:mod:`ingroeiquotum._tables`): the first sheet of
a workbook as records, numbered by sheet row, with the header checked as every table's is.
It loads only when a workbook is read, and needs the ``excel`` extra.
"""

from __future__ import annotations

import importlib
import io
import os
import stat
import zipfile
from collections.abc import Iterator
from datetime import datetime, time
from typing import Any

from ingroeiquotum._limits import Limits, over_limit, stream_problem
from ingroeiquotum.exceptions import InvalidArgument, LoadError, RowError

Row = tuple[int, list[object]]
"""A sheet row: its number in the sheet and its cells."""


def rows(source: Any, shown: str, limits: Limits, kind: str) -> Iterator[Row]:
    """
    The rows of the first sheet of the workbook ``source`` (of format ``kind``): first the
    header (row 1, without trailing blank cells, to ``limits.columns`` + 1 cells), then every
    row that is not blank, to one cell past the header. Dates at midnight come as dates, whole
    floats as ints. The extra is checked now, the workbook read on iteration.
    """
    _openpyxl()  # fail now, not on first iteration
    return _xlsx_rows(source, shown, limits)


def _excel_cell(value: object) -> object:
    if isinstance(value, datetime) and value.time() == time(0):
        return value.date()
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


NEEDS_EXCEL = "needs the 'excel' extra: pip install 'ingroeiquotum[excel]'"


def _openpyxl() -> Any:
    try:
        return importlib.import_module("openpyxl")
    except ImportError:
        raise InvalidArgument("format", "xlsx", NEEDS_EXCEL) from None


def _xlsx_source(source: Any, shown: str, limits: Limits) -> Any:
    """``source`` for the zip reader, within ``limits.xlsx_size`` (a path a regular file)."""
    try:
        if isinstance(source, str):
            if not stat.S_ISREG(os.stat(source).st_mode):
                raise LoadError(shown, [RowError(None, "file", shown, "is not a regular file")])
        else:
            content = source.read(limits.xlsx_size + 1)
            if not isinstance(content, bytes):
                what = type(content).__name__
                problem = RowError(None, "file", shown, f"gives {what}, not bytes")
                raise LoadError(shown, [problem])
            if len(content) > limits.xlsx_size:
                raise over_limit(shown, None, "xlsx_size", limits)
            source = io.BytesIO(content)
        with zipfile.ZipFile(source) as archive:
            size = sum(info.file_size for info in archive.infolist())
    except LoadError:
        raise
    except (OSError, ValueError) as error:  # missing, no permission, a closed stream
        raise LoadError(shown, [stream_problem(error, shown)]) from None
    except Exception as error:  # zipfile raises several kinds for a file that is no zip
        problem = RowError(None, "file", shown, f"is not an Excel workbook ({error})")
        raise LoadError(shown, [problem]) from None
    if size > limits.xlsx_size:
        raise over_limit(shown, None, "xlsx_size", limits)
    return source


def _sheet_rows(workbook: Any, shown: str, limits: Limits) -> Iterator[Row]:
    """
    The rows of the first sheet, its declared dimension not trusted: the header read to
    ``columns`` + 1 cells, the rows to ``rows`` + 1 and to one cell past the header.
    """
    sheet = workbook.worksheets[0]
    top = sheet.iter_rows(max_row=1, max_col=limits.columns + 1, values_only=True)
    cells = list(next(top, ()))
    top.close()
    while cells and cells[-1] is None:
        cells.pop()
    yield 1, cells
    most = limits.rows + 1
    found = sheet.iter_rows(min_row=2, max_row=most + 1, max_col=len(cells) + 1, values_only=True)
    for number, values in enumerate(found, start=2):
        if number > most:
            raise over_limit(shown, number, "rows", limits)
        if values.count(None) != len(values):
            yield number, [_excel_cell(value) for value in values]


def _xlsx_rows(source: Any, shown: str, limits: Limits) -> Iterator[Row]:
    openpyxl = _openpyxl()
    if isinstance(source, os.PathLike):
        source = os.fspath(source)
    source = _xlsx_source(source, shown, limits)
    try:
        workbook = openpyxl.load_workbook(source, read_only=True, data_only=True)
    except OSError as error:
        raise LoadError(shown, [stream_problem(error, shown)]) from None
    except Exception as error:
        # openpyxl raises many kinds of error (zip, XML, key errors) for a file that is not
        # a workbook; they all mean the same to the caller.
        problem = RowError(None, "file", shown, f"is not an Excel workbook ({error})")
        raise LoadError(shown, [problem]) from None
    try:
        yield from _sheet_rows(workbook, shown, limits)
    except LoadError:
        raise
    except Exception as error:  # the sheet is read lazily: a broken part shows only now
        problem = RowError(None, "file", shown, f"is not an Excel workbook ({error})")
        raise LoadError(shown, [problem]) from None
    finally:
        workbook.close()
