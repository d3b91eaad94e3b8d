"""
Small checks shared by the value objects; each raises the library's own exception.

Every number is bounded on the way in, so that what is accepted prints, exports and computes
in bounded time (``docs/reference/exceptions.md`` gives the limits and why):

* a count of people (:func:`count`) is at most :data:`MAX_PEOPLE`;
* an amount (:func:`amount`: euros, or an average number of employees) is at most
  :data:`MAX_AMOUNT` with at most :data:`MAX_DECIMALS` decimal places;
* text read as a number is at most :data:`MAX_NUMBER_TEXT` characters long.

Numpy and pandas scalars are read without importing either library (the core does not depend
on them): a numpy scalar by its ``item()``, a ``pandas.Timestamp`` as the ``datetime`` it is, a
``numpy.datetime64`` by its value in microseconds; ``pd.NA``, ``NaT`` and NaN are refused like
any other value that is not a number or a date.
"""

from __future__ import annotations

import enum
import functools
import operator
from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any, TypeVar, cast

from ingroeiquotum.exceptions import InvalidArgument, InvalidCount, InvalidDate, LoadError, RowError

_T = TypeVar("_T")

MAX_PEOPLE = 10_000_000
"""
The largest count of people accepted (ten million): more than the workforce of any employer in
the world (the largest employs about two million), so no real board, subtop or workforce
reaches it, while every count prints in at most eight digits.
"""

MAX_AMOUNT = Decimal(10) ** 15
"""
The largest amount accepted (10**15 euros, a thousand trillion): ten times the world's yearly
output, far beyond any balance-sheet total or turnover of art. 2:397 BW.
"""

MAX_DECIMALS = 30
"""The most decimal places an amount may have (a float's shortest text needs fewer)."""

MAX_NUMBER_TEXT = 100
"""The longest text read as a number (``"1e-9999999"`` is refused by its exponent instead)."""


def plain(value: object) -> object:
    """
    ``value`` as a plain Python value where it is a numpy scalar (``numpy.int64(3)`` is ``3``,
    ``numpy.bool_(True)`` is ``True``), found by its type's module, without importing numpy;
    anything else (a ``numpy.datetime64`` too: see :func:`as_date`) as it is.
    """
    kind = type(value)
    if kind.__module__ == "numpy" and kind.__name__ != "datetime64":
        try:
            item = value.item()  # type: ignore[attr-defined]
        except Exception:  # not a scalar after all: leave it to the checks
            return value
        return item if type(item).__module__ == "builtins" else value
    return value


def missing(value: object) -> bool:
    """
    Whether ``value`` marks a missing value: ``None``, NaN (a float or quiet Decimal NaN, a
    numpy NaN), or pandas' ``NA`` and ``NaT`` (found by their type's name, without importing pandas).
    """
    if value is None:
        return True
    if isinstance(value, float):
        return value != value
    if isinstance(value, Decimal):
        return value.is_qnan()  # a signalling NaN is not a gap but an error
    kind = type(value)
    if kind.__name__ in ("NAType", "NaTType"):
        return True
    if kind.__module__ == "numpy":
        number = plain(value)
        return isinstance(number, float) and number != number
    return False


def count(field: str, value: object, maximum: int = MAX_PEOPLE) -> int:
    """
    ``value`` as a count of people: an int (not a bool) from 0 to ``maximum``
    (:data:`MAX_PEOPLE`). An integral numpy scalar, or any integral object (``operator.index``),
    counts as its int.
    """
    if type(value) is int and 0 <= value <= maximum:  # the usual case, at once
        return value
    if type(value) is not int:
        number = plain(value)
        if isinstance(number, bool):
            raise InvalidCount(field, value)
        if not isinstance(number, int):
            if isinstance(number, float | str | bytes | bytearray | Decimal):
                raise InvalidCount(field, value)
            try:
                number = operator.index(number)  # type: ignore[arg-type]
            except Exception:  # pd.NA, a hostile __index__: not a count
                raise InvalidCount(field, value) from None
        return _bounded_count(field, value, int(number), maximum)
    return _bounded_count(field, value, value, maximum)


def _bounded_count(field: str, value: object, number: int, maximum: int) -> int:
    if number < 0:
        raise InvalidCount(field, value)
    if number > maximum:
        raise InvalidCount(field, value, f"must be a whole number from 0 to {maximum:,}")
    return number


def as_date(value: object) -> date | None:
    """
    ``value`` as a calendar date, or ``None`` if it is not one: a ``date``, a ``datetime`` at
    midnight (a ``pandas.Timestamp`` is one), or a ``numpy.datetime64`` at midnight. ``NaT``
    and any other value are ``None``; a time of day other than midnight raises ``ValueError``.
    """
    if type(value) is date:
        return value
    if type(value).__name__ == "datetime64" and type(value).__module__ == "numpy":
        try:
            value = value.astype("datetime64[us]").item()  # type: ignore[attr-defined]
        except Exception:  # out of range: not a date
            return None
        if type(value) is date:
            return value
    if isinstance(value, datetime):
        if type(value).__name__ == "NaTType":
            return None
        try:
            midnight = (value.hour, value.minute, value.second, value.microsecond) == (0, 0, 0, 0)
            midnight = midnight and not getattr(value, "nanosecond", 0)
            day = date(value.year, value.month, value.day)
        except Exception:  # a datetime that does not behave as one
            return None
        if midnight is not True:
            raise ValueError("has a time of day")
        return day
    if isinstance(value, date):
        try:
            return date(value.year, value.month, value.day)
        except Exception:  # a date subclass that does not behave as one
            return None
    return None


def day(field: str, value: object) -> date:
    """
    ``value`` as a calendar date (:func:`as_date`: a ``date``, or a ``datetime``,
    ``pandas.Timestamp`` or ``numpy.datetime64`` at midnight; another time of day is refused,
    since a time of day means nothing here).
    """
    if type(value) is date:
        return value
    try:
        found = as_date(value)
    except ValueError:
        raise InvalidDate(field, value, "must be a date without a time of day") from None
    if found is None:
        raise InvalidDate(field, value)
    return found


def amount(field: str, value: object, maximum: Decimal | int = MAX_AMOUNT) -> Decimal:
    """
    ``value`` as a finite amount from 0 to ``maximum`` (:data:`MAX_AMOUNT`) with at most
    :data:`MAX_DECIMALS` decimal places: an int, float, Decimal or numeric string (of at most
    :data:`MAX_NUMBER_TEXT` characters), or a numpy number.
    """
    if type(value) is int and 0 <= value <= maximum:  # the usual case, at once
        return Decimal(value)
    number = plain(value)
    reason = "must be a finite number of at least 0"
    if isinstance(number, bool):
        raise InvalidArgument(field, value, "must be a number of at least 0")
    if isinstance(number, int):
        if not 0 <= number <= maximum:
            raise InvalidArgument(field, value, f"must be a number from 0 to {maximum:,}")
        return Decimal(number)
    if isinstance(number, str) and len(number) > MAX_NUMBER_TEXT:
        raise InvalidArgument(field, value, f"is longer than {MAX_NUMBER_TEXT} characters")
    try:
        found = Decimal(str(number)) if isinstance(number, float | str) else number
    except InvalidOperation:
        found = None
    if not isinstance(found, Decimal) or not found.is_finite() or found < 0:
        raise InvalidArgument(field, value, reason)
    if found > maximum:
        raise InvalidArgument(field, value, f"must be a number from 0 to {maximum:,}")
    exponent = found.as_tuple().exponent
    if isinstance(exponent, int) and exponent < -MAX_DECIMALS:
        raise InvalidArgument(field, value, f"must have at most {MAX_DECIMALS} decimal places")
    return found


def attrs_count(instance: Any, attribute: Any, value: Any) -> None:
    """
    An attrs validator for :func:`count` that takes a plain int only (a validator cannot
    convert: a field that takes numpy integers converts them with :func:`count` instead).
    """
    count(attribute.name, value)
    if not isinstance(value, int):
        raise InvalidCount(attribute.name, value)


def attrs_day(instance: Any, attribute: Any, value: Any) -> None:
    """
    An attrs validator for :func:`day` that takes a plain ``date`` only (a validator cannot
    convert: a field that takes pandas or numpy dates converts them with :func:`day` instead).
    """
    day(attribute.name, value)
    if isinstance(value, datetime) or not isinstance(value, date):
        raise InvalidDate(attribute.name, value)


def flag(field: str, value: object) -> bool:
    """``value`` as a yes or no: a bool or a numpy bool (not 1, 0 or text)."""
    answer = plain(value)
    if not isinstance(answer, bool):
        raise InvalidArgument(field, value, "must be True or False")
    return answer


def attrs_flag(instance: Any, attribute: Any, value: Any) -> None:
    """An attrs validator for :func:`flag` that takes a plain bool only."""
    if not isinstance(value, bool):
        raise InvalidArgument(attribute.name, value, "must be True or False")


def attrs_optional_flag(instance: Any, attribute: Any, value: Any) -> None:
    """An attrs validator for a yes, a no or ``None`` (not known)."""
    if value is not None and not isinstance(value, bool):
        raise InvalidArgument(attribute.name, value, "must be True, False or None")


def attrs_optional_count(instance: Any, attribute: Any, value: Any) -> None:
    """An attrs validator for an optional :func:`count`."""
    if value is not None:
        attrs_count(instance, attribute, value)


def attrs_optional_day(instance: Any, attribute: Any, value: Any) -> None:
    """An attrs validator for an optional :func:`day`."""
    if value is not None:
        attrs_day(instance, attribute, value)


def optional_day(field: str, value: object) -> date | None:
    """``None``, or ``value`` as a calendar date (:func:`day`)."""
    return None if value is None else day(field, value)


def sequence(field: str, value: object) -> tuple[Any, ...]:
    """``value`` as a tuple of its items: any iterable but a string, bytes or a mapping."""
    if type(value) is tuple:  # the usual case: already one
        return value
    if isinstance(value, str | bytes | bytearray | Mapping) or not isinstance(value, Iterable):
        raise InvalidArgument(field, value, "must be a list or another sequence of items")
    return tuple(value)


def instances(field: str, value: object, kind: type[_T]) -> tuple[_T, ...]:
    """``value`` as a tuple of ``kind`` (``field[i]`` names an item of another type)."""
    items = sequence(field, value)
    article = "an" if kind.__name__[0] in "AEIOU" else "a"
    for index, item in enumerate(items):
        if not isinstance(item, kind):
            raise InvalidArgument(f"{field}[{index}]", item, f"must be {article} {kind.__name__}")
    return items


def slot_setters(cls: type, *names: str) -> tuple[Callable[[Any, Any], None], ...]:
    """
    The setters of the slots ``names`` of the slotted class ``cls``: a value object's own
    ``__init__`` stores through them what it has checked, past the frozen class's
    ``__setattr__`` (which refuses) as ``object.__setattr__`` does, without looking each slot
    up by its name.
    """
    return tuple(cls.__dict__[name].__set__ for name in names)


def text(field: str, value: object) -> str:
    """``value`` as a string (possibly empty)."""
    if not isinstance(value, str):
        raise InvalidArgument(field, value, "must be a string")
    return value


def attrs_text(instance: Any, attribute: Any, value: Any) -> None:
    """An attrs validator for :func:`text`."""
    text(attribute.name, value)


_E = TypeVar("_E", bound=enum.Enum)


_MEMBER_TEXT = 64
"""The longest text whose member :func:`member` remembers (:func:`_named`)."""


def member(
    cls: type[_E], value: object, field: str, error: type[InvalidArgument] = InvalidArgument
) -> _E:
    """
    The member of enum ``cls`` named by ``value``: a member, or its value as a string (case,
    surrounding white space, hyphens and spaces for underscores ignored). Anything else raises
    ``error`` naming ``field``, the value and the accepted values.

    >>> Form = enum.Enum("Form", {"NV": "NV", "BV": "BV"})
    >>> member(Form, " nv ", "legal_form"), member(Form, Form.BV, "legal_form")
    (<Form.NV: 'NV'>, <Form.BV: 'BV'>)
    """
    if isinstance(value, cls):
        return value
    if isinstance(value, str):
        if type(value) is str and len(value) <= _MEMBER_TEXT:
            found = _named(cls, value)
        else:
            found = _find_member(cls, value)
        if found is not None:
            return cast(_E, found)
    names = ", ".join(repr(candidate.value) for candidate in cls)
    raise error(field, value, f"must be one of {names}")


def _find_member(cls: type[enum.Enum], value: str) -> enum.Enum | None:
    """The member of ``cls`` that ``value`` names, or ``None``."""
    text = value.strip().lower().replace("-", "_").replace(" ", "_")
    for candidate in cls:
        if str(candidate.value).lower() == text:
            return candidate
    return None


_named = functools.lru_cache(maxsize=1024)(_find_member)
"""
:func:`_find_member` remembered for short plain strings (:func:`member`): a model built from
many rows names the same few members ("NV", "two_tier") over and over. A bounded, thread-safe
cache; an enum's members never change.
"""


class _DuplicateKey(Exception):
    """A key given twice in one JSON object (``json`` would keep the last one silently)."""

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKey(key)
        result[key] = value
    return result


def json_document(text: str | bytes, source: str, *, parse_float: Any = None) -> Any:
    """
    The JSON document ``text`` (str, or bytes in UTF-8; a leading byte-order mark is ignored),
    strictly: a key given twice in one object is refused rather than resolved to the last one,
    and bytes that are not UTF-8 or text that is not JSON or is nested too deeply for the parser
    are a :class:`~.exceptions.LoadError` naming ``source``, never a ``json``, ``Unicode`` or
    ``RecursionError`` exception; so is an integer of more than 4,300 digits (Python's limit
    for converting text to int). Anything but str or bytes is an :class:`InvalidArgument`.
    """
    import json

    if not isinstance(text, str | bytes | bytearray):
        raise InvalidArgument("text", text, "must be a JSON document (str or bytes)")
    if isinstance(text, bytes | bytearray):
        try:
            text = bytes(text).decode("utf-8-sig")
        except UnicodeDecodeError as error:
            problem = RowError(None, "encoding", str(error), "is not UTF-8")
            raise LoadError(source, [problem]) from None
    try:
        return json.loads(
            text.removeprefix("\ufeff"), parse_float=parse_float, object_pairs_hook=_no_duplicates
        )
    except json.JSONDecodeError as error:
        near = error.doc[error.pos : error.pos + 20]
        raise LoadError(source, [RowError(error.lineno, "json", near, error.msg)]) from None
    except _DuplicateKey as error:
        problem = RowError(None, "json", error.key, "has a key given twice in one object")
        raise LoadError(source, [problem]) from None
    except RecursionError:
        raise LoadError(source, [RowError(None, "json", None, "is nested too deeply")]) from None
    except ValueError:  # an integer of more digits than Python converts (4,300)
        problem = RowError(None, "json", None, "has a number too long to read")
        raise LoadError(source, [problem]) from None


def version_problems(value: object, known: int | str, field: str = "version") -> list[RowError]:
    """
    What is wrong with the version of a document this library reads up to version ``known``:
    nothing, or one problem (missing, not a version, or newer than ``known``: the reader
    refuses to guess what a later version means). A version is a whole number from 1 where
    ``known`` is one, else text such as ``"1.0"`` (major and minor).
    """
    if isinstance(known, int):
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            return [RowError(None, field, value, "must be a whole number from 1")]
        newer = value > known
    else:
        parsed = _dotted(value)
        if parsed is None:
            reason = "is missing" if value is None else "is not a version such as '1.0'"
            return [RowError(None, field, value, reason)]
        newer = parsed > (_dotted(known) or (0, 0))
    if newer:
        reason = f"is newer than this library reads ({known}): upgrade ingroeiquotum"
        return [RowError(None, field, value, reason)]
    return []


def _dotted(value: object) -> tuple[int, int] | None:
    """``"1.0"`` as ``(1, 0)``; ``None`` for anything else."""
    if not isinstance(value, str):
        return None
    parts = value.split(".")
    if len(parts) != 2 or not all(part.isascii() and part.isdigit() for part in parts):
        return None
    return int(parts[0]), int(parts[1])


def iso_date(field: str, value: object) -> date:
    """
    ``value`` as a date: a date as :func:`day` takes it (a ``datetime`` only at midnight: a
    time of day means nothing here), or text in the form ``YYYY-MM-DD`` that names a day of the
    calendar, as data files hold it.
    """
    if not isinstance(value, str):
        try:
            found = as_date(value)
        except ValueError:
            raise InvalidDate(field, value, "must be a date without a time of day") from None
        if found is not None:
            return found
    elif len(value) == 10 and value[4] == value[7] == "-":
        digits = value[:4] + value[5:7] + value[8:]
        if digits.isascii() and digits.isdigit():
            try:
                return date.fromisoformat(value)
            except ValueError:
                raise InvalidDate(field, value, "is not a day of the calendar") from None
    raise InvalidDate(field, value, "must be a date as YYYY-MM-DD")
