"""
The value classes of the dated legal parameters: no data, no lookup.

:mod:`._parameters_data` builds the parameters from these classes and :mod:`.parameters` looks
them up; both import this module, and neither imports the other's caller, so there is no
import circle.
"""

from __future__ import annotations

__all__ = ["DatedValue", "InForce", "Parameter", "SizeLimits"]

from datetime import date
from decimal import Decimal
from typing import Any, Literal

import attrs

from ingroeiquotum import _validate
from ingroeiquotum.exceptions import InvalidArgument, NoRuleInForce
from ingroeiquotum.law.citations import Citation


@attrs.frozen
class SizeLimits:
    """
    The three size criteria of art. 2:397 lid 1 BW for one period.

    A company *exceeds* a criterion when its balance-sheet total or net turnover is above the
    amount, or its average number of employees is at least ``employees``.

    .. versionadded:: 0.1.0
    """

    total_assets: Decimal
    net_turnover: Decimal
    employees: int


@attrs.frozen
class DatedValue:
    """
    One value of a parameter, valid from ``start`` until the next value starts.

    A ``None`` value means the rule has lapsed (been repealed) from ``start``.

    .. versionadded:: 0.1.0
    """

    start: date
    value: Any
    citation: Citation
    note: str = ""


def _check_values(instance: Parameter, attribute: attrs.Attribute[Any], values: Any) -> None:
    starts = [value.start for value in values]
    if not starts:
        raise InvalidArgument(instance.key, values, "a parameter needs at least one value")
    if starts != sorted(set(starts)):
        raise InvalidArgument(instance.key, starts, "start dates must be unique and in order")


@attrs.frozen
class Parameter:
    """
    A legal parameter whose value depends on the date.

    .. versionadded:: 0.1.0
    """

    key: str
    description: str
    unit: str
    values: tuple[DatedValue, ...] = attrs.field(validator=_check_values)
    last_verified_on: date

    def entry(self, on: date) -> DatedValue:
        """
        The dated value in force on ``on``.

        Raises:
            NoRuleInForce: before the first value, or from a ``None`` (lapsed) value on.
            InvalidDate: if ``on`` is not a date.

        """
        on = _validate.day("on", on)
        current: DatedValue | None = None
        for value in self.values:
            if value.start <= on:
                current = value
            else:
                break
        if current is None:
            raise NoRuleInForce(self.key, on, lapsed=False)
        if current.value is None:
            raise NoRuleInForce(self.key, on, lapsed=True)
        return current

    def periods(self) -> tuple[tuple[date, date | None], ...]:
        """
        The periods in which the parameter has a value: ``(start, end)`` pairs, ``end``
        exclusive and ``None`` for open-ended. For vectorised code that cannot call :meth:`at`
        per row.

        >>> from ingroeiquotum.law.parameters import get
        >>> get("quota.minimum_share").periods()
        ((datetime.date(2022, 1, 1), datetime.date(2030, 1, 1)),)
        """
        result: list[tuple[date, date | None]] = []
        for index, value in enumerate(self.values):
            if value.value is None:
                continue
            following = self.values[index + 1].start if index + 1 < len(self.values) else None
            if result and result[-1][1] == value.start:
                result[-1] = (result[-1][0], following)
            else:
                result.append((value.start, following))
        return tuple(result)

    def at(self, on: date) -> Any:
        """The value in force on ``on`` (see :meth:`entry`)."""
        return self.entry(on).value

    def in_force(self, on: date) -> InForce:
        """
        Whether the parameter has a value on ``on``, with the dates that decide it (see
        :class:`InForce`).

        Raises:
            InvalidDate: if ``on`` is not a date.
        """
        periods = self.periods()
        first = periods[0][0] if periods else self.values[0].start
        last = periods[-1][1] if periods else self.values[0].start
        try:
            self.entry(on)
        except NoRuleInForce as error:
            return InForce(self.key, on, False, error.lapsed, first, last)
        return InForce(self.key, on, True, False, first, last)


@attrs.frozen
class InForce:
    """
    Whether a dated parameter (the act, the quota, a directive) has a value on a day: the one
    answer to "is this rule in force", with the dates that decide it.

    ``lapsed`` tells, for a day not in force, whether it falls on or after the lapse (true) or
    before the entry into force (false). ``in_force_from`` is the first day with a value and
    ``lapses_on`` the day the last period ends (``None`` while open-ended).

    >>> from datetime import date
    >>> from ingroeiquotum.law.parameters import in_force
    >>> status = in_force("act.in_force", date(2021, 12, 31))
    >>> status.in_force, status.state, status.facts["in_force_from"]
    (False, 'not_yet', datetime.date(2022, 1, 1))

    .. versionadded:: 0.2.0
    """

    key: str
    on: date
    in_force: bool
    lapsed: bool
    in_force_from: date
    lapses_on: date | None

    @property
    def state(self) -> Literal["in_force", "not_yet", "lapsed"]:
        """``"in_force"``, ``"not_yet"`` (before the entry into force) or ``"lapsed"``."""
        if self.in_force:
            return "in_force"
        return "lapsed" if self.lapsed else "not_yet"

    @property
    def facts(self) -> dict[str, date | None]:
        """The dates that decide, as a finding's facts (``in_force_from``, ``lapses_on``)."""
        return {"in_force_from": self.in_force_from, "lapses_on": self.lapses_on}
