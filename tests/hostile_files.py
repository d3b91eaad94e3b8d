"""
Hostile files and paths for the loaders, for ``properties/test_hostile_files.py`` and the io
tests: huge lines, many columns, many empty rows, NUL bytes, sources that never end (as
``/dev/zero``, or a file object backed by a generator), truncated or inflated Excel workbooks,
formula cells, byte-order marks and other encodings; and paths that are a folder, missing, or
not readable.

Every loader must meet them with the library's own error (an ``IngroeiquotumError``), in
bounded time and memory. ``SMALL`` are limits low enough that a fuzzed file reaches them in a
few milliseconds; the named cases are run under the default limits too.
"""

from __future__ import annotations

import io
import os
import zipfile
from collections.abc import Callable
from pathlib import Path

from hypothesis import strategies as st

from ingroeiquotum.io import Limits

HEADER = "company,organ,date,legal_form,listed,men,women"
ROW = "Polder NV,rvc,2024-12-31,NV,true,4,2"
EMPLOYEES_HEADER = "company,organ,gender,start,end"

SMALL = Limits(
    columns=40,
    line_length=4_000,
    field_size=4_000,
    rows=400,
    document_size=60_000,
    xlsx_size=400_000,
)
"""Limits a fuzzed file reaches quickly."""

FORMATS = ("csv", "json", "xlsx")


# -- sources that never end ------------------------------------------------------------------------


class Endless:
    """
    A file object that never ends, as ``/dev/zero`` or a generator-backed stream: ``read(n)``
    and ``readline(n)`` give ``chunk`` over and over (``read()`` without a size is refused, as
    reading all of it would never return).
    """

    def __init__(self, chunk: bytes | str = b"\0", *, lines: bool = True) -> None:
        self.chunk = chunk
        self.name = "<endless>"
        if not lines:  # only read(): the reader must cut lines itself
            self.readline = None  # type: ignore[assignment]

    def read(self, size: int = -1) -> bytes | str:
        if size is None or size < 0:
            raise MemoryError("reading all of an endless stream")
        whole = self.chunk * (size // len(self.chunk) + 1)
        return whole[:size]

    def readline(self, size: int = -1) -> bytes | str:
        newline = b"\n" if isinstance(self.chunk, bytes) else "\n"
        if newline in self.chunk:
            return self.chunk[: self.chunk.index(newline) + 1][: max(size, 0) or None]
        return self.read(size)

    def readable(self) -> bool:
        return True


class Generated:
    """A file object whose ``read`` draws from a generator of pieces (text or bytes)."""

    def __init__(self, pieces: Callable[[], object]) -> None:
        self.pieces = iter(pieces())  # type: ignore[call-overload]
        self.name = "<generated>"

    def read(self, size: int = -1) -> object:
        return next(self.pieces, b"")


def endless_sources() -> dict[str, Callable[[], object]]:
    """Named factories of sources that never end."""
    return {
        "zeros": lambda: Endless(b"\0"),
        "zeros, read only": lambda: Endless(b"\0", lines=False),
        "one endless line of text": lambda: Endless("a"),
        "endless rows": lambda: Endless(HEADER.encode() + b"\n" + (ROW + "\n").encode() * 50),
        "endless empty lines": lambda: Endless(b"\n"),
        "endless empty lines, read only": lambda: Endless(b"\n", lines=False),
        "endless quoted cell": lambda: Endless(b'"\nx'),
    }


# -- hostile contents ------------------------------------------------------------------------------


def _csv(*lines: str) -> bytes:
    return ("\n".join(lines) + "\n").encode("utf-8")


def csv_cases(limits: Limits = SMALL) -> dict[str, bytes]:
    """Named hostile CSV files (as bytes), sized past ``limits`` where a size matters."""
    long = limits.line_length + 10
    return {
        "empty": b"",
        "only a BOM": b"\xef\xbb\xbf",
        "huge line": _csv(HEADER, "x" * long),
        "huge header": ("a" * long).encode(),
        "many columns": _csv(",".join(f"c{i}" for i in range(limits.columns + 5))),
        "many columns, one name": _csv(",".join(["company"] * (limits.columns + 5))),
        "many empty rows": _csv(HEADER, *[""] * (limits.rows + 5)),
        "many empty cells": _csv(HEADER, *[",,,,,,"] * (limits.rows + 5)),
        "many rows": _csv(HEADER, *[ROW] * (limits.rows + 5)),
        "quoted cell over lines": _csv(HEADER, 'A,"' + "x\n" * (limits.field_size // 2 + 5)),
        "huge quoted cell": _csv(HEADER, 'A,rvc,2024-12-31,NV,true,1,"' + "y" * long + '"'),
        "unclosed quote": _csv(HEADER, 'A,"rvc'),
        "NUL bytes": _csv(HEADER, "Pol\0der,rvc,2024-12-31,NV,true,1,\0"),
        "NUL header": b"\0" * 64,
        "formula cells": _csv(
            HEADER + ",note",
            '=HYPERLINK("http://x"),rvc,2024-12-31,NV,true,1,1,@SUM(A1)',
            "'=1+1,rvc,2024-12-31,NV,true,1,1,\t-2",
            "+31 6,rvc,2024-12-31,NV,true,-1,\r=cmd",
        ),
        "BOM twice": b"\xef\xbb\xbf\xef\xbb\xbf" + _csv(HEADER, ROW),
        "UTF-16 with BOM": (HEADER + "\n" + ROW + "\n").encode("utf-16"),
        "UTF-32": (HEADER + "\n" + ROW + "\n").encode("utf-32"),
        "Latin-1": _csv(HEADER).replace(b"company", b"company") + "Caf\u00e9,rvc".encode("latin-1"),
        "CR only": (HEADER + "\r" + ROW + "\r").encode(),
        "lone surrogate bytes": _csv(HEADER) + b"\xed\xa0\x80,rvc\n",
        "binary": bytes(range(256)) * 20,
        "a zip": b"PK\x03\x04" + b"\0" * 100,
    }


def json_cases(limits: Limits = SMALL) -> dict[str, bytes]:
    """Named hostile JSON documents (as bytes)."""
    row = '{"company": "A", "organ": "rvc", "date": "2024-12-31", "legal_form": "NV", ' + (
        '"listed": true, "men": 1, "women": 1}'
    )
    keys = ", ".join(f'"k{i}": 1' for i in range(limits.columns + 5))
    return {
        "empty": b"",
        "deep": b"[" * 100_000 + b"]" * 100_000,
        "huge document": b'{"rows": [' + b" " * (limits.document_size + 10) + b"]}",
        "many rows": ("[" + ", ".join([row] * (limits.rows + 5)) + "]").encode(),
        "many keys": ("[{" + keys + "}]").encode(),
        "NUL": b'[{"company": "\\u0000"}]\0',
        "not UTF-8": b'[{"company": "\xff"}]',
        "UTF-16": ('[{"company": "A"}]').encode("utf-16"),
        "a list of lists": b"[[1, 2], [3]]",
        "a string": b'"rows"',
        "formula": (b'[{"company": "=1+1", "organ": "rvc", "date": "2024-12-31"}]'),
    }


def _workbook(rows: list[list[object]]) -> bytes:
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def _rewritten(content: bytes, sheet: Callable[[bytes], bytes]) -> bytes:
    """``content`` (a workbook) with its first sheet's XML passed through ``sheet``."""
    source, out = zipfile.ZipFile(io.BytesIO(content)), io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = sheet(data)
            target.writestr(info.filename, data)
    return out.getvalue()


def xlsx_cases(limits: Limits = SMALL, *, only: str | None = None) -> dict[str, bytes]:
    """
    Named hostile Excel workbooks (as bytes), or ``only`` the one named; empty if openpyxl is
    not installed. (The workbooks past ``rows`` are slow to build under the default limits.)
    """
    try:
        import openpyxl  # noqa: F401
    except ImportError:
        return {}
    header = HEADER.split(",")
    good = _workbook([header, ROW.split(",")])
    far = limits.rows + 50
    makers: dict[str, Callable[[], bytes]] = {
        "good": lambda: good,
        "truncated": lambda: good[: len(good) // 2],
        "truncated end": lambda: good[:-30],
        "not a zip": lambda: b"PK" + b"\0" * 300,
        "formula cells": lambda: _workbook(
            [[*header, "note"], ["=1+1", "rvc", "2024-12-31", "NV", True, 1, 1, "@SUM(A1)"]]
        ),
        "many columns": lambda: _workbook([[f"c{i}" for i in range(limits.columns + 5)]]),
        "many rows": lambda: _workbook([header, *[ROW.split(",")] * (limits.rows + 5)]),
        # A few bytes that declare a sheet of a million rows and 16,384 columns, with one cell
        # at the far end: what openpyxl would pad out to billions of empty cells.
        "declared huge": lambda: _rewritten(
            good,
            lambda xml: xml.replace(b'ref="A1:G2"', b'ref="A1:XFD1048576"'),
        ),
        "far cell": lambda: _rewritten(
            good,
            lambda xml: xml.replace(
                b"</sheetData>",
                f'<row r="{far}"><c r="XFD{far}" t="inlineStr"><is><t>x</t></is></c></row>'
                "</sheetData>".encode(),
            ),
        ),
        "broken sheet XML": lambda: _rewritten(good, lambda xml: xml[: len(xml) // 2]),
    }
    makers["zip bomb"] = lambda: _bomb(limits.xlsx_size + 10)
    return {name: make() for name, make in makers.items() if only in (None, name)}


def _bomb(size: int) -> bytes:
    """A zip of a few KiB that unpacks to ``size`` bytes."""
    inflated = io.BytesIO()
    with zipfile.ZipFile(inflated, "w", zipfile.ZIP_DEFLATED) as bomb:
        bomb.writestr("[Content_Types].xml", b" " * size)
    return inflated.getvalue()


def cases(format: str, limits: Limits = SMALL) -> dict[str, bytes]:
    """The named hostile files of ``format``."""
    return {"csv": csv_cases, "json": json_cases, "xlsx": xlsx_cases}[format](limits)


# -- hostile paths ---------------------------------------------------------------------------------


def hostile_paths(folder: Path) -> dict[str, Path]:
    """
    Named paths under ``folder`` that no loader can read: a folder, a missing file, a file in
    a missing folder, a file without read permission (readable anyway by root), ``/dev/zero``.
    """
    unreadable = folder / "unreadable.csv"
    unreadable.write_text(HEADER + "\n", encoding="utf-8")
    unreadable.chmod(0)
    (folder / "folder.csv").mkdir(exist_ok=True)
    paths = {
        "folder": folder / "folder.csv",
        "missing": folder / "missing.csv",
        "in a missing folder": folder / "nowhere" / "file.csv",
        "unreadable": unreadable,
    }
    if os.path.exists("/dev/zero"):
        paths["/dev/zero"] = Path("/dev/zero")
    return paths


# -- strategies -------------------------------------------------------------------------------------

PIECES = (
    b"",
    b"\0",
    b"\n",
    b"\r",
    b"\r\n",
    b",",
    b";",
    b"\t",
    b'"',
    b"'",
    b"\xef\xbb\xbf",
    b"\xff\xfe",
    b"\xff",
    b"\xc3\xa9",
    "\u2028".encode(),
    b"=HYPERLINK(1)",
    b"+1",
    b"-1",
    b"@A1",
    b"'=",
    (HEADER + "\n").encode(),
    (EMPLOYEES_HEADER + "\n").encode(),
    (ROW + "\n").encode(),
    b"Polder BV,bestuur,v,2020-01-01,\n",
    b"x" * 4_100,
    b"\n" * 450,
    b",c" * 45,
    b"PK\x03\x04",
    b"[",
    b"{",
    b'{"rows": [',
)
"""The pieces a fuzzed file is made of: separators, quotes, marks of encodings, formulas,
headers and rows of the schemas, and runs long enough to pass the ``SMALL`` limits."""

hostile_bytes = st.lists(st.sampled_from(PIECES), max_size=12).map(b"".join)
"""A fuzzed file: hostile pieces in any order."""
