"""Tests for ``ingroeiquotum.io.results``: verdicts and summaries written to CSV and xlsx."""

from __future__ import annotations

import csv
import enum
import io
import sys
from datetime import date, datetime
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ingroeiquotum.bulk import aggregate, evaluate
from ingroeiquotum.exceptions import InvalidArgument, LoadError
from ingroeiquotum.io import read_compositions, write_results

openpyxl = pytest.importorskip("openpyxl")

ON = date(2025, 12, 31)
COMPOSITIONS = [
    {"company": "Polder NV", "organ": "rvc", "date": ON, "legal_form": "NV", "listed": True,
     "men": 4, "women": 1, "target": Fraction(1, 3)},
    {"company": "Duin BV", "organ": "bestuur", "date": ON, "legal_form": "BV", "listed": False,
     "men": 3, "women": 0},
]  # fmt: skip


def csv_rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


def xlsx_cells(content: bytes) -> list[list[object]]:
    """The cells of the first sheet as openpyxl (a spreadsheet's reader) reads them."""
    sheet = openpyxl.load_workbook(io.BytesIO(content)).worksheets[0]
    return [[cell.value for cell in row] for row in sheet.iter_rows()]


def written(rows, format: str) -> str | bytes:
    out = io.StringIO() if format == "csv" else io.BytesIO()
    write_results(rows, out, format=format)
    return out.getvalue()


# -- what is written ------------------------------------------------------------------------------


def test_evaluated_rows_to_csv_by_hand():
    """The verdicts of two organs, worked out from art. 2:142b BW: the cells as expected."""
    text = written(evaluate(COMPOSITIONS), "csv")
    assert [
        ["company", "organ", "date", "rule", "verdict", "article", "minimum_per_sex",
         "women_missing", "men_missing"],
        # a listed NV's RvC of five: at least two of each sex (a third of 5, rounded up)
        ["Polder NV", "rvc", "2025-12-31", "quota", "not_compliant", "art. 2:142b lid 2 BW",
         "2", "1", "0"],
        ["Polder NV", "rvc", "2025-12-31", "target", "not_compliant", "art. 2:166 lid 2 BW",
         "", "1", "0"],
        # a BV is not reached by the quota
        ["Duin BV", "bestuur", "2025-12-31", "quota", "not_applicable", "art. 2:142b lid 1 BW",
         "", "", ""],
    ] == csv_rows(text)  # fmt: skip


def test_evaluated_rows_to_xlsx_keep_their_types():
    cells = xlsx_cells(written(evaluate(COMPOSITIONS), "xlsx"))
    assert "verdict" == cells[0][4]
    assert ["Polder NV", "rvc", datetime(2025, 12, 31), "quota", "not_compliant"] == cells[1][:5]
    assert [2, 1, 0] == cells[1][6:]
    assert [None, None, None] == cells[3][6:]


def test_aggregate_rows_to_csv_and_xlsx():
    """The summary: counts as whole numbers, rounded shares as they are, None as empty."""
    summary = aggregate(COMPOSITIONS)
    columns = list(summary[0])
    csv_cells = csv_rows(written(summary, "csv"))
    xlsx = xlsx_cells(written(summary, "xlsx"))
    assert columns == csv_cells[0] == xlsx[0]
    for row, from_csv, from_xlsx in zip(summary, csv_cells[1:], xlsx[1:], strict=True):
        assert [row[c] for c in columns] == from_xlsx
        assert ["" if row[c] is None else str(row[c]) for c in columns] == from_csv


def test_columns_in_first_seen_order_and_missing_keys_empty():
    rows = [{"b": 1, "a": 2}, {"c": 3, "a": 4}]
    assert [["b", "a", "c"], ["1", "2", ""], ["", "4", "3"]] == csv_rows(written(rows, "csv"))
    assert [["b", "a", "c"], [1, 2, None], [None, 4, 3]] == xlsx_cells(written(rows, "xlsx"))


def test_values_of_every_kind():
    class Verdict(enum.Enum):
        MET = "met"

    row = {"share": Fraction(1, 3), "percent": Fraction(3, 10), "flag": True, "when": ON,
           "amount": Decimal("1200.50"), "x": 0.25, "kind": Verdict.MET, "big": 10**20,
           "nan": float("nan")}  # fmt: skip
    assert ["1/3", "30%", "true", "2025-12-31", "1200.50", "0.25", "met", str(10**20), "nan"] == (
        csv_rows(written([row], "csv"))[1]
    )
    cells = xlsx_cells(written([row], "xlsx"))[1]
    assert [
        "1/3",
        "30%",
        True,
        datetime(2025, 12, 31),
        1200.5,
        0.25,
        "met",
        str(10**20),
        "nan",
    ] == (cells)


def test_composition_rows_round_trip_through_the_readers(tmp_path):
    """Rows read from a file, written as results, read again: the same rows, CSV and xlsx."""
    loaded = read_compositions(io.StringIO(written(COMPOSITIONS, "csv")), format="csv").rows
    for suffix in ("csv", "xlsx"):
        path = tmp_path / f"again.{suffix}"
        write_results(loaded, path)
        assert loaded == read_compositions(path).rows


# -- formulas ------------------------------------------------------------------------------------

DANGEROUS = ("=", "+", "-", "@", "\t", "\r")


@settings(max_examples=150, deadline=None)
@given(
    text=st.text(st.characters(blacklist_categories=["Cs"])),
    dangerous=st.sampled_from(["", *DANGEROUS]),
)
def test_no_text_is_a_formula_in_csv(text, dangerous):
    """Whatever the text, the cell read back is the text a spreadsheet shows: quoted if it
    starts as a formula would, and never starting as one."""
    text = dangerous + text
    content = written([{text or "x": text}], "csv")  # (a lone surrogate is refused: below)
    [header, cells] = csv_rows(content)
    for cell, original in ((header[0], text or "x"), (cells[0], text)):
        assert not cell.startswith(DANGEROUS)
        assert cell == ("'" + original if original.lstrip("'").startswith(DANGEROUS) else original)


XML_SAFE = st.text(st.characters(blacklist_categories=["Cs", "Cc"]) | st.sampled_from("\t\n"))


@settings(max_examples=100, deadline=None)
@given(text=XML_SAFE, dangerous=st.sampled_from(["", *DANGEROUS[:-1]]))
def test_no_text_is_a_formula_in_xlsx(text, dangerous):
    """In xlsx every text is a string cell (never a formula), holding the neutralised text."""
    text = dangerous + text
    content = written([{"company": text}], "xlsx")
    sheet = openpyxl.load_workbook(io.BytesIO(content)).worksheets[0]
    cell = sheet.cell(2, 1)
    if text:
        assert "s" == cell.data_type
        quoted = text.lstrip("'").startswith(DANGEROUS)
        assert ("'" + text if quoted else text) == cell.value
    else:
        assert cell.value is None


def test_text_an_xlsx_cell_cannot_hold_is_refused():
    for text, reason in (("a\x00b", "control character"), ("x" * 32_768, "32,767")):
        with pytest.raises(InvalidArgument) as caught:
            written([{"company": text}], "xlsx")
        assert "rows[0].company" == caught.value.field
        assert reason in str(caught.value)


# -- arguments and targets ------------------------------------------------------------------------


def test_the_format_follows_the_suffix(tmp_path):
    write_results([{"a": 1}], tmp_path / "out.CSV")
    assert b"a\r\n1\r\n" == (tmp_path / "out.CSV").read_bytes()
    write_results([{"a": 1}], tmp_path / "out.xlsx")
    assert [["a"], [1]] == xlsx_cells((tmp_path / "out.xlsx").read_bytes())
    with open(tmp_path / "named.xlsx", "wb") as file:
        write_results([{"a": 1}], file)
    assert [["a"], [1]] == xlsx_cells((tmp_path / "named.xlsx").read_bytes())
    for target, format in ((tmp_path / "out.txt", None), (io.StringIO(), None),
                           (tmp_path / "out.csv", "xls")):  # fmt: skip
        with pytest.raises(InvalidArgument) as caught:
            write_results([{"a": 1}], target, format=format)
        assert "format" == caught.value.field


@pytest.mark.parametrize(
    ("rows", "field"),
    [
        ("abc", "rows"),
        ({"a": 1}, "rows"),
        (5, "rows"),
        ([{"a": 1}, ["a"]], "rows[1]"),
        ([{"a": object()}], "rows[0].a"),
        ([{"a": datetime(2025, 1, 1, 9)}], "rows[0].a"),
        ([{"a": "\ud800"}], "rows[0].a"),
        ([{"a": 10**5000}], "rows[0].a"),
    ],
)
@pytest.mark.parametrize("format", ["csv", "xlsx"])
def test_rows_that_cannot_be_written_are_refused(rows, field, format):
    with pytest.raises(InvalidArgument) as caught:
        written(rows, format)
    assert field == caught.value.field


@pytest.mark.parametrize("format", ["csv", "xlsx"])
def test_a_target_that_cannot_be_written_is_a_load_error_and_the_file_stays(format, tmp_path):
    """A folder, a missing folder, a closed stream: a LoadError; an old file is left whole."""
    closed = io.BytesIO()
    closed.close()
    for target in (tmp_path, tmp_path / "missing" / f"out.{format}", closed):
        with pytest.raises(LoadError):
            write_results([{"a": 1}], target, format=format)
    old = tmp_path / f"old.{format}"
    old.write_bytes(b"before")
    with pytest.raises(InvalidArgument):
        write_results([{"a": 1}, {"a": object()}], old)
    assert b"before" == old.read_bytes()
    assert [old.name] == [p.name for p in tmp_path.iterdir() if p.is_file()]  # no temporary


def test_xlsx_needs_a_binary_target_and_the_extra(monkeypatch):
    with pytest.raises(InvalidArgument) as caught:
        write_results([{"a": 1}], io.StringIO(), format="xlsx")
    assert "target" == caught.value.field
    with pytest.raises(InvalidArgument) as caught:
        write_results([{"a": 1}], 42, format="csv")  # type: ignore[arg-type]
    assert "target" == caught.value.field
    monkeypatch.setitem(sys.modules, "openpyxl", None)
    with pytest.raises(InvalidArgument) as caught:
        write_results([{"a": 1}], io.BytesIO(), format="xlsx")
    assert "ingroeiquotum[excel]" in str(caught.value)
