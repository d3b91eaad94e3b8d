"""
Dated legal parameters (*wettelijke parameters met datum*).

Everything the law changes over time (the act's start and its lapse, the size limits, the
reporting period) is a :class:`Parameter`: a key, a description, a unit, and values that each
start on a date and cite their source. A rule asks for the value on the date its question is
about, never on today's date.

>>> from datetime import date
>>> at("quota.minimum_share", date(2024, 1, 1))
Fraction(1, 3)
>>> at("quota.minimum_share", date(2021, 12, 31))
Traceback (most recent call last):
...
ingroeiquotum.exceptions.NoRuleInForce: quota.minimum_share: is not in force yet on 2021-12-31
>>> at("quota.minimum_share", date(2030, 1, 1))
Traceback (most recent call last):
...
ingroeiquotum.exceptions.NoRuleInForce: quota.minimum_share: has lapsed on 2030-01-01
"""

from __future__ import annotations

__all__ = ["DatedValue", "Parameter", "SizeLimits", "all_parameters", "at", "get"]

from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from typing import Any

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
        _validate.day("on", on)
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


def all_parameters() -> Mapping[str, Parameter]:
    """
    Every parameter, by key.

    >>> sorted(all_parameters())[:2]
    ['act.in_force', 'quota.minimum_share']
    """
    from ingroeiquotum.law import _parameters_data

    return _parameters_data.PARAMETERS


class _UnknownParameter(InvalidArgument, KeyError):
    """An unknown parameter key: the library's own error, and a KeyError as documented."""

    __str__ = InvalidArgument.__str__


def get(key: str) -> Parameter:
    """
    The parameter named ``key``.

    Raises:
        KeyError: if there is no such parameter (an
            :class:`~ingroeiquotum.exceptions.InvalidArgument` too, naming the key).

    .. versionchanged:: 0.1.0
       A key that is not a string (unhashable, say) raises the same error, not a TypeError.
    """
    parameters = all_parameters()
    if isinstance(key, str) and key in parameters:
        return parameters[key]
    raise _UnknownParameter("key", key, "is not the key of a parameter")


def at(key: str, on: date) -> Any:
    """The value of parameter ``key`` on ``on`` (see :meth:`Parameter.at`)."""
    return get(key).at(on)
