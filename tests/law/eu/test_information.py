"""Tests for ``ingroeiquotum.law.eu.information`` (public path ``ingroeiquotum.eu``): art. 7."""

from __future__ import annotations

import json
from datetime import date

import pytest

from eu_cases import two_tier_company
from ingroeiquotum import eu
from ingroeiquotum.company import Company
from ingroeiquotum.composition import Composition
from ingroeiquotum.exceptions import InvalidArgument
from ingroeiquotum.findings import Verdict

DUE = date(2026, 6, 30)


# -- art. 7: the yearly information -----------------------------------------------------------


def test_annual_information_from_company():
    """The information holds both compositions and whether the objective was met."""
    company = two_tier_company(Composition(2, 1), Composition(6, 3), listed=True)
    info = eu.annual_information(
        company, DUE, measures=["search firm briefed"], reasons="two resignations",
        planned_measures=["appoint two women in 2027"],
    )  # fmt: skip
    assert (Composition(2, 1), Composition(6, 3), False) == (
        info.executives,
        info.non_executives,
        info.objective_met,
    )
    assert Verdict.COMPLIANT == eu.check_annual_information(info).verdict
    data = info.as_dict()
    assert data == json.loads(json.dumps(data))
    assert {"men": 6, "women": 3, "other": 0, "unknown": 0} == data["non_executive_directors"]


def test_annual_information_incomplete_when_missed():
    """Where the objective was missed, reasons and measures are required."""
    company = two_tier_company(Composition(2, 1), Composition(6, 3), listed=True)
    finding = eu.check_annual_information(eu.annual_information(company, DUE))
    assert (Verdict.NOT_COMPLIANT, ("measures", "reasons_missed", "planned_measures")) == (
        finding.verdict,
        finding.missing,
    )
    met = two_tier_company(Composition(2, 1), Composition(4, 3), listed=True)
    assert Verdict.COMPLIANT == eu.check_annual_information(eu.annual_information(met, DUE)).verdict


def test_annual_information_without_compositions():
    """Missing compositions make the information incomplete, naming the organs."""
    info = eu.annual_information(Company("X", "NV", listed=True), DUE)
    finding = eu.check_annual_information(info)
    assert ("composition:executive", "composition:non_executive") == finding.missing
    assert None is info.objective_met


@pytest.mark.parametrize(
    "kwargs",
    [{"measures": "one"}, {"measures": [""]}, {"reasons": 1}, {"objective": "50"}],
)
def test_annual_information_refuses_junk(kwargs):
    """Measures are a list of non-empty texts, reasons a text, the objective a known one."""
    with pytest.raises(InvalidArgument):
        eu.AnnualInformation(
            **{
                "company": "X",
                "on": DUE,
                "objective": "non_executive_40",
                "executives": None,
                "non_executives": None,
                **kwargs,
            }
        )
