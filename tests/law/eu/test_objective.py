"""
Tests for ``ingroeiquotum.law.eu.objective`` (public path ``ingroeiquotum.eu``): the objectives
of art. 5 and the number of positions each needs (the annex's rounding rule).

The numbers of positions needed are checked against an independent implementation of the
directive's rounding rule written here (brute force over every possible number), and against
the table the researcher computed for boards of 1 to 20. Neither is the annex itself: the annex
was not read (see ``docs/explanation/eu.md``), so a test that agrees with both says only that the library
applies the rule as we read it.
"""

from __future__ import annotations

from datetime import date
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ingroeiquotum import eu
from ingroeiquotum.composition import Composition
from ingroeiquotum.exceptions import InvalidArgument
from ingroeiquotum.findings import Verdict

DUE = date(2026, 6, 30)
BEFORE = date(2026, 6, 29)


# The researcher's table (research/law-findings.md, section 6), COMPUTED from the rule, not
# read from the annex: board size -> (40 % objective, 33 % objective).
RESEARCH_TABLE = {
    1: (0, 0), 2: (0, 0), 3: (1, 1), 4: (1, 1), 5: (2, 2), 6: (2, 2), 7: (3, 2), 8: (3, 3),
    9: (4, 3), 10: (4, 3), 11: (4, 4), 12: (5, 4), 13: (5, 4), 14: (6, 5), 15: (6, 5),
    16: (6, 5), 17: (7, 6), 18: (7, 6), 19: (8, 6), 20: (8, 7),
}  # fmt: skip

SHARES = {"non_executive_40": Fraction(40, 100), "all_directors_33": Fraction(33, 100)}


def reference_positions(positions: int, share: Fraction) -> int:
    """
    The directive's rule, written independently: of all numbers 0..positions that are at most
    49 % of the positions, the one closest to share * positions; on a tie the higher one.
    """
    allowed = [k for k in range(positions + 1) if 100 * k <= 49 * positions]
    return min(allowed, key=lambda k: (abs(k - share * positions), -k))


# -- positions_needed -------------------------------------------------------------------------


@pytest.mark.parametrize("objective", sorted(SHARES))
@pytest.mark.parametrize("positions", range(1, 21))
def test_positions_needed_boards_1_to_20(positions, objective):
    """Boards of 1..20: the library, the independent rule and the research table agree."""
    expected = reference_positions(positions, SHARES[objective])
    column = 0 if objective == "non_executive_40" else 1
    assert expected == RESEARCH_TABLE[positions][column]
    assert expected == eu.positions_needed(positions, objective)


@pytest.mark.parametrize("objective", sorted(SHARES))
def test_positions_needed_property_1_to_200(objective):
    """Boards of 1..200: never more than 49 %, and no allowed number is closer to the target."""
    share = SHARES[objective]
    for positions in range(1, 201):
        needed = eu.positions_needed(positions, objective)
        assert 100 * needed <= 49 * positions
        distance = abs(needed - share * positions)
        for other in range(positions + 1):
            if 100 * other <= 49 * positions:
                assert distance <= abs(other - share * positions), (positions, other)
        assert reference_positions(positions, share) == needed


@given(st.integers(0, 100_000), st.sampled_from(sorted(SHARES)))
def test_positions_needed_property_large_boards(positions, objective):
    """Any size: at most 49 %, within half a position of the target unless the cap bites."""
    needed = eu.positions_needed(positions, objective)
    target = SHARES[objective] * positions
    assert 0 <= needed <= positions
    assert 100 * needed <= 49 * positions
    assert abs(needed - target) <= Fraction(1, 2) or 100 * (needed + 1) > 49 * positions


def test_positions_needed_worked_examples():
    """The cap and the tie: 2 of 4 would be 50 %; 33 % of 50 is 16.5 (the higher, 17)."""
    assert (1, 0, 17, 50) == (
        eu.positions_needed(4, "non_executive_40"),
        eu.positions_needed(2, "non_executive_40"),
        eu.positions_needed(50, "all_directors_33"),
        eu.positions_needed(150, "all_directors_33"),
    )


def test_33_percent_is_not_one_third():
    """33 % is read as 33/100: from 53 positions it asks fewer than one third would (17 vs 18)."""
    assert 17 == eu.positions_needed(53, "all_directors_33")
    assert 18 == reference_positions(53, Fraction(1, 3))


def test_positions_needed_accepts_the_enum_and_zero():
    """The Objective member works as well as its string; an empty board needs nobody."""
    assert 4 == eu.positions_needed(9, eu.Objective.NON_EXECUTIVE_40)
    assert 0 == eu.positions_needed(0, "all_directors_33")
    assert isinstance(eu.positions_needed(9, "non_executive_40"), int)


@pytest.mark.parametrize(
    ("positions", "objective"),
    [
        (-1, "non_executive_40"),
        (True, "non_executive_40"),
        (False, "all_directors_33"),
        (2.0, "non_executive_40"),
        ("6", "non_executive_40"),
        (None, "non_executive_40"),
        (6, "non_executive_50"),
        (6, ""),
        (6, None),
        (6, 40),
        (6, True),
    ],
)
def test_positions_needed_refuses_bad_input(positions, objective):
    """Bad counts and unknown objectives raise the library's ValueError, naming the argument."""
    with pytest.raises(InvalidArgument) as info:
        eu.positions_needed(positions, objective)
    assert isinstance(info.value, ValueError)
    assert info.value.field in ("positions", "objective")


# -- the objective and its dates --------------------------------------------------------------


def test_objective_dates():
    """NOT_APPLICABLE before 30 June 2026 (with the numbers), decided from that day."""
    rvc = Composition(men=6, women=3)
    before = eu.check_objective(None, rvc, BEFORE)
    on_due = eu.check_objective(None, rvc, DUE)
    after = eu.check_objective(None, rvc, date(2031, 1, 1))
    assert ("eu.objective_not_yet", Verdict.NOT_APPLICABLE) == (before.message, before.verdict)
    assert 4 == before.facts["positions_needed"]
    assert Verdict.NOT_COMPLIANT == on_due.verdict
    assert Verdict.NOT_COMPLIANT == after.verdict
    assert "eu.not_in_force" == eu.check_objective(None, rvc, date(2022, 12, 26)).message
    assert "eu.objective_not_yet" == eu.check_objective(None, rvc, date(2022, 12, 27)).message


@pytest.mark.parametrize(
    ("rvc", "verdict"),
    [
        (Composition(4, 2), Verdict.COMPLIANT),  # 2 of 6 is the number closest to 40 %
        (Composition(2, 4), Verdict.COMPLIANT),  # the under-represented sex may be men
        (Composition(6, 3), Verdict.NOT_COMPLIANT),  # 3 of 9: 4 needed
        (Composition(3, 1), Verdict.COMPLIANT),  # 1 of 4: 2 would be 50 %
        (Composition(5, 1, unknown=2), Verdict.CANNOT_DECIDE),  # 3 needed, could be 3
        (Composition(5, 1, unknown=1), Verdict.NOT_COMPLIANT),  # 3 needed, at most 2
        (Composition(1, 1, other=3), Verdict.NOT_COMPLIANT),  # 2 of 5 needed
        (Composition(0, 0), Verdict.COMPLIANT),  # no positions
    ],
)
def test_objective_40(rvc, verdict):
    """The 40 % objective counts the non-executive directors only."""
    finding = eu.check_objective(Composition(9, 0), rvc, DUE)
    assert verdict == finding.verdict
    assert rvc.members == finding.facts["positions"]


def test_objective_33_counts_all_directors():
    """The 33 % objective counts executives and non-executives together."""
    finding = eu.check_objective(
        Composition(3, 0), Composition(4, 2), DUE, objective="all_directors_33"
    )
    assert (Verdict.NOT_COMPLIANT, 9, 3, 2, 1) == (
        finding.verdict,
        finding.facts["positions"],
        finding.facts["positions_needed"],
        finding.facts["under_represented_count"],
        finding.facts["positions_missing"],
    )


def test_objective_missing_composition():
    """A composition the objective needs but nobody gave: cannot decide, naming the organ."""
    finding = eu.check_objective(None, Composition(4, 2), DUE, objective="all_directors_33")
    assert (Verdict.CANNOT_DECIDE, ("composition:executive",)) == (
        finding.verdict,
        finding.missing,
    )
    two_tier = eu.check_objective(Composition(1, 1), None, DUE, two_tier=True)
    assert ("composition:rvc",) == two_tier.missing
    assert "eu.two_tier_directors" in [reading.key for reading in two_tier.readings]


def test_objective_unknown_sex_names_the_fact():
    """Unknown sexes that decide give 'cannot decide' with the members' sex as missing fact."""
    finding = eu.check_objective(None, Composition(5, 1, unknown=2), DUE)
    assert ("members_sex",) == finding.missing


def test_other_reading_applied():
    """People registered as neither sex count in the positions, and the finding says so."""
    finding = eu.check_objective(None, Composition(1, 1, other=3), DUE)
    assert "eu.other_is_neither_sex" in [reading.key for reading in finding.readings]
