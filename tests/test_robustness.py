"""
Robustness: junk fed to every public function of ``quota`` and ``scope`` and to the
constructors of the value objects (python-stdnum's ``test_robustness``).

Two promises are checked for every argument and every piece of junk:

* the only exception that may escape is an :class:`IngroeiquotumError` (a ``TypeError`` or
  ``AttributeError`` from deep inside is a bug);
* junk that is not of the argument's type at all (a list for a composition, ``None`` for a
  date) is refused, not silently accepted ("computer says no" is better than a wrong answer
  that looks right).

Known bugs are marked ``xfail(strict=True)`` so that a fix shows up as an XPASS.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from ingroeiquotum import quota, scope
from ingroeiquotum.company import (
    BoardModel,
    Company,
    FinancialYear,
    LegalForm,
    SizeFigures,
)
from ingroeiquotum.composition import Composition, Seat
from ingroeiquotum.exceptions import IngroeiquotumError
from ingroeiquotum.gender import Gender
from ingroeiquotum.organs import Organ

ON = date(2024, 4, 18)
ROW = {
    "balance_sheet_date": date(2023, 12, 31),
    "total_assets": 1,
    "net_turnover": 1,
    "employees": 1,
}
HISTORY = [{**ROW, "balance_sheet_date": date(2022, 12, 31)}, ROW]
COMPANY = Company(
    "X",
    "NV",
    listed=True,
    financial_years=(FinancialYear(date(2023, 1, 1), date(2023, 12, 31), SizeFigures(1, 1, 1)),),
)

JUNK = {
    "none": None,
    "empty_str": "",
    "str": "abc",
    "iso_str": "2024-01-01",
    "float": 1.5,
    "nan": float("nan"),
    "inf": float("inf"),
    "huge": 10**100,
    "negative": -1,
    "true": True,
    "false": False,
    "empty_list": [],
    "list": [1, 2],
    "dict": {},
    "datetime": datetime(2024, 4, 18, 12, 0),
    "bytes": b"man",
}

# What each kind of argument accepts; any other junk must be refused.
ACCEPTS = {
    "count": lambda v: isinstance(v, int) and not isinstance(v, bool) and v >= 0,
    "amount": lambda v: (
        not isinstance(v, bool)
        and isinstance(v, int | float)
        and v == v
        and abs(v) != float("inf")
        and v >= 0
    ),
    "date": lambda v: isinstance(v, date) and not isinstance(v, datetime),
    "flag": lambda v: isinstance(v, bool),
    "text": lambda v: isinstance(v, str),
    "name": lambda v: isinstance(v, str) and bool(v.strip()),
    "optional_date": lambda v: v is None or (isinstance(v, date) and not isinstance(v, datetime)),
    "never": lambda v: False,  # no junk value is a valid Composition, Company, gender, ...
    "events": lambda v: v == [],  # an empty list of events is a valid (empty) meeting
}

# (name, callable, valid keyword arguments, {argument: kind})
CASES = [
    ("minimum_per_sex", quota.minimum_per_sex, {"members": 3}, {"members": "count"}),
    (
        "is_balanced",
        quota.is_balanced,
        {"men": 1, "women": 1, "other": 0},
        {"men": "count", "women": "count", "other": "count"},
    ),
    (
        "appointment_is_void",
        quota.appointment_is_void,
        {
            "men": 3,
            "women": 0,
            "appointee": "man",
            "on": ON,
            "other": 0,
            "reappointment": True,
            "first_appointed": date(2020, 1, 1),
        },
        {
            "men": "count",
            "women": "count",
            "appointee": "never",
            "on": "date",
            "other": "count",
            "reappointment": "flag",
            "first_appointed": "optional_date",
        },
    ),
    (
        "check_balance",
        quota.check_balance,
        {"composition": Composition(1, 1), "on": ON, "subject": "rvc"},
        {"composition": "never", "on": "date", "subject": "text"},
    ),
    (
        "judge_appointment",
        quota.judge_appointment,
        {
            "before": Composition(3, 0),
            "appointee": "man",
            "on": ON,
            "reappointment": False,
            "first_appointed": None,
            "exceptional_circumstances": False,
            "subject": "rvc",
        },
        {
            "before": "never",
            "appointee": "never",
            "on": "date",
            "reappointment": "flag",
            "first_appointed": "optional_date",
            "exceptional_circumstances": "flag",
            "subject": "text",
        },
    ),
    (
        "judge_meeting",
        quota.judge_meeting,
        {
            "before": Composition(3, 1),
            "events": [quota.Departure("man")],
            "on": ON,
            "subject": "rvc",
        },
        {"before": "never", "events": "events", "on": "date", "subject": "text"},
    ),
    (
        "judge_meeting_empty",
        quota.judge_meeting,
        {"before": Composition(3, 1), "events": [], "on": ON},
        {"before": "never", "on": "date"},
    ),
    ("shortfall", quota.shortfall, {"composition": Composition(1, 1)}, {"composition": "never"}),
    (
        "Appointment",
        quota.Appointment,
        {
            "gender": "man",
            "reappointment": False,
            "first_appointed": None,
            "exceptional_circumstances": False,
        },
        {
            "gender": "never",
            "reappointment": "flag",
            "first_appointed": "optional_date",
            "exceptional_circumstances": "flag",
        },
    ),
    ("Departure", quota.Departure, {"gender": "man"}, {"gender": "never"}),
    (
        "is_large",
        scope.is_large,
        {"history": HISTORY, "on": ROW["balance_sheet_date"], "opt_in_2023": False},
        {"history": "never", "on": "date", "opt_in_2023": "flag"},
    ),
    (
        "judge_size",
        scope.judge_size,
        {
            "history": HISTORY,
            "on": ROW["balance_sheet_date"],
            "opt_in_2023": False,
            "legal_form": "NV",
            "subject": "",
        },
        {
            "history": "never",
            "on": "date",
            "opt_in_2023": "flag",
            "legal_form": "never",
            "subject": "text",
        },
    ),
    ("history_of", scope.history_of, {"rows": HISTORY}, {"rows": "events"}),
    (
        "targets_duty",
        scope.targets_duty,
        {"company": COMPANY, "financial_year_end": date(2023, 12, 31)},
        {"company": "never", "financial_year_end": "date"},
    ),
    (
        "quota_applies",
        scope.quota_applies,
        {"company": COMPANY, "on": ON},
        {"company": "never", "on": "date"},
    ),
    (
        "BalanceSheetDate",
        scope.BalanceSheetDate,
        {
            "balance_sheet_date": date(2023, 12, 31),
            "financial_year_start": date(2023, 1, 1),
            "total_assets": None,
            "net_turnover": None,
            "employees": None,
        },
        {
            "balance_sheet_date": "date",
            "financial_year_start": "date",
            "total_assets": "optional_amount",
            "net_turnover": "optional_amount",
            "employees": "optional_amount",
        },
    ),
    (
        "Composition",
        Composition,
        {"men": 1, "women": 1, "other": 0, "unknown": 0},
        {"men": "count", "women": "count", "other": "count", "unknown": "count"},
    ),
    (
        "Composition.from_genders",
        Composition.from_genders,
        {"genders": ["man"]},
        {"genders": "events"},
    ),
    (
        "Composition.from_seats",
        Composition.from_seats,
        {"seats": [Seat("man", date(2020, 1, 1))], "on": ON},
        {"seats": "events", "on": "date"},
    ),
    (
        "Seat",
        Seat,
        {"gender": "man", "start": date(2020, 1, 1), "end": None, "first_appointed": None},
        {
            "gender": "never",
            "start": "date",
            "end": "optional_date",
            "first_appointed": "optional_date",
        },
    ),
    ("Gender.parse", Gender.parse, {"value": "man"}, {"value": "never"}),
    ("Organ", Organ, {"kind": "subtop", "name": "Managers"}, {"kind": "never", "name": "name"}),
    ("Organ.parse", Organ.parse, {"value": "rvc"}, {"value": "never"}),
    ("LegalForm.parse", LegalForm.parse, {"value": "NV"}, {"value": "never"}),
    ("BoardModel.parse", BoardModel.parse, {"value": "one_tier"}, {"value": "never"}),
    (
        "Company",
        Company,
        {
            "name": "X",
            "legal_form": "NV",
            "listed": False,
            "board_model": "two_tier",
            "financial_years": (),
            "opts_in_2023_limits": False,
        },
        {
            "name": "name",
            "legal_form": "never",
            "listed": "flag",
            "board_model": "never",
            "financial_years": "events",
            "opts_in_2023_limits": "flag",
        },
    ),
    (
        "FinancialYear",
        FinancialYear,
        {"start": date(2023, 1, 1), "end": date(2023, 12, 31), "figures": None},
        {"start": "date", "end": "date", "figures": "never_but_none"},
    ),
    (
        "SizeFigures",
        SizeFigures,
        {"total_assets": 1, "net_turnover": 1, "employees": 1},
        {"total_assets": "amount", "net_turnover": "amount", "employees": "amount"},
    ),
]
ACCEPTS["never_but_none"] = lambda v: v is None
ACCEPTS["optional_amount"] = lambda v: v is None or ACCEPTS["amount"](v)

NON_ITERABLE = ("none", "float", "nan", "inf", "huge", "negative", "true", "false", "datetime")

# Known bugs: (case, argument, junk) -> reason, marked xfail(strict=True) in the sweep.
# Found in the first run and since fixed in src (kept as regression tests, no longer marked):
# judge_meeting did not check `before`, `on`, `events` or `subject`; shortfall did not check
# its argument; judge_size/is_large iterated `history` before validating it; BalanceSheetDate
# had no validators; Composition.from_genders/from_seats and Company(financial_years=...)
# iterated junk unchecked; FinancialYear accepted any `figures`; `subject` was unchecked.
KNOWN_BUGS: dict[tuple[str, str, str], str] = {}


def _params():
    for name, function, valid, kinds in CASES:
        for argument, kind in kinds.items():
            for junk_id, junk in JUNK.items():
                marks = []
                reason = KNOWN_BUGS.get((name, argument, junk_id))
                if reason is not None:
                    marks.append(pytest.mark.xfail(strict=True, reason=reason))
                yield pytest.param(
                    function,
                    {**valid, argument: junk},
                    not ACCEPTS[kind](junk),
                    id=f"{name}-{argument}-{junk_id}",
                    marks=marks,
                )


@pytest.mark.parametrize(("function", "arguments", "must_refuse"), list(_params()))
def test_junk(function, arguments, must_refuse):
    """Junk raises only the library's errors, and type nonsense is refused."""
    try:
        function(**arguments)
    except IngroeiquotumError:
        return
    except Exception as error:
        pytest.fail(f"{type(error).__name__} escaped: {error}")
    if must_refuse:
        pytest.fail("junk accepted without an error")


def test_all_cases_call_cleanly():
    """Every case's valid arguments are accepted (the sweep varies one argument at a time)."""
    for _, function, valid, _ in CASES:
        function(**valid)


ROW_FIELDS = ("balance_sheet_date", "total_assets", "net_turnover", "employees")


@pytest.mark.parametrize("field", ROW_FIELDS)
@pytest.mark.parametrize("junk_id", [j for j in JUNK if j != "huge"])
def test_junk_in_history_rows(field, junk_id):
    """Junk inside a history row raises a library error (a LoadError) or is a valid figure."""
    rows = [HISTORY[0], {**ROW, field: JUNK[junk_id]}]
    try:
        scope.is_large(rows, ROW["balance_sheet_date"])
    except IngroeiquotumError:
        return
    except Exception as error:
        pytest.fail(f"{type(error).__name__} escaped: {error}")
    # accepted: it must have been a real figure (or None, an unknown figure)
    assert field != "balance_sheet_date"
    assert JUNK[junk_id] is None or ACCEPTS["amount"](JUNK[junk_id])


@pytest.mark.parametrize("junk_id", list(JUNK))
def test_junk_as_meeting_event(junk_id):
    """A junk event in a meeting is refused with a library error."""
    with pytest.raises(IngroeiquotumError):
        quota.judge_meeting(Composition(2, 2), [quota.Appointment("man"), JUNK[junk_id]], ON)


def _judge_junk_entries():
    entries = [
        scope.BalanceSheetDate(date(2022, 12, 31), date(2022, 1, 1), "abc", 1, 1),
        scope.BalanceSheetDate(date(2023, 12, 31), date(2023, 1, 1), "abc", 1, 1),
    ]
    return scope.judge_size(entries, date(2023, 12, 31))


def test_junk_balance_sheet_date_in_judge_size():
    """Junk figures in a BalanceSheetDate give a library error, not a TypeError in judge_size."""
    with pytest.raises(IngroeiquotumError):
        _judge_junk_entries()


def _targets_of_junk_years():
    years = (
        FinancialYear(date(2022, 1, 1), date(2022, 12, 31), "junk"),
        FinancialYear(date(2023, 1, 1), date(2023, 12, 31), "junk"),
    )
    return scope.targets_duty(Company("X", "BV", financial_years=years), date(2023, 12, 31))


def test_junk_figures_in_targets_duty():
    """A company whose year carries junk figures gives a library error, not AttributeError."""
    with pytest.raises(IngroeiquotumError):
        _targets_of_junk_years()


def test_too_many_unknown_members_is_a_library_error():
    """A board with hundreds of members of unknown sex is refused, not enumerated for ever."""
    with pytest.raises(IngroeiquotumError):
        quota.judge_appointment(Composition(1, 0, unknown=10**6), "man", ON)
