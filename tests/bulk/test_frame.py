"""Tests for ``ingroeiquotum.bulk.frame``: the vectorised path for pandas and polars frames."""

import pytest
from hypothesis import HealthCheck, given, settings

from bulk_cases import row, rows_strategy
from ingroeiquotum import bulk
from ingroeiquotum.exceptions import InvalidArgument


@pytest.mark.parametrize("library", ["pandas", "polars"])
@given(rows=rows_strategy)
@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_frame_path_equals_pure_path(library, rows):
    """The vectorised path gives exactly the pure path's verdicts and numbers, row for row."""
    frames = pytest.importorskip(library)
    result = bulk.evaluate_frame(frames.DataFrame(rows))
    records = result.to_dict("records") if library == "pandas" else result.to_dicts()
    for pure, framed in zip(bulk.evaluate(rows), records, strict=True):
        assert pure["verdict"] == framed["quota_verdict"]
        assert pure["article"] == framed["article"]
        for key in ("minimum_per_sex", "women_missing", "men_missing"):
            value = framed[key]
            value = None if value is None or value != value else int(value)  # NaN -> None
            assert pure[key] == value, key


def test_frame_path_bad_input():
    """Missing columns, unknown organs and negative counts give InvalidArgument."""
    pandas = pytest.importorskip("pandas")
    with pytest.raises(InvalidArgument, match="missing"):
        bulk.evaluate_frame(pandas.DataFrame([{"company": "A"}]))
    with pytest.raises(InvalidArgument, match="organ"):
        bulk.evaluate_frame(pandas.DataFrame([row(organ="board")]))
    with pytest.raises(InvalidArgument, match="negative"):
        bulk.evaluate_frame(pandas.DataFrame([row(men=-2)]))
    with pytest.raises(InvalidArgument, match="DataFrame"):
        bulk.evaluate_frame([row()])


@pytest.mark.parametrize("library", ["pandas", "polars"])
@pytest.mark.parametrize(
    ("column", "value", "reason"),
    [
        ("date", "2024-12-31", "must be a column of dates"),
        ("men", 4.5, "whole numbers"),
        ("listed", "ja", "boolean"),
        ("organ", 3, "text"),
    ],
)
def test_frame_path_refuses_a_column_of_the_wrong_type(library, column, value, reason):
    """A column of the wrong type is refused by name, not a TypeError deep in the dataframe."""
    frames = pytest.importorskip(library)
    with pytest.raises(InvalidArgument, match=reason) as caught:
        bulk.evaluate_frame(frames.DataFrame([row(**{column: value}), row(**{column: value})]))
    assert caught.value.field == column


def test_frame_path_refuses_times_and_text_among_dates():
    """pandas' datetime64 and an object column mixing text with dates name the date column."""
    pandas = pytest.importorskip("pandas")
    timed = pandas.DataFrame([row()]).assign(date=pandas.to_datetime(["2024-12-31"]))
    with pytest.raises(InvalidArgument, match=r"dt\.date") as caught:
        bulk.evaluate_frame(timed)
    assert caught.value.field == "date"
    mixed = pandas.DataFrame([row(), row(date="2024-12-31")])
    with pytest.raises(InvalidArgument, match="dates only") as caught:
        bulk.evaluate_frame(mixed)
    assert caught.value.field == "date"
    # dates as Python objects (pandas' "object" column) are what the docs show: still fine
    assert list(bulk.evaluate_frame(pandas.DataFrame([row()]))["quota_verdict"]) == [
        bulk.evaluate([row()])[0]["verdict"]
    ]


def test_a_duplicated_column_is_refused_by_name():
    """pandas allows a column twice; the frame path names it instead of narwhals' error."""
    pandas = pytest.importorskip("pandas")
    frame = pandas.DataFrame([row()])
    twice = pandas.concat([frame, frame[["men"]]], axis=1)
    with pytest.raises(InvalidArgument, match="more than once") as caught:
        bulk.evaluate_frame(twice)
    assert ("frame", ["men"]) == (caught.value.field, caught.value.value)


@pytest.mark.parametrize("kind", ["Categorical", "Enum", "category"])
def test_a_categorical_organ_column_is_read_as_its_text(kind):
    """polars Categorical and Enum, pandas category: the organ is text, and the verdicts hold."""
    rows = [row(), row(organ="bestuur"), row(organ="subtop:Directeuren")]
    organs = sorted({r["organ"] for r in rows})
    if kind == "category":
        pandas = pytest.importorskip("pandas")
        frame = pandas.DataFrame(rows).astype({"organ": "category"})
        verdicts = bulk.evaluate_frame(frame)["quota_verdict"].to_list()
    else:
        polars = pytest.importorskip("polars")
        dtype = polars.Categorical if kind == "Categorical" else polars.Enum(organs)
        frame = polars.DataFrame(rows).with_columns(polars.col("organ").cast(dtype))
        result = bulk.evaluate_frame(frame)
        assert result.schema["organ"] == frame.schema["organ"]  # the column is kept as it was
        verdicts = result["quota_verdict"].to_list()
    assert [r["verdict"] for r in bulk.evaluate(rows)] == verdicts


@pytest.mark.parametrize("column", ["company", "organ", "date", "legal_form", "listed", "men"])
@pytest.mark.parametrize("missing", ["NA", "NaT", "None", "NaN"])
def test_a_missing_value_in_a_required_column_names_the_column(column, missing):
    """pd.NA, NaT, None or NaN in a required column: the library's error, naming it."""
    pandas = pytest.importorskip("pandas")
    value = {"NA": pandas.NA, "NaT": pandas.NaT, "None": None, "NaN": float("nan")}[missing]
    frame = pandas.DataFrame([row(), row()])
    if column == "men":
        frame[column] = pandas.array([2, None if missing == "None" else pandas.NA], dtype="Int64")
    elif column == "listed":
        frame[column] = pandas.array([True, pandas.NA], dtype="boolean")
    else:
        frame[column] = pandas.Series([frame[column][0], value], dtype=object)
    with pytest.raises(InvalidArgument) as caught:
        bulk.evaluate_frame(frame)
    assert column == caught.value.field
