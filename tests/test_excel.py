"""
Tests for ``ingroeiquotum._excel``, the workbook reader below the one table reader: every
format the ``excel`` extra reads (xlsx, xlsm, ods and xls here; see below for xlsb), the cells
as the reader gives them, and every way a workbook can fail, as a LoadError.

The workbooks are made here: xlsx by openpyxl; xlsm as that xlsx with the macro-enabled
content type (what makes a workbook an xlsm; it has no macros to carry); ods written by hand,
a zip of ``mimetype``, ``content.xml`` and its manifest as the OpenDocument standard lays them
out. ``fixtures/workbooks/compositions.xls`` was made once by xlwt 1.3.0 (which is not among
the project's dependencies) with this script, to have a real BIFF8 file to read::

    import datetime, xlwt
    book = xlwt.Workbook()
    sheet = book.add_sheet("compositions")
    header = ["company", "organ", "date", "legal_form", "listed", "men", "women", "note"]
    dates = xlwt.easyxf(num_format_str="yyyy-mm-dd")
    for column, name in enumerate(header):
        sheet.write(0, column, name)
    rows = [["Polder NV", "rvc", datetime.date(2024, 12, 31), "NV", True, 4, 2, "=1+1"],
            ["Duin BV", "bestuur", datetime.date(2025, 6, 30), "BV", False, 3, 0, None]]
    for number, row in enumerate(rows, start=2):  # row 2 of the sheet is left blank
        for column, value in enumerate(row):
            if value is not None:
                sheet.write(number, column, value, dates if isinstance(value, datetime.date)
                            else xlwt.Style.default_style)
    book.save("compositions.xls")

No tool here writes xlsb (the Excel binary workbook): an xlsb is read by the same calamine
call as the others, and is tested only for its failures (a file that is not one).
"""

from __future__ import annotations

import io
import sys
import zipfile
from datetime import date, datetime, time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ingroeiquotum import _excel
from ingroeiquotum._limits import Limits
from ingroeiquotum.exceptions import InvalidArgument, LoadError
from ingroeiquotum.io import read_compositions

openpyxl = pytest.importorskip("openpyxl")
pytest.importorskip("python_calamine")

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "workbooks"
HEADER = ["company", "organ", "date", "legal_form", "listed", "men", "women", "note"]
ROWS = [
    ["Polder NV", "rvc", date(2024, 12, 31), "NV", True, 4, 2, "=1+1"],
    ["Duin BV", "bestuur", date(2025, 6, 30), "BV", False, 3, 0, None],
]


def xlsx(rows: list[list[object]], *, start: int = 1) -> bytes:
    """A workbook of ``rows`` from sheet row ``start``, written by openpyxl."""
    book = openpyxl.Workbook()
    for number, row in enumerate(rows, start=start):
        for column, value in enumerate(row, start=1):
            if value is not None:
                cell = book.active.cell(number, column, value)
                cell.data_type = "s" if isinstance(value, str) else cell.data_type  # "=1+1"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def xlsm(rows: list[list[object]]) -> bytes:
    """The xlsx of ``rows`` declared macro-enabled, as Excel saves an xlsm."""
    source, out = zipfile.ZipFile(io.BytesIO(xlsx(rows))), io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "[Content_Types].xml":
                old = b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
                assert old in data
                data = data.replace(old, b"application/vnd.ms-excel.sheet.macroEnabled.main+xml")
            target.writestr(info.filename, data)
    return out.getvalue()


_ODS = (
    '<?xml version="1.0" encoding="UTF-8"?><office:document-content'
    ' xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
    ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
    ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
    '<office:body><office:spreadsheet><table:table table:name="compositions">{}'
    "</table:table></office:spreadsheet></office:body></office:document-content>"
)
_MANIFEST = (
    '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest'
    ' xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
    '<manifest:file-entry manifest:full-path="/"'
    ' manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
    "</manifest:manifest>"
)


def ods_cell(value: object) -> str:
    """One cell of an ods table, typed as LibreOffice types it."""
    if value is None:
        return "<table:table-cell/>"
    if isinstance(value, bool):
        flag = str(value).lower()
        return f'<table:table-cell office:value-type="boolean" office:boolean-value="{flag}"/>'
    if isinstance(value, int | float):
        return f'<table:table-cell office:value-type="float" office:value="{value}"/>'
    if isinstance(value, date):
        return (
            f'<table:table-cell office:value-type="date" office:date-value="{value.isoformat()}"/>'
        )
    return (
        f'<table:table-cell office:value-type="string"><text:p>{value}</text:p></table:table-cell>'
    )


def ods(rows: list[list[object]] | None = None, *, body: str | None = None) -> bytes:
    """An ods workbook of ``rows`` (or of the table XML ``body``)."""
    if body is None:
        body = "".join(
            "<table:table-row>" + "".join(map(ods_cell, row)) + "</table:table-row>"
            for row in rows or []
        )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        mimetype = "application/vnd.oasis.opendocument.spreadsheet"
        archive.writestr("mimetype", mimetype, compress_type=zipfile.ZIP_STORED)
        archive.writestr("content.xml", _ODS.format(body))
        archive.writestr("META-INF/manifest.xml", _MANIFEST)
    return out.getvalue()


def sheet(content: bytes, kind: str = "xlsx", limits: Limits | None = None) -> list[object]:
    """The rows ``_excel.rows`` gives for ``content``."""
    return list(_excel.rows(io.BytesIO(content), "<book>", limits or Limits(), kind))


def expected(*, note: bool = True) -> list[dict[str, object]]:
    """The two composition rows as read back, by hand."""
    base = {"other": 0, "unknown": 0, "sector": None, "employees": None, "large": None,
            "reported": None, "target": None, "target_form": "each_sex", "target_year": None}  # fmt: skip
    return [
        {"company": "Polder NV", "organ": "rvc", "date": date(2024, 12, 31), "legal_form": "NV",
         "listed": True, "men": 4, "women": 2, **base, "note": "=1+1" if note else None},
        {"company": "Duin BV", "organ": "bestuur", "date": date(2025, 6, 30), "legal_form": "BV",
         "listed": False, "men": 3, "women": 0, **base, "note": None},
    ]  # fmt: skip


# -- every format --------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["xlsx", "xlsm", "ods"])
def test_each_format_reads_the_same_rows(kind, tmp_path):
    """xlsx, xlsm and ods of the same cells: the same typed rows, as a path and as a stream."""
    content = {"xlsx": xlsx, "xlsm": xlsm, "ods": ods}[kind]([HEADER, *ROWS])
    path = tmp_path / f"compositions.{kind}"
    path.write_bytes(content)
    assert expected() == list(read_compositions(path).rows)
    assert expected() == list(read_compositions(io.BytesIO(content), format=kind).rows)
    assert [1, 2, 3] == [number for number, _ in sheet(content, kind)]


def test_an_xls_made_by_another_tool_reads(tmp_path):
    """The xls fixture (BIFF8, by xlwt): its rows, numbered by sheet row past a blank one."""
    loaded = read_compositions(FIXTURES / "compositions.xls")
    assert expected() == list(loaded.rows)
    content = (FIXTURES / "compositions.xls").read_bytes()
    assert [1, 3, 4] == [number for number, _ in sheet(content, "xls")]


def test_a_file_of_another_format_than_it_claims_is_read_as_what_it_is(tmp_path):
    """An ods named .xlsx, an xls named .xlsx: read (calamine looks at the content)."""
    for content in (ods([HEADER, *ROWS]), (FIXTURES / "compositions.xls").read_bytes()):
        path = tmp_path / "really-another.xlsx"
        path.write_bytes(content)
        assert expected() == list(read_compositions(path).rows)


def test_the_bounds_follow_the_content_not_the_name():
    """A zip bomb named xls, a far cell in an xlsx called xlsb: refused as what they are."""
    import hostile_files

    bomb = hostile_files.xlsx_cases(Limits(xlsx_size=10_000), only="zip bomb")["zip bomb"]
    far = hostile_files.xlsx_cases(Limits(rows=10), only="far cell")["far cell"]
    for content, kind, limits in (
        (bomb, "xls", Limits(xlsx_size=10_000)),
        (far, "xlsb", Limits(rows=10)),
    ):
        with pytest.raises(LoadError) as caught:
            sheet(content, kind, limits)
        name = "xlsx_size" if kind == "xls" else "rows"
        assert f"limits.{name}" == caught.value.errors[0].field


# -- the cells ----------------------------------------------------------------------------------


def test_cells_as_the_typed_layer_expects_them():
    """Midnight: a date; a time of day, or a datetime at another hour: kept; 2.0: 2; '': None."""
    rows = [
        ["a", "b", "c", "d", "e", "f"],
        [datetime(2024, 12, 31), datetime(2024, 12, 31, 9, 30), time(9, 30), 2.0, 2.5, True],
    ]
    (first, header), (second, cells) = sheet(xlsx(rows))
    assert (1, 2) == (first, second)
    assert ["a", "b", "c", "d", "e", "f"] == header
    assert [date(2024, 12, 31), datetime(2024, 12, 31, 9, 30), time(9, 30), 2, 2.5, True] == cells
    assert type(cells[0]) is date
    assert (int, bool) == (type(cells[3]), type(cells[5]))


def test_a_datetime_not_at_midnight_is_refused_by_the_typed_layer():
    """The reader keeps the time of day, so that the date column refuses it rather than cut it."""
    row = ["Polder NV", "rvc", datetime(2024, 12, 31, 9, 30), "NV", True, 4, 2]
    with pytest.raises(LoadError) as caught:
        read_compositions(io.BytesIO(xlsx([HEADER[:7], row])), format="xlsx")
    assert ["date"] == [error.field for error in caught.value.errors]


def test_header_cells_are_mapped_as_the_others():
    """A number in the header (a year) is 2024, not 2024.0; a date header a date."""
    [(_, header)] = sheet(xlsx([["company", 2024, datetime(2024, 12, 31)]]))
    assert ["company", 2024, date(2024, 12, 31)] == header
    assert (int, date) == (type(header[1]), type(header[2]))


def test_the_header_and_the_width_of_a_row():
    """Trailing blank header cells go; a row is read to one cell past the header."""
    rows = [["a", "b", None, None], ["1", "2", "3", "4"], [None, None, None, "far"]]
    assert [(1, ["a", "b"]), (2, ["1", "2", "3"])] == sheet(xlsx(rows))
    limited = sheet(xlsx([["a", "b", "c", "d"], ["1"]]), limits=Limits(columns=2))
    assert (1, ["a", "b", "c"]) == limited[0]  # to columns + 1: the table reader refuses it


def test_a_sheet_that_starts_further_down_and_right_keeps_its_row_numbers():
    """Row 1 blank: an empty header; the cells keep their columns (blank ones before them)."""
    rows = [["a", "b"], ["1", "2"]]
    assert [(1, []), (3, ["a"]), (4, ["1"])] == sheet(xlsx(rows, start=3))
    assert [(1, []), (3, ["a"]), (4, ["1"])] == sheet(ods([[None], [None], *rows]), "ods")
    offset = xlsx([[None, "a", "b"], [None, "1", "2"]])
    assert [(1, [None, "a", "b"]), (2, [None, "1", "2"])] == sheet(offset)


def test_blank_rows_are_skipped_but_counted():
    rows = [["a"], [None], ["x"], [None], ["y"]]
    assert [(1, ["a"]), (3, ["x"]), (5, ["y"])] == sheet(xlsx(rows))
    assert [(1, ["a"]), (3, ["x"]), (5, ["y"])] == sheet(ods(rows), "ods")


# -- limits and memory --------------------------------------------------------------------------


def test_rows_past_the_limit_are_refused_in_every_format():
    rows = [HEADER, *ROWS, *ROWS]
    for kind, content in (("xlsx", xlsx(rows)), ("ods", ods(rows))):
        assert 5 == len(sheet(content, kind, Limits(rows=4)))
        with pytest.raises(LoadError) as caught:
            sheet(content, kind, Limits(rows=3))
        assert "limits.rows" == caught.value.errors[0].field


def test_the_size_of_an_xls_is_bounded_by_xlsx_size():
    """xls is no zip: its file size is what ``xlsx_size`` bounds."""
    content = (FIXTURES / "compositions.xls").read_bytes()
    assert 3 == len(sheet(content, "xls", Limits(xlsx_size=len(content))))
    for source in (io.BytesIO(content), FIXTURES / "compositions.xls"):
        with pytest.raises(LoadError) as caught:
            list(_excel.rows(source, "<book>", Limits(xlsx_size=len(content) - 1), "xls"))
        assert "limits.xlsx_size" == caught.value.errors[0].field


def test_an_ods_that_repeats_a_value_a_million_times_is_refused_before_it_is_read():
    """A few hundred bytes that would fill millions of cells: refused at xlsx_size or rows."""
    many = (
        '<table:table-row table:number-rows-repeated="2000"><table:table-cell'
        ' table:number-columns-repeated="1000" office:value-type="float" office:value="1"/>'
        "</table:table-row>"
    )
    head = "<table:table-row>" + ods_cell("a") + "</table:table-row>"
    content = ods(body=head + many)
    assert len(content) < 2000
    with pytest.raises(LoadError) as caught:
        sheet(content, "ods", Limits(xlsx_size=1_000_000))  # 31,250 cells at most
    assert "limits.xlsx_size" == caught.value.errors[0].field
    with pytest.raises(LoadError) as caught:
        sheet(content, "ods", Limits(rows=1000))
    assert "limits.rows" == caught.value.errors[0].field


def test_trailing_empty_repeated_rows_and_cells_of_an_ods_cost_nothing():
    """LibreOffice pads a formatted sheet to its last row and column: read as the cells there."""
    empty = (
        '<table:table-row table:number-rows-repeated="1048570">'
        '<table:table-cell table:number-columns-repeated="1024"/></table:table-row>'
    )
    row = (
        "<table:table-row>"
        + ods_cell("a")
        + ods_cell("b")
        + ('<table:table-cell table:number-columns-repeated="1022"/></table:table-row>')
    )
    assert [(1, ["a", "b"])] == sheet(ods(body=row + empty), "ods", Limits(xlsx_size=100_000))


def test_a_few_far_cells_of_an_xlsx_are_streamed_not_padded():
    """
    A cell at XFD60 would make calamine hold 60 x 16,384 cells: with a small xlsx_size the
    sheet is streamed by openpyxl instead, and gives the same rows.
    """
    rows = [HEADER, *ROWS] + [[None]] * 56 + [[None] * 16383 + ["far"]]
    content = xlsx(rows)
    streamed = sheet(content, limits=Limits(xlsx_size=1_000_000))
    held = sheet(content)  # the default limit lets calamine hold it: 983,040 cells
    assert streamed == held
    assert [1, 2, 3] == [number for number, _ in streamed]


def test_a_far_cell_past_the_row_limit_is_refused_before_the_sheet_is_held():
    content = xlsx([["a"], ["b"]])
    source, out = zipfile.ZipFile(io.BytesIO(content)), io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                far = b'<row r="900000"><c r="A900000" t="inlineStr"><is><t>x</t></is></c></row>'
                data = data.replace(b"</sheetData>", far + b"</sheetData>")
            target.writestr(info.filename, data)
    with pytest.raises(LoadError) as caught:
        sheet(out.getvalue(), limits=Limits(rows=10))
    assert "limits.rows" == caught.value.errors[0].field
    assert [1, 2, 900000] == [n for n, _ in sheet(out.getvalue())]  # within the default


# -- failures -----------------------------------------------------------------------------------


def test_the_extra_is_checked_at_once(monkeypatch):
    """Without python-calamine, or without openpyxl: InvalidArgument on the call, not later."""
    for module in ("python_calamine", "openpyxl"):
        with monkeypatch.context() as patch:
            patch.setitem(sys.modules, module, None)
            with pytest.raises(InvalidArgument) as caught:
                _excel.rows(io.BytesIO(b""), "<book>", Limits(), "ods")
            assert "format" == caught.value.field
            assert "pip install 'ingroeiquotum[excel]'" in str(caught.value)


NOT_WORKBOOKS = {
    "empty": b"",
    "text": b"company,organ\n",
    "a zip of nothing": b"PK\x05\x06" + b"\0" * 18,
    "an OLE header only": bytes.fromhex("d0cf11e0a1b11ae1") + b"\0" * 504,
    "half an xls": (FIXTURES / "compositions.xls").read_bytes()[:2600],
}


@pytest.mark.parametrize("kind", ["xlsx", "xlsm", "xlsb", "xls", "ods"])
@pytest.mark.parametrize("name", list(NOT_WORKBOOKS))
def test_a_file_that_is_not_a_workbook_is_a_load_error(kind, name):
    with pytest.raises(LoadError) as caught:
        sheet(NOT_WORKBOOKS[name], kind)
    assert "file" == caught.value.errors[0].field


@pytest.mark.parametrize("kind", ["xlsx", "xls", "ods"])
def test_a_missing_file_a_folder_and_a_text_stream_are_load_errors(kind, tmp_path):
    for source in (tmp_path / f"missing.{kind}", tmp_path, io.StringIO("text")):
        with pytest.raises(LoadError) as caught:
            list(_excel.rows(source, "<book>", Limits(), kind))
        assert "file" == caught.value.errors[0].field


def test_a_stream_without_seek_is_read_within_xlsx_size():
    """A file object with only ``read``, giving little at a time: read whole, to the limit."""

    class Pipe:
        """What a pipe gives: at most 100 bytes a read, whatever was asked."""

        def __init__(self, content: bytes) -> None:
            self.content = io.BytesIO(content)

        def read(self, size: int) -> bytes:
            return self.content.read(min(size, 100))

    content = ods([HEADER, *ROWS])
    assert 3 == len(list(_excel.rows(Pipe(content), "<pipe>", Limits(), "ods")))
    with pytest.raises(LoadError) as caught:
        list(_excel.rows(Pipe(content), "<pipe>", Limits(xlsx_size=len(content) - 1), "ods"))
    assert "limits.xlsx_size" == caught.value.errors[0].field


GOOD = {"xlsx": xlsx([HEADER, *ROWS]), "ods": ods([HEADER, *ROWS]),
        "xls": (FIXTURES / "compositions.xls").read_bytes()}  # fmt: skip


@settings(max_examples=60, deadline=None)
@given(
    kind=st.sampled_from(sorted(GOOD)),
    cut=st.integers(0, 10**6),
    flips=st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)), max_size=4),
)
def test_a_damaged_workbook_gives_rows_or_a_load_error(kind, cut, flips):
    """A workbook cut short or with bytes changed: rows, or a LoadError; no other exception."""
    content = bytearray(GOOD[kind][: max(1, cut % (len(GOOD[kind]) + 1))])
    for where, byte in flips:
        content[where % len(content)] = byte
    try:
        outcome = sheet(bytes(content), kind)[0][0]  # the header's row number
    except LoadError as error:
        outcome = len(error.errors)  # the one problem of a file that cannot be read
    assert outcome == 1
