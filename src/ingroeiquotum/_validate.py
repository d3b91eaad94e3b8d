"""Small checks shared by the value objects; each raises the library's own exception."""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any, TypeVar

from ingroeiquotum.exceptions import InvalidArgument, InvalidCount, InvalidDate, LoadError, RowError

_T = TypeVar("_T")


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


def flag(field: str, value: object) -> bool:
    """``value`` as a yes or no: a bool (not 1, 0 or text)."""
    if not isinstance(value, bool):
        raise InvalidArgument(field, value, "must be True or False")
    return value


def attrs_flag(instance: Any, attribute: Any, value: Any) -> None:
    """An attrs validator for :func:`flag`."""
    flag(attribute.name, value)


def attrs_optional_flag(instance: Any, attribute: Any, value: Any) -> None:
    """An attrs validator for a yes, a no or ``None`` (not known)."""
    if value is not None and not isinstance(value, bool):
        raise InvalidArgument(attribute.name, value, "must be True, False or None")


def attrs_optional_count(instance: Any, attribute: Any, value: Any) -> None:
    """An attrs validator for an optional :func:`count`."""
    if value is not None:
        count(attribute.name, value)


def attrs_optional_day(instance: Any, attribute: Any, value: Any) -> None:
    """An attrs validator for an optional :func:`day`."""
    if value is not None:
        day(attribute.name, value)


def sequence(field: str, value: object) -> tuple[Any, ...]:
    """``value`` as a tuple of its items: any iterable but a string, bytes or a mapping."""
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
    ``RecursionError`` exception. Anything but str or bytes is an :class:`InvalidArgument`.
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
    ``value`` as a date: a ``date`` (not a ``datetime``: a time of day means nothing here), or
    text in the form ``YYYY-MM-DD`` that names a day of the calendar, as data files hold it.
    """
    if isinstance(value, datetime):
        raise InvalidDate(field, value, "must be a date without a time of day")
    if isinstance(value, date):
        return value
    if isinstance(value, str) and len(value) == 10 and value[4] == value[7] == "-":
        digits = value[:4] + value[5:7] + value[8:]
        if digits.isascii() and digits.isdigit():
            try:
                return date.fromisoformat(value)
            except ValueError:
                raise InvalidDate(field, value, "is not a day of the calendar") from None
    raise InvalidDate(field, value, "must be a date as YYYY-MM-DD")
