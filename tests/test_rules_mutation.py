"""
Tests that kill the mutants of the rule modules (``quota``, ``scope``, ``reporting.deadline``)
that survived the rest of the suite (see ``docs/explanation/reliability.md``, "Mutation testing").

Three kinds:

* the golden file ``tests/golden/rules.json``: the findings of the rules over a grid of
  scenarios, so that a changed verdict, message key, fact, reading or citation is caught
  (regenerate it with ``python scripts/regenerate_golden_rules.py`` after a change on purpose);
* every refusal names the argument it refuses (a mutant that renamed or dropped the field
  of an error survived before);
* edge cases the grid does not reach.
"""

from __future__ import annotations

import json
from datetime import date

import pytest

import regenerate_golden_rules
import robustness_cases as robustness
from ingroeiquotum import quota, reporting, scope
from ingroeiquotum.company import Company, FinancialYear, SizeFigures
from ingroeiquotum.composition import Composition
from ingroeiquotum.exceptions import (
    InvalidArgument,
    InvalidCount,
    InvalidDate,
    LoadError,
    NoRuleInForce,
)
from ingroeiquotum.findings import Verdict


def test_rules_match_the_golden_file():
    """The quota, scope and deadline rules give the reviewed findings over the whole grid."""
    expected = json.loads(regenerate_golden_rules.GOLDEN.read_text(encoding="utf-8"))
    actual = json.loads(regenerate_golden_rules.render())
    for part in ("quota", "scope", "deadline"):
        for name in expected[part]:
            assert expected[part][name] == actual[part][name], f"{part}.{name}"
    assert expected == actual


# -- every refusal names its argument -----------------------------------------------------------

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
        assert str(error) == f"{error.field}: {error.reason}, got {error.value!r}"


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


# -- edges the grid does not reach ---------------------------------------------------------------


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


def test_deadline_of_the_last_year_of_the_act():
    """
    The last twelve-month year the act covers starts 2029-12-31 and is reported by 2031-10-30;
    the first starts 2022-01-01 and is reported by 2023-10-31. A year starting a day earlier
    or later has no deadline (scope.coverage).
    """
    assert date(2031, 10, 30) == reporting.deadline(date(2030, 12, 30))
    assert date(2023, 10, 31) == reporting.deadline(date(2022, 12, 31))
    for end in (date(2022, 12, 30), date(2030, 12, 31)):
        with pytest.raises(NoRuleInForce):
            reporting.deadline(end)


# -- survivors of the run after the first round of these tests (docs/explanation/reliability.md) -------------


def test_appointment_is_void_counts_no_other_member_by_default():
    """Two men and one woman are balanced (1 each needed); an "other" member would change it."""
    on = date(2024, 6, 1)
    assert quota.appointment_is_void(men=2, women=1, appointee="man", on=on) is False
    assert quota.appointment_is_void(men=2, women=1, appointee="man", on=on, other=1) is True


def test_the_most_unknown_members_that_are_enumerated():
    """400 members of unknown sex are enumerated; 401 are refused, naming the count."""
    finding = quota.judge_appointment(Composition(0, 0, unknown=400), "woman", date(2024, 6, 1))
    assert Verdict.CANNOT_DECIDE == finding.verdict
    with pytest.raises(InvalidArgument) as caught:
        quota.judge_appointment(Composition(0, 0, unknown=401), "woman", date(2024, 6, 1))
    assert ("before.unknown", 401) == (caught.value.field, caught.value.value)


def test_a_meeting_judges_the_rvc_unless_told_otherwise():
    """judge_meeting passes its subject ("rvc" by default) to every appointment it judges."""
    events = [quota.Appointment("woman"), quota.Appointment("man")]
    on = date(2025, 5, 20)
    result = quota.judge_meeting(Composition(4, 1), events, on)
    assert ["rvc", "rvc"] == [finding.subject for finding in result.findings]
    result = quota.judge_meeting(Composition(4, 1), events, on, subject="non_executive")
    assert ["non_executive"] * 2 == [finding.subject for finding in result.findings]


def test_a_meeting_refusal_names_the_event():
    """A departure nobody can make, or an event of another type, is refused with the event."""
    departure = quota.Departure("woman")
    with pytest.raises(InvalidArgument) as caught:
        quota.judge_meeting(Composition(3, 0), [departure], date(2025, 5, 20))
    assert ("events[0]", departure) == (caught.value.field, caught.value.value)
    with pytest.raises(InvalidArgument) as caught:
        quota.judge_meeting(Composition(3, 1), [departure, "woman"], date(2025, 5, 20))
    assert ("events[1]", "woman") == (caught.value.field, caught.value.value)


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


def test_check_deadline_findings():
    """The deadline finding: rule, facts, subject (empty by default) and the citation by form."""
    end = date(2024, 12, 31)
    finding = reporting.check_deadline(end, submitted_on=None, as_of=date(2025, 1, 2))
    assert ("reporting.deadline", "reporting.open", "") == (
        finding.rule, finding.message, finding.subject
    )  # fmt: skip
    assert {
        "deadline": date(2025, 10, 31),
        "submitted_on": None,
        "as_of": date(2025, 1, 2),
        "financial_year_start": date(2024, 1, 1),
    } == dict(finding.facts)
    assert "art. 2:276 lid 3 BW" == finding.article
    named = reporting.check_deadline(
        end, submitted_on=date(2025, 3, 1), as_of=date(2025, 3, 1), legal_form="NV", subject="P"
    )
    assert ("reporting.on_time", "P", "art. 2:166 lid 3 BW") == (
        named.message, named.subject, named.article
    )  # fmt: skip


@pytest.mark.parametrize(
    ("end", "message"),
    [
        (date(2021, 12, 31), "scope.not_covered"),
        (date(2030, 12, 31), "scope.not_covered_lapsed"),
    ],
)
@pytest.mark.parametrize(
    ("form", "article"), [("NV", "art. 2:166 lid 3 BW"), ("BV", "art. 2:276 lid 3 BW")]
)
def test_check_deadline_outside_the_act(end, message, form, article):
    """Before the act and after its lapse: not applicable, with why, the facts and the subject."""
    finding = reporting.check_deadline(
        end, submitted_on=date(2022, 5, 1), as_of=date(2031, 1, 1), legal_form=form, subject="P"
    )
    assert (Verdict.NOT_APPLICABLE, "reporting.deadline", message) == (
        finding.verdict, finding.rule, finding.message
    )  # fmt: skip
    start = date(end.year, 1, 1)  # a twelve-month calendar year
    assert {
        "submitted_on": date(2022, 5, 1),
        "as_of": date(2031, 1, 1),
        "financial_year_start": start,
        "in_force_from": date(2022, 1, 1),
        "lapses_on": date(2030, 1, 1),
    } == dict(finding.facts)
    assert ("P", article) == (finding.subject, finding.article)


@pytest.mark.parametrize(
    ("arguments", "field"),
    [
        ({"as_of": "2025-01-01", "submitted_on": None}, "as_of"),
        ({"as_of": date(2025, 1, 1), "submitted_on": "2025-01-01"}, "submitted_on"),
        ({"as_of": date(2025, 1, 1), "submitted_on": None, "subject": 3}, "subject"),
    ],
)
def test_check_deadline_refusals_name_the_argument(arguments, field):
    """A bad as_of, submitted_on or subject is refused by its own name."""
    with pytest.raises(InvalidArgument) as caught:
        reporting.check_deadline(date(2024, 12, 31), **arguments)
    assert field == caught.value.field


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
