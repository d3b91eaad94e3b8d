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

Every message builds, whatever the value: :func:`describe_value` shows it bounded (a huge
integer by its number of digits, long text cut with its length), never by a ``repr`` that
could fail or run long.
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
    "describe_value",
]

import contextlib
import functools
import importlib
import reprlib
from collections.abc import Sequence
from decimal import Decimal
from fractions import Fraction
from itertools import islice
from typing import Any, ClassVar, Literal

import attrs

_SHOWN_DIGITS = 50
"""An integer of up to this many digits is shown whole; a longer one by its number of digits."""
_SHOWN_CHARACTERS = 100
"""Text (or bytes) of up to this many characters is shown whole; longer text is cut."""
_SHOWN_OTHER = 200
"""The longest ``repr`` of any other value shown."""
_SHOWN_PROBLEMS = 20
"""The problems of a :class:`LoadError` listed in its message (``errors`` holds them all)."""


def _digits(value: int) -> str:
    """The number of decimal digits of ``value`` (exact below a million bits, else about)."""
    magnitude = abs(value)
    bits = magnitude.bit_length()
    # 2**(bits - 1) <= magnitude < 2**bits: the digits of the lower bound, or one more
    estimate = int(max(0, bits - 1) * 0.30102999566398120) + 1  # log10(2)
    if bits > 1_000_000:
        return f"about {estimate:,}"
    if magnitude >= _power_of_ten(estimate):
        estimate += 1
    return f"{estimate:,}"


@functools.lru_cache(maxsize=64)
def _power_of_ten(exponent: int) -> int:
    """``10**exponent``, kept: a source of many rows repeats the same huge number."""
    power: int = 10**exponent
    return power


class _Describe(reprlib.Repr):
    """:func:`reprlib.repr` made safe: bounded in length and time, and never failing."""

    def __init__(self) -> None:
        super().__init__()
        self.maxlevel = 3
        self.maxtuple = self.maxlist = self.maxset = self.maxfrozenset = self.maxdeque = 8
        self.maxdict = 8
        self.maxstring = _SHOWN_CHARACTERS
        self.maxother = _SHOWN_OTHER

    def repr_int(self, x: int, level: int) -> str:
        if -(10**_SHOWN_DIGITS) < x < 10**_SHOWN_DIGITS:
            return repr(x)
        sign = "a negative" if x < 0 else "an"
        return f"{sign} integer of {_digits(x)} digits"

    def repr_str(self, x: str, level: int) -> str:
        if len(x) <= _SHOWN_CHARACTERS:
            return repr(x)
        return f"{x[:_SHOWN_CHARACTERS]!r}... ({len(x):,} characters)"

    def repr_bytes(self, x: bytes, level: int) -> str:
        if len(x) <= _SHOWN_CHARACTERS:
            return repr(x)
        return f"{x[:_SHOWN_CHARACTERS]!r}... ({len(x):,} bytes)"

    def repr_bytearray(self, x: bytearray, level: int) -> str:
        return f"bytearray({self.repr_bytes(bytes(x[: _SHOWN_CHARACTERS + 1]), level)})"

    def repr_Decimal(self, x: Decimal, level: int) -> str:  # noqa: N802 (reprlib's naming)
        digits = len(x.as_tuple().digits)
        if digits <= _SHOWN_DIGITS:
            return repr(x)
        return f"a Decimal of {digits:,} digits (magnitude 1E{x.adjusted():+})"

    def repr_Fraction(self, x: Fraction, level: int) -> str:  # noqa: N802 (reprlib's naming)
        numerator, denominator = x.numerator, x.denominator
        limit = 10**_SHOWN_DIGITS
        if -limit < numerator < limit and denominator < limit:
            return repr(x)
        return f"a Fraction of {_digits(numerator)} digits over {_digits(denominator)} digits"

    def repr_set(self, x: set[object], level: int) -> str:
        return self._repr_unsorted(x, level, "{", "}", "set()")

    def repr_frozenset(self, x: frozenset[object], level: int) -> str:
        return self._repr_unsorted(x, level, "frozenset({", "})", "frozenset()")

    def _repr_unsorted(
        self, x: set[object] | frozenset[object], level: int, left: str, right: str, empty: str
    ) -> str:
        if not x:
            return empty
        items: list[object] = list(islice(x, 1000))
        if len(x) <= 1000:  # sorted where the items compare (a set's order is per process)
            with contextlib.suppress(Exception):
                items = sorted(items)  # type: ignore[type-var]
        if level <= 0:
            return f"{left}...{right}"
        pieces = [self.repr1(item, level - 1) for item in items[: self.maxset]]
        if len(x) > self.maxset:
            pieces.append("...")
        return left + ", ".join(pieces) + right

    def repr_dict(self, x: dict[object, object], level: int) -> str:
        if not x:
            return "{}"
        if level <= 0:
            return "{...}"
        pieces = [
            f"{self.repr1(key, level - 1)}: {self.repr1(value, level - 1)}"
            for key, value in islice(x.items(), self.maxdict)
        ]
        if len(x) > self.maxdict:
            pieces.append("...")
        return "{" + ", ".join(pieces) + "}"

    def repr_instance(self, x: object, level: int) -> str:
        try:
            text = repr(x)
        except Exception:  # a repr that fails: name the type only
            return f"<{type(x).__name__} object>"
        if not isinstance(text, str):
            return f"<{type(x).__name__} object>"
        if len(text) > _SHOWN_OTHER:
            return f"{text[:_SHOWN_OTHER]}... ({len(text):,} characters)"
        return text


_DESCRIBE = _Describe()


def describe_value(value: object) -> str:
    """
    ``value`` as an error message shows it: its ``repr`` where that is short, else a bounded
    description. It never raises and takes time bounded by the size of what it shows: an
    integer of more than 50 digits is shown by its number of digits, text of more than 100
    characters is cut and its length given, a container shows its first 8 items.

    >>> describe_value(-1), describe_value("30%")
    ('-1', "'30%'")
    >>> describe_value(10**5000)
    'an integer of 5,001 digits'
    >>> describe_value("a" * 5000)[-22:]
    '... (5,000 characters)'

    .. versionadded:: 0.2.0
    """
    try:
        return _DESCRIBE.repr(value)
    except Exception:  # whatever the value does, the message builds
        return f"<{type(value).__name__} object>"


def _cut(reason: object) -> str:
    """A reason as a message shows it: cut where it is longer than 500 characters."""
    text = reason if isinstance(reason, str) else describe_value(reason)
    return text if len(text) <= 500 else f"{text[:500]}..."


def _field(field: object) -> str:
    """A field name as a message shows it: cut where it is longer than 200 characters."""
    text = field if isinstance(field, str) else describe_value(field)
    return text if len(text) <= _SHOWN_OTHER else f"{text[:_SHOWN_OTHER]}..."


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
        reason = _cut(self.reason)
        super().__init__(f"{_field(field)}: {reason}, got {describe_value(value)}")


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
        reason = _cut(self.reason)
        return f"{where}{_field(self.field)}: {reason}, got {describe_value(self.value)}"


class LoadError(InvalidArgument):
    """
    A source (file, document, list of mappings) has one or more bad rows.

    ``errors`` lists every problem found, not only the first one; the message lists the first
    20 of them and counts the rest.

    .. versionadded:: 0.1.0
    """

    message: ClassVar[str] = "has invalid rows"

    def __init__(self, source: str, errors: Sequence[RowError]) -> None:
        self.source = source
        self.errors = tuple(errors)
        count = len(self.errors)
        lines = [f"  {error}" for error in self.errors[:_SHOWN_PROBLEMS]]
        if count > _SHOWN_PROBLEMS:
            lines.append(f"  ... and {count - _SHOWN_PROBLEMS:,} more")
        problems = "\n".join(lines)
        IngroeiquotumError.__init__(
            self, f"{_field(source)}: {count} problem{'s' if count != 1 else ''}:\n{problems}"
        )
        self.field = source
        self.value = self.errors
        self.reason = self.message

    def errors_table(self) -> list[dict[str, object]]:
        """
        Every problem as a row: ``line`` (``None`` for the whole source), ``field``,
        ``value`` (as the source gave it) and ``reason``, in the order found.

        >>> error = LoadError("staff.csv", [RowError(2, "men", "six", "must be a whole number")])
        >>> error.errors_table()
        [{'line': 2, 'field': 'men', 'value': 'six', 'reason': 'must be a whole number'}]

        .. versionadded:: 0.3.0
        """
        return errors_table(self.errors)

    def errors_frame(self, library: Literal["pandas", "polars"] = "pandas") -> Any:
        """
        The problems of :meth:`errors_table` as a pandas or polars DataFrame (values as text,
        so that a column holds one type).

        .. versionadded:: 0.3.0
        """
        return errors_frame(self.errors, library)


def errors_table(errors: Sequence[RowError]) -> list[dict[str, object]]:
    """``errors`` as rows of ``line``, ``field``, ``value`` and ``reason``."""
    return [
        {"line": error.row, "field": error.field, "value": error.value, "reason": error.reason}
        for error in errors
    ]


def _as_text(value: object) -> str | None:
    """A value as a table cell shows it: its text, or its description if that is too long."""
    if value is None:
        return None
    try:
        text = value if isinstance(value, str) else str(value)
    except Exception:  # whatever the value does, the table builds
        return describe_value(value)
    return text if len(text) <= _SHOWN_OTHER else describe_value(value)


def errors_frame(errors: Sequence[RowError], library: str = "pandas") -> Any:
    """``errors`` as a DataFrame of ``library`` (``"pandas"`` or ``"polars"``)."""
    if library not in ("pandas", "polars"):
        raise InvalidArgument("library", library, "must be 'pandas' or 'polars'")
    try:
        module = importlib.import_module(library)
    except ImportError:
        raise InvalidArgument(
            "library", library, f"is not installed: pip install {library}"
        ) from None
    columns: dict[str, list[object]] = {
        "line": [error.row for error in errors],
        "field": [error.field for error in errors],
        "value": [_as_text(error.value) for error in errors],
        "reason": [error.reason for error in errors],
    }
    if library == "pandas":
        frame = module.DataFrame(columns)
        frame["line"] = frame["line"].astype("Int64")
        return frame
    schema = {
        "line": module.Int64,
        "field": module.String,
        "value": module.String,
        "reason": module.String,
    }
    return module.DataFrame(columns, schema=schema)


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
        super().__init__(f"{_field(key)}: {state} on {_on(on)}")


def _on(value: object) -> str:
    """A day as :class:`NoRuleInForce` shows it: its text, bounded."""
    try:
        text = str(value)
    except Exception:  # whatever the value does, the message builds
        return describe_value(value)
    return text if len(text) <= _SHOWN_OTHER else describe_value(value)
