"""
The directive's objectives (art. 5) and the number of positions each needs (the annex's
rounding rule): the under-represented sex holds at least 40 % of the non-executive director
positions, or at least 33 % of all director positions, by 30 June 2026.

**Not verified**: the annex's table was not read. :func:`positions_needed` computes the numbers
from the rounding rule; the researchers' computed table for boards of 1 to 20 agrees with them.

>>> [positions_needed(n, "non_executive_40") for n in range(1, 11)]
[0, 0, 1, 1, 2, 2, 3, 3, 4, 4]

.. versionadded:: 0.1.0
"""

from __future__ import annotations

__all__ = [
    "OBJECTIVES_DUE",
    "Objective",
    "check_objective",
    "positions_needed",
]

import enum
from datetime import date
from fractions import Fraction
from typing import Any

from ingroeiquotum import _validate
from ingroeiquotum.exceptions import InvalidArgument
from ingroeiquotum.law import readings, rules
from ingroeiquotum.law.citations import EU_2022_2381_5, EU_2022_2381_ANNEX
from ingroeiquotum.law.eu.directive import _not_in_force
from ingroeiquotum.law.findings import Finding, Reading, Verdict
from ingroeiquotum.law.parameters import get as _parameter
from ingroeiquotum.model.composition import Composition
from ingroeiquotum.model.gender import Gender

OBJECTIVES_DUE: date = next(
    value.start for value in _parameter("women_on_boards.objectives_due").values if value.value
)
"""The date by which the objective of art. 5 is to be reached (from the dated parameter
``women_on_boards.objectives_due``)."""


class Objective(enum.Enum):
    """
    The two objectives of art. 5; a member state chooses one (which one the Netherlands will
    choose is not known).

    .. versionadded:: 0.1.0
    """

    NON_EXECUTIVE_40 = "non_executive_40"
    """At least 40 % of the non-executive director positions (with individual objectives for
    the executive directors)."""
    ALL_DIRECTORS_33 = "all_directors_33"
    """At least 33 % of all director positions, executive and non-executive together."""

    @classmethod
    def parse(cls, value: object, field: str = "objective") -> Objective:
        """
        The objective named by ``value``: a member or its value as a string.

        >>> Objective.parse("all_directors_33")
        <Objective.ALL_DIRECTORS_33: 'all_directors_33'>
        """
        return _validate.member(cls, value, field)

    @property
    def share(self) -> Fraction:
        """
        The objective's share of the positions (a dated parameter, read at the due date).

        >>> Objective.NON_EXECUTIVE_40.share, Objective.ALL_DIRECTORS_33.share
        (Fraction(2, 5), Fraction(33, 100))
        """
        key = (
            "women_on_boards.non_executive_share"
            if self is Objective.NON_EXECUTIVE_40
            else "women_on_boards.all_directors_share"
        )
        value: Fraction = _parameter(key).at(OBJECTIVES_DUE)
        return value


def positions_needed(positions: int, objective: Objective | str) -> int:
    """
    The number of ``positions`` the under-represented sex must hold to meet ``objective``
    (``"non_executive_40"`` or ``"all_directors_33"``).

    The directive's rule: the number closest to the objective's share of the positions, but
    not above 49 % of them; where two numbers are equally close (33 % of 50 or 150 positions)
    the library takes the higher (reading ``eu.rounding``). Computed, not read from the annex.

    >>> positions_needed(6, "non_executive_40"), positions_needed(9, "non_executive_40")
    (2, 4)
    >>> positions_needed(4, "non_executive_40")  # 2 of 4 would be 50 %, above 49 %
    1
    >>> positions_needed(50, "all_directors_33")  # 16.5: a tie, the higher number
    17

    Raises:
        InvalidCount: if ``positions`` is not a whole number of at least zero (a bool neither).
        InvalidArgument: if ``objective`` is not one of the two objectives.

    """
    count = _validate.count("positions", positions)
    goal = Objective.parse(objective)
    if count == 0:
        return 0
    maximum: Fraction = _parameter("women_on_boards.maximum_share").at(OBJECTIVES_DUE)
    target = _share(goal) * count
    closest = int(target + Fraction(1, 2))  # round half up: the higher of two equally close
    ceiling = int(maximum * count)  # the most positions not above 49 %
    return min(closest, ceiling)


def _share(goal: Objective) -> Fraction:
    """
    The objective's share as the reading ``eu.rounding`` takes it: 33 % as 33/100, or where its
    alternative is chosen as one third (40 % stays 40 %). The one place that decides it.
    """
    if (
        goal is Objective.ALL_DIRECTORS_33
        and readings.applies(readings.EU_ROUNDING).alternative_chosen
    ):
        return Fraction(1, 3)
    return goal.share


def _objectives_due(on: date) -> bool:
    due: bool = _parameter("women_on_boards.objectives_due").at(on)
    return due


# -- the objective --------------------------------------------------------------------------


def _optional_composition(field: str, value: object) -> Composition | None:
    if value is not None and not isinstance(value, Composition):
        raise InvalidArgument(field, value, "must be a Composition or None")
    return value


def _total(first: Composition, second: Composition) -> Composition:
    return Composition(
        first.men + second.men,
        first.women + second.women,
        first.other + second.other,
        first.unknown + second.unknown,
    )


def _best_minimum(composition: Composition) -> int:
    """The highest count of the smaller sex that some assignment of the unknown members gives."""
    men, women, unknown = composition.men, composition.women, composition.unknown
    return max(min(men + extra, women + unknown - extra) for extra in range(unknown + 1))


_OBJECTIVE_CITATIONS = (EU_2022_2381_5, EU_2022_2381_ANNEX)
_OBJECTIVE = rules.get("eu.objective")


def check_objective(
    executives: Composition | None,
    non_executives: Composition | None,
    on: date,
    *,
    objective: Objective | str = Objective.NON_EXECUTIVE_40,
    subject: str = "",
    two_tier: bool = False,
) -> Finding:
    """
    Whether the board meets the directive's ``objective`` on ``on`` (art. 5): the finding.

    ``executives`` and ``non_executives`` are the compositions of the executive and the
    non-executive directors; in a two-tier company (``two_tier``) the bestuur and the RvC
    (reading ``eu.two_tier_directors``). The 40 % objective counts the non-executive positions
    only, the 33 % objective all positions. ``NOT_APPLICABLE`` before 30 June 2026 (the facts
    still show where the board stands), ``CANNOT_DECIDE`` where members of unknown sex, or a
    missing composition, decide.

    >>> check_objective(None, Composition(4, 2), date(2026, 7, 1)).message
    'eu.objective_met'
    >>> both = check_objective(
    ...     Composition(3, 0), Composition(4, 2), date(2026, 7, 1), objective="all_directors_33"
    ... )
    >>> both.verdict.value, both.facts["positions"], both.facts["positions_needed"]
    ('not_compliant', 9, 3)
    """
    executives = _optional_composition("executives", executives)
    non_executives = _optional_composition("non_executives", non_executives)
    on = _validate.day("on", on)
    goal = Objective.parse(objective)
    _validate.text("subject", subject)
    _validate.flag("two_tier", two_tier)
    stopped = _not_in_force(_OBJECTIVE, on, _OBJECTIVE_CITATIONS, subject)
    if stopped is not None:
        return stopped
    applied: list[Reading] = [
        readings.EU_BENCHMARK,
        readings.applies(readings.EU_ROUNDING),
        readings.EU_OBJECTIVE_NOT_CHOSEN,
    ]
    if two_tier:
        # The reading eu.two_tier_directors: the RvC's members are the non-executive directors,
        # or where its alternative is chosen only the bestuur counts, and the RvC holds no
        # director positions. The one place that decides it.
        directors = readings.applies(readings.EU_TWO_TIER)
        applied.append(directors)
        if directors.alternative_chosen:
            non_executives = Composition(0, 0)
    organs = ("bestuur", "rvc") if two_tier else ("executive", "non_executive")
    needed_parts = (
        ((organs[1], non_executives),)
        if goal is Objective.NON_EXECUTIVE_40
        else ((organs[0], executives), (organs[1], non_executives))
    )
    absent = tuple(f"composition:{organ}" for organ, part in needed_parts if part is None)
    base: dict[str, Any] = {
        "objective": goal,
        "target_share": goal.share,
        "due_on": OBJECTIVES_DUE,
    }
    if absent:
        return _OBJECTIVE.finding(
            Verdict.CANNOT_DECIDE,
            on,
            "eu.composition_unknown",
            facts=base,
            citations=_OBJECTIVE_CITATIONS,
            readings=applied,
            missing=absent,
            subject=subject,
        )
    counted = Composition(0, 0)
    for _, part in needed_parts:
        assert part is not None
        counted = _total(counted, part)
    # The reading eu.other_is_neither_sex: people registered as neither sex hold positions, or
    # where its alternative is chosen are left out of their number. The one place that decides.
    other_reading = readings.applies(readings.EU_OTHER)
    positions = counted.members
    if counted.other and other_reading.alternative_chosen:
        positions -= counted.other
    needed = positions_needed(positions, goal)
    smaller = min(counted.men, counted.women)
    under: Gender | None = None
    if counted.men != counted.women:
        under = Gender.WOMAN if counted.women < counted.men else Gender.MAN
    facts: dict[str, Any] = {
        **base,
        **counted.as_dict(),
        "positions": positions,
        "positions_needed": needed,
        "under_represented": under,
        "under_represented_count": smaller,
        "under_represented_share": counted.share(Gender.WOMAN if under is None else under),
        "positions_missing": max(0, needed - smaller),
    }
    if counted.other:
        applied.append(other_reading)
    missing: tuple[str, ...] = ()
    if not _objectives_due(on):
        verdict, message = Verdict.NOT_APPLICABLE, "eu.objective_not_yet"
    elif positions == 0:
        verdict, message = Verdict.COMPLIANT, "eu.objective_no_positions"
    elif smaller >= needed:
        verdict, message = Verdict.COMPLIANT, "eu.objective_met"
    elif _best_minimum(counted) >= needed:
        verdict, message = Verdict.CANNOT_DECIDE, "eu.objective_unknown"
        missing = ("members_sex",)
    else:
        verdict, message = Verdict.NOT_COMPLIANT, "eu.objective_missed"
    return _OBJECTIVE.finding(
        verdict,
        on,
        message,
        facts=facts,
        citations=_OBJECTIVE_CITATIONS,
        readings=applied,
        missing=missing,
        subject=subject,
    )
