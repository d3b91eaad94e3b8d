"""
The tables of the robustness tests (python-stdnum's ``test_robustness``): junk values, what each
kind of argument accepts, and the public functions of ``quota`` and ``scope`` and the value
objects' constructors with valid arguments and the kind of each argument.

``properties/test_robustness.py`` feeds junk to every argument; ``properties/test_rules_mutation.py``
checks that every refusal names the argument. The expectations (``ACCEPTS``) are written from the
argument types of the API contract, never from what the code does.
"""

from __future__ import annotations

from datetime import date, datetime

from ingroeiquotum import quota, scope
from ingroeiquotum.company import (
    BoardModel,
    Company,
    FinancialYear,
    LegalForm,
    SizeFigures,
)
from ingroeiquotum.composition import Composition, Seat
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
