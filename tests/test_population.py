"""
Tests for ``ingroeiquotum.population``: a synthetic population, deterministic, in the schema of
``docs/reference/data-schema.md``, and calibrated on the published figures of the rule book, section 6.

The calibration tests run on the default population (5,000 companies, seed 2024). Their
tolerances are about three standard errors of the sampling noise at that size: shares of seats
±2 percentage points, shares of all-male organs ±3 points, listed companies meeting the quota
±5 points, the reporting share ±2 points.
"""

from __future__ import annotations

import inspect
import math
from collections.abc import Callable
from datetime import date, datetime
from fractions import Fraction
from typing import Any

import pytest

from ingroeiquotum import population as population_module
from ingroeiquotum import quota, scope
from ingroeiquotum.composition import Composition
from ingroeiquotum.exceptions import InvalidArgument
from ingroeiquotum.organs import Organ, OrganKind
from ingroeiquotum.population import Population, Row, generate, iter_rows

COMPOSITION_COLUMNS = {
    "company": str,
    "organ": str,
    "date": date,
    "legal_form": str,
    "listed": bool,
    "men": int,
    "women": int,
    "other": int,
    "unknown": int,
    "sector": str,
    "employees": int,
    "large": bool,
    "reported": bool,
    "synthetic": bool,
}
COMPANY_YEAR_COLUMNS = {
    "company": str,
    "financial_year_start": date,
    "financial_year_end": date,
    "legal_form": str,
    "listed": bool,
    "board_model": str,
    "sector": str,
    "total_assets": int,
    "net_turnover": int,
    "employees": int,
    "synthetic": bool,
}


@pytest.fixture(scope="module")
def default() -> Population:
    """The default population: 5,000 companies, seed 2024, year 2024."""
    return generate()


def is_management(row: Row) -> bool:
    return Organ.parse(row["organ"]).kind.is_management


def is_supervisory(row: Row) -> bool:
    return Organ.parse(row["organ"]).kind.is_supervisory


def is_subtop(row: Row) -> bool:
    return Organ.parse(row["organ"]).is_subtop


def seat_share(rows: list[Row]) -> float:
    """Women as a share of all seats (how the SER states its figures)."""
    women: int = sum(row["women"] for row in rows)
    seats: int = sum(row["men"] + row["women"] for row in rows)
    return women / seats


def mean_share(rows: list[Row]) -> float:
    """The average of the organs' own shares of women, all-male organs included."""
    shares: list[float] = [row["women"] / (row["men"] + row["women"]) for row in rows]
    return sum(shares) / len(rows)


def all_male(rows: list[Row]) -> float:
    empty: int = sum(row["women"] == 0 for row in rows)
    return empty / len(rows)


def check_composition_row(row: Row) -> None:
    """One composition row has every column of the schema, with the right type and value."""
    for column, kind in COMPOSITION_COLUMNS.items():
        assert isinstance(row[column], kind), (column, row[column])
    for column in ("men", "women", "other", "unknown", "employees"):
        assert not isinstance(row[column], bool)
        assert row[column] >= 0
    assert not isinstance(row["date"], datetime)
    assert row["legal_form"] in ("NV", "BV")
    assert row["synthetic"] is True
    assert row["company"].startswith("SYN-")
    assert len(row["sector"]) == 2
    assert row["sector"].isdigit()
    organ = Organ.parse(row["organ"])
    assert row["organ"] == str(organ)
    Composition(men=row["men"], women=row["women"], other=row["other"], unknown=row["unknown"])
    assert row["men"] + row["women"] >= 1
    if row["target"] is None:
        assert (None, None) == (row["target_form"], row["target_year"])
    else:
        assert isinstance(row["target"], Fraction)
        assert 0 < row["target"] <= Fraction(1, 2)
        assert "each_sex" == row["target_form"]
        assert isinstance(row["target_year"], int)
        assert row["target_year"] > row["date"].year


def test_same_seed_same_rows() -> None:
    """The same seed gives identical rows; the generator has no other source of randomness."""
    assert generate(300, seed=5) == generate(300, seed=5)


def test_other_seed_other_rows() -> None:
    """Another seed gives other rows."""
    assert generate(300, seed=5).compositions != generate(300, seed=6).compositions
    assert generate(300, seed=5).company_years != generate(300, seed=6).company_years


def test_year_only_moves_the_dates() -> None:
    """``year`` sets the dates; the draws (and so the counts) stay the same."""
    earlier, later = generate(50, year=2023), generate(50, year=2024)
    assert {date(2023, 12, 31)} == {row["date"] for row in earlier.compositions}
    assert [row["women"] for row in earlier.compositions] == [
        row["women"] for row in later.compositions
    ]


def test_composition_rows_follow_the_schema(default: Population) -> None:
    """Every composition row has the required columns of docs/reference/data-schema.md, typed."""
    for row in default.compositions:
        check_composition_row(row)
    assert {date(2024, 12, 31)} == {row["date"] for row in default.compositions}


def test_company_year_rows_follow_the_schema(default: Population) -> None:
    """Two consecutive calendar financial years per company, with positive size figures."""
    rows = default.company_years
    assert 2 * 5000 == len(rows)
    for previous, current in zip(rows[::2], rows[1::2], strict=True):
        assert previous["company"] == current["company"]
        for row, year in ((previous, 2023), (current, 2024)):
            for column, kind in COMPANY_YEAR_COLUMNS.items():
                assert isinstance(row[column], kind), (column, row[column])
            assert date(year, 1, 1) == row["financial_year_start"]
            assert date(year, 12, 31) == row["financial_year_end"]
            assert row["board_model"] in ("two_tier", "one_tier")
            assert row["total_assets"] > 0
            assert row["net_turnover"] > 0
            assert row["employees"] >= 1
        for column in ("legal_form", "listed", "board_model", "sector"):
            assert previous[column] == current[column]


def test_companies_have_the_organs_of_their_board_model(default: Population) -> None:
    """A bestuur or executives, at most one supervisory organ of the matching model, 1-3 subtops."""
    models = {row["company"]: row["board_model"] for row in default.company_years}
    forms = {row["company"]: row["legal_form"] for row in default.company_years}
    organs: dict[str, list[Organ]] = {}
    for row in default.compositions:
        organs.setdefault(row["company"], []).append(Organ.parse(row["organ"]))
    assert set(models) == set(organs)
    for company, found in organs.items():
        one_tier = "one_tier" == models[company]
        kinds = [organ.kind for organ in found]
        assert (OrganKind.EXECUTIVE if one_tier else OrganKind.BESTUUR) == kinds[0]
        supervisory = [kind for kind in kinds if kind.is_supervisory]
        expected = OrganKind.NON_EXECUTIVE if one_tier else OrganKind.RVC
        assert supervisory in ([expected], [])
        if one_tier or "NV" == forms[company]:
            assert [expected] == supervisory
        subtops = [organ.name for organ in found if organ.is_subtop]
        assert 1 <= len(subtops) <= 3
        assert len(set(subtops)) == len(subtops)
        assert len(set(found)) == len(found)


def test_every_row_says_it_is_synthetic(default: Population) -> None:
    """The marker is on every row, on the population, and in the docstrings."""
    assert default.synthetic is True
    assert all(row["synthetic"] is True for row in default.company_years)
    assert all(row["synthetic"] is True for row in default.compositions)
    for documented in (population_module, generate, iter_rows, Population):
        assert "synthetic" in (inspect.getdoc(documented) or "").lower()


def test_rows_is_a_list_of_the_compositions(default: Population) -> None:
    """``Population.rows`` gives the composition rows as a list, for bulk evaluation."""
    assert list(default.compositions) == default.rows
    assert 5000 == default.companies


@pytest.mark.parametrize(
    ("select", "target"),
    [
        pytest.param(is_management, 0.173, id="bestuur-17.3%"),
        pytest.param(is_supervisory, 0.261, id="rvc-26.1%"),
        pytest.param(is_subtop, 0.266, id="subtop-26.6%"),
    ],
)
def test_share_of_women(default: Population, select: Callable[[Row], bool], target: float) -> None:
    """
    The share of women, both of all seats and as the average of the organs' own shares (all
    companies, all-male organs included), is within 2 percentage points of the SER monitor:
    bestuur 17.3 % and RvC 26.1 % (FY 2024), subtop 26.6 % (FY 2023).
    """
    rows = [row for row in default.compositions if select(row)]
    assert target == pytest.approx(seat_share(rows), abs=0.02)
    assert target == pytest.approx(mean_share(rows), abs=0.02)


@pytest.mark.parametrize(
    ("select", "target"),
    [
        pytest.param(is_management, 0.56, id="bestuur-56%"),
        pytest.param(is_supervisory, 0.305, id="rvc-30.5%"),
    ],
)
def test_share_of_all_male_organs(
    default: Population, select: Callable[[Row], bool], target: float
) -> None:
    """All-male boards (56 %) and RvCs (30.5 %), SER monitor FY 2024, within 3 points."""
    rows = [row for row in default.compositions if select(row)]
    assert target == pytest.approx(all_male(rows), abs=0.03)


def test_listed_companies(default: Population) -> None:
    """
    82 listed companies (Female Board Index 2024), all NVs; 73 of 82 (89 %, ±5 points) meet
    the quota by the library's own rule; their RvC has about 40 % women (±5 points), their
    bestuur about 16 % (±5 points, few boards).
    """
    listed = [row for row in default.compositions if row["listed"]]
    supervisory = [row for row in listed if is_supervisory(row)]
    assert 82 == len({row["company"] for row in listed})
    assert 82 == len(supervisory)
    assert {"NV"} == {row["legal_form"] for row in listed}
    meeting = sum(quota.is_balanced(row["men"], row["women"]) for row in supervisory)
    assert 73 / 82 == pytest.approx(meeting / 82, abs=0.05)
    assert 0.40 == pytest.approx(seat_share(supervisory), abs=0.05)
    assert 0.16 == pytest.approx(
        seat_share([row for row in listed if is_management(row)]), abs=0.05
    )


def test_listed_supervisory_organ_has_no_target(default: Population) -> None:
    """The quota replaces the target for a listed company's RvC (rule book section 2)."""
    assert all(
        row["target"] is None
        for row in default.compositions
        if row["listed"] and is_supervisory(row)
    )


def test_reported_share(default: Population) -> None:
    """67.3 % of the companies reported to the SER (FY 2024), within 2 points."""
    reported = {row["company"]: row["reported"] for row in default.compositions}
    assert 0.673 == pytest.approx(sum(reported.values()) / len(reported), abs=0.02)


def test_a_few_percent_are_not_large(default: Population) -> None:
    """Nearly all companies are large; a few percent are not (the library's assumption)."""
    large = {row["company"]: row["large"] for row in default.compositions}
    share = sum(large.values()) / len(large)
    assert 0.9 <= share < 1


def test_large_agrees_with_the_size_rule() -> None:
    """``large`` is what ``scope.is_large`` says about the company-year rows (art. 2:397 BW)."""
    population = generate(400, seed=11)
    large = {row["company"]: row["large"] for row in population.compositions}
    rows = population.company_years
    assert not all(large.values())
    for previous, current in zip(rows[::2], rows[1::2], strict=True):
        history = [
            {
                "balance_sheet_date": row["financial_year_end"],
                "financial_year_start": row["financial_year_start"],
                "total_assets": row["total_assets"],
                "net_turnover": row["net_turnover"],
                "employees": row["employees"],
            }
            for row in (previous, current)
        ]
        assert large[current["company"]] == scope.is_large(history, date(2024, 12, 31))


def test_targets_are_shares_each_sex(default: Population) -> None:
    """Targets are 1/3 or 3/10 for each sex, for a later year; many organs have one."""
    targets = [row for row in default.compositions if row["target"] is not None]
    assert {Fraction(1, 3), Fraction(3, 10)} == {row["target"] for row in targets}
    assert 0.3 < len(targets) / len(default.compositions) < 0.9


@pytest.mark.parametrize("n", [0, 1, 5, 4_321, 10_007])
def test_iter_rows_yields_exactly_n_valid_rows(n: int) -> None:
    """``iter_rows`` gives exactly ``n`` rows, each valid, each (company, organ) once."""
    rows = list(iter_rows(n, seed=9))
    assert n == len(rows)
    for row in rows:
        check_composition_row(row)
    assert len(rows) == len({(row["company"], row["organ"]) for row in rows})


def test_iter_rows_is_deterministic_and_lazy() -> None:
    """The same seed streams the same rows; another seed others; nothing is built up front."""
    stream = iter_rows(10_000, seed=4)
    assert inspect.isgenerator(stream)
    assert list(stream) == list(iter_rows(10_000, seed=4))
    assert list(iter_rows(500, seed=4)) != list(iter_rows(500, seed=5))


def test_iter_rows_first_pass_is_the_pool() -> None:
    """The first pass of the stream is ``generate(1000)``; later passes rename the companies."""
    pool = generate(1000, seed=8).compositions
    rows = list(iter_rows(len(pool) + 10, seed=8))
    assert list(pool) == rows[: len(pool)]
    assert "SYN-001001" == rows[len(pool)]["company"]
    assert {**pool[0], "company": "SYN-001001"} == rows[len(pool)]


def test_iter_rows_gives_fresh_dicts() -> None:
    """Changing a streamed row does not change the next pass."""
    first = next(iter_rows(1, seed=8))
    first["women"] = -1
    assert next(iter_rows(1, seed=8))["women"] >= 0


@pytest.mark.parametrize(
    ("function", "arguments", "field"),
    [
        (generate, {"companies": -1}, "companies"),
        (generate, {"companies": True}, "companies"),
        (generate, {"companies": 1.5}, "companies"),
        (generate, {"companies": 5, "seed": "x"}, "seed"),
        (generate, {"companies": 5, "seed": None}, "seed"),
        (generate, {"companies": 5, "year": 1}, "year"),
        (generate, {"companies": 5, "year": "2024"}, "year"),
        (iter_rows, {"n": -1}, "n"),
        (iter_rows, {"n": None}, "n"),
        (iter_rows, {"n": 5, "year": 10_000}, "year"),
    ],
)
def test_bad_arguments_are_refused_at_once(
    function: Callable[..., object], arguments: dict[str, Any], field: str
) -> None:
    """Bad arguments raise InvalidArgument naming the field, before any row is made."""
    with pytest.raises(InvalidArgument) as info:
        function(**arguments)
    assert field == info.value.field


def test_empty_population() -> None:
    """Zero companies give an empty population."""
    empty = generate(0)
    assert ((), ()) == (empty.company_years, empty.compositions)
    assert [] == list(iter_rows(0))


def test_quota_minimum_matches_meeting_rule(default: Population) -> None:
    """A listed RvC that misses the quota has exactly one woman fewer than ceil(n/3)."""
    for row in default.compositions:
        if row["listed"] and is_supervisory(row):
            members = row["men"] + row["women"]
            if not quota.is_balanced(row["men"], row["women"]):
                assert math.ceil(members / 3) - 1 == row["women"]
                assert quota.minimum_per_sex(members) - 1 == row["women"]
