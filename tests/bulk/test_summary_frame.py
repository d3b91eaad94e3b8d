"""Tests for ``ingroeiquotum.bulk.summary_frame``: ``bulk.aggregate_frame`` equals ``aggregate``."""

import math
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bulk_cases import rows_strategy
from ingroeiquotum import bulk
from ingroeiquotum.exceptions import InvalidArgument
from ingroeiquotum.organs import WORDS, Organ

pd = pytest.importorskip("pandas")
pl = pytest.importorskip("polars")
pytest.importorskip("narwhals")


def _records(frame):
    """The frame's rows as dicts, a pandas ``<NA>`` as ``None``."""
    if isinstance(frame, pl.DataFrame):
        return frame.to_dicts()
    return [
        {key: None if value is pd.NA else value for key, value in row.items()}
        for row in frame.astype(object).to_dict("records")
    ]


def _equal(rows, frame):
    got = _records(frame)
    assert [list(row) for row in rows] == [list(row) for row in got]
    for expected, found in zip(rows, got, strict=True):
        for key, value in expected.items():
            other = found[key]
            if isinstance(value, float) and isinstance(other, float) and math.isnan(other):
                raise AssertionError(f"{key}: {value} against NaN")
            assert value == other, (key, expected, found)


extras = st.fixed_dictionaries(
    {
        "sector": st.sampled_from(["20", "46.12", "64", "K", None, "01"]),
        "employees": st.sampled_from([None, 10, 250, 499, 999, 5000]),
        "large": st.booleans(),
        "reported": st.booleans(),
        "target": st.sampled_from([None, "30%", "1/3", "40%"]),
    }
)


@settings(max_examples=40, deadline=None)
@given(rows_strategy, st.lists(extras, min_size=40, max_size=40), st.sampled_from([None, 6]))
def test_aggregate_frame_equals_aggregate(rows, more, suppress_below):
    """On pandas and on polars, every figure of every row as aggregate gives it."""
    rows = [{**each, **extra} for each, extra in zip(rows, more, strict=False)]
    expected = bulk.aggregate(rows, suppress_below=suppress_below)
    for frame in (pd.DataFrame(rows), pl.DataFrame(rows)):
        _equal(expected, bulk.aggregate_frame(frame, suppress_below=suppress_below))


def test_aggregate_frame_reads_fraction_targets_int_codes_and_lazy_frames():
    """Fractions in an object column, int SBI codes, a LazyFrame (collected)."""
    from fractions import Fraction

    rows = [
        {"company": "A", "organ": "rvc", "date": date(2024, 12, 31), "listed": True,
         "men": 4, "women": 2, "sector": 6419, "target": Fraction(1, 3)},
        {"company": "B", "organ": "subtop:X", "date": date(2025, 12, 31), "listed": False,
         "men": 4, "women": 0, "sector": 2014, "target": None},
    ]  # fmt: skip
    _equal(bulk.aggregate(rows), bulk.aggregate_frame(pd.DataFrame(rows)))
    plain = [{**row, "target": None if row["target"] is None else "1/3"} for row in rows]
    _equal(bulk.aggregate(plain), bulk.aggregate_frame(pl.DataFrame(plain).lazy()))


def test_counts_are_nullable_integers_in_pandas():
    rows = [{"company": "A", "organ": "bestuur", "date": date(2024, 1, 1), "men": 1, "women": 0}]
    frame = bulk.aggregate_frame(pd.DataFrame(rows))
    assert "Int64" == str(frame["companies"].dtype)
    assert frame["listed"].isna().all()


@pytest.mark.parametrize(
    ("change", "field"),
    [({"organ": "board"}, "organ"), ({"sector": "04"}, "sector"), ({"men": -1}, "men"),
     ({"target": "lots"}, "target"), ({"company": ""}, "company")],
)  # fmt: skip
def test_aggregate_frame_refuses_what_aggregate_refuses(change, field):
    row = {"company": "A", "organ": "rvc", "date": date(2024, 12, 31), "men": 1, "women": 1}
    with pytest.raises(InvalidArgument) as raised:
        bulk.aggregate_frame(pl.DataFrame([{**row, **change}]))
    assert field == raised.value.field


def test_aggregate_frame_needs_the_required_columns():
    with pytest.raises(InvalidArgument) as raised:
        bulk.aggregate_frame(pl.DataFrame({"company": ["A"]}))
    assert ["organ", "date", "men", "women"] == raised.value.value
    with pytest.raises(InvalidArgument):
        bulk.aggregate_frame([{"company": "A"}])


def test_aggregate_frame_reads_datetime_and_categorical_columns():
    """pandas datetime64 and polars Datetime dates (at midnight), a Categorical organ."""
    rows = [
        {"company": "A", "organ": "rvc", "date": date(2024, 12, 31), "listed": True, "men": 4,
         "women": 2, "sector": 6419},
        {"company": "B", "organ": "bestuur", "date": date(2025, 12, 31), "listed": False,
         "men": 4, "women": 0, "sector": "46"},
    ]  # fmt: skip
    expected = bulk.aggregate(rows)
    frame = pd.DataFrame(rows)
    frame["date"] = pd.to_datetime(frame["date"])
    _equal(expected, bulk.aggregate_frame(frame))
    framed = pl.DataFrame(rows).with_columns(
        pl.col("date").cast(pl.Datetime), pl.col("organ").cast(pl.Categorical)
    )
    _equal(expected, bulk.aggregate_frame(framed))


def _odd(word, cases, spaces):
    """``word`` with its letters' case from the bits of ``cases``, its spaces as ``spaces``."""
    letters = (c.upper() if cases >> i & 1 else c.lower() for i, c in enumerate(word))
    return " " + "".join(letters).replace(" ", spaces) + " "


worded_organs = st.one_of(
    st.builds(_odd, st.sampled_from(sorted(WORDS)), st.integers(0, 2**60),
              st.sampled_from([" ", "  ", "-", "_"])),
    st.sampled_from(["Subtop - Directie", "subtop:Directie", "SUBTOP: Directie", "Subtop:Team"]),
)  # fmt: skip


@settings(max_examples=30, deadline=None)
@given(rows_strategy, st.lists(worded_organs, min_size=1, max_size=40))
def test_aggregate_frame_reads_the_words_aggregate_reads(rows, organs):
    """
    Organs in the words people use (organs.WORDS in any case and spacing, subtop categories as
    files write them): aggregate_frame on pandas, polars and a LazyFrame gives aggregate's
    figures for the same rows, which are those of the organs under the library's names.
    """
    rows = [{**each, "organ": organ} for each, organ in zip(rows, organs, strict=False)]
    expected = bulk.aggregate(rows)
    named = [{**each, "organ": str(Organ.parse(each["organ"]))} for each in rows]
    assert bulk.aggregate(named) == expected
    for frame in (pd.DataFrame(rows), pl.DataFrame(rows), pl.DataFrame(rows).lazy()):
        _equal(expected, bulk.aggregate_frame(frame))
