"""Tests for ``ingroeiquotum.law.eu.selection`` (public path ``ingroeiquotum.eu``): art. 6 and 12."""

from __future__ import annotations

from datetime import date

import pytest

from eu_cases import ALL_FALSE, ALL_TRUE
from ingroeiquotum import eu
from ingroeiquotum.citations import EU_2022_2381_12
from ingroeiquotum.exceptions import InvalidArgument
from ingroeiquotum.findings import Verdict

DUE = date(2026, 6, 30)
BEFORE = date(2026, 6, 29)


# -- art. 6: the selection checklist ----------------------------------------------------------


def verdicts(findings) -> list[str]:
    """The verdicts of the findings, as strings."""
    return [finding.verdict.value for finding in findings]


def test_checklist_has_one_finding_per_duty():
    """One finding per item, in the order of Duty, each citing its article."""
    findings = eu.check_selection(ALL_TRUE, DUE)
    assert list(eu.Duty) == [finding.facts["duty"] for finding in findings]
    assert ["compliant"] * 7 == verdicts(findings)
    assert ["6", "6", "6", "6", "6", "6", "5"] == [f.citations[0].article for f in findings]
    assert [1, 1, 1, 2, 3, None, None] == [f.citations[0].paragraph for f in findings]


def test_checklist_missed_objective():
    """A company that missed its objective and does not follow art. 6: not compliant."""
    assert ["not_compliant"] * 7 == verdicts(eu.check_selection(ALL_FALSE, DUE))


def test_checklist_unknown_items():
    """None for an item gives 'cannot decide' naming that item."""
    findings = eu.check_selection(eu.SelectionProcess(), DUE)
    assert ["cannot_decide"] * 7 == verdicts(findings)
    assert [(duty.value,) for duty in eu.Duty] == [finding.missing for finding in findings]


def test_checklist_when_the_objective_is_met_or_unknown():
    """Art. 6 binds only a company that missed its objective; the executive item stays."""
    met = eu.check_selection(ALL_FALSE, DUE, meets_objective=True)
    assert ["not_applicable"] * 6 + ["not_compliant"] == verdicts(met)
    assert "eu.duty_not_required" == met[0].message
    unknown = eu.check_selection(ALL_FALSE, DUE, meets_objective=None)
    assert ["cannot_decide"] * 6 + ["not_compliant"] == verdicts(unknown)
    assert ("meets_objective",) == unknown[0].missing
    assert "compliant" == eu.check_selection(ALL_TRUE, DUE, meets_objective=None)[0].verdict.value


def test_checklist_dates():
    """Before 30 June 2026 nothing on the checklist binds yet; before 2022-12-27 nothing at all."""
    assert ["not_applicable"] * 7 == verdicts(eu.check_selection(ALL_FALSE, BEFORE))
    assert "eu.duty_not_yet" == eu.check_selection(ALL_FALSE, BEFORE)[0].message
    assert "eu.not_in_force" == eu.check_selection(ALL_FALSE, date(2022, 1, 1))[0].message


def test_checklist_article_12():
    """Art. 12 suspends art. 6 only, as an option: the executive objectives are not suspended."""
    suspended = eu.check_selection(ALL_FALSE, DUE, suspended=True)
    assert ["not_applicable"] * 6 + ["not_compliant"] == verdicts(suspended)
    assert EU_2022_2381_12 in suspended[0].citations
    assert "eu.duty_suspended" == suspended[0].message
    default = eu.check_selection(ALL_FALSE, DUE)
    assert "eu.article_12_unknown" in [reading.key for reading in default[0].readings]
    explicit = eu.check_selection(ALL_FALSE, DUE, suspended=False)
    assert "eu.article_12_unknown" not in [reading.key for reading in explicit[0].readings]


def test_checklist_executive_objectives_only_under_40():
    """Individual objectives for executive directors belong to the 40 % objective only."""
    findings = eu.check_selection(ALL_FALSE, DUE, objective="all_directors_33")
    assert "eu.executive_objectives_not_required" == findings[-1].message
    assert Verdict.NOT_APPLICABLE == findings[-1].verdict


@pytest.mark.parametrize("junk", [1, "yes", 0.0, []])
def test_selection_process_refuses_non_bools(junk):
    """Each item is True, False or None."""
    with pytest.raises(InvalidArgument):
        eu.SelectionProcess(criteria_clear_neutral=junk)
    with pytest.raises(InvalidArgument):
        eu.check_selection(ALL_TRUE, DUE, meets_objective=junk)
