"""Tests for ``ingroeiquotum.bulk.frame``: the vectorised path for pandas and polars frames."""

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bulk_cases import row, rows_strategy
from ingroeiquotum import bulk
from ingroeiquotum.bulk.frame import VERDICTS
from ingroeiquotum.company import LEGAL_FORMS
from ingroeiquotum.exceptions import InvalidArgument, LoadError
from ingroeiquotum.organs import WORDS

COUNT_COLUMNS = ("minimum_per_sex", "women_missing", "men_missing")


def _frame_of(kind, rows):
    """The rows as a frame of ``kind``: each form of frame a user may hand in."""
    if kind.startswith("pandas"):
        pandas = pytest.importorskip("pandas")
        frame = pandas.DataFrame(rows)
        if kind == "pandas_datetime":
            frame["date"] = pandas.to_datetime(frame["date"]).astype("datetime64[us]")
        elif kind == "pandas_arrow":
            pytest.importorskip("pyarrow")
            frame = frame.convert_dtypes(dtype_backend="pyarrow")
        elif kind == "pandas_category":
            frame = frame.astype({"company": "category", "organ": "category"})
        return frame
    polars = pytest.importorskip("polars")
    frame = polars.DataFrame(rows)
    if kind == "polars_datetime":
        frame = frame.with_columns(
            polars.col("date").cast(polars.Datetime("ms")),
            polars.col("organ").cast(polars.Categorical),
            polars.col("company").cast(polars.Enum(sorted({r["company"] for r in rows}))),
        )
    if kind == "arrow":
        pytest.importorskip("pyarrow")
        return frame.to_arrow()
    return frame.lazy() if kind.startswith("polars_lazy") else frame


def _records(kind, result):
    """The result's rows as dicts, whatever the kind of frame."""
    if kind.startswith("pandas"):
        return result.to_dict("records")
    if kind == "arrow":
        return result.to_pylist()
    if kind == "polars_lazy_streaming":
        return result.collect(engine="streaming").to_dicts()
    if kind == "polars_lazy":
        return result.collect().to_dicts()
    return result.to_dicts()


KINDS = [
    "pandas",
    "pandas_datetime",
    "pandas_arrow",
    "pandas_category",
    "polars",
    "polars_datetime",
    "polars_lazy",
    "polars_lazy_streaming",
    "arrow",
]


@pytest.mark.parametrize("kind", KINDS)
@given(rows=rows_strategy)
@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_frame_path_equals_pure_path(kind, rows):
    """Every kind of frame gives exactly the pure path's verdicts and numbers, row for row."""
    _assert_same_as_evaluate(kind, rows, bulk.evaluate_frame(_frame_of(kind, rows)))


def _assert_same_as_evaluate(kind, rows, result):
    """The frame's verdict columns equal bulk.evaluate's quota rows, row for row."""
    for pure, framed in zip(bulk.evaluate(rows), _records(kind, result), strict=True):
        assert pure["verdict"] == framed["quota_verdict"]
        assert pure["article"] == framed["article"]
        for key in COUNT_COLUMNS:
            value = framed[key]
            value = None if value is None or value is pd_na() else int(value)
            assert pure[key] == value, key
    return result


def _spelled(draw, word, inner):
    """``word`` as a file may write it: each letter in either case, spaces around it, and each
    space inside it written as one of ``inner`` (what the word's parser reads as one space)."""
    letters = [letter.upper() if draw(st.booleans()) else letter.lower() for letter in word]
    text = "".join(draw(st.sampled_from(inner)) if c == " " else c for c in letters)
    return draw(st.sampled_from(["", " ", "  "])) + text + draw(st.sampled_from(["", " ", "\t"]))


@st.composite
def organ_words(draw):
    """A word of organs.WORDS in odd case and spacing, or a subtop category as files write it."""
    if draw(st.integers(0, 5)) == 0:
        prefix = _spelled(draw, "subtop", [" "])
        separator = draw(st.sampled_from([":", ": ", " - ", " \u2013 ", "-"]))
        return prefix + separator + draw(st.sampled_from(["Directie", "team leads"]))
    return _spelled(draw, draw(st.sampled_from(sorted(WORDS))), [" ", "  ", "-", "_", " - "])


@st.composite
def legal_form_words(draw):
    """A word of company.LEGAL_FORMS in odd case, with spaces around it and inside it."""
    return _spelled(draw, draw(st.sampled_from(sorted(LEGAL_FORMS))), [" ", "  "])


@st.composite
def worded_rows(draw):
    """Rows of bulk_cases.rows_strategy, each with an organ and a legal form in words."""
    return [
        {**each, "organ": draw(organ_words()), "legal_form": draw(legal_form_words())}
        for each in draw(rows_strategy)
    ]


@pytest.mark.parametrize("kind", KINDS)
@given(rows=worded_rows())
@settings(max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_the_words_people_use_give_the_verdicts_of_evaluate(kind, rows):
    """
    Organs and legal forms written as files write them (any word of the one vocabulary of each,
    in odd case and spacing) are read by every kind of frame, with bulk.evaluate's verdicts;
    the columns are kept as they were written.
    """
    result = bulk.evaluate_frame(_frame_of(kind, rows))
    _assert_same_as_evaluate(kind, rows, result)
    records = _records(kind, result)
    assert [r["organ"] for r in rows] == [str(r["organ"]) for r in records]
    assert [r["legal_form"] for r in rows] == [r["legal_form"] for r in records]


def pd_na():
    pandas = pytest.importorskip("pandas")
    return pandas.NA


def test_pandas_result_types_and_a_hand_computed_example():
    """Nullable Int64 counts with <NA> where the quota does not apply; categorical verdicts."""
    pandas = pytest.importorskip("pandas")
    rows = [row(men=5, women=1), row(organ="bestuur", men=3, women=0), row(men=1, women=1)]
    result = bulk.evaluate_frame(pandas.DataFrame(rows))
    assert ["Int64"] * 3 == [str(result[key].dtype) for key in COUNT_COLUMNS]
    assert list(VERDICTS) == list(result["quota_verdict"].cat.categories)
    assert ["not_compliant", "not_applicable", "compliant"] == list(result["quota_verdict"])
    # 6 members: ceil(6/3) = 2 of each, one woman short; 2 members: 1 of each
    assert [2, 1] == [result["minimum_per_sex"][0], result["minimum_per_sex"][2]]
    assert [1, 0] == [result["women_missing"][0], result["men_missing"][0]]
    assert result["minimum_per_sex"].isna().tolist() == [False, True, False]
    assert ["art. 2:142b lid 2 BW", "art. 2:142b lid 1 BW"] == [
        result["article"][0],
        pandas.DataFrame(bulk.evaluate([row(listed=False)]))["article"][0],
    ]
    assert str(result["article"].dtype) == "category"


def test_polars_result_types():
    """polars: Enum verdicts and articles, Int64 counts with nulls."""
    polars = pytest.importorskip("polars")
    result = bulk.evaluate_frame(polars.DataFrame([row(men=5, women=1), row(organ="bestuur")]))
    assert polars.Enum(VERDICTS) == result.schema["quota_verdict"]
    assert [polars.Int64] * 3 == [result.schema[key] for key in COUNT_COLUMNS]
    assert [2, None] == result["minimum_per_sex"].to_list()


def test_a_lazy_frame_gives_a_lazy_frame_and_reads_nothing():
    """No row is read while the plan is built: a counting function in the input never runs."""
    polars = pytest.importorskip("polars")
    seen = []

    def count(batch):
        seen.append(len(batch))
        return batch

    source = polars.LazyFrame([row(), row(men=5, women=1)]).with_columns(
        polars.col("men").map_batches(count, return_dtype=polars.Int64)
    )
    plan = bulk.evaluate_frame(source)
    assert isinstance(plan, polars.LazyFrame)
    assert [] == seen
    assert ["compliant", "not_compliant"] == plan.collect()["quota_verdict"].to_list()
    assert seen


@pytest.mark.parametrize("engine", ["in-memory", "streaming"])
@pytest.mark.parametrize(
    ("changes", "field", "value"),
    [
        ({"men": -1}, "men", "< 0"),
        ({"organ": "board"}, "organ", ["board"]),
        ({"legal_form": "SE"}, "legal_form", ["SE"]),
        ({"women": 10_000_001}, "women", "> 10000000"),
        ({"company": None}, "company", None),
    ],
)
def test_a_lazy_frame_refuses_bad_rows_when_collected(engine, changes, field, value):
    """The library's own error, with its field and value, from collect (both engines)."""
    polars = pytest.importorskip("polars")
    plan = bulk.evaluate_frame(polars.LazyFrame([row(), row(**changes)]))
    with pytest.raises(InvalidArgument) as caught:
        plan.collect(engine=engine)
    assert (field, value) == (caught.value.field, caught.value.value)


def test_a_polars_frame_refuses_a_time_of_day_and_a_time_zone():
    polars = pytest.importorskip("polars")
    frame = polars.DataFrame([row(), row()]).with_columns(polars.col("date").cast(polars.Datetime))
    timed = frame.with_columns(polars.col("date") + polars.duration(hours=9))
    with pytest.raises(InvalidArgument, match="time of day") as caught:
        bulk.evaluate_frame(timed)
    assert "date" == caught.value.field
    zoned = frame.with_columns(polars.col("date").dt.replace_time_zone("Europe/Amsterdam"))
    with pytest.raises(InvalidArgument, match="time zone"):
        bulk.evaluate_frame(zoned)


@pytest.mark.parametrize("unit", ["ns", "us", "ms", "s"])
def test_pandas_datetime64_at_midnight_is_read_as_dates(unit):
    pandas = pytest.importorskip("pandas")
    rows = [row(date=date(2021, 12, 31)), row(date=date(2022, 1, 1)), row(date=date(2030, 1, 1))]
    frame = pandas.DataFrame(rows)
    frame["date"] = pandas.to_datetime(frame["date"]).astype(f"datetime64[{unit}]")
    result = bulk.evaluate_frame(frame)
    # the quota is in force from 2022-01-01 until 2030-01-01 (exclusive)
    assert ["not_applicable", "compliant", "not_applicable"] == list(result["quota_verdict"])
    assert str(result["date"].dtype) == f"datetime64[{unit}]"  # the column is kept as it was


def test_pandas_refuses_a_time_of_day_a_time_zone_and_nat():
    pandas = pytest.importorskip("pandas")
    frame = pandas.DataFrame([row(), row()])
    frame["date"] = pandas.to_datetime(["2024-12-31 00:00", "2024-12-31 09:30"])
    with pytest.raises(InvalidArgument, match="time of day") as caught:
        bulk.evaluate_frame(frame)
    assert ("date", pandas.Timestamp("2024-12-31 09:30")) == (
        caught.value.field,
        caught.value.value,
    )
    frame["date"] = pandas.to_datetime(["2024-12-31", "2024-12-31"]).tz_localize("UTC")
    with pytest.raises(InvalidArgument, match="time zone"):
        bulk.evaluate_frame(frame)
    frame["date"] = pandas.to_datetime(["2024-12-31", None])
    with pytest.raises(InvalidArgument, match="empty") as caught:
        bulk.evaluate_frame(frame)
    assert "date" == caught.value.field


def test_pyarrow_date32_column():
    pandas = pytest.importorskip("pandas")
    pyarrow = pytest.importorskip("pyarrow")
    rows = [row(date=date(2021, 6, 30)), row(date=date(2024, 6, 30))]
    frame = pandas.DataFrame(rows)
    frame["date"] = frame["date"].astype(pandas.ArrowDtype(pyarrow.date32()))
    result = bulk.evaluate_frame(frame)
    assert ["not_applicable", "compliant"] == list(result["quota_verdict"])


def test_a_duplicated_column_in_a_pyarrow_table_is_refused_by_name():
    pyarrow = pytest.importorskip("pyarrow")
    table = pyarrow.table({"company": ["A"], "men": [1]})
    twice = pyarrow.Table.from_arrays([table["company"], table["men"], table["men"]],
                                      names=["company", "men", "men"])  # fmt: skip
    with pytest.raises(InvalidArgument, match="more than once") as caught:
        bulk.evaluate_frame(twice)
    assert ["men"] == caught.value.value


def test_frame_path_bad_input():
    """Missing columns, unknown organs and negative counts give InvalidArgument."""
    pandas = pytest.importorskip("pandas")
    with pytest.raises(InvalidArgument, match="missing"):
        bulk.evaluate_frame(pandas.DataFrame([{"company": "A"}]))
    with pytest.raises(InvalidArgument, match="organ"):
        bulk.evaluate_frame(pandas.DataFrame([row(organ="board")]))
    with pytest.raises(InvalidArgument, match="negative"):
        bulk.evaluate_frame(pandas.DataFrame([row(men=-2)]))
    with pytest.raises(InvalidArgument, match="limit"):
        bulk.evaluate_frame(pandas.DataFrame([row(other=10_000_001)]))
    with pytest.raises(InvalidArgument, match="'NV' or 'BV'"):
        bulk.evaluate_frame(pandas.DataFrame([row(legal_form="SE")]))
    with pytest.raises(InvalidArgument, match="DataFrame"):
        bulk.evaluate_frame([row()])


@pytest.mark.parametrize("library", ["pandas", "polars"])
@pytest.mark.parametrize(
    ("column", "value", "reason"),
    [
        ("date", "2024-12-31", "must (be a column of|hold) dates"),
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


def test_frame_path_refuses_text_among_dates():
    """An object column mixing text with dates names the date column."""
    pandas = pytest.importorskip("pandas")
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


def test_dask_map_partitions_equals_the_pure_path():
    """
    Dask's partitions (pyarrow dates and strings from parquet) through evaluate_frame give the
    pure path's verdicts; the synchronous scheduler keeps it quick (the how-to runs a cluster).
    """
    dd = pytest.importorskip("dask.dataframe")
    pandas = pytest.importorskip("pandas")
    pyarrow = pytest.importorskip("pyarrow")
    rows = [
        row(date=date(2021, 12, 31)),
        row(men=5, women=1),
        row(organ="non_executive", men=2, women=1, unknown=3),
        row(organ="bestuur", listed=False),
        row(men=1, women=1, date=date(2030, 1, 1)),
    ]
    frame = pandas.DataFrame(rows).convert_dtypes(dtype_backend="pyarrow")
    frame["date"] = frame["date"].astype(pandas.ArrowDtype(pyarrow.date32()))
    parts = dd.from_pandas(frame, npartitions=3)
    checked = parts.map_partitions(bulk.evaluate_frame, meta=bulk.evaluate_frame(parts._meta))
    result = checked.compute(scheduler="synchronous")
    assert [r["verdict"] for r in bulk.evaluate(rows)] == list(result["quota_verdict"])
    assert [r["women_missing"] for r in bulk.evaluate(rows)] == [
        None if value is pandas.NA else int(value) for value in result["women_missing"]
    ]


def test_an_empty_frame_gives_an_empty_result_with_the_result_types():
    """No rows: still every result column, with its type (polars -> pandas gives datetime64)."""
    polars = pytest.importorskip("polars")
    schema = {"company": polars.String, "organ": polars.String, "date": polars.Date,
              "legal_form": polars.String, "listed": polars.Boolean, "men": polars.Int64,
              "women": polars.Int64}  # fmt: skip
    empty = polars.DataFrame(schema=schema)
    lazy = bulk.evaluate_frame(empty.lazy()).collect(engine="streaming")
    assert (0, polars.Enum(VERDICTS)) == (lazy.height, lazy.schema["quota_verdict"])
    pytest.importorskip("pandas")
    result = bulk.evaluate_frame(empty.to_pandas())
    assert 0 == len(result)
    assert ["Int64"] * 3 == [str(result[key].dtype) for key in COUNT_COLUMNS]


@pytest.mark.parametrize("kind", ["pandas", "pandas_category", "polars", "polars_lazy"])
@pytest.mark.parametrize(
    ("changes", "field", "value", "reason"),
    [
        # could name more than one organ: refused by Organ.parse, not guessed
        ({"organ": "Raad"}, "organ", ["Raad"], "must be one of"),
        ({"organ": "bestuurder"}, "organ", ["bestuurder"], "must be one of"),
        ({"organ": "subtop:  "}, "organ", ["subtop:  "], "non-empty name"),
        ({"legal_form": "Stichting"}, "legal_form", ["Stichting"], "'NV' or 'BV'"),
    ],
)
def test_a_word_the_parser_refuses_is_refused_with_its_reason(kind, changes, field, value, reason):
    """
    What Organ.parse and LegalForm.parse refuse, every frame refuses: the field, the value as
    written, and the parser's own reason (a LazyFrame when it is collected); bulk.evaluate too.
    """
    rows = [row(organ="RvC"), row(**changes)]
    with pytest.raises(InvalidArgument, match=reason) as caught:
        _records(kind, bulk.evaluate_frame(_frame_of(kind, rows)))
    assert (field, value) == (caught.value.field, caught.value.value)
    with pytest.raises(LoadError) as pure:
        bulk.evaluate(rows)
    assert [field] == [error.field for error in pure.value.errors]


def test_a_lazy_frame_of_words_streams_to_parquet(tmp_path):
    """sink_parquet (the scale-out how-to) reads the words in every batch, and refuses there."""
    polars = pytest.importorskip("polars")
    pytest.importorskip("pyarrow")
    rows = [
        row(organ="Raad van Commissarissen", legal_form="N.V.", men=5, women=1),
        row(organ="NED", legal_form="naamloze vennootschap", men=2, women=1),
        row(organ="Subtop - Directie", legal_form="nv", men=6, women=0),
        row(organ="rvc", legal_form="NV", men=4, women=2),
    ] * 50
    path = tmp_path / "verdicts.parquet"
    bulk.evaluate_frame(polars.LazyFrame(rows)).sink_parquet(path)
    verdicts = polars.read_parquet(path)["quota_verdict"].to_list()
    assert [r["verdict"] for r in bulk.evaluate(rows)] == verdicts
    assert ["not_compliant", "compliant", "not_applicable", "compliant"] == verdicts[:4]
    bad = polars.LazyFrame([*rows, row(organ="raad van toezicht")])
    with pytest.raises(InvalidArgument) as caught:
        bulk.evaluate_frame(bad).sink_parquet(tmp_path / "refused.parquet")
    assert ("organ", ["raad van toezicht"]) == (caught.value.field, caught.value.value)


def test_names_found_in_one_frame_pass_natively_in_the_next_with_the_same_verdicts():
    """
    A subtop category the parser read as itself passes the next plan natively; a spelling it
    changes, and a word it refuses, still go through the parser there, with the same answers.
    """
    polars = pytest.importorskip("polars")
    from ingroeiquotum.bulk import _frame_polars

    rows = [
        row(organ="subtop:Afdelingshoofden-7", men=3, women=0),
        row(organ="Subtop - Afdelingshoofden-7", men=1, women=1),
        row(organ="rvc", men=2, women=1),
    ]
    first = bulk.evaluate_frame(polars.DataFrame(rows))
    assert "subtop:Afdelingshoofden-7" in _frame_polars._kept("organ")
    assert "Subtop - Afdelingshoofden-7" not in _frame_polars._kept("organ")
    again = bulk.evaluate_frame(polars.LazyFrame(rows)).collect(engine="streaming")
    assert first.equals(again)
    assert [r["verdict"] for r in bulk.evaluate(rows)] == again["quota_verdict"].to_list()
    bad = polars.DataFrame([*rows, row(organ="subtop:  ")])
    with pytest.raises(InvalidArgument, match="non-empty name") as caught:
        bulk.evaluate_frame(bad)
    assert ("organ", ["subtop:  "]) == (caught.value.field, caught.value.value)


@pytest.mark.parametrize("kind", ["Int8", "Int16", "Int32", "Int64", "UInt32", "UInt64"])
def test_polars_counts_of_every_integer_type_are_checked_at_both_ends(kind):
    """
    A negative count and a count above 10,000,000 are refused, whatever the integer type (the
    plan reads a 32 or 64 bit count as unsigned to find both at once); 0 and the limit pass,
    and an unsigned count gives the men missing as 0, not a wrapped-around number.
    """
    polars = pytest.importorskip("polars")
    dtype = getattr(polars, kind)
    limit = 10_000_000

    def frame(**counts):
        values = row(**{"other": 0, "unknown": 0, **counts})
        return polars.DataFrame([values]).with_columns(
            polars.col("men", "women", "other", "unknown").cast(dtype)
        )

    if kind.startswith("Int"):
        with pytest.raises(InvalidArgument, match="negative") as caught:
            bulk.evaluate_frame(frame(women=-1))
        assert "women" == caught.value.field
    if kind not in ("Int8", "Int16"):
        with pytest.raises(InvalidArgument, match="above") as caught:
            bulk.evaluate_frame(frame(unknown=limit + 1))
        assert "unknown" == caught.value.field
        edge = bulk.evaluate_frame(frame(men=limit, women=0))
        assert ["not_compliant"] == edge["quota_verdict"].cast(polars.String).to_list()
        # 10,000,000 members need 3,333,334 of each sex (a third, rounded up): all women
        assert ([3_333_334], [0]) == (
            edge["women_missing"].to_list(),
            edge["men_missing"].to_list(),
        )
    small = bulk.evaluate_frame(frame(men=0, women=0))
    assert ["compliant"] == small["quota_verdict"].cast(polars.String).to_list()
