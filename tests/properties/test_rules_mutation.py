"""
The grid that kills the mutants of the rule modules (``quota``, ``scope``,
``reporting.deadline``) that survived the rest of the suite (see
``docs/explanation/reliability.md``, "Mutation testing"):

* the golden file ``tests/golden/rules.json``: the findings of the rules over a grid of
  scenarios, so that a changed verdict, message key, fact, reading or citation is caught
  (regenerate it with ``python scripts/regenerate_golden_rules.py`` after a change on purpose);
* every refusal names the argument it refuses (a mutant that renamed or dropped the field
  of an error survived before), over the whole table of ``robustness_cases.py``, and the
  refusals of the rules word for word.

The edge cases the grid does not reach are in the test files of their modules
(``law/bw2/test_appointments.py``, ``test_scope.py``, ``test_reporting.py``,
``test_ser_report.py``).
"""

from __future__ import annotations

import json
from datetime import date

import pytest

import regenerate_golden_rules
import robustness_cases as robustness
from ingroeiquotum import quota, reporting, scope
from ingroeiquotum.composition import Composition
from ingroeiquotum.exceptions import (
    InvalidArgument,
    InvalidCount,
    InvalidDate,
    LoadError,
    describe_value,
)


def test_rules_match_the_golden_file():
    """The quota, scope and deadline rules give the reviewed findings over the whole grid."""
    expected = json.loads(regenerate_golden_rules.GOLDEN.read_text(encoding="utf-8"))
    actual = json.loads(regenerate_golden_rules.render())
    for part in ("quota", "scope", "deadline"):
        for name in expected[part]:
            assert expected[part][name] == actual[part][name], f"{part}.{name}"
    assert expected == actual


# The field an error names when an argument is refused, where it is not the argument's name.
_FIELDS = {
    ("judge_meeting", "events"): ("events", "events[0]"),
    ("history_of", "rows"): ("history", "row"),
    ("is_large", "history"): ("history", "row", "on"),  # an empty history has no such date
    ("judge_size", "history"): ("history", "row", "on"),
    ("Composition.from_genders", "genders"): ("genders", "genders[0]"),
    ("Composition.from_seats", "seats"): ("seats", "seats[0]"),
    ("Company", "financial_years"): ("financial_years", "financial_years[0]"),
    ("Organ", "kind"): ("organ",),
    ("Organ.parse", "value"): ("organ", "name"),
    ("Gender.parse", "value"): ("gender",),
    ("LegalForm.parse", "value"): ("legal_form",),
    ("BoardModel.parse", "value"): ("board_model",),
    ("Appointment", "gender"): ("appointee",),
    ("Departure", "gender"): ("departing",),
    ("is_balanced", "men"): ("men",),
    ("appointment_is_void", "reappointment"): ("reappointment",),
    ("appointment_is_void", "appointee"): ("appointee",),
}


def _refusals():
    for name, function, valid, kinds in robustness.CASES:
        for argument, kind in kinds.items():
            for junk_id, junk in robustness.JUNK.items():
                if robustness.ACCEPTS[kind](junk):
                    continue
                yield name, function, {**valid, argument: junk}, argument, junk_id


def _check_refusal(name, function, arguments, argument):
    """Junk in one argument is refused by an error that names that argument and its value."""
    with pytest.raises(InvalidArgument) as caught:
        function(**arguments)
    error = caught.value
    names = _FIELDS.get((name, argument), (argument,))
    fields = (
        [problem.field for problem in error.errors]
        if isinstance(error, LoadError)
        else [error.field]
    )
    assert any(field.split("[")[0] in {each.split("[")[0] for each in names} for field in fields), (
        fields
    )
    if not isinstance(error, LoadError):
        if error.field == argument:  # the argument itself, not one of its items
            assert error.value is arguments[argument] or error.value == arguments[argument]
        assert error.reason
        assert str(error) == f"{error.field}: {error.reason}, got {describe_value(error.value)}"


def test_a_refusal_names_the_argument():
    """
    Junk in one argument is refused by an error that names that argument and its value, for
    every case, argument and piece of junk of the robustness table that the argument does not
    accept (about 1,200 calls).

    One test that loops over the whole table rather than a property that samples it: the
    mutation score of the rule modules (``docs/explanation/reliability.md``) counts on every
    case running every time. Every failing case is reported together, with its id.
    """
    failures = []
    for name, function, arguments, argument, junk_id in _refusals():
        try:
            _check_refusal(name, function, arguments, argument)
        except (AssertionError, pytest.fail.Exception) as failure:
            failures.append(f"{name}-{argument}-{junk_id}: {failure}")
    assert [] == failures, "\n".join(failures)


@pytest.mark.parametrize(
    ("call", "kind", "field", "reason"),
    [
        (
            lambda: quota.minimum_per_sex(-1),
            InvalidCount,
            "members",
            "must be a whole number of at least 0",
        ),
        (lambda: quota.shortfall((1, 2)), InvalidArgument, "composition", "must be a Composition"),
        (
            lambda: quota.check_balance((1, 2), date(2024, 1, 1)),
            InvalidArgument,
            "composition",
            "must be a Composition",
        ),
        (
            lambda: quota.judge_appointment((1, 2), "man", date(2024, 1, 1)),
            InvalidArgument,
            "before",
            "must be a Composition",
        ),
        (
            lambda: quota.judge_meeting((1, 2), [], date(2024, 1, 1)),
            InvalidArgument,
            "before",
            "must be a Composition",
        ),
        (
            lambda: quota.judge_meeting(Composition(1, 1), [None], date(2024, 1, 1)),
            InvalidArgument,
            "events[0]",
            "must be an Appointment or Departure",
        ),
        (
            lambda: quota.judge_meeting(
                Composition(1, 0), [quota.Departure("woman")], date(2024, 1, 1)
            ),
            InvalidArgument,
            "events[0]",
            "no woman member left to depart",
        ),
        (
            lambda: quota.Appointment("man", reappointment=True),
            InvalidDate,
            "first_appointed",
            "is required for a reappointment",
        ),
        (
            lambda: quota.Appointment("man", reappointment=1),
            InvalidArgument,
            "reappointment",
            "must be True or False",
        ),
        (
            lambda: quota.Appointment("man", exceptional_circumstances=None),
            InvalidArgument,
            "exceptional_circumstances",
            "must be True or False",
        ),
        (
            lambda: quota.judge_appointment(
                Composition(1, 0),
                "man",
                date(2024, 1, 1),
                reappointment=True,
                first_appointed=date(2024, 1, 2),
            ),
            InvalidDate,
            "first_appointed",
            "must not be after on (2024-01-01)",
        ),
        (
            lambda: quota.judge_appointment(
                Composition(1, 0, unknown=401), "man", date(2024, 1, 1)
            ),
            InvalidArgument,
            "before.unknown",
            "too many members of unknown sex to judge (at most 400)",
        ),
        (
            lambda: scope.quota_applies(None, date(2024, 1, 1)),
            InvalidArgument,
            "company",
            "must be a Company",
        ),
        (
            lambda: scope.targets_duty(None, date(2024, 1, 1)),
            InvalidArgument,
            "company",
            "must be a Company",
        ),
        (
            lambda: scope.judge_size([], date(2024, 1, 1)),
            InvalidDate,
            "on",
            "is not a balance-sheet date of the history (empty)",
        ),
        (
            lambda: scope.judge_size(
                regenerate_golden_rules._history((1, 1, 1), (2, 2, 2)), date(2024, 1, 1)
            ),
            InvalidDate,
            "on",
            "is not a balance-sheet date of the history (2020-12-31, 2021-12-31)",
        ),
        (
            lambda: scope.judge_size([], date(2024, 1, 1), opt_in_2023=1),
            InvalidArgument,
            "opt_in_2023",
            "must be True or False",
        ),
        (
            lambda: scope.BalanceSheetDate(date(2024, 1, 1), date(2024, 1, 1), 1, None, None),
            InvalidArgument,
            "total_assets",
            "must be a finite Decimal or None",
        ),
        (
            lambda: scope.BalanceSheetDate(date(2024, 1, 1), date(2024, 1, 1), None, 1, None),
            InvalidArgument,
            "net_turnover",
            "must be a finite Decimal or None",
        ),
        (
            lambda: scope.BalanceSheetDate(
                date(2024, 1, 1), date(2024, 1, 1), None, None, scope.Decimal("NaN")
            ),
            InvalidArgument,
            "employees",
            "must be a finite Decimal or None",
        ),
        (
            lambda: reporting.deadline("2024-12-31"),
            InvalidDate,
            "financial_year_end",
            "must be a datetime.date",
        ),
    ],
)
def test_refusals_say_what_is_wrong(call, kind, field, reason):
    """The rules' refusals name the field, the value and the reason, word for word."""
    with pytest.raises(kind) as caught:
        call()
    assert (field, reason) == (caught.value.field, caught.value.reason)
