"""The bulk paths: the API contract, equality of the pure and the dataframe path, aggregates."""

from datetime import date
from math import ceil

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ingroeiquotum import bulk, quota
from ingroeiquotum.composition import Composition
from ingroeiquotum.exceptions import InvalidArgument, LoadError
from strategies import compositions

CONTRACT_KEYS = {
    "company",
    "organ",
    "date",
    "rule",
    "verdict",
    "article",
    "minimum_per_sex",
    "women_missing",
    "men_missing",
}

rows_strategy = st.lists(
    st.fixed_dictionaries(
        {
            "company": st.sampled_from(["A", "B", "C"]),
            "organ": st.sampled_from(
                ["bestuur", "rvc", "executive", "non_executive", "subtop:Managers"]
            ),
            "date": st.dates(date(2020, 1, 1), date(2031, 12, 31)),
            "legal_form": st.sampled_from(["NV", "BV"]),
            "listed": st.booleans(),
            "men": st.integers(0, 12),
            "women": st.integers(0, 12),
            "other": st.integers(0, 2),
            "unknown": st.integers(0, 3),
        }
    ),
    min_size=1,
    max_size=40,
)


def row(**changes):
    base = {
        "company": "A",
        "organ": "rvc",
        "date": date(2025, 12, 31),
        "legal_form": "NV",
        "listed": True,
        "men": 4,
        "women": 2,
    }
    return {**base, **changes}


def test_contract_keys_and_order():
    """Every input row gives a 'quota' row with the contract's keys, in input order."""
    rows = [row(company=name) for name in "XYZ"]
    result = bulk.evaluate(rows)
    assert ["X", "Y", "Z"] == [each["company"] for each in result]
    for each in result:
        assert CONTRACT_KEYS <= set(each)
        assert "quota" == each["rule"]


@given(rows_strategy)
@settings(max_examples=200)
def test_bulk_agrees_with_the_single_company_rule(rows):
    """For every row the bulk verdict equals quota.check_balance's (or not applicable)."""
    for source, result in zip(rows, bulk.evaluate(rows), strict=True):
        applies = (
            source["listed"]
            and source["organ"] in ("rvc", "non_executive")
            and date(2022, 1, 1) <= source["date"] < date(2030, 1, 1)
        )
        if not applies:
            assert "not_applicable" == result["verdict"]
            assert None is result["minimum_per_sex"]
            continue
        composition = Composition(
            source["men"], source["women"], source["other"], source["unknown"]
        )
        finding = quota.check_balance(composition, source["date"], subject=source["organ"])
        assert finding.verdict.value == result["verdict"]
        members = composition.members
        assert ceil(members / 3) == result["minimum_per_sex"]
        assert max(0, ceil(members / 3) - source["women"]) == result["women_missing"]
        assert finding.article == result["article"]


def test_every_bad_row_is_reported():
    """A LoadError names each bad row with its position, field and value."""
    rows = [
        row(),
        row(men=-1),
        row(date="2025-12-31"),
        row(organ="board"),
        row(listed="yes", women=True),
        {"company": "B"},
    ]
    with pytest.raises(LoadError) as caught:
        bulk.evaluate(rows)
    problems = {(error.row, error.field) for error in caught.value.errors}
    assert {
        (2, "men"),
        (3, "date"),
        (4, "organ"),
        (5, "listed"),
        (5, "women"),
        (6, "organ"),
        (6, "date"),
        (6, "men"),
    } <= problems
    assert 1 not in {error.row for error in caught.value.errors}


def test_target_rows():
    """A row with a target adds a 'target' row: 30 % of each sex of 6 takes 2 of each."""
    result = bulk.evaluate([row(organ="bestuur", men=5, women=1, target="30%")])
    target = result[1]
    assert "target" == target["rule"]
    assert "not_compliant" == target["verdict"]
    assert 1 == target["women_missing"]
    assert "art. 2:166 lid 2 BW" == target["article"]


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


def test_aggregate_by_hand():
    """Three RvCs: shares 1/3, 0 and 1/2 -> mean 5/18, median 1/3; one all-male; 2 listed."""
    rows = [
        row(company="A", men=4, women=2, sector="20", employees=300, reported=True, target="30%"),
        row(company="B", men=3, women=0, sector="20", employees=800, listed=False),
        row(company="C", men=2, women=2, sector="46", employees=1200, reported=True, men_x=1),
    ]
    summary = {
        (each["group_by"], each["group"], each["organ_group"]): each
        for each in bulk.aggregate(rows)
    }
    everything = summary[("all", "all", "rvc")]
    assert 3 == everything["companies"]
    assert 2 == everything["reported"]
    assert 1 == everything["with_target"]
    assert round(5 / 18, 4) == everything["mean_share_women"]
    assert round(1 / 3, 4) == everything["median_share_women"]
    assert 1 == everything["all_male"]
    assert 2 == everything["listed"]
    assert 2 == everything["listed_meeting_quota"]
    assert 2 == summary[("sector", "20", "rvc")]["companies"]
    assert 1 == summary[("size", "1000+", "rvc")]["companies"]


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


# --- one answer for targets and the quota on every path (issue 14, items 3 and 7) -----------


def test_a_member_of_unknown_sex_leaves_a_target_open_in_the_bulk_rows():
    """9 men, 4 women, 1 unknown against 30 % of each sex: 5 women needed; the 14th decides."""
    row = {
        "company": "A", "organ": "bestuur", "date": date(2025, 12, 31), "legal_form": "BV",
        "listed": False, "men": 9, "women": 4, "unknown": 1, "target": "30%",
    }  # fmt: skip
    target_row = bulk.evaluate([row])[1]
    assert ("target", "cannot_decide", 1, 0) == (
        target_row["rule"], target_row["verdict"], target_row["women_missing"],
        target_row["men_missing"],
    )  # fmt: skip


@given(board=compositions(max_count=9, unknown=3), share=st.sampled_from(["30%", "1/3", "0.4"]))
def test_bulk_target_rows_decide_as_the_target_rule(board, share):
    """The bulk row's verdict is the verdict of ``targets.met``, for every composition."""
    from ingroeiquotum import targets

    row = {
        "company": "A", "organ": "bestuur", "date": date(2025, 12, 31), "legal_form": "BV",
        "listed": False, **board.as_dict(), "target": share,
    }  # fmt: skip
    reached = targets.met(
        targets.Target("bestuur", "each_sex", targets.parse_share(share), target_year=2026), board
    )
    expected = {None: "cannot_decide", True: "compliant", False: "not_compliant"}[reached]
    assert expected == bulk.evaluate([row])[1]["verdict"]


def test_aggregate_counts_the_quota_as_evaluate_decides_it():
    """
    A listed RvC of 3 men, 3 women and 1 unknown meets the quota (3 of each needed of 7) in
    evaluate; the aggregate counted it as not meeting it. Before 2022 nothing is counted.
    """
    rows = [
        {"company": "A", "organ": "rvc", "date": date(2025, 12, 31), "legal_form": "NV",
         "listed": True, "men": 3, "women": 3, "unknown": 1},
        {"company": "B", "organ": "rvc", "date": date(2025, 12, 31), "legal_form": "NV",
         "listed": True, "men": 4, "women": 1, "unknown": 1},
        {"company": "C", "organ": "rvc", "date": date(2021, 12, 31), "legal_form": "NV",
         "listed": True, "men": 3, "women": 3},
    ]  # fmt: skip
    verdicts = [row["verdict"] for row in bulk.evaluate(rows)]
    assert ["compliant", "cannot_decide", "not_applicable"] == verdicts
    (summary,) = [row for row in bulk.aggregate(rows) if row["group_by"] == "all"]
    assert (3, 1) == (summary["listed"], summary["listed_meeting_quota"])
