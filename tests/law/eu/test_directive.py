"""
Tests for ``ingroeiquotum.law.eu.directive`` (public path ``ingroeiquotum.eu``): the
directive's dated values and the Dutch transposition slot (art. 11).
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction

from ingroeiquotum import eu, i18n, parameters
from ingroeiquotum.citations import EU_2022_2381_5
from ingroeiquotum.findings import Verdict
from ingroeiquotum.law import _parameters_data
from ingroeiquotum.parameters import DatedValue, Parameter

DUE = date(2026, 6, 30)
BEFORE = date(2026, 6, 29)
LANGUAGES = ("nl", "en")


# -- the Dutch transposition slot -------------------------------------------------------------


def test_transposition_slot_dates():
    """Not due before 28 December 2024; 'not transposed in force as far as known' after."""
    assert "eu.transposition_not_due" == eu.transposition(date(2024, 12, 27)).message
    deadline = eu.transposition(date(2024, 12, 28))
    later = eu.transposition(date(2027, 3, 1))
    assert ("eu.transposition_not_in_force", "not_in_force", ()) == (
        deadline.message,
        deadline.facts["status"],
        deadline.notes,
    )
    assert ("eu.transposition_letter",) == later.notes
    assert "not transposed in force in the Netherlands as far as known" in i18n.render(later, "en")
    assert "European Commission" in later.article


def test_transposition_slot_takes_a_later_value(monkeypatch):
    """A later release adds a dated value; transposition() reports it with the same API."""
    original = parameters.get("women_on_boards.transposition_nl")
    later = Parameter(
        original.key,
        original.description,
        original.unit,
        (
            *original.values,
            DatedValue(date(2027, 1, 1), "in_force", EU_2022_2381_5, "test only"),
        ),
        original.last_verified_on,
    )
    monkeypatch.setitem(_parameters_data.PARAMETERS, original.key, later)
    assert "eu.transposition_not_in_force" == eu.transposition(date(2026, 12, 31)).message
    finding = eu.transposition(date(2027, 1, 1))
    assert ("eu.transposition_recorded", Verdict.APPLIES, "in_force") == (
        finding.message,
        finding.verdict,
        finding.facts["status"],
    )
    for language in LANGUAGES:
        assert "in_force" in i18n.render(finding, language)


def test_transposition_parameter_never_guesses_the_objective():
    """The slot holds a status only, never an objective, before any act is known."""
    values = [value.value for value in parameters.get("women_on_boards.transposition_nl").values]
    assert {"not_in_force"} == set(values)
    assert "unknown" == parameters.at("women_on_boards.article_12_nl", DUE)


def test_parameters_of_the_directive():
    """The dated values: in force from 2022-12-27, due 2026-06-30, the shares and limits."""
    assert False is parameters.at("women_on_boards.objectives_due", BEFORE)
    assert True is parameters.at("women_on_boards.objectives_due", DUE)
    assert Fraction(49, 100) == parameters.at("women_on_boards.maximum_share", DUE)
    limits = parameters.at("women_on_boards.sme_limits", DUE)
    assert (250, Decimal(50_000_000), Decimal(43_000_000)) == (
        limits.employees,
        limits.net_turnover,
        limits.total_assets,
    )
    first = parameters.get("women_on_boards.in_force").values[0].start
    assert date(2022, 12, 27) == first
    assert date(2022, 12, 26) == first - timedelta(days=1)


def test_the_directives_dates_are_its_parameters():
    """The deadline and the letter's date are the transposition parameter's own dates, the
    objectives' due date the day women_on_boards.objectives_due turns true."""
    assert eu.OBJECTIVES_DUE == DUE
    assert parameters.at("women_on_boards.objectives_due", eu.OBJECTIVES_DUE) is True
    assert parameters.at("women_on_boards.objectives_due", BEFORE) is False
    values = parameters.get("women_on_boards.transposition_nl").values
    assert (eu.TRANSPOSITION_DEADLINE, eu.LETTER_OF_FORMAL_NOTICE) == (
        date(2024, 12, 28),
        date(2025, 1, 31),
    )
    assert [value.start for value in values] == [
        eu.TRANSPOSITION_DEADLINE,
        eu.LETTER_OF_FORMAL_NOTICE,
    ]


def test_not_in_force_is_the_parameters_in_force_answer():
    """Every rule of the directive stops on the days women_on_boards.in_force has no value,
    with the day it starts as the one fact (the parameters' in-force helper decides)."""
    status = parameters.in_force("women_on_boards.in_force", date(2022, 12, 26))
    assert (status.in_force, status.in_force_from) == (False, date(2022, 12, 27))
    findings = [
        eu.in_scope(eu.Listing("NL", ["NL"], employees=300), status.on),
        eu.check_objective(None, None, status.on),
        *eu.check_selection(eu.SelectionProcess(), status.on),
    ]
    for finding in findings:
        assert (finding.verdict, finding.message, dict(finding.facts)) == (
            Verdict.NOT_APPLICABLE,
            "eu.not_in_force",
            {"in_force_from": status.in_force_from},
        )
    assert parameters.in_force("women_on_boards.in_force", date(2022, 12, 27)).in_force
    assert eu.in_scope(eu.Listing("NL", ["NL"]), date(2022, 12, 27)).message != "eu.not_in_force"
