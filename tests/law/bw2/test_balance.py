"""
Tests for ``ingroeiquotum.law.bw2.balance`` (public path ``ingroeiquotum.quota``): the balance
of art. 2:142b lid 1 and 2 BW, ``minimum_per_sex``, ``is_balanced`` and ``check_balance``.

Expectations come from the rule book (section 1 and its Decisions), not from the code: an
independent "next multiple of three" formula, exact one-third arithmetic, and a brute-force
oracle (``oracles.py``) that assigns every person of unknown sex to man, woman or other.
"""

from __future__ import annotations

from datetime import date
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ingroeiquotum import quota
from ingroeiquotum.composition import Composition
from ingroeiquotum.findings import Verdict
from oracles import assignments, completed, oracle_balanced
from strategies import (
    compositions,
    counts,
    in_force_dates,
    out_of_force_dates,
)

ON = date(2024, 4, 18)


def next_multiple_of_three_over_three(members: int) -> int:
    """The rule book's rounding, spelled out: the next multiple of three, divided by three."""
    target = members
    while target % 3 != 0:
        target += 1
    return target // 3


@given(st.integers(1, 60))
def test_minimum_per_sex_is_next_multiple_of_three_over_three(members):
    """For a board of 1 to 60 members the minimum is the next multiple of three, over 3."""
    assert next_multiple_of_three_over_three(members) == quota.minimum_per_sex(members)


@pytest.mark.parametrize(("members", "expected"), [(4, 2), (5, 2), (10, 4)])
def test_minimum_per_sex_source_examples(members, expected):
    """The sources' worked examples: 4 -> 2, 5 -> 2, 10 -> 4."""
    assert expected == quota.minimum_per_sex(members)


def test_minimum_per_sex_of_empty_board():
    """An empty board needs nobody of either sex."""
    assert 0 == quota.minimum_per_sex(0)


@given(st.integers(0, 10_000))
def test_minimum_per_sex_is_least_count_reaching_one_third(members):
    """The minimum is the least whole number that is at least a third of the members."""
    minimum = quota.minimum_per_sex(members)
    assert 3 * minimum >= members
    assert minimum == 0 or 3 * (minimum - 1) < members


@pytest.mark.parametrize(
    ("men", "women", "expected"),
    [(1, 1, True), (2, 0, False), (0, 2, False), (2, 2, True), (3, 1, False), (1, 3, False)],
)
def test_boards_of_two_and_four_must_be_half_and_half(men, women, expected):
    """Boards of 2 and 4 members are balanced only half and half (rule book, rounding)."""
    assert expected == quota.is_balanced(men, women)


def test_empty_board_is_balanced_and_one_member_board_is_not():
    """An empty board counts as balanced; a one-member board never is (Decisions)."""
    assert (True, False, False, False) == (
        quota.is_balanced(0, 0),
        quota.is_balanced(1, 0),
        quota.is_balanced(0, 1),
        quota.is_balanced(0, 0, other=1),
    )


def test_other_counts_in_size_but_as_neither_sex():
    """2 men, 1 woman and 1 X make 4 members: 2 of each sex are needed, so not balanced."""
    assert (True, False) == (quota.is_balanced(2, 1), quota.is_balanced(2, 1, other=1))


@given(counts, counts, counts)
def test_is_balanced_iff_both_sexes_reach_minimum(men, women, other):
    """is_balanced holds exactly when men and women each reach minimum_per_sex."""
    minimum = quota.minimum_per_sex(men + women + other)
    assert (men >= minimum and women >= minimum) == quota.is_balanced(men, women, other)


@given(counts, counts, counts)
def test_is_balanced_matches_exact_one_third(men, women, other):
    """is_balanced agrees with 'at least one third of each sex' in exact fractions."""
    assert oracle_balanced(men, women, other) == quota.is_balanced(men, women, other)


@given(counts, counts, counts)
def test_is_balanced_is_symmetric(men, women, other):
    """Swapping men and women does not change whether a board is balanced."""
    assert quota.is_balanced(men, women, other) == quota.is_balanced(women, men, other)


def test_check_balance_facts_by_hand():
    """5 men and 1 woman: 6 members, 2 of each needed, 1 woman missing, not compliant."""
    finding = quota.check_balance(Composition(men=5, women=1), ON)
    assert (Verdict.NOT_COMPLIANT, 6, 2, 0, 1, Fraction(1, 6)) == (
        finding.verdict,
        finding.facts["members"],
        finding.facts["minimum_per_sex"],
        finding.facts["men_missing"],
        finding.facts["women_missing"],
        finding.facts["share_women"],
    )


@given(compositions(), in_force_dates)
def test_check_balance_matches_is_balanced(composition, on):
    """Without unknown members check_balance says COMPLIANT exactly when is_balanced."""
    finding = quota.check_balance(composition, on)
    balanced = quota.is_balanced(composition.men, composition.women, composition.other)
    expected = Verdict.COMPLIANT if balanced else Verdict.NOT_COMPLIANT
    assert expected == finding.verdict


@given(compositions(), in_force_dates)
def test_check_balance_is_symmetric(composition, on):
    """Swapping men and women gives the same verdict."""
    swapped = Composition(composition.women, composition.men, composition.other)
    assert quota.check_balance(composition, on).verdict == quota.check_balance(swapped, on).verdict


@given(compositions(max_count=5, unknown=4), in_force_dates)
@settings(max_examples=200)
def test_check_balance_with_unknown_members_matches_oracle(composition, on):
    """With unknown members the verdict is given only when every assignment agrees."""
    verdicts = {
        oracle_balanced(*completed(composition, assignment))
        for assignment in assignments(composition.unknown)
    }
    finding = quota.check_balance(composition, on)
    if len(verdicts) > 1:
        assert Verdict.CANNOT_DECIDE == finding.verdict
        assert "members_sex" in finding.missing
    else:
        (balanced,) = verdicts
        assert (Verdict.COMPLIANT if balanced else Verdict.NOT_COMPLIANT) == finding.verdict


def test_check_balance_cannot_decide_by_hand():
    """2 men, 1 woman, 3 unknown: balanced if one unknown is a woman, not if all are men."""
    finding = quota.check_balance(Composition(men=2, women=1, unknown=3), ON)
    assert (Verdict.CANNOT_DECIDE, ("members_sex",)) == (finding.verdict, finding.missing)


@given(compositions(), out_of_force_dates)
def test_check_balance_not_applicable_outside_the_act(composition, on):
    """Before 2022-01-01 and from 2030-01-01 the quota does not apply."""
    assert Verdict.NOT_APPLICABLE == quota.check_balance(composition, on).verdict


def test_check_balance_non_executive_cites_lid_3():
    """For a one-tier board's non-executives the finding cites art. 2:142b lid 3."""
    finding = quota.check_balance(Composition(2, 2), ON, subject="non_executive")
    assert "art. 2:142b lid 3 BW" in finding.article


def test_the_organ_is_named_in_one_form():
    """'RvC ' and the enum name the same organ as 'rvc'; the finding's subject is 'rvc'."""
    from ingroeiquotum.organs import OrganKind

    for spelling in ("RVC", " rvc", OrganKind.RVC):
        finding = quota.check_balance(Composition(2, 1), ON, subject=spelling)
        assert "rvc" == finding.subject
        assert Verdict.COMPLIANT == finding.verdict
    assert (
        "art. 2:142b lid 3 BW"
        == quota.check_balance(Composition(2, 1), ON, subject="non_executive").article
    )
