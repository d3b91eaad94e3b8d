"""
The facts a rule needs: the inputs each rule reads, and what is still missing for a decided
verdict, asked of the rule itself. The expectations are worked out by hand from the quota's
arithmetic (a third of the members, rounded up, of each sex).
"""

from __future__ import annotations

from datetime import date

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from ingroeiquotum import needs, quota, rules, samples
from ingroeiquotum.company import Company, Snapshot
from ingroeiquotum.composition import Composition
from ingroeiquotum.exceptions import InvalidArgument
from ingroeiquotum.findings import Verdict

ON = date(2025, 6, 30)


def test_every_fact_of_the_registry_is_an_input_of_the_rule_and_back() -> None:
    """The registry's facts are exactly the inputs of the rule's functions."""
    for rule in rules.all_rules():
        inputs: set[str] = set()
        for function in rule.functions:
            read = needs.facts_of(rule.id, function)
            inputs.update(read.required, read.optional)
        assert set(rule.facts) == inputs, rule.id


def test_required_inputs() -> None:
    assert needs.facts_of("quota.balance").required == ("composition", "on")
    assert needs.facts_of("quota.balance", "check_company").required == ("company", "on")
    assert needs.facts_of("scope.targets").required == ("company", "financial_year_end")
    with pytest.raises(InvalidArgument):
        needs.facts_of("quota.balance", "judge_meeting")
    with pytest.raises(InvalidArgument):
        needs.facts_of("quota.nothing")


def test_nothing_given_names_the_inputs_without_asking_the_rule() -> None:
    result = needs.missing_facts("quota.appointment")
    assert result.verdict is None
    assert not result.decided
    assert [need.field for need in result.missing] == ["before", "appointee", "on"]


def test_an_unknown_fact_is_refused() -> None:
    with pytest.raises(InvalidArgument) as raised:
        needs.missing_facts("quota.balance", board=Composition(3, 3))
    assert raised.value.field == "board"


def test_composition_with_unknowns() -> None:
    # 6 members: 2 of each sex needed. 4 men, 1 woman, 1 unknown: the unknown decides.
    short = needs.missing_facts("quota.balance", composition=Composition(4, 1, 0, 1), on=ON)
    assert short.verdict is Verdict.CANNOT_DECIDE
    assert [(need.key, need.field, need.argument) for need in short.missing] == [
        ("members_sex", "composition.unknown", "composition")
    ]
    # 7 members: 3 of each. 3 men, 3 women, 1 unknown: met whatever the unknown is.
    met = needs.missing_facts("quota.balance", composition=Composition(3, 3, 0, 1), on=ON)
    assert (met.decided, met.verdict) == (True, Verdict.COMPLIANT)
    # 6 members, 5 men, 0 women, 1 unknown: two women short, one unknown cannot fill it.
    unmet = needs.missing_facts("quota.balance", composition=Composition(5, 0, 0, 1), on=ON)
    assert (unmet.decided, unmet.verdict) == (True, Verdict.NOT_COMPLIANT)


def test_partial_company_names_the_snapshot() -> None:
    listed = Company("Voorbeeld NV", "NV", listed=True)
    result = needs.missing_facts("quota.balance", company=listed, on=ON)
    assert result.function == "check_company"
    assert [need.field for need in result.missing] == ["company.snapshots[rvc]"]
    with_board = attrs.evolve(
        listed, snapshots=[Snapshot("rvc", ON, Composition(men=4, women=1, unknown=1))]
    )
    again = needs.missing_facts("quota.balance", company=with_board, on=ON)
    assert [need.field for need in again.missing] == ["company.snapshots[rvc].composition.unknown"]


def test_partial_company_names_the_size_figures() -> None:
    company = samples.sample_company()
    bare = attrs.evolve(
        company, financial_years=[attrs.evolve(y, figures=None) for y in company.financial_years]
    )
    end = company.financial_years[-1].end
    result = needs.missing_facts("scope.targets", company=bare, financial_year_end=end)
    assert result.verdict is Verdict.CANNOT_DECIDE
    fields = [need.field for need in result.missing]
    assert f"company.financial_years[{end.isoformat()}].figures" in fields
    assert all(field.startswith("company.financial_years[") for field in fields)
    assert needs.missing_facts("scope.targets", company=company, financial_year_end=end).decided


def test_eu_objective_with_an_unknown_composition() -> None:
    result = needs.missing_facts(
        "eu.objective", executives=Composition(2, 1), non_executives=None, on=date(2026, 7, 1)
    )
    assert [need.field for need in result.missing] == ["non_executives"]


def test_unknown_appointee() -> None:
    # RvC of 3 men and 1 unknown (4 members: 2 of each needed); an appointee of unknown sex.
    result = needs.missing_facts(
        "quota.appointment", before=Composition(3, 0, 0, 1), appointee="unknown", on=ON
    )
    assert result.verdict is Verdict.CANNOT_DECIDE
    assert "appointee.gender" in [need.field for need in result.missing]


counts = st.integers(min_value=0, max_value=12)


@given(counts, counts, counts, counts)
def test_agrees_with_the_rule(men: int, women: int, other: int, unknown: int) -> None:
    """Decided exactly when the rule decides; a need only where members of unknown sex are."""
    composition = Composition(men, women, other, unknown)
    finding = quota.check_balance(composition, ON)
    result = needs.missing_facts("quota.balance", composition=composition, on=ON)
    assert result.verdict is finding.verdict
    assert result.decided is (finding.verdict is not Verdict.CANNOT_DECIDE)
    if result.missing:
        assert unknown > 0
