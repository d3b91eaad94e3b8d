"""Tests for ``ingroeiquotum.bulk``: the pure-Python path (``bulk.evaluate``)."""

from datetime import date
from math import ceil

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bulk_cases import CONTRACT_KEYS, row, rows_strategy
from ingroeiquotum import bulk, quota
from ingroeiquotum.composition import Composition
from ingroeiquotum.exceptions import LoadError
from strategies import compositions


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
