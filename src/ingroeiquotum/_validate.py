"""Small checks shared by the value objects; each raises the library's own exception."""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any, TypeVar

from ingroeiquotum.exceptions import InvalidArgument, InvalidCount, InvalidDate


def count(field: str, value: object) -> int:
    """``value`` as a count of people: an int (not a bool) of at least zero."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise InvalidCount(field, value)
    return value


def day(field: str, value: object) -> date:
    """``value`` as a calendar date (a ``datetime`` is refused: a time of day means nothing here)."""
    if isinstance(value, datetime) or not isinstance(value, date):
        raise InvalidDate(field, value)
    return value


def amount(field: str, value: object) -> Decimal:
    """``value`` as a finite amount of at least zero (int, float, Decimal or numeric string)."""
    if isinstance(value, bool):
        raise InvalidArgument(field, value, "must be a number of at least 0")
    try:
        number = Decimal(str(value)) if isinstance(value, int | float | str) else value
    except InvalidOperation:
        number = None
    if not isinstance(number, Decimal) or not number.is_finite() or number < 0:
        raise InvalidArgument(field, value, "must be a finite number of at least 0")
    return number


def attrs_count(instance: Any, attribute: Any, value: Any) -> None:
    """An attrs validator for :func:`count`."""
    count(attribute.name, value)


def attrs_day(instance: Any, attribute: Any, value: Any) -> None:
    """An attrs validator for :func:`day`."""
    day(attribute.name, value)


def attrs_optional_day(instance: Any, attribute: Any, value: Any) -> None:
    """An attrs validator for an optional :func:`day`."""
    if value is not None:
        day(attribute.name, value)


def sequence(field: str, value: object) -> tuple[Any, ...]:
    """``value`` as a tuple of its items: any iterable but a string, bytes or a mapping."""
    if isinstance(value, str | bytes | bytearray | Mapping) or not isinstance(value, Iterable):
        raise InvalidArgument(field, value, "must be a list or another sequence of items")
    return tuple(value)


def text(field: str, value: object) -> str:
    """``value`` as a string (possibly empty)."""
    if not isinstance(value, str):
        raise InvalidArgument(field, value, "must be a string")
    return value


def attrs_text(instance: Any, attribute: Any, value: Any) -> None:
    """An attrs validator for :func:`text`."""
    text(attribute.name, value)


_E = TypeVar("_E", bound=enum.Enum)


def member(
    cls: type[_E], value: object, field: str, error: type[InvalidArgument] = InvalidArgument
) -> _E:
    """
    The member of enum ``cls`` named by ``value``: a member, or its value as a string (case,
    surrounding white space, hyphens and spaces for underscores ignored). Anything else raises
    ``error`` naming ``field``, the value and the accepted values.
    """
    if isinstance(value, cls):
        return value
    if isinstance(value, str):
        text = value.strip().lower().replace("-", "_").replace(" ", "_")
        for candidate in cls:
            if str(candidate.value).lower() == text:
                return candidate
    names = ", ".join(repr(candidate.value) for candidate in cls)
    raise error(field, value, f"must be one of {names}")
