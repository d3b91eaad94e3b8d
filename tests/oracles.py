"""
Oracles of the law shared by the rule tests: the answers worked out the slow, obvious way from
the rule book (exact fractions, every assignment of the members of unknown sex, the calendar),
never from the library's code; and the few builders those tests share.
"""

from __future__ import annotations

import calendar
import itertools
from datetime import date
from fractions import Fraction

import pytest

from ingroeiquotum import reporting
from ingroeiquotum.composition import Composition
from ingroeiquotum.targets import Target, TargetForm


def oracle_balanced(men: int, women: int, other: int = 0) -> bool:
    """At least one third men and at least one third women, in exact arithmetic."""
    members = men + women + other
    if members == 0:
        return True
    return Fraction(men, members) >= Fraction(1, 3) and Fraction(women, members) >= Fraction(1, 3)


def assignments(unknown: int, choices=("man", "woman", "other")):
    """Every way to give each of ``unknown`` people one of ``choices``, person by person."""
    return itertools.product(choices, repeat=unknown)


def completed(composition: Composition, assignment) -> tuple[int, int, int]:
    """The board with the unknown people assigned."""
    return (
        composition.men + assignment.count("man"),
        composition.women + assignment.count("woman"),
        composition.other + assignment.count("other"),
    )


SHARES = [
    Fraction(3, 10),
    Fraction(1, 3),
    Fraction(33, 100),
    Fraction(2, 5),
    Fraction(7, 20),
    Fraction(1, 2),
    Fraction(1, 4),
    Fraction(1, 10),
]


def each_sex(share: object, organ: str = "bestuur", **kwargs: object) -> Target:
    """An each-sex target ("at least ``share`` women and at least ``share`` men")."""
    kwargs.setdefault("target_year", 2027)
    return Target(organ, TargetForm.EACH_SEX, share, **kwargs)


MONTH_END_DEADLINES = {
    date(2023, 1, 31): date(2023, 11, 30),
    date(2023, 2, 28): date(2023, 12, 28),
    date(2023, 3, 31): date(2024, 1, 31),
    date(2023, 4, 30): date(2024, 2, 29),
    date(2023, 5, 31): date(2024, 3, 31),
    date(2023, 6, 30): date(2024, 4, 30),
    date(2023, 7, 31): date(2024, 5, 31),
    date(2023, 8, 31): date(2024, 6, 30),
    date(2023, 9, 30): date(2024, 7, 30),
    date(2023, 10, 31): date(2024, 8, 31),
    date(2023, 11, 30): date(2024, 9, 30),
    date(2023, 12, 31): date(2024, 10, 31),
    date(2024, 1, 31): date(2024, 11, 30),
    date(2024, 2, 29): date(2024, 12, 29),
    date(2024, 3, 31): date(2025, 1, 31),
    date(2024, 4, 30): date(2025, 2, 28),
    date(2024, 5, 31): date(2025, 3, 31),
    date(2024, 6, 30): date(2025, 4, 30),
    date(2024, 7, 31): date(2025, 5, 31),
    date(2024, 8, 31): date(2025, 6, 30),
    date(2024, 9, 30): date(2025, 7, 30),
    date(2024, 10, 31): date(2025, 8, 31),
    date(2024, 11, 30): date(2025, 9, 30),
    date(2024, 12, 31): date(2025, 10, 31),
}


def ten_months_later(day: date) -> date:
    """The rule book's deadline, computed with the calendar module only."""
    index = day.year * 12 + (day.month - 1) + 10
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def report_schema_validator():
    """A validator of the SER report's JSON Schema (the test is skipped without jsonschema)."""
    jsonschema = pytest.importorskip("jsonschema")
    jsonschema.Draft202012Validator.check_schema(reporting.schema())
    return jsonschema.Draft202012Validator(
        reporting.schema(), format_checker=jsonschema.FormatChecker()
    )
