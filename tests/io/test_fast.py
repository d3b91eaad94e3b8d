"""
The quick CSV reader (:mod:`ingroeiquotum.io.fast`): for every file it reads the same rows,
errors, dropped rows and LoadError as the row-by-row read (``quick=False``), and every file
that is not plain goes the row-by-row way.
"""

from __future__ import annotations

import tempfile
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ingroeiquotum import _tables
from ingroeiquotum.exceptions import LoadError, RowError
from ingroeiquotum.io import fast, tables


@pytest.fixture(scope="module", autouse=True)
def _small_files_too():
    """The quick way for the small files these tests make (it starts at 1 MiB otherwise)."""
    smallest = fast.SMALLEST
    fast.SMALLEST = 0
    yield
    fast.SMALLEST = smallest


def test_a_small_file_is_read_the_ordinary_way(tmp_path):
    """Below SMALLEST bytes the quick way is not taken: polars would cost more than it saves."""
    path = tmp_path / "c.csv"
    path.write_text(
        "company,organ,date,legal_form,listed,men,women\nA,rvc,2025-12-31,NV,true,1,2\n"
    )
    table = tables._COMPOSITIONS.table
    names = _tables.namer(table)
    assert fast.columns(path, table, "c", _tables.DEFAULT_LIMITS, names, None) is not None
    fast.SMALLEST = 1 << 20
    try:
        assert fast.columns(path, table, "c", _tables.DEFAULT_LIMITS, names, None) is None
    finally:
        fast.SMALLEST = 0


pytest.importorskip("polars")

SCHEMA = tables._COMPOSITIONS

# Every column of the schema with cells it reads and cells it refuses; blank and padded cells.
CELLS: dict[str, list[str]] = {
    "company": ["Polder BV", "Dijk NV", " Dijk NV", "A", "  ", "", "O'Brien BV", "x,"],
    "organ": ["bestuur", "rvc", "RvC", " executive", "subtop:Directie-1", "board", ""],
    "date": ["2024-12-31", "2025-01-01", "31-12-2024", "2024-02-30", "2024-12-31 ", "", "x"],
    "legal_form": ["BV", "N.V.", "nv", "GmbH", ""],
    "listed": ["true", "false", "ja", "Nee", "1", "2", ""],
    "men": ["0", "3", "+4", "-1", "1.5", "12", ""],
    "women": ["0", "2", "007", "x", ""],
    "other": ["0", "1", "", "-2"],
    "unknown": ["0", "", "3", "a"],
    "sector": ["70", " 64 ", "", "K"],
    "employees": ["183", "3275.5", "1e3", "1,000", "", "-5"],
    "large": ["true", "no", "maybe", ""],
    "reported": ["false", "y", ""],
    "target": ["30%", "0.3", "1/3", "2", "40", "150%", "x", ""],
    "target_form": ["each_sex", "women_count", "women_share", "bogus", ""],
    "target_year": ["2027", "1800", "20x5", ""],
}
DUTCH = {"company": "Bedrijfsnaam", "organ": "Orgaan", "date": "Peildatum", "men": "Mannen"}


YEARS = tables._COMPANY_YEARS
YEAR_CELLS: dict[str, list[str]] = {
    "company": CELLS["company"],
    "financial_year_start": ["2024-01-01", "2025-01-01", "01-01-2024", "2024-13-01", ""],
    "financial_year_end": ["2024-12-31", "2023-12-31", "31-12-2024", "x", ""],
    "legal_form": CELLS["legal_form"],
    "listed": CELLS["listed"],
    "board_model": ["two_tier", "one_tier", "ONE_TIER", "three", ""],
    "sector": CELLS["sector"],
    "total_assets": ["1000000", "2.5e7", "-1", "1.000", ""],
    "net_turnover": ["12", "0.5", "x", ""],
    "employees": CELLS["employees"],
}


@st.composite
def files(
    draw: st.DrawFn, schema: tables._Schema = SCHEMA, pools: dict[str, list[str]] = CELLS
) -> tuple[str, dict[str, object]]:
    """A CSV text of a file of ``schema`` (cells from ``pools``), and the options to read it."""
    required = [column.name for column in schema.columns if column.required]
    optional = [column.name for column in schema.columns if not column.required]
    optional = draw(st.lists(st.sampled_from(optional), unique=True))
    extra = draw(st.lists(st.sampled_from(["note", "Extra kolom", "id"]), unique=True))
    columns = draw(st.permutations(required + optional + extra))
    delimiter = draw(st.sampled_from([",", ";", "\t"]))
    header = [
        DUTCH[name]
        if name in DUTCH and draw(st.booleans())
        else name.upper()
        if draw(st.integers(0, 5)) == 0
        else name
        for name in columns
    ]
    small = st.sampled_from(["2024-12-31", "31-12-2024"])
    lines = [delimiter.join(header)]
    ragged = draw(st.integers(0, 3)) == 0  # rows of fewer or more cells than the header
    clean = draw(st.booleans())  # cells mostly of those read
    for _ in range(draw(st.integers(0, 25))):
        kind = draw(st.integers(0, 12))
        if kind in (1, 2) and not ragged:
            kind = 3
        if kind == 0:
            lines.append(delimiter * draw(st.integers(0, len(columns) + 1)))  # blank
            continue
        cells = []
        for name in columns:
            pool = pools.get(name, ["", "n", "7", " m "])
            if clean and draw(st.integers(0, 9)):
                pool = pool[:2]
            cell = draw(st.sampled_from(pool))
            if name in ("date", "financial_year_end") and draw(st.booleans()):
                cell = draw(small)
            cells.append(cell.replace(delimiter, ""))
        if kind == 1:
            cells = cells[: draw(st.integers(1, len(cells)))]  # fewer cells than the header
        elif kind == 2:
            cells += [draw(st.sampled_from(["", "", "surplus"]))]  # one cell more
        lines.append(delimiter.join(cells))
    if lines[1:] and draw(st.booleans()):  # a row repeated, for the rule on duplicates
        lines.append(draw(st.sampled_from(lines[1:])))
    end = draw(st.sampled_from(["\n", "\r\n"]))
    text = end.join(lines) + draw(st.sampled_from(["", end]))
    if draw(st.booleans()):
        text = "\ufeff" + text
    options = {
        "duplicates": draw(st.sampled_from(["refuse", "first", "last"])),
        "date_format": draw(st.sampled_from([None, "%d-%m-%Y"])),
        "on_error": draw(st.sampled_from(["collect", "collect", "raise"])),
    }
    return text, options


def exact(items: object) -> object:
    """``items`` with the type of every value beside it, and each row's columns in order
    (``==`` alone holds ``1 == True`` and dicts equal in any order)."""
    if isinstance(items, dict):
        return [(key, exact(value)) for key, value in items.items()]
    if isinstance(items, tuple | list):
        return [type(items).__name__, *map(exact, items)]
    if isinstance(items, RowError):
        return [items.row, items.field, exact(items.value), items.reason]
    return (type(items).__name__, items)


def outcome(
    path: Path, options: dict[str, object], quick: bool, schema: tables._Schema = SCHEMA
) -> object:
    """What a read of ``path`` gives: the Loaded, or the LoadError's name and errors, exactly."""
    on_error = options["on_error"]
    rest = {key: value for key, value in options.items() if key != "on_error"}
    try:
        loaded = tables._read(schema, path, None, on_error, quick=quick, **rest)  # type: ignore[arg-type]
    except LoadError as error:
        return ("LoadError", error.source, exact(error.errors))
    except ValueError as error:  # a failure of both ways must be the same failure
        return (type(error).__name__, str(error))
    return exact([loaded.rows, loaded.errors, loaded.dropped])


def taken(path: Path) -> bool:
    """Whether the quick reader reads ``path`` (rather than leaving it to the ordinary one)."""
    table = SCHEMA.table
    found = fast.columns(path, table, str(path), _tables.DEFAULT_LIMITS, _tables.namer(table), None)
    return found is not None


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(files())
def test_the_quick_read_is_the_row_by_row_read(case: tuple[str, dict[str, object]]) -> None:
    text, options = case
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "compositions.csv"
        path.write_bytes(text.encode("utf-8"))
        quick, slow = outcome(path, options, True), outcome(path, options, False)
        assert quick == slow


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(files(YEARS, YEAR_CELLS))
def test_company_years_read_quick_as_row_by_row(case: tuple[str, dict[str, object]]) -> None:
    text, options = case
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "company_years.csv"
        path.write_bytes(text.encode("utf-8"))
        assert outcome(path, options, True, YEARS) == outcome(path, options, False, YEARS)


def test_a_plain_file_is_read_the_quick_way(tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    path.write_text(
        "company;organ;date;legal_form;listed;men;women;target\n"
        "Polder BV;bestuur;2024-12-31;BV;false;3;1;30%\n"
        ";;;;;;;\n"
        "\n"
        "Polder BV;bestuur;2024-12-31;BV;false;2;2;\n"
        "Dijk NV;rvc;2024-13-01;NV;ja;x;1;1/3\n"
        "Dijk NV;rvc;2024-12-31;NV;ja;4;1\n",  # fewer cells: the target is empty
        encoding="utf-8",
    )
    assert taken(path)
    loaded = tables._read(SCHEMA, path, None, "collect")
    assert loaded == tables._read(SCHEMA, path, None, "collect", quick=False)
    # Worked by hand: line 2 kept, line 5 repeats it, line 6 has a bad date and a bad count,
    # line 7 is kept.
    assert [(row["men"], row["target"]) for row in loaded.rows] == [(3, Fraction(3, 10)), (4, None)]
    assert [(error.row, error.field) for error in loaded.errors] == [
        (5, "company, organ, date"),
        (6, "date"),
        (6, "men"),
    ]


PLAIN = "company,organ,date,legal_form,listed,men,women\nPolder BV,bestuur,2024-12-31,BV,no,3,1\n"


@pytest.mark.parametrize(
    ("why", "content"),
    [
        ("a quoted cell", PLAIN + '"Dijk, NV",rvc,2024-12-31,NV,no,3,1\n'),
        ("a lone carriage return", PLAIN.replace("\n", "\r", 1)),
        ("a zero character", PLAIN + "Dijk\x00,rvc,2024-12-31,NV,no,3,1\n"),
        ("a neutralised cell", PLAIN + "'=Dijk,rvc,2024-12-31,NV,no,3,1\n"),
        ("a surplus cell", PLAIN + "Dijk,rvc,2024-12-31,NV,no,3,1,\n"),
        ("a header it refuses", "company,organ\nPolder BV,bestuur\n"),
        ("no data row", PLAIN.split("\n")[0] + "\n"),
        ("only blank rows", PLAIN.split("\n")[0] + "\n,,,\n\n"),
        ("two byte-order marks", "\ufeff\ufeff" + PLAIN),
    ],
)
def test_a_file_that_is_not_plain_goes_the_ordinary_way(
    tmp_path: Path, why: str, content: str
) -> None:
    path = tmp_path / "c.csv"
    path.write_bytes(content.encode("utf-8"))
    assert not taken(path), why
    assert outcome(path, {"on_error": "collect"}, True) == outcome(
        path, {"on_error": "collect"}, False
    )


def test_other_encodings_and_limits_go_the_ordinary_way(tmp_path: Path) -> None:
    table, names = SCHEMA.table, _tables.namer(SCHEMA.table)
    path = tmp_path / "c.csv"
    path.write_bytes(PLAIN.encode("utf-8"))
    assert taken(path)
    limits = _tables.DEFAULT_LIMITS
    assert fast.columns(path, table, "c", limits, names, "utf-8") is None  # encoding= given
    narrow = _tables.Limits(line_length=40)
    assert fast.columns(path, table, "c", narrow, names, None) is None
    assert fast.columns(path, table, "c", _tables.Limits(field_size=30), names, None) is None
    assert fast.columns(path, table, "c", _tables.Limits(rows=1), names, None) is None
    assert fast.columns(str(path) + ".missing", table, "c", limits, names, None) is None
    with path.open("rb") as stream:  # a stream, not a path
        assert fast.columns(stream, table, "c", limits, names, None) is None
    wide = tmp_path / "wide.csv"
    wide.write_bytes(PLAIN.encode("utf-16"))
    assert fast.columns(wide, table, "c", limits, names, None) is None
    latin = tmp_path / "latin.csv"
    latin.write_bytes(PLAIN.replace("Polder", "Poldér").encode("cp1252"))
    assert fast.columns(latin, table, "c", limits, names, None) is None


def test_without_polars_the_ordinary_way(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "c.csv"
    path.write_bytes(PLAIN.encode("utf-8"))
    monkeypatch.setattr(fast, "_polars", lambda: None)
    assert not taken(path)
    assert tables._read(SCHEMA, path, None, "collect").rows[0]["men"] == 3
