"""
Real exports in (issue 17): the options every loader takes from the one table reader
(``columns``, the Dutch headers, ``encoding``, ``date_format``, ``genders``, ``duplicates``),
DataFrames as sources, and errors a person can work with.

The expectations are written by hand from the file each test makes; the property at the end
checks that an export written the Dutch way reads to the same rows as the library's own CSV.
"""

from __future__ import annotations

import codecs
from datetime import date
from io import BytesIO, StringIO
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ingroeiquotum import io
from ingroeiquotum.exceptions import InvalidArgument, LoadError, RowError

HEADER = "company;organ;date;legal_form;listed;men;women\r\n"
DUTCH_HEADER = "Bedrijfsnaam;Orgaan;Peildatum;Rechtsvorm;Beursgenoteerd;Mannen;Vrouwen\r\n"


def _export(rows: list[tuple[str, str, str, str, str, int, int]]) -> str:
    return DUTCH_HEADER + "".join(";".join(map(str, row)) + "\r\n" for row in rows)


ROWS = [
    ("Café Één BV", "rvc", "31-12-2024", "B.V.", "nee", 3, 2),
    ("Polder NV", "bestuur", "31-12-2024", "N.V.", "ja", 4, 1),
    ("Polder NV", "rvc", "31-12-2024", "N.V.", "J", 2, 2),
    ("Slecht BV", "rvc", "31-13-2024", "B.V.", "N", 3, 1),  # no 31st month
    ("Leeg BV", "rvc", "30-12-2024", "B.V.", "nee", "", 1),  # men not given
]


def _check_dutch_export(loaded: io.Loaded, lines: tuple[int, int]) -> None:
    """What the Dutch export of ROWS gives, whatever it was read from: 3 good rows, 2 bad."""
    assert [(row["company"], row["organ"], row["listed"]) for row in loaded.rows] == [
        ("Café Één BV", "rvc", False),
        ("Polder NV", "bestuur", True),
        ("Polder NV", "rvc", True),
    ]
    assert {row["date"] for row in loaded.rows} == {date(2024, 12, 31)}
    assert {row["legal_form"] for row in loaded.rows} == {"BV", "NV"}
    assert [(error.row, error.field) for error in loaded.errors] == [
        (lines[0], "date"),
        (lines[1], "men"),
    ]


def test_a_cp1252_dutch_export_loads_in_one_call(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_bytes(_export(ROWS).encode("cp1252"))
    loaded = io.read_compositions(
        path,
        columns={"Bedrijfsnaam": "company"},
        date_format="%d-%m-%Y",
        encoding="cp1252",
        on_error="collect",
    )
    _check_dutch_export(loaded, (5, 6))
    # The same bytes as a stream.
    stream = BytesIO(path.read_bytes())
    again = io.read_compositions(
        stream, format="csv", date_format="%d-%m-%Y", encoding="cp1252", on_error="collect"
    )
    assert again == loaded


def test_the_same_export_from_pandas_and_polars_frames() -> None:
    pandas = pytest.importorskip("pandas")
    polars = pytest.importorskip("polars")
    frame = pandas.read_csv(StringIO(_export(ROWS)), sep=";", dtype=str, keep_default_na=True)
    loaded = io.read_compositions(frame, date_format="%d-%m-%Y", on_error="collect")
    _check_dutch_export(loaded, (3, 4))  # the frame's index labels
    loaded = io.read_compositions(
        polars.from_pandas(frame), date_format="%d-%m-%Y", on_error="collect"
    )
    _check_dutch_export(loaded, (3, 4))  # the 0-based positions


@pytest.mark.parametrize("kind", ["xlsx", "ods"])
def test_the_same_export_from_a_workbook(tmp_path: Path, kind: str) -> None:
    pytest.importorskip("python_calamine")
    openpyxl = pytest.importorskip("openpyxl")
    from test_excel import ods  # the hand-made OpenDocument writer of the workbook tests

    table: list[list[object]] = [DUTCH_HEADER.strip().split(";")]
    for row in ROWS:
        cells: list[object] = list(row)
        if row[2] == "31-12-2024":
            cells[2] = date(2024, 12, 31)  # a date cell
        elif row[2] == "30-12-2024":
            cells[2] = 45656  # a serial day number: 30 December 2024
        cells[5] = None if row[5] == "" else row[5]
        table.append(cells)
    path = tmp_path / f"export.{kind}"
    if kind == "ods":
        path.write_bytes(ods(table))
    else:
        workbook = openpyxl.Workbook()
        for cells in table:
            workbook.active.append(cells)
        workbook.save(path)
    loaded = io.read_compositions(path, date_format="%d-%m-%Y", on_error="collect")
    _check_dutch_export(loaded, (5, 6))


def test_an_excel_serial_day_reads_as_its_date_in_a_workbook_only() -> None:
    from ingroeiquotum.io import cells

    parse = cells.date_parser(cells.cell_options(None, None, workbook=True))
    assert parse("date", 45657) == date(2024, 12, 31)  # Excel shows 45657 as 31-12-2024
    assert parse("date", 61) == date(1900, 3, 1)
    with pytest.raises(InvalidArgument, match="Excel date"):
        parse("date", 60)  # 29 February 1900, which Excel counts and the calendar has not
    with pytest.raises(InvalidArgument):
        cells.date_parser(cells.cell_options(None, None))("date", 45657)


# -- columns and headers ------------------------------------------------------------------------


def test_dutch_headers_read_without_a_mapping() -> None:
    text = "bedrijf;orgaan;peildatum;rechtsvorm;beursgenoteerd;mannen;vrouwen\nA BV;rvc;2024-12-31;BV;nee;2;1\n"
    (row,) = io.read_compositions(StringIO(text), format="csv").rows
    assert (row["company"], row["men"], row["women"]) == ("A BV", 2, 1)


def test_two_headers_for_one_column_are_reported_with_a_hint() -> None:
    text = (
        "company;organ;date;datum;legal_form;listed;men;women\nA BV;rvc;2024-12-31;x;BV;nee;2;1\n"
    )
    with pytest.raises(LoadError) as info:
        io.read_compositions(StringIO(text), format="csv")
    (problem,) = info.value.errors
    assert (problem.row, problem.field) == (1, "date")
    assert "columns=" in problem.reason
    assert "'datum'" in problem.reason


def test_a_mapping_wins_and_is_checked() -> None:
    text = "Naam;Orgaan;Datum;Vorm;Beurs;M;V\nA BV;rvc;2024-12-31;BV;nee;2;1\n"
    mapping = {"Naam": "company", "Vorm": "legal_form", "Beurs": "listed", "M": "men", "V": "women"}
    (row,) = io.read_compositions(StringIO(text), format="csv", columns=mapping).rows
    assert (row["company"], row["legal_form"], row["men"]) == ("A BV", "BV", 2)
    with pytest.raises(InvalidArgument) as info:
        io.read_compositions(StringIO(text), format="csv", columns={"Naam": "firm"})
    assert info.value.field == "columns['Naam']"
    with pytest.raises(InvalidArgument):
        io.read_compositions(StringIO(text), format="csv", columns={"M": "men", "V": "men"})
    with pytest.raises(LoadError) as failure:
        io.read_compositions(StringIO(text), format="csv", columns={**mapping, "Typo": "sector"})
    assert RowError(1, "columns", "Typo", "names no column of the source") in failure.value.errors


# -- encodings ----------------------------------------------------------------------------------

TEXT = HEADER + "Ålesund Één BV;rvc;2024-12-31;BV;nee;2;1\r\n"


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        TEXT.encode("utf-16"),  # with its byte-order mark
        TEXT.encode("utf-16-le"),  # without: told by its zero bytes
        TEXT.encode("utf-16-be"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16", "utf-16-le", "utf-16-be"],
)
def test_utf8_and_utf16_are_detected(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "export.csv"
    path.write_bytes(data)
    for source in (path, BytesIO(data)):
        (row,) = io.read_compositions(source, format="csv").rows
        assert row["company"] == "Ålesund Één BV"


def test_a_named_encoding_is_read_and_a_wrong_one_is_one_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_bytes(TEXT.encode("cp1252"))
    with pytest.raises(LoadError) as info:
        io.read_compositions(path)
    assert [error.row for error in info.value.errors] == [2]
    assert "encoding=" in info.value.errors[0].reason
    assert io.read_compositions(path, encoding="latin-1").rows[0]["company"] == "Ålesund Één BV"
    path.write_bytes(TEXT.encode("utf-16-le"))
    with pytest.raises(LoadError, match="zero characters"):
        io.read_compositions(path, encoding="cp1252")
    path.write_bytes(
        HEADER.encode() + b"A \x81 BV;rvc;2024-12-31;BV;nee;2;1\r\n"
    )  # 0x81: no cp1252
    with pytest.raises(LoadError, match="is not cp1252"):
        io.read_compositions(path, encoding="cp1252")
    for bad in ("klingon", "base64", 1252):
        with pytest.raises(InvalidArgument) as refused:
            io.read_compositions(path, encoding=bad)  # type: ignore[arg-type]
        assert refused.value.field == "encoding"


# -- dates --------------------------------------------------------------------------------------


def test_every_date_failing_the_same_way_is_one_error_that_suggests_the_format() -> None:
    body = "".join(f"B{n} BV;rvc;{n % 28 + 1:02d}-12-2024;BV;nee;2;1\n" for n in range(500))
    with pytest.raises(LoadError) as info:
        io.read_compositions(StringIO(HEADER + body), format="csv")
    (problem,) = info.value.errors
    assert (problem.row, problem.field) == (None, "date")
    assert "all 500 rows" in problem.reason
    assert "date_format='%d-%m-%Y'" in problem.reason
    assert len(str(info.value)) < 400
    # One good date, and the others are errors of their own rows again.
    mixed = HEADER + "A BV;rvc;2024-12-31;BV;nee;2;1\n" + body
    loaded = io.read_compositions(StringIO(mixed), format="csv", on_error="collect")
    assert len(loaded.errors) == 500
    assert len(loaded.rows) == 1


def test_an_impossible_day_is_not_a_format_problem() -> None:
    """31-02-2024 has the format's shape but no day: said so, and the format still guessed."""
    body = "".join(f"B{n} BV;rvc;{n % 28 + 1:02d}-12-2024;BV;nee;2;1\n" for n in range(60))
    body += "X BV;rvc;31-02-2024;BV;nee;2;1\n"
    with pytest.raises(LoadError) as info:
        io.read_compositions(
            StringIO(HEADER + "X BV;rvc;31-02-2024;BV;nee;2;1\n" + body), format="csv"
        )
    (problem,) = info.value.errors
    assert "date_format='%d-%m-%Y'" in problem.reason
    loaded = io.read_compositions(
        StringIO(HEADER + body), format="csv", date_format="%d-%m-%Y", on_error="collect"
    )
    assert [(error.row, error.reason) for error in loaded.errors] == [
        (62, "is not a day of the calendar")
    ]


def test_a_column_of_impossible_days_only_keeps_each_error() -> None:
    """Every date ISO-shaped but not a day (2024-02-30): no format to suggest, no crash."""
    body = "A BV;rvc;2024-02-30;BV;nee;2;1\nB BV;rvc;2024-02-31;BV;nee;2;1\n"
    loaded = io.read_compositions(StringIO(HEADER + body), format="csv", on_error="collect")
    assert [(error.row, error.field, error.reason) for error in loaded.errors] == [
        (2, "date", "is not a day of the calendar"),
        (3, "date", "is not a day of the calendar"),
    ]


def test_a_date_format_must_name_day_month_and_year() -> None:
    for bad in ("%d-%m", "dd-mm-yyyy", 5):
        with pytest.raises(InvalidArgument) as info:
            io.read_compositions(StringIO(HEADER), format="csv", date_format=bad)  # type: ignore[arg-type]
        assert info.value.field == "date_format"


# -- frames -------------------------------------------------------------------------------------


def test_a_pandas_frame_with_missing_values_and_timestamps() -> None:
    pandas = pytest.importorskip("pandas")
    frame = pandas.DataFrame(
        {
            "company": ["A BV", "B BV", "C BV"],
            "organ": ["rvc", "rvc", "rvc"],
            "date": pandas.to_datetime(["2024-12-31", "2024-12-31 13:00", None], format="mixed"),
            "legal_form": ["BV", "BV", "BV"],
            "listed": [False, False, False],
            "men": pandas.array([2, None, 3], dtype="Int64"),
            "women": [1.0, 1.0, float("nan")],
            "sector": [None, pandas.NA, "K"],
        },
        index=[10, 11, 12],
    )
    loaded = io.read_compositions(frame, on_error="collect")
    assert [(row["company"], row["date"], row["men"]) for row in loaded.rows] == [
        ("A BV", date(2024, 12, 31), 2)
    ]
    assert sorted((error.row, error.field) for error in loaded.errors) == [
        (11, "date"),
        (11, "men"),
        (12, "date"),
        (12, "women"),
    ]


def test_a_polars_frame_and_lazy_frame() -> None:
    polars = pytest.importorskip("polars")
    frame = polars.DataFrame(
        {
            "bedrijf": ["A BV", None],
            "orgaan": ["rvc", "rvc"],
            "peildatum": [date(2024, 12, 31), date(2024, 12, 31)],
            "rechtsvorm": ["BV", "BV"],
            "beursgenoteerd": ["nee", "nee"],
            "mannen": [2, 3],
            "vrouwen": [1, None],
        }
    )
    for source in (frame, frame.lazy()):
        loaded = io.read_compositions(source, on_error="collect")
        assert [row["company"] for row in loaded.rows] == ["A BV"]
        assert sorted((error.row, error.field) for error in loaded.errors) == [
            (1, "company"),
            (1, "women"),
        ]


# -- genders ------------------------------------------------------------------------------------


def test_a_systems_gender_codes_and_blanks() -> None:
    text = (
        "Bedrijf;Orgaan;Geslacht;Ingangsdatum;Einddatum\n"
        "A BV;bestuur;1;01-01-2020;\n"
        "A BV;bestuur;2;01-06-2024;\n"
        "A BV;bestuur;;01-01-2024;31-12-2024\n"
        "A BV;bestuur;V;01-01-2024;\n"
    )
    records = io.read_employees(
        StringIO(text), format="csv", date_format="%d-%m-%Y", genders={"1": "man", "2": "woman"}
    )
    (row,) = io.aggregate_employees(records, dates=[date(2024, 12, 31)]).rows
    assert (row["men"], row["women"], row["unknown"]) == (1, 2, 1)
    with pytest.raises(InvalidArgument) as info:
        io.read_employees(StringIO(text), format="csv", genders={"1": "mens"})
    assert info.value.field == "genders['1']"


# -- duplicates and the errors table ------------------------------------------------------------

TWICE = HEADER + "A BV;rvc;2024-12-31;BV;nee;2;1\nA BV;rvc;2024-12-31;BV;nee;3;1\n"


def test_duplicates_refused_first_or_last() -> None:
    with pytest.raises(LoadError, match="line 2 was kept"):
        io.read_compositions(StringIO(TWICE), format="csv")
    first = io.read_compositions(StringIO(TWICE), format="csv", duplicates="first")
    last = io.read_compositions(StringIO(TWICE), format="csv", duplicates="last")
    assert [row["men"] for row in first.rows] == [2]
    assert [row["men"] for row in last.rows] == [3]
    assert [error.row for error in first.dropped] == [3]
    assert [error.row for error in last.dropped] == [2]
    assert "line 3" in last.dropped[0].reason
    assert not first.errors
    with pytest.raises(InvalidArgument):
        io.read_compositions(StringIO(TWICE), format="csv", duplicates="keep")  # type: ignore[arg-type]


def test_errors_as_a_table_and_a_frame() -> None:
    body = "".join(f"B{n} BV;rvc;2024-12-31;BV;nee;many;1\n" for n in range(30))
    with pytest.raises(LoadError) as info:
        io.read_compositions(StringIO(HEADER + body), format="csv")
    message = str(info.value)
    assert message.count("\n  row ") == 20
    assert "and 10 more" in message
    table = info.value.errors_table()
    assert len(table) == 30
    assert table[0] == {
        "line": 2,
        "field": "men",
        "value": "many",
        "reason": "must be a whole number of at least 0",
    }
    pandas = pytest.importorskip("pandas")
    frame = info.value.errors_frame()
    assert isinstance(frame, pandas.DataFrame)
    assert list(frame["line"])[:2] == [2, 3]
    polars = pytest.importorskip("polars")
    loaded = io.read_compositions(StringIO(HEADER + body), format="csv", on_error="collect")
    assert loaded.errors_frame("polars").shape == (30, 4)
    assert isinstance(loaded.errors_frame("polars"), polars.DataFrame)


# -- the property -------------------------------------------------------------------------------

_NAMES = st.text(
    alphabet=st.characters(
        codec="cp1252", exclude_categories=("Cc", "Zl", "Zp"), exclude_characters=";,\"'\r\n=+-@\t"
    ),
    min_size=1,
    max_size=12,
).filter(lambda name: name.strip() == name)


@given(
    st.lists(
        st.tuples(
            _NAMES,
            st.dates(date(1950, 1, 1), date(2100, 12, 31)),
            st.booleans(),
            st.integers(0, 30),
            st.integers(0, 30),
        ),
        min_size=1,
        max_size=8,
        unique_by=lambda row: (row[0], row[1]),
    )
)
def test_a_dutch_export_reads_as_the_librarys_own_csv(
    rows: list[tuple[str, date, bool, int, int]],
) -> None:
    own = "company,organ,date,legal_form,listed,men,women\n" + "".join(
        f"{name},rvc,{day.isoformat()},NV,{str(listed).lower()},{men},{women}\n"
        for name, day, listed, men, women in rows
    )
    dutch = DUTCH_HEADER + "".join(
        f"{name};RVC;{day:%d-%m-%Y};NV;{'ja' if listed else 'nee'};{men};{women}\r\n"
        for name, day, listed, men, women in rows
    )
    expected = io.read_compositions(StringIO(own), format="csv").rows
    data = BytesIO(dutch.encode("cp1252"))
    found = io.read_compositions(data, format="csv", date_format="%d-%m-%Y", encoding="cp1252")
    assert found.rows == expected
