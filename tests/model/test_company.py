"""Tests for ``ingroeiquotum.company``."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from ingroeiquotum.company import (
    LEGAL_FORMS,
    BoardModel,
    Company,
    FinancialYear,
    LegalForm,
    SizeFigures,
    calendar_years,
)
from ingroeiquotum.exceptions import InvalidArgument, InvalidDate


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NV", LegalForm.NV),
        ("n.v.", LegalForm.NV),
        ("N.V.", LegalForm.NV),
        ("bv", LegalForm.BV),
        ("B.V.", LegalForm.BV),
        (LegalForm.BV, LegalForm.BV),
        ("N. V.", LegalForm.NV),
        (" Naamloze vennootschap ", LegalForm.NV),
        ("naamloze  vennootschap", LegalForm.NV),
        ("Besloten Vennootschap", LegalForm.BV),
        ("besloten vennootschap met beperkte aansprakelijkheid", LegalForm.BV),
    ],
)
def test_legal_form_parse(text, expected):
    """NV and BV parse in the usual spellings, and by the names the law gives them."""
    assert expected is LegalForm.parse(text)


def test_the_legal_form_words_are_one_table():
    """LEGAL_FORMS lists each word once, every word parses to its form, and both forms are in it."""
    assert {"NV", "N.V.", "naamloze vennootschap"} == {
        word for word, form in LEGAL_FORMS.items() if form is LegalForm.NV
    }
    assert {"BV", "B.V.", "besloten vennootschap",
            "besloten vennootschap met beperkte aansprakelijkheid"} == {
        word for word, form in LEGAL_FORMS.items() if form is LegalForm.BV
    }  # fmt: skip
    for word, form in LEGAL_FORMS.items():
        assert form is LegalForm.parse(word.upper())


@pytest.mark.parametrize(
    "value",
    ["stichting", "vereniging", "cooperatie", "vennootschap", "naamloze", "BV i.o.", "NVBV", "",
     None, 1],
)  # fmt: skip
def test_legal_form_refuses_other_forms(value):
    """Other legal forms are out of scope (rule book section 2) and refused."""
    with pytest.raises(InvalidArgument) as info:
        LegalForm.parse(value)
    assert "legal_form" == info.value.field


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("two_tier", BoardModel.TWO_TIER),
        ("one-tier", BoardModel.ONE_TIER),
        (" ONE_TIER ", BoardModel.ONE_TIER),
    ],
)
def test_board_model_parse(text, expected):
    """Board models parse with hyphens, underscores and any case."""
    assert expected is BoardModel.parse(text)


def test_board_model_refuses():
    """An unknown board model is refused."""
    with pytest.raises(InvalidArgument):
        BoardModel.parse("three_tier")


@pytest.mark.parametrize(
    ("arguments", "field"),
    [
        ({"name": "", "legal_form": "NV"}, "name"),
        ({"name": "  ", "legal_form": "NV"}, "name"),
        ({"name": None, "legal_form": "NV"}, "name"),
        ({"name": "X", "legal_form": "stichting"}, "legal_form"),
        ({"name": "X", "legal_form": "NV", "listed": "yes"}, "listed"),
        ({"name": "X", "legal_form": "NV", "listed": 1}, "listed"),
        ({"name": "X", "legal_form": "NV", "board_model": "flat"}, "board_model"),
        ({"name": "X", "legal_form": "NV", "opts_in_2023_limits": None}, "opts_in_2023_limits"),
        ({"name": "X", "legal_form": "NV", "financial_years": ["2024"]}, "financial_years[0]"),
    ],
)
def test_company_refuses(arguments, field):
    """Company refuses what it cannot represent, naming the field."""
    with pytest.raises(InvalidArgument) as info:
        Company(**arguments)
    assert field == info.value.field


def test_company_refuses_overlapping_years():
    """Financial years must follow each other without overlap."""
    years = (
        FinancialYear(date(2023, 1, 1), date(2023, 12, 31)),
        FinancialYear(date(2023, 12, 31), date(2024, 12, 31)),
    )
    with pytest.raises(InvalidDate) as info:
        Company("X", "BV", financial_years=years)
    assert "financial_years[1].start" == info.value.field


def test_financial_year_end_before_start_refused():
    """A financial year cannot end before it starts."""
    with pytest.raises(InvalidDate) as info:
        FinancialYear(date(2024, 1, 1), date(2023, 12, 31))
    assert "end" == info.value.field


@pytest.mark.parametrize(
    ("start", "end"),
    [("2024-01-01", date(2024, 12, 31)), (date(2024, 1, 1), datetime(2024, 12, 31, 12, 0))],
)
def test_financial_year_refuses_non_dates(start, end):
    """Financial years take dates, not strings or datetimes."""
    with pytest.raises(InvalidDate):
        FinancialYear(start, end)


def test_financial_year_labels():
    """A calendar year is labelled by its year; a broken year by its ISO dates."""
    assert ("2024", "2023-07-01/2024-06-30") == (
        FinancialYear(date(2024, 1, 1), date(2024, 12, 31)).label,
        FinancialYear(date(2023, 7, 1), date(2024, 6, 30)).label,
    )


def test_financial_year_lookups():
    """A company finds its financial year by end date and by a day inside it."""
    years = calendar_years(2022, 2024)
    company = Company("X", "BV", financial_years=years)
    assert (years[1], years[2]) == (
        company.financial_year_ending(date(2023, 12, 31)),
        company.financial_year_on(date(2024, 2, 29)),
    )
    with pytest.raises(InvalidDate):
        company.financial_year_ending(date(2023, 6, 30))
    with pytest.raises(InvalidDate):
        company.financial_year_on(date(2021, 12, 31))


def test_calendar_years():
    """calendar_years gives 1 January to 31 December for each year, both ends included."""
    assert [(date(y, 1, 1), date(y, 12, 31)) for y in (2022, 2023)] == [
        (year.start, year.end) for year in calendar_years(2022, 2023)
    ]


def test_size_figures_are_exact_decimals():
    """Figures become Decimals: a float amount keeps its decimal digits."""
    figures = SizeFigures(20_000_000.01, "40000000", 249.5)
    assert (Decimal("20000000.01"), Decimal(40_000_000), Decimal("249.5")) == (
        figures.total_assets,
        figures.net_turnover,
        figures.employees,
    )


@pytest.mark.parametrize("value", [-1, True, float("nan"), float("inf"), "abc", None, [1]])
def test_size_figures_refuse_non_amounts(value):
    """Figures must be finite numbers of at least zero."""
    with pytest.raises(InvalidArgument) as info:
        SizeFigures(value, 1, 1)
    assert "total_assets" == info.value.field


@pytest.mark.parametrize(
    ("board_model", "supervisory", "management"),
    [("two_tier", "rvc", "bestuur"), ("one_tier", "non_executive", "executive")],
)
def test_organs_by_board_model(board_model, supervisory, management):
    """A one-tier board's non-executives are the supervisory organ, its executives manage."""
    company = Company("X", "NV", board_model=board_model)
    assert (supervisory, management) == (company.supervisory_organ, company.management_organ)
