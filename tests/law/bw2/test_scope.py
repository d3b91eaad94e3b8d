"""
Tests for ``ingroeiquotum.scope``: the size test of art. 2:397 BW as art. 2:166/2:276 lid 1 BW
use it, and the scope of the quota (art. 2:142b lid 1 BW).

The oracle below is written from the rule book's text, in a different shape from a state
machine: the status on a date is the status of the latest pair of consecutive balance-sheet
dates that agree (both over two of three limits, or both not).
"""

from __future__ import annotations

import itertools
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import regenerate_golden_rules
from ingroeiquotum import scope
from ingroeiquotum.company import BoardModel, Company, FinancialYear, SizeFigures
from ingroeiquotum.exceptions import (
    InvalidArgument,
    InvalidDate,
    LoadError,
)
from ingroeiquotum.findings import Verdict
from strategies import histories

BIG = {"total_assets": 30_000_000, "net_turnover": 60_000_000, "employees": 300}


SMALL = {"total_assets": 1_000_000, "net_turnover": 2_000_000, "employees": 10}


MIDDLE = {"total_assets": 22_000_000, "net_turnover": 45_000_000, "employees": 100}


def year_end(year: int) -> date:
    """The balance-sheet date of calendar financial year ``year``."""
    return date(year, 12, 31)


def history(first_year: int, *figures: dict) -> list[dict]:
    """Calendar financial years from ``first_year``, one per figures mapping."""
    return [
        {"balance_sheet_date": year_end(first_year + index), **each}
        for index, each in enumerate(figures)
    ]


def limits_for(fy_start: date, opt_in_2023: bool) -> tuple[int, int, int] | None:
    """The limits of the rule book's table for a financial year starting on ``fy_start``."""
    if fy_start < date(2016, 1, 1):
        return None  # not in the rule book's table; the library has no limits then
    if fy_start >= date(2024, 1, 1) or (fy_start >= date(2023, 1, 1) and opt_in_2023):
        return 25_000_000, 50_000_000, 250
    return 20_000_000, 40_000_000, 250


def exceeds(figures: dict, limits: tuple[int, int, int]) -> bool:
    """At least two of three: amounts strictly above, employees 250 or more."""
    assets, turnover, staff = limits
    hits = [
        figures["total_assets"] > assets,
        figures["net_turnover"] > turnover,
        figures["employees"] >= staff,
    ]
    return sum(hits) >= 2


def oracle_large(rows: list[dict], on: date, opt_in_2023: bool = False) -> bool:
    """Large on ``on``: the latest agreeing pair of consecutive dates up to ``on`` exceeds."""
    rows = [row for row in rows if row["balance_sheet_date"] <= on]
    limits = limits_for(date(on.year, 1, 1), opt_in_2023)  # calendar years in these tests
    if limits is None:
        return False
    flags = [exceeds(row, limits) for row in rows]
    agreeing = [index for index in range(1, len(flags)) if flags[index - 1] == flags[index]]
    return bool(agreeing) and flags[agreeing[-1]]


def test_two_consecutive_dates_over_limits_make_large():
    """Exceeding two of three on two consecutive balance-sheet dates makes a company large."""
    rows = history(2020, BIG, BIG)
    assert (False, True) == (
        scope.is_large(rows, year_end(2020)),
        scope.is_large(rows, year_end(2021)),
    )


def test_alternating_years_never_large():
    """Over, under, over, under: never two consecutive dates over, so never large."""
    rows = history(2020, BIG, SMALL, BIG, SMALL, BIG)
    assert [False] * 5 == [scope.is_large(rows, row["balance_sheet_date"]) for row in rows]


def test_stays_large_until_two_consecutive_dates_below():
    """Once large, one small year does not end it; two consecutive small years do."""
    rows = history(2016, BIG, BIG, SMALL, BIG, SMALL, SMALL, BIG, BIG)
    expected = [False, True, True, True, True, False, False, True]
    assert expected == [scope.is_large(rows, row["balance_sheet_date"]) for row in rows]


def test_single_date_is_not_large_and_names_reading():
    """A single balance-sheet date is not large; the finding names the open question."""
    rows = history(2023, BIG)
    finding = scope.judge_size(rows, year_end(2023))
    assert (False, Verdict.NOT_APPLICABLE, True) == (
        scope.is_large(rows, year_end(2023)),
        finding.verdict,
        "scope.single_balance_sheet_date" in {reading.key for reading in finding.readings},
    )


def test_old_limits_for_2023_new_limits_for_2024():
    """22 m assets and 45 m turnover: large for FY 2023 (20/40 m), not for FY 2024 (25/50 m)."""
    rows = history(2022, MIDDLE, MIDDLE, MIDDLE)
    assert (True, False) == (
        scope.is_large(rows, year_end(2023)),
        scope.is_large(rows, year_end(2024)),
    )


def test_new_limits_reach_the_comparison_year():
    """For FY 2024 the 25/50 m limits apply to 2023 too, so a big 2024 alone is not enough."""
    rows = history(2023, MIDDLE, BIG)
    assert not scope.is_large(rows, year_end(2024))


def test_fy_2022_uses_old_limits():
    """A financial year starting in 2022 uses 20 m / 40 m."""
    assert scope.is_large(history(2021, MIDDLE, MIDDLE), year_end(2022))


def test_fy_2023_opt_in_uses_new_limits():
    """A company that opts in applies 25 m / 50 m to FY 2023."""
    rows = history(2022, MIDDLE, MIDDLE)
    assert (True, False) == (
        scope.is_large(rows, year_end(2023)),
        scope.is_large(rows, year_end(2023), opt_in_2023=True),
    )


def test_opt_in_has_no_effect_outside_2023():
    """Opting in changes nothing for FY 2022 (old limits) or FY 2024 (new for everyone)."""
    rows = history(2021, MIDDLE, MIDDLE, MIDDLE, MIDDLE)
    assert (True, False) == (
        scope.is_large(rows, year_end(2022), opt_in_2023=True),
        scope.is_large(rows, year_end(2024), opt_in_2023=True),
    )


@pytest.mark.parametrize(("staff", "expected"), [(250, True), (249, False), (251, True)])
def test_employee_criterion_250_exceeds(staff, expected):
    """An average of 250 employees or more exceeds the employee criterion; 249 does not."""
    figures = {"total_assets": 30_000_000, "net_turnover": 1_000_000, "employees": staff}
    assert expected == scope.is_large(history(2023, figures, figures), year_end(2024))


@pytest.mark.parametrize(
    ("year", "assets", "turnover", "expected"),
    [
        (2022, 20_000_000, 40_000_000, False),
        (2022, 20_000_001, 40_000_001, True),
        (2022, 20_000_000, 40_000_001, False),
        (2024, 25_000_000, 50_000_000, False),
        (2024, 25_000_001, 50_000_001, True),
        (2024, 25_000_000.01, 50_000_000, False),
    ],
)
def test_amounts_at_the_limit_do_not_exceed(year, assets, turnover, expected):
    """Amounts exactly at the limit do not exceed it: the test is strictly greater."""
    figures = {"total_assets": assets, "net_turnover": turnover, "employees": 10}
    assert expected == scope.is_large(history(year - 1, figures, figures), year_end(year))


def test_broken_financial_year_limits_follow_the_start():
    """FY 1 July 2023 - 30 June 2024 starts in 2023: old limits; the next one starts in 2024."""
    rows = [
        {"balance_sheet_date": date(2023, 6, 30), **MIDDLE},
        {"balance_sheet_date": date(2024, 6, 30), **MIDDLE},
        {"balance_sheet_date": date(2025, 6, 30), **MIDDLE},
    ]
    assert (True, False) == (
        scope.is_large(rows, date(2024, 6, 30)),
        scope.is_large(rows, date(2025, 6, 30)),
    )


def test_amounts_as_strings_and_decimals():
    """Figures may be Decimals or numeric strings, as well as ints and floats."""
    figures = {"total_assets": Decimal("30000000"), "net_turnover": "60000000", "employees": 300.0}
    assert scope.is_large(history(2022, figures, figures), year_end(2023))


@given(histories(min_size=1, max_size=7), st.booleans())
@settings(max_examples=200)
def test_is_large_matches_oracle(rows, opt_in_2023):
    """is_large agrees with the rule book's reading on every date of any history."""
    for row in rows:
        on = row["balance_sheet_date"]
        assert oracle_large(rows, on, opt_in_2023) == scope.is_large(
            rows, on, opt_in_2023=opt_in_2023
        )


@given(histories(min_size=1, max_size=5))
def test_later_rows_do_not_change_earlier_answers(rows):
    """The answer on a date depends only on the history up to that date."""
    for index, row in enumerate(rows):
        on = row["balance_sheet_date"]
        assert scope.is_large(rows[: index + 1], on) == scope.is_large(rows, on)


def test_on_not_in_history_is_invalid_date():
    """Asking about a date that is not a balance-sheet date raises InvalidDate."""
    with pytest.raises(InvalidDate) as info:
        scope.is_large(history(2022, BIG, BIG), date(2023, 6, 30))
    assert ("on", date(2023, 6, 30)) == (info.value.field, info.value.value)


def test_load_error_lists_every_bad_row():
    """A history with several bad rows raises one LoadError that lists all of them."""
    rows = [
        {"balance_sheet_date": date(2021, 12, 31), **BIG},
        {"balance_sheet_date": "2022-12-31", **BIG},
        {"balance_sheet_date": date(2023, 12, 31), **BIG, "total_assets": -1},
        {"balance_sheet_date": date(2024, 12, 31), "total_assets": 1, "net_turnover": 1},
        {"balance_sheet_date": date(2025, 12, 31), **BIG, "net_turnover": "abc"},
        {"balance_sheet_date": date(2025, 12, 31), **BIG, "employees": float("nan")},
    ]
    with pytest.raises(LoadError) as info:
        scope.is_large(rows, date(2021, 12, 31))
    found = {(error.row, error.field) for error in info.value.errors}
    assert {  # numbered by position, from 1 (the one numbering of every row error)
        (2, "balance_sheet_date"),
        (3, "total_assets"),
        (4, "employees"),
        (5, "net_turnover"),
        (6, "balance_sheet_date"),  # repeats the previous date: not after it
        (6, "employees"),
    } == found
    assert isinstance(info.value, InvalidArgument)


def test_load_error_for_unordered_dates():
    """Balance-sheet dates out of order are refused with the row that breaks the order."""
    rows = history(2022, BIG, BIG)[::-1]
    with pytest.raises(LoadError) as info:
        scope.is_large(rows, year_end(2022))
    assert [(2, "balance_sheet_date")] == [(e.row, e.field) for e in info.value.errors]


def oracle_size_verdict(rows: list[dict], on: date) -> Verdict:
    """Fill each missing figure with 'far below' and 'far above'; decide only if all agree."""
    holes = [
        (index, key)
        for index, row in enumerate(rows)
        for key in ("total_assets", "net_turnover", "employees")
        if row[key] is None
    ]
    answers = set()
    for choice in itertools.product((0, 10**12), repeat=len(holes)):
        filled = [dict(row) for row in rows]
        for (index, key), value in zip(holes, choice, strict=True):
            filled[index][key] = value
        answers.add(oracle_large(filled, on))
    if len(answers) > 1:
        return Verdict.CANNOT_DECIDE
    return Verdict.APPLIES if answers.pop() else Verdict.NOT_APPLICABLE


@given(histories(min_size=1, max_size=4, missing=True))
@settings(max_examples=200)
def test_missing_figures_cannot_decide_only_when_they_matter(rows):
    """judge_size says CANNOT_DECIDE exactly when the missing figures could change the answer."""
    for row in rows:
        on = row["balance_sheet_date"]
        assert oracle_size_verdict(rows, on) == scope.judge_size(rows, on).verdict


def test_missing_figure_that_matters_is_named():
    """A missing figure that decides the answer is named in the finding's missing facts."""
    rows = history(2022, BIG, {**BIG, "total_assets": None, "net_turnover": None})
    finding = scope.judge_size(rows, year_end(2023))
    assert (Verdict.CANNOT_DECIDE, True) == (
        finding.verdict,
        "size_figures:2023-12-31" in finding.missing,
    )


def test_missing_figure_that_does_not_matter():
    """With two of three limits exceeded, a missing third figure changes nothing."""
    rows = history(2022, BIG, {**BIG, "employees": None})
    assert Verdict.APPLIES == scope.judge_size(rows, year_end(2023)).verdict


def company(legal_form: str, years: range, figures: dict, **kwargs) -> Company:
    """A company with calendar financial years carrying ``figures``."""
    return Company(
        f"Voorbeeld {legal_form}",
        legal_form,
        financial_years=tuple(
            FinancialYear(date(year, 1, 1), year_end(year), SizeFigures(**figures))
            for year in years
        ),
        **kwargs,
    )


@pytest.mark.parametrize(("legal_form", "article"), [("NV", "2:166"), ("BV", "2:276")])
def test_targets_duty_cites_by_legal_form(legal_form, article):
    """A large NV is cited under art. 2:166, a large BV under art. 2:276."""
    finding = scope.targets_duty(company(legal_form, range(2022, 2024), BIG), year_end(2023))
    assert (Verdict.APPLIES, True) == (finding.verdict, article in finding.article)


@pytest.mark.parametrize("year", [2021, 2030])
def test_targets_duty_not_applicable_outside_the_act(year):
    """No targets duty for a financial year ending before 2022 or after the act lapsed."""
    finding = scope.targets_duty(company("BV", range(year - 2, year + 1), BIG), year_end(year))
    assert Verdict.NOT_APPLICABLE == finding.verdict


def test_targets_duty_broken_year_into_2030():
    """FY 2029-07-01/2030-06-30 starts before the lapse: the duty applies, naming the reading."""
    years = tuple(
        FinancialYear(date(year, 7, 1), date(year + 1, 6, 30), SizeFigures(**BIG))
        for year in range(2027, 2030)
    )
    finding = scope.targets_duty(Company("X", "BV", financial_years=years), date(2030, 6, 30))
    assert Verdict.APPLIES == finding.verdict
    assert "scope.act_coverage" in {reading.key for reading in finding.readings}


def test_targets_duty_broken_year_from_2021():
    """FY 2021-07-01/2022-06-30 starts before the act: no duty, though it ends in 2022."""
    years = tuple(
        FinancialYear(date(year, 7, 1), date(year + 1, 6, 30), SizeFigures(**BIG))
        for year in range(2019, 2022)
    )
    finding = scope.targets_duty(Company("X", "BV", financial_years=years), date(2022, 6, 30))
    assert (Verdict.NOT_APPLICABLE, "scope.not_covered") == (finding.verdict, finding.message)
    assert ["scope.first_financial_year"] == [reading.key for reading in finding.readings]


def test_targets_duty_year_from_2030_names_the_lapse_reading():
    """A year starting on the day the act lapses: no duty, naming the low-confidence reading."""
    years = tuple(
        FinancialYear(date(year, 1, 1), year_end(year), SizeFigures(**BIG))
        for year in range(2028, 2031)
    )
    finding = scope.targets_duty(Company("X", "BV", financial_years=years), year_end(2030))
    assert "scope.not_covered_lapsed" == finding.message
    assert "scope.act_coverage" in {reading.key for reading in finding.readings}
    assert "L" == finding.confidence.value


def test_targets_duty_for_small_company():
    """A company within the limits has no targets duty."""
    finding = scope.targets_duty(company("NV", range(2022, 2025), SMALL), year_end(2024))
    assert Verdict.NOT_APPLICABLE == finding.verdict


@pytest.mark.parametrize(
    ("listed", "board_model", "organs"),
    [
        (False, "two_tier", {"bestuur", "rvc", "subtop"}),
        (True, "two_tier", {"bestuur", "subtop"}),
        (False, "one_tier", {"executive", "non_executive", "subtop"}),
        (True, "one_tier", {"executive", "subtop"}),
    ],
)
def test_targets_duty_organs(listed, board_model, organs):
    """Listed companies set targets for bestuur and subtop only; others for the RvC too."""
    finding = scope.targets_duty(
        company("NV", range(2022, 2024), BIG, listed=listed, board_model=board_model),
        year_end(2023),
    )
    assert organs == set(finding.facts["organs"])


def test_targets_duty_uses_the_opt_in():
    """A company that opts in to the new limits for 2023 is judged with 25/50 m."""
    plain = company("BV", range(2022, 2024), MIDDLE)
    opted = company("BV", range(2022, 2024), MIDDLE, opts_in_2023_limits=True)
    assert (Verdict.APPLIES, Verdict.NOT_APPLICABLE) == (
        scope.targets_duty(plain, year_end(2023)).verdict,
        scope.targets_duty(opted, year_end(2023)).verdict,
    )


def test_targets_duty_unknown_year_end():
    """A financial-year end the company does not have raises InvalidDate."""
    with pytest.raises(InvalidDate):
        scope.targets_duty(company("BV", range(2022, 2024), BIG), date(2023, 6, 30))


ON = date(2024, 6, 1)


def test_quota_applies_to_listed_nv_rvc():
    """A listed NV with a two-tier board: the quota applies to the RvC."""
    finding = scope.quota_applies(Company("X NV", "NV", listed=True), ON)
    assert (Verdict.APPLIES, "rvc") == (finding.verdict, finding.facts["organ"])
    assert "2:142b" in finding.article


def test_quota_applies_to_one_tier_non_executives():
    """A listed one-tier NV: the quota applies to the non-executive directors."""
    finding = scope.quota_applies(
        Company("X NV", "NV", listed=True, board_model=BoardModel.ONE_TIER), ON
    )
    assert (Verdict.APPLIES, "non_executive") == (finding.verdict, finding.facts["organ"])


def test_quota_applies_to_listed_bv_with_reading():
    """A listed BV is treated like a listed NV, and the finding names that reading."""
    finding = scope.quota_applies(Company("X BV", "BV", listed=True), ON)
    assert (Verdict.APPLIES, ["quota.listed_bv"]) == (
        finding.verdict,
        [reading.key for reading in finding.readings],
    )


@pytest.mark.parametrize("legal_form", ["NV", "BV"])
def test_quota_does_not_apply_unlisted(legal_form):
    """An unlisted company, whatever its size, has no quota."""
    finding = scope.quota_applies(Company("X", legal_form), ON)
    assert Verdict.NOT_APPLICABLE == finding.verdict


@pytest.mark.parametrize(
    ("on", "expected"),
    [
        (date(2021, 12, 31), Verdict.NOT_APPLICABLE),
        (date(2022, 1, 1), Verdict.APPLIES),
        (date(2029, 12, 31), Verdict.APPLIES),
        (date(2030, 1, 1), Verdict.NOT_APPLICABLE),
    ],
)
def test_quota_applies_only_while_act_in_force(on, expected):
    """The quota applies from 2022-01-01 and not from 2030-01-01."""
    assert expected == scope.quota_applies(Company("X NV", "NV", listed=True), on).verdict


def test_a_missing_year_is_not_read_as_consecutive():
    """
    2023 and 2025 large, 2024 absent: the two dates are not consecutive (a year lies between
    them), and whether 2024 was large decides it, so the answer is 'cannot decide', naming the
    missing year; ``is_large`` cannot show the company large.
    """
    rows = [
        {"balance_sheet_date": date(2023, 12, 31), **BIG},
        {"balance_sheet_date": date(2025, 12, 31), **BIG},
    ]
    finding = scope.judge_size(rows, date(2025, 12, 31))
    assert Verdict.CANNOT_DECIDE == finding.verdict
    assert ("financial_year:2024-12-31",) == finding.missing
    assert (date(2024, 12, 31),) == finding.facts["missing_years"]
    assert scope.is_large(rows, date(2025, 12, 31)) is False
    years = [
        FinancialYear(date(2023, 1, 1), date(2023, 12, 31), SizeFigures(**BIG)),
        FinancialYear(date(2025, 1, 1), date(2025, 12, 31), SizeFigures(**BIG)),
    ]
    duty = scope.targets_duty(Company("Gat B.V.", "BV", financial_years=years), date(2025, 12, 31))
    assert Verdict.CANNOT_DECIDE == duty.verdict
    assert ("financial_year:2024-12-31",) == duty.missing
    assert "scope.targets_year_missing" == duty.message


def test_a_missing_year_that_cannot_change_the_answer_does_not_stop_it():
    """2021 and 2022 large make the company large; a gap in 2023 cannot undo that by 2024."""
    rows = [
        {"balance_sheet_date": date(2021, 12, 31), **BIG},
        {"balance_sheet_date": date(2022, 12, 31), **BIG},
        {"balance_sheet_date": date(2024, 12, 31), **BIG},
    ]
    finding = scope.judge_size(rows, date(2024, 12, 31))
    assert Verdict.APPLIES == finding.verdict
    assert (date(2023, 12, 31),) == finding.facts["missing_years"]


def test_a_longer_year_given_with_its_start_is_no_gap():
    """An extended financial year stated with its start is one year, not a missing one."""
    rows = [
        {"balance_sheet_date": date(2022, 12, 31), **BIG},
        {"balance_sheet_date": date(2024, 6, 30), "financial_year_start": date(2023, 1, 1), **BIG},
    ]
    finding = scope.judge_size(rows, date(2024, 6, 30))
    assert Verdict.APPLIES == finding.verdict
    assert "missing_years" not in finding.facts


@given(history=histories(min_size=3, max_size=6), gap=st.data())
def test_a_gap_decides_only_when_both_fills_agree(history, gap):
    """
    Remove one year from a consecutive history: the verdict on the last date is decided exactly
    when filling the gap with a large year and with a small year give the same answer, and then
    it is that answer; else 'cannot decide' naming the removed year.
    """
    index = gap.draw(st.integers(1, len(history) - 2))
    last = history[-1]["balance_sheet_date"]
    removed = history[index]["balance_sheet_date"]
    reduced = history[:index] + history[index + 1 :]
    fills = {
        scope.judge_size(
            [*history[:index], {"balance_sheet_date": removed, **figures}, *history[index + 1 :]],
            last,
        ).verdict
        for figures in (BIG, SMALL)
    }
    finding = scope.judge_size(reduced, last)
    if len(fills) == 1:
        assert fills == {finding.verdict}
    else:
        assert Verdict.CANNOT_DECIDE == finding.verdict
        assert (f"financial_year:{removed.isoformat()}",) == finding.missing


def test_history_problems_are_listed_by_row_and_field():
    """history_of lists every bad row and field at once, with the row's position and the value."""
    rows = [
        {"balance_sheet_date": date(2023, 12, 31), "total_assets": "x", "net_turnover": 1},
        "not a row",
        {"balance_sheet_date": date(2022, 12, 31), "total_assets": 1, "net_turnover": 1,
         "employees": 1, "financial_year_start": "2022-01-01"},
        {"balance_sheet_date": date(2024, 12, 31), "total_assets": 1, "net_turnover": 1,
         "employees": 1, "financial_year_start": date(2025, 1, 1)},
    ]  # fmt: skip
    with pytest.raises(LoadError) as caught:
        scope.history_of(rows)
    assert [
        (1, "total_assets", "x", "must be a finite number of at least 0"),
        (1, "employees", None, "is missing"),
        (2, "row", "not a row", "must be a mapping"),
        (3, "financial_year_start", "2022-01-01", "must be a datetime.date"),
        (3, "balance_sheet_date", date(2022, 12, 31), "must come after 2023-12-31"),
        (4, "financial_year_start", date(2025, 1, 1), "is after 2024-12-31"),
    ] == [(e.row, e.field, e.value, e.reason) for e in caught.value.errors]
    assert "history" == caught.value.source


def test_first_year_start_defaults_to_a_year_before():
    """Without financial_year_start, the first year starts a year and a day before its end."""
    rows = regenerate_golden_rules._history((1, 1, 1), (1, 1, 1), first=2023)
    history = scope.history_of(rows)
    assert [date(2023, 1, 1), date(2024, 1, 1)] == [entry.financial_year_start for entry in history]


def test_the_raised_limits_follow_the_start_of_the_year():
    """A year starting 2023-12-31 has the old limits, one starting 2024-01-01 the raised ones."""
    old = scope._limits(date(2023, 12, 31), False)
    new = scope._limits(date(2024, 1, 1), False)
    opted = scope._limits(date(2023, 1, 1), True)
    not_opted_2022 = scope._limits(date(2022, 12, 31), True)
    assert (20_000_000, 40_000_000) == (old.total_assets, old.net_turnover)
    assert (25_000_000, 50_000_000) == (new.total_assets, new.net_turnover)
    assert (25_000_000, 50_000_000) == (opted.total_assets, opted.net_turnover)
    assert (20_000_000, 40_000_000) == (not_opted_2022.total_assets, not_opted_2022.net_turnover)


def test_a_status_since_is_the_second_date_of_the_change():
    """A company large on two dates is large since the second of them (the fact status_since)."""
    big = (25_000_001, 50_000_001, 250)
    small = (1, 1, 1)
    rows = regenerate_golden_rules._history(small, small, big, big, small, first=2020)
    finding = scope.judge_size(rows, date(2024, 12, 31))
    assert (Verdict.APPLIES, date(2023, 12, 31)) == (finding.verdict, finding.facts["status_since"])
    finding = scope.judge_size(rows[:2], date(2021, 12, 31))
    assert "status_since" not in finding.facts


def test_targets_duty_counts_only_the_years_up_to_the_one_asked_about():
    """Later years do not change whether a company was large in an earlier year."""
    big = SizeFigures(25_000_001, 50_000_001, 250)
    small = SizeFigures(1, 1, 1)
    years = (
        FinancialYear(date(2022, 1, 1), date(2022, 12, 31), big),
        FinancialYear(date(2023, 1, 1), date(2023, 12, 31), big),
        FinancialYear(date(2024, 1, 1), date(2024, 12, 31), small),
        FinancialYear(date(2025, 1, 1), date(2025, 12, 31), small),
    )
    company = Company("X", "NV", financial_years=years)
    verdicts = [scope.targets_duty(company, year.end).verdict for year in years]
    assert [Verdict.NOT_APPLICABLE, Verdict.APPLIES, Verdict.APPLIES,
            Verdict.NOT_APPLICABLE] == verdicts  # fmt: skip


def test_history_lists_a_missing_field_and_the_fields_after_it():
    """A row without its date still has its other fields checked (every problem at once)."""
    rows = [{"total_assets": "x", "net_turnover": -1, "employees": 1}]
    with pytest.raises(LoadError) as caught:
        scope.history_of(rows)
    assert ["balance_sheet_date", "total_assets", "net_turnover"] == [
        error.field for error in caught.value.errors
    ]


def test_a_financial_year_of_one_day_is_accepted():
    """A year that starts on its balance-sheet date (one day long) is not "after" it."""
    (entry,) = scope.history_of(
        [{"balance_sheet_date": date(2024, 12, 31), "financial_year_start": date(2024, 12, 31),
          "total_assets": 1, "net_turnover": 1, "employees": 1}]
    )  # fmt: skip
    assert date(2024, 12, 31) == entry.financial_year_start


def test_judge_size_uses_the_2023_limits_only_when_asked():
    """Between the old and the raised limits in 2023: large, unless the company opted in."""
    between = (22_000_000, 45_000_000, 100)
    rows = regenerate_golden_rules._history(between, between, first=2022)
    assert Verdict.APPLIES == scope.judge_size(rows, date(2023, 12, 31)).verdict
    opted = scope.judge_size(rows, date(2023, 12, 31), opt_in_2023=True)
    assert Verdict.NOT_APPLICABLE == opted.verdict


@pytest.mark.parametrize(
    ("figures", "on", "message"),
    [
        ([(1, 1, 1)], date(2010, 12, 31), "scope.no_limits"),
        ([(30_000_000, 60_000_000, 300)], date(2024, 12, 31), "scope.single_date"),
        ([(None, None, None), (None, None, None)], date(2024, 12, 31), "scope.size_unknown"),
        ([(1, 1, 1), (1, 1, 1)], date(2024, 12, 31), "scope.not_large"),
    ],
)
def test_judge_size_keeps_the_subject_on_every_path(figures, on, message):
    """Every finding judge_size returns carries the subject it was given."""
    rows = regenerate_golden_rules._history(*figures, first=on.year - len(figures) + 1)
    finding = scope.judge_size(rows, on, subject="Polderchemie")
    assert (message, "Polderchemie") == (finding.message, finding.subject)


def test_targets_duty_says_when_one_balance_sheet_date_is_all_there_is():
    """A company with one year of figures: the duty cannot be judged on two dates, and says so."""
    year = FinancialYear(date(2022, 1, 1), date(2022, 12, 31), SizeFigures(30e6, 60e6, 300))
    company = Company("X", "BV", financial_years=[year])
    finding = scope.targets_duty(company, date(2022, 12, 31))
    assert "scope.single_date" == finding.message


def test_required_organs_refusal():
    """required_organs refuses anything but a Company, naming the value and why."""
    with pytest.raises(InvalidArgument) as caught:
        scope.required_organs("X")
    assert ("company", "X", "must be a Company") == (
        caught.value.field, caught.value.value, caught.value.reason
    )  # fmt: skip


@pytest.mark.parametrize(
    ("field", "value"),
    [("total_assets", 1.5), ("net_turnover", scope.Decimal("Infinity")), ("employees", "250")],
)
def test_balance_sheet_figures_are_finite_decimals_or_none(field, value):
    """A figure is a finite Decimal or None (unknown); anything else is refused by its name."""
    day = date(2024, 12, 31)
    figures = {"total_assets": None, "net_turnover": scope.Decimal(1), "employees": None}
    assert scope.BalanceSheetDate(day, date(2024, 1, 1), **figures).total_assets is None
    with pytest.raises(InvalidArgument) as caught:
        scope.BalanceSheetDate(day, date(2024, 1, 1), **{**figures, field: value})
    assert (field, value, "must be a finite Decimal or None") == (
        caught.value.field, caught.value.value, caught.value.reason
    )  # fmt: skip
