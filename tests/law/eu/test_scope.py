"""Tests for ``ingroeiquotum.law.eu.scope`` (public path ``ingroeiquotum.eu``): art. 2 and 3."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from ingroeiquotum import eu
from ingroeiquotum.exceptions import InvalidArgument
from ingroeiquotum.findings import Verdict

DUE = date(2026, 6, 30)


# -- scope ------------------------------------------------------------------------------------


def scope_message(**kwargs) -> str:
    """The message of in_scope for a Dutch company listed in Frankfurt with these figures."""
    return eu.in_scope(eu.Listing("NL", ["DE"], **kwargs), DUE).message


@pytest.mark.parametrize(
    ("figures", "expected"),
    [
        ({"employees": 249, "turnover": 50_000_000}, "eu.scope_sme"),
        ({"employees": 250, "turnover": 1, "balance_sheet_total": 1}, "eu.scope_applies"),
        ({"employees": 249, "turnover": 1}, "eu.scope_sme"),
        (
            {"employees": 249, "turnover": 50_000_001, "balance_sheet_total": 43_000_000},
            "eu.scope_sme",
        ),
        (
            {"employees": 249, "turnover": 50_000_001, "balance_sheet_total": 43_000_001},
            "eu.scope_applies",
        ),
        (
            {"employees": 249, "turnover": "50000000.01", "balance_sheet_total": "43000000.01"},
            "eu.scope_applies",
        ),
        ({"employees": Decimal("249.9"), "balance_sheet_total": 43_000_000}, "eu.scope_sme"),
        ({"turnover": 60e6, "balance_sheet_total": 50e6}, "eu.scope_applies"),
        ({"employees": 300}, "eu.scope_applies"),
    ],
)
def test_sme_edges(figures, expected):
    """The SME exclusion at its edges: fewer than 250 employees, at most EUR 50 m / 43 m."""
    assert expected == scope_message(**figures)


@pytest.mark.parametrize(
    ("figures", "missing"),
    [
        ({}, ("employees", "turnover", "balance_sheet_total")),
        ({"employees": 249}, ("turnover", "balance_sheet_total")),
        ({"employees": 249, "turnover": 60e6}, ("balance_sheet_total",)),
        ({"turnover": 10e6}, ("employees",)),
    ],
)
def test_sme_unknown_names_the_missing_figures(figures, missing):
    """Where a missing figure decides, the finding cannot decide and names what is missing."""
    finding = eu.in_scope(eu.Listing("NL", ["DE"], **figures), DUE)
    assert (Verdict.CANNOT_DECIDE, missing) == (finding.verdict, finding.missing)


def test_scope_outside_the_union_and_unlisted():
    """A registered office outside the EU, or no regulated market in a member state: outside."""
    assert "eu.scope_office_outside_eu" == eu.in_scope(eu.Listing("US", ["NL"]), DUE).message
    assert "eu.scope_not_listed" == eu.in_scope(eu.Listing("NL", ["GB", "CH"]), DUE).message
    assert "eu.scope_not_listed" == eu.in_scope(eu.Listing("NL"), DUE).message


def test_scope_before_entry_into_force():
    """Before 27 December 2022 the directive is not in force."""
    finding = eu.in_scope(eu.Listing("NL", ["NL"], employees=900), date(2022, 12, 26))
    assert ("eu.not_in_force", Verdict.NOT_APPLICABLE) == (finding.message, finding.verdict)
    assert "eu.scope_applies" == scope_message(employees=900)


def test_listing_normalises_codes():
    """Codes are upper-cased, repeated ones dropped, and Greece's 'EL' read as 'GR'."""
    listing = eu.Listing(" nl ", ["el", "DE", "de", "US"])
    assert ("NL", ("GR", "DE", "US"), ("GR", "DE")) == (
        listing.registered_office,
        listing.regulated_markets,
        listing.eu_markets,
    )


@pytest.mark.parametrize(
    "kwargs",
    [
        {"registered_office": "Netherlands"},
        {"registered_office": None},
        {"regulated_markets": "NL"},
        {"regulated_markets": [1]},
        {"employees": -1},
        {"turnover": "a lot"},
        {"balance_sheet_total": True},
    ],
)
def test_listing_refuses_junk(kwargs):
    """A Listing refuses what it cannot represent, with the library's error."""
    with pytest.raises(InvalidArgument):
        eu.Listing(**kwargs)
