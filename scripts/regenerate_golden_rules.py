"""
Regenerate ``tests/golden/rules.json``: the findings of the quota, scope and deadline rules
over a grid of scenarios (every small board, the edges of the act's period, the size limits,
the reappointment window, every month-end deadline), in a compact form.

``tests/properties/test_rules_mutation.py`` compares the rules with this file, so a change to a verdict,
a message key, a fact, a reading or a citation shows up as a diff to review (and the mutation
testing of ``docs/explanation/reliability.md`` finds no change of these rules that the suite
misses). Run ``python scripts/regenerate_golden_rules.py`` after changing a rule on purpose,
and review the diff like a legal change.
"""

from __future__ import annotations

import itertools
import json
import sys
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

GOLDEN = Path(__file__).resolve().parents[1] / "tests" / "golden" / "rules.json"

EDGES = (date(2021, 12, 31), date(2022, 1, 1), date(2024, 6, 30), date(2029, 12, 31),
         date(2030, 1, 1))  # fmt: skip
"""The act's first and last days and their neighbours, and a day in between."""


def compact(finding: Any) -> dict[str, Any]:
    """A finding as the fields that carry its meaning (no links: they follow from the date)."""
    from ingroeiquotum.findings import plain

    return {
        "rule": finding.rule,
        "rule_version": finding.rule_version,
        "verdict": finding.verdict.value,
        "on": finding.on.isoformat(),
        "message": finding.message,
        "subject": finding.subject,
        "facts": plain(dict(finding.facts)),
        "citations": [str(citation) for citation in finding.citations],
        "readings": [reading.key for reading in finding.readings],
        "missing": list(finding.missing),
        "notes": list(finding.notes),
        "confidence": finding.confidence.value,
        "advisory": finding.advisory,
    }


def _error(function: Any, *args: Any, **kwargs: Any) -> Any:
    from ingroeiquotum.exceptions import IngroeiquotumError, NoRuleInForce

    try:
        return function(*args, **kwargs)
    except NoRuleInForce as error:
        return {"error": type(error).__name__, "key": error.key, "lapsed": error.lapsed}
    except IngroeiquotumError as error:
        return {"error": type(error).__name__, "message": str(error)}


def quota_cases() -> dict[str, Any]:
    """The quota: minimum, shortfall, balance, appointments, meetings, on a grid of boards."""
    from ingroeiquotum import quota
    from ingroeiquotum.composition import Composition

    boards = [
        Composition(men, women, other, unknown)
        for men, women, other, unknown in itertools.product(range(4), range(4), (0, 1), (0, 2))
    ]
    on = date(2024, 6, 30)
    balance = [compact(quota.check_balance(board, on)) for board in boards]
    balance += [
        compact(quota.check_balance(board, day, subject=subject))
        for board in (Composition(3, 0), Composition(2, 1), Composition(0, 0))
        for day in EDGES
        for subject in ("rvc", "non_executive")
    ]
    appointments = [
        compact(quota.judge_appointment(board, appointee, on))
        for board in boards
        if board.unknown < 2
        for appointee in ("man", "woman", "other", "unknown")
    ]
    appointments += [
        compact(quota.judge_appointment(Composition(men, women, unknown=1), "man", on))
        for men, women in ((2, 0), (1, 1), (4, 1), (3, 2))
    ]
    window = [
        compact(
            quota.judge_appointment(
                Composition(5, 1), "man", day, reappointment=True, first_appointed=first
            )
        )
        for day in (date(2024, 4, 18), date(2030, 1, 1), date(2021, 12, 31))
        for first in (date(2015, 12, 31), date(2016, 1, 1), date(2016, 6, 1), date(2017, 4, 20),
                      date(2021, 12, 31))
        if first <= day
    ]  # fmt: skip
    window += [
        compact(quota.judge_appointment(Composition(5, 1), "man", on,
                                        exceptional_circumstances=True)),
        compact(quota.judge_appointment(Composition(5, 1), "man", on, subject="non_executive")),
        *(compact(quota.judge_appointment(Composition(3, 0), "man", day)) for day in EDGES),
    ]  # fmt: skip
    meetings = []
    for before, events in (
        (Composition(4, 1), [quota.Departure("man"), quota.Appointment("woman"),
                             quota.Appointment("man")]),
        (Composition(5, 1), [quota.Appointment("man"), quota.Appointment("woman"),
                             quota.Appointment("man")]),
        (Composition(2, 2, unknown=1), [quota.Departure("woman"), quota.Appointment("man"),
                                        quota.Appointment("other")]),
        (Composition(3, 0), [quota.Departure("man"), quota.Departure("man"),
                             quota.Appointment("man", reappointment=True,
                                               first_appointed=date(2019, 1, 1))]),
    ):  # fmt: skip
        result = quota.judge_meeting(before, events, on, subject="rvc")
        meetings.append(
            {
                "findings": [compact(finding) for finding in result.findings],
                "after": result.after.as_dict(),
                "void": list(result.void),
            }
        )
    return {
        "minimum_per_sex": [quota.minimum_per_sex(members) for members in range(31)],
        "shortfall": [list(quota.shortfall(board)) for board in boards],
        "classify": [
            quota.classify(men, women, unknown).value
            for men, women, unknown in itertools.product(range(3), repeat=3)
        ],
        "is_balanced": [
            quota.is_balanced(men, women, other)
            for men, women, other in itertools.product(range(5), range(5), range(3))
        ],
        "appointment_is_void": [
            quota.appointment_is_void(men, women, appointee, on=on, other=other)
            for men, women, other in itertools.product(range(4), range(4), range(2))
            for appointee in ("man", "woman")
        ],
        "check_balance": balance,
        "judge_appointment": appointments,
        "reappointment_and_edges": window,
        "judge_meeting": meetings,
    }


def _history(*figures: tuple[Any, Any, Any], first: int = 2020) -> list[dict[str, Any]]:
    return [
        {"balance_sheet_date": date(first + index, 12, 31), "total_assets": assets,
         "net_turnover": turnover, "employees": employees}
        for index, (assets, turnover, employees) in enumerate(figures)
    ]  # fmt: skip


def scope_cases() -> dict[str, Any]:
    """The scope: size over histories at the limits, the targets duty, the quota's reach."""
    from ingroeiquotum import scope
    from ingroeiquotum.company import (
        BoardModel,
        Company,
        FinancialYear,
        LegalForm,
        SizeFigures,
        Snapshot,
    )
    from ingroeiquotum.composition import Composition

    big_old = (20_000_001, 40_000_001, 250)  # above the old limits only
    big = (25_000_001, 50_000_001, 250)  # above the raised limits too
    at = (25_000_000, 50_000_000, 249)  # exactly at the raised limits: not above
    small = (1, 1, 1)
    two = (25_000_001, 1, 250)  # two of three above the raised limits
    one = (25_000_001, 1, 249)  # one of three
    unknown = (None, 50_000_001, None)
    histories = {
        "big_big": _history(big, big),
        "old_old_2023": _history(big_old, big_old, first=2022),
        "old_old_2024": _history(big_old, big_old, first=2023),
        "at_at": _history(at, at, first=2023),
        "two_two": _history(two, two, first=2023),
        "one_one": _history(one, one, first=2023),
        "small_big": _history(small, big, big, first=2021),
        "big_small_big": _history(big, big, small, big, first=2021),
        "big_small_small": _history(big, big, small, small, first=2021),
        "single": _history(big, first=2024),
        "unknown_big": _history(unknown, big, first=2023),
        "big_unknown": _history(big, unknown, first=2023),
        "unknown_unknown": _history(unknown, unknown, first=2023),
        "before_limits": _history(big, big, first=2014),
        "employees_249_250": _history((1, 50_000_001, 249), (1, 50_000_001, 250), first=2023),
    }
    size = {
        f"{name}:{row['balance_sheet_date'].isoformat()}:{opt_in}:{form}": compact(
            scope.judge_size(rows, row["balance_sheet_date"], opt_in_2023=opt_in, legal_form=form)
        )
        for name, rows in histories.items()
        for row in rows
        for opt_in in (False, True)
        for form in ("NV", "BV")
        if form == "BV" or row is rows[-1]
    }
    large = {
        name: [scope.is_large(rows, row["balance_sheet_date"]) for row in rows]
        for name, rows in histories.items()
    }
    exceeds = {}
    limits = scope._limits(date(2024, 1, 1), False)
    for values in itertools.product((None, 25_000_000, 25_000_001), (None, 50_000_000, 50_000_001),
                                    (None, 249, 250)):  # fmt: skip
        entry = scope.BalanceSheetDate(
            date(2024, 12, 31), date(2024, 1, 1),
            *(None if value is None else Decimal(value) for value in values),
        )  # fmt: skip
        exceeds[str(values)] = entry.exceeds(limits)

    def company(**kwargs: Any) -> Any:
        years = tuple(
            FinancialYear(date(year, 1, 1), date(year, 12, 31), SizeFigures(*big))
            for year in range(2020, 2032)
        )
        return Company("X", kwargs.pop("legal_form", "NV"), financial_years=years, **kwargs)

    duty = {}
    for name, options in {
        "nv": {},
        "bv": {"legal_form": "BV"},
        "listed": {"listed": True},
        "one_tier": {"board_model": BoardModel.ONE_TIER},
        "no_rvc": {"supervisory_board": False},
        "subtop": {"snapshots": (Snapshot("subtop:A", date(2024, 12, 31), Composition(1, 1)),)},
        "opt_in": {"opts_in_2023_limits": True},
    }.items():
        for year in (2021, 2022, 2024, 2029, 2030):
            duty[f"{name}:{year}"] = compact(scope.targets_duty(company(**options),
                                                                date(year, 12, 31)))  # fmt: skip
    missing = Company("X", "BV", financial_years=(
        FinancialYear(date(2023, 1, 1), date(2023, 12, 31)),
        FinancialYear(date(2024, 1, 1), date(2024, 12, 31), SizeFigures(*big))))  # fmt: skip
    duty["no_figures"] = compact(scope.targets_duty(missing, date(2024, 12, 31)))
    reach = {
        f"{form}:{listed}:{model.value}:{day.isoformat()}": compact(
            scope.quota_applies(Company("X", form, listed=listed, board_model=model), day)
        )
        for form in LegalForm
        for listed in (True, False)
        for model in BoardModel
        for day in EDGES
    }
    organs = {
        f"{listed}:{board}:{model.value}": list(
            scope.required_organs(
                Company("X", "NV", listed=listed, supervisory_board=board, board_model=model)
            )
        )
        for listed in (True, False)
        for board in (True, False)
        for model in BoardModel
    }
    starts = {
        "shifted": [
            {**row, "financial_year_start": row["balance_sheet_date"] - timedelta(days=180)}
            for row in _history(big, big, first=2023)
        ],
    }
    return {
        "judge_size": size,
        "is_large": large,
        "exceeds": exceeds,
        "targets_duty": duty,
        "quota_applies": reach,
        "required_organs": organs,
        "history_of": {
            name: [
                [entry.balance_sheet_date.isoformat(), entry.financial_year_start.isoformat()]
                for entry in scope.history_of(rows)
            ]
            for name, rows in {**histories, **starts}.items()
        },
    }


def deadline_cases() -> dict[str, Any]:
    """The deadline of the report to the SER: every month-end and a few other days, 2021-2030."""
    from ingroeiquotum import reporting

    ends = []
    for year in range(2021, 2031):
        for month in range(1, 13):
            first_next = date(year + (month == 12), month % 12 + 1, 1)
            ends.append(first_next - timedelta(days=1))
    ends += [date(2023, 4, 29), date(2024, 2, 28), date(2024, 2, 29), date(2023, 5, 15),
             date(2022, 1, 1), date(2029, 12, 30)]  # fmt: skip
    result = {}
    for end in ends:
        due = _error(reporting.deadline, end)
        result[end.isoformat()] = due.isoformat() if isinstance(due, date) else due
    return result


def dump() -> dict[str, Any]:
    """Every case, as plain data."""
    return {"quota": quota_cases(), "scope": scope_cases(), "deadline": deadline_cases()}


def render() -> str:
    """The golden file's text."""
    return json.dumps(dump(), indent=1, ensure_ascii=False, sort_keys=True, default=str) + "\n"


def main() -> int:
    """Write the golden file."""
    from regenerate_golden import write

    write(GOLDEN, render())
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    raise SystemExit(main())
