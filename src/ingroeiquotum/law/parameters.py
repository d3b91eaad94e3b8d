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

__all__ = [
    "DatedValue",
    "InForce",
    "Parameter",
    "SizeLimits",
    "all_parameters",
    "at",
    "get",
    "in_force",
]

from collections.abc import Mapping
from datetime import date
from typing import Any

from ingroeiquotum.exceptions import InvalidArgument
from ingroeiquotum.law import _parameters_data
from ingroeiquotum.law.dated import DatedValue, InForce, Parameter, SizeLimits


def all_parameters() -> Mapping[str, Parameter]:
    """
    Every parameter, by key.

    >>> sorted(all_parameters())[:2]
    ['act.in_force', 'quota.minimum_share']
    """
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


def in_force(key: str, on: date) -> InForce:
    """
    Whether parameter ``key`` has a value on ``on``: the one in-force check every rule uses
    (the act, the quota, the reporting period, the directive), with the dates that decide it.

    >>> status = in_force("act.in_force", date(2030, 1, 1))
    >>> status.in_force, status.state, status.in_force_from, status.lapses_on
    (False, 'lapsed', datetime.date(2022, 1, 1), datetime.date(2030, 1, 1))
    >>> in_force("quota.minimum_share", date(2021, 12, 31)).state
    'not_yet'

    Raises:
        KeyError: if there is no such parameter (see :func:`get`).
        InvalidDate: if ``on`` is not a date.

    .. versionadded:: 0.2.0
    """
    return get(key).in_force(on)
