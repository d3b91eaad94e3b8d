"""
The plan of action (:mod:`ingroeiquotum.plan`): measures with their levers, organs and dates, and
the plan that gathers them (art. 2:166 lid 3 and 2:276 lid 3 BW leave the content to the company).
"""

from __future__ import annotations

from datetime import date

import pytest

from ingroeiquotum.exceptions import InvalidArgument, InvalidDate
from ingroeiquotum.organs import Organ
from ingroeiquotum.plan import Lever, Measure, Plan


def test_a_measure_takes_one_lever_or_several_by_name():
    """A lever by its value or as the enum, alone or in a collection: a set of levers."""
    assert frozenset({Lever.RECRUITMENT}) == Measure("Shortlists", "recruitment").levers
    both = Measure("Mentoring", [Lever.DEVELOPMENT, "retention"])
    assert frozenset({Lever.DEVELOPMENT, Lever.RETENTION}) == both.levers


def test_a_measure_works_on_at_least_one_lever():
    """No lever, or a name that is no lever, is refused by the field ``levers``."""
    for levers in ([], "nothing", [None]):
        with pytest.raises(InvalidArgument) as caught:
            Measure("Shortlists", levers)
        assert "levers" == caught.value.field


def test_a_measure_needs_a_description():
    """An empty or blank description is refused, naming the field."""
    for description in ("", "   ", None):
        with pytest.raises(InvalidArgument) as caught:
            Measure(description, "culture")
        assert ("description", "must be a non-empty string") == (
            caught.value.field,
            caught.value.reason,
        )


def test_organs_and_target_keys():
    """Organs are parsed (one or several); the targets served are keys, each a string."""
    measure = Measure("Shortlists", "recruitment", "subtop:Directors", serves=["rvc"])
    assert (Organ.parse("subtop:Directors"),) == measure.organs
    assert ("rvc",) == measure.serves
    with pytest.raises(InvalidArgument) as caught:
        Measure("Shortlists", "recruitment", serves=["rvc", 3])
    assert ("serves[1]", 3) == (caught.value.field, caught.value.value)


def test_a_measure_runs_between_its_dates_inclusive():
    """Start and end are inclusive; no start counts as started, no end as open-ended."""
    measure = Measure("Shortlists", "recruitment", start=date(2025, 1, 1), end=date(2025, 12, 31))
    assert (False, True, True, False) == tuple(
        measure.runs_on(day)
        for day in (date(2024, 12, 31), date(2025, 1, 1), date(2025, 12, 31), date(2026, 1, 1))
    )
    assert Measure("Open", "culture").runs_on(date(1900, 1, 1))


def test_a_measure_does_not_end_before_it_starts():
    """An end before the start is an InvalidDate naming ``end`` and the start."""
    with pytest.raises(InvalidDate) as caught:
        Measure("Shortlists", "recruitment", start=date(2025, 1, 2), end=date(2025, 1, 1))
    assert ("end", "must not be before start (2025-01-02)") == (
        caught.value.field,
        caught.value.reason,
    )


def test_a_plan_gathers_its_levers_and_the_measures_serving_a_target():
    """The plan's levers are every measure's; ``serving`` picks the measures by target key."""
    shortlists = Measure("Shortlists", "recruitment", serves=["rvc"])
    mentoring = Measure("Mentoring", ["development", "retention"], serves=["subtop:Directors"])
    plan = Plan([shortlists, mentoring], adopted_on=date(2024, 12, 10))
    assert frozenset({Lever.RECRUITMENT, Lever.DEVELOPMENT, Lever.RETENTION}) == plan.levers
    assert (shortlists,) == plan.serving("rvc")
    assert () == plan.serving("bestuur")
    with pytest.raises(InvalidArgument):
        Plan([shortlists, "Mentoring"])
