"""
The library's exceptions, in a module of their own so that every layer can import them.

Non-compliance is never an exception: it is a :class:`~ingroeiquotum.law.findings.Finding`.
Exceptions are for input the library cannot represent, and for asking a dated parameter
about a day on which it has no value.

>>> from ingroeiquotum import quota
>>> quota.minimum_per_sex(-1)
Traceback (most recent call last):
...
ingroeiquotum.exceptions.InvalidCount: members: must be a whole number of at least 0, got -1
"""

from __future__ import annotations

__all__ = [
    "IngroeiquotumError",
    "InvalidArgument",
    "InvalidCount",
    "InvalidDate",
    "InvalidGender",
    "LoadError",
    "NoRuleInForce",
    "RowError",
]

from collections.abc import Sequence
from typing import ClassVar

import attrs


class IngroeiquotumError(Exception):
    """
    The root of every exception this library raises on purpose.

    .. versionadded:: 0.1.0
    """


class InvalidArgument(IngroeiquotumError, ValueError):
    """
    An argument has a value the library cannot represent.

    It is a :class:`ValueError`, so ``except ValueError`` keeps working. ``field`` names the
    argument (or attribute) and ``value`` holds what was given.

    .. versionadded:: 0.1.0
    """

    message: ClassVar[str] = "is not valid"

    def __init__(self, field: str, value: object, message: str | None = None) -> None:
        self.field = field
        self.value = value
        self.reason = message if message is not None else self.message
        super().__init__(f"{field}: {self.reason}, got {value!r}")


class InvalidCount(InvalidArgument):
    """
    A count of people is not a whole number of at least zero, or does not add up.

    .. versionadded:: 0.1.0
    """

    message: ClassVar[str] = "must be a whole number of at least 0"


class InvalidDate(InvalidArgument):
    """
    A date is missing, of the wrong type, or in the wrong order.

    .. versionadded:: 0.1.0
    """

    message: ClassVar[str] = "must be a datetime.date"


class InvalidGender(InvalidArgument):
    """
    A gender is not one the library knows (``man``, ``woman``, ``other``, ``unknown``).

    .. versionadded:: 0.1.0
    """

    message: ClassVar[str] = "must be one of 'man', 'woman', 'other', 'unknown'"


@attrs.frozen
class RowError:
    """
    One problem in one row of a loaded source (``row`` is ``None`` for a document).

    .. versionadded:: 0.1.0
    """

    row: int | None
    field: str
    value: object
    reason: str

    def __str__(self) -> str:
        where = "" if self.row is None else f"row {self.row}, "
        return f"{where}{self.field}: {self.reason}, got {self.value!r}"


class LoadError(InvalidArgument):
    """
    A source (file, document, list of mappings) has one or more bad rows.

    ``errors`` lists every problem found, not only the first one.

    .. versionadded:: 0.1.0
    """

    message: ClassVar[str] = "has invalid rows"

    def __init__(self, source: str, errors: Sequence[RowError]) -> None:
        self.source = source
        self.errors = tuple(errors)
        lines = "\n".join(f"  {error}" for error in self.errors)
        count = len(self.errors)
        IngroeiquotumError.__init__(
            self, f"{source}: {count} problem{'s' if count != 1 else ''}:\n{lines}"
        )
        self.field = source
        self.value = self.errors
        self.reason = self.message


class NoRuleInForce(IngroeiquotumError, LookupError):
    """
    A dated legal parameter has no value on the day asked about.

    ``lapsed`` tells whether the rule has been repealed (true) or is not in force yet (false).
    Rules turn this into a "not applicable" finding; it reaches a caller only from
    :meth:`ingroeiquotum.law.parameters.Parameter.at`.

    .. versionadded:: 0.1.0
    """

    def __init__(self, key: str, on: object, *, lapsed: bool) -> None:
        self.key = key
        self.on = on
        self.lapsed = lapsed
        state = "has lapsed" if lapsed else "is not in force yet"
        super().__init__(f"{key}: {state} on {on}")
