"""
The one reader of every document kind: it collects every problem with its dotted path
(``organs[0].composition.men``) instead of stopping at the first, refuses unknown keys and
reports missing ones, and reads the envelope (``schema``, ``schema_version``), old forms included.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from decimal import Decimal
from typing import Any, TypeVar

import attrs

from ingroeiquotum import _validate
from ingroeiquotum.exceptions import InvalidArgument, LoadError, RowError

_T = TypeVar("_T")

ENVELOPE = ("schema", "schema_version")
"""The keys of the one envelope every document has, in the order they are written."""


class Reader:
    """Reads a document, collecting every problem with its dotted path instead of stopping."""

    def __init__(self, version: str = "1.0") -> None:
        self.errors: list[RowError] = []
        self.version = version
        """The version of the document being read, from its envelope."""

    def fail(self, path: str, value: object, reason: str) -> None:
        """Note a problem at ``path`` (``document`` for the whole document)."""
        self.errors.append(RowError(None, path or "document", value, reason))

    def mark(self) -> int:
        """A mark to ask :meth:`clean_since` whether a part was read without problems."""
        return len(self.errors)

    def clean_since(self, mark: int) -> bool:
        """Whether no problem was noted since ``mark``."""
        return len(self.errors) == mark

    def fields(
        self, data: object, path: str, required: tuple[str, ...], optional: tuple[str, ...] = ()
    ) -> Mapping[str, Any] | None:
        """
        ``data`` as an object, noting each unknown key and each missing required key; ``None``
        if it is not an object or lacks a required key.
        """
        if not isinstance(data, Mapping):
            self.fail(path, data, "must be an object")
            return None
        known = {*required, *optional}
        for key in data:
            if key not in known:  # a key that is not text is named as text (JSON keys are)
                name = str(key) or '""'
                self.fail(f"{path}.{name}" if path else name, data[key], _UNKNOWN)
        missing = [key for key in required if key not in data]
        for key in missing:
            self.fail(join(path, key), None, "is missing")
        return None if missing else data

    def build(self, path: str, make: Callable[..., _T], *args: Any, **kwargs: Any) -> _T | None:
        """``make(*args, **kwargs)``, or ``None`` with its problems noted under ``path``."""
        try:
            return make(*args, **kwargs)
        except LoadError as error:
            for problem in error.errors:
                self.fail(_attach(path, problem.field), problem.value, problem.reason)
        except InvalidArgument as error:
            self.fail(_attach(path, error.field), error.value, error.reason)
        return None

    def check(self, data: Mapping[str, Any], key: str, path: str, kind: Callable[..., _T]) -> Any:
        """
        The value under ``key`` checked by ``kind`` (one of this module's checks, or a parser
        taking ``(field, value)``); ``None`` with the problem noted if it fails.
        """
        return self.build(join(path, key), kind, key, data.get(key))

    def items(self, data: Mapping[str, Any], key: str, path: str) -> list[Any]:
        """The array under ``key`` (empty, with the problem noted, if it is not an array)."""
        value = data.get(key, [])
        if not isinstance(value, list):
            self.fail(join(path, key), value, "must be an array")
            return []
        return value

    def each(
        self,
        data: Mapping[str, Any],
        key: str,
        path: str,
        read: Callable[[Reader, object, str], _T | None],
    ) -> list[_T] | None:
        """Every item of the array under ``key`` read by ``read``; ``None`` if one failed."""
        mark = self.mark()
        items = [
            read(self, item, f"{join(path, key)}[{index}]")
            for index, item in enumerate(self.items(data, key, path))
        ]
        if not self.clean_since(mark):
            return None
        return [item for item in items if item is not None]


_UNKNOWN = "is not a field of this schema"


def join(path: str, field: str) -> str:
    """The dotted path of ``field`` inside ``path``."""
    if not field:
        return path
    return f"{path}.{field}" if path else field


def _attach(path: str, field: str) -> str:
    """The path of a problem a value's constructor names ``field``: it may repeat the path's name."""
    last = path.rsplit(".", 1)[-1].split("[", 1)[0]
    return path if field == last else join(path, field)


# -- checks: each takes (field, value) and returns the value or raises InvalidArgument ------------


def day(field: str, value: object) -> date:
    """An ISO date string, as a date."""
    return _validate.iso_date(field, value)


def optional_day(field: str, value: object) -> date | None:
    """An ISO date string or null."""
    return None if value is None else day(field, value)


def amount(field: str, value: object) -> Decimal:
    """A decimal number written as a string."""
    if not isinstance(value, str):
        raise InvalidArgument(field, value, "must be a decimal number written as a string")
    return _validate.amount(field, value)


def text(field: str, value: object) -> str:
    """A string."""
    if not isinstance(value, str):
        raise InvalidArgument(field, value, "must be a string")
    return value


def optional_text(field: str, value: object) -> str | None:
    """A string or null."""
    if value is not None and not isinstance(value, str):
        raise InvalidArgument(field, value, "must be a string or null")
    return value


def flag(field: str, value: object) -> bool:
    """True or false."""
    if not isinstance(value, bool):
        raise InvalidArgument(field, value, "must be true or false")
    return value


def optional_flag(field: str, value: object) -> bool | None:
    """True, false or null."""
    if value is not None and not isinstance(value, bool):
        raise InvalidArgument(field, value, "must be true, false or null")
    return value


def optional_count(field: str, value: object) -> int | None:
    """A whole number from 0, or null."""
    return None if value is None else _validate.count(field, value)


def texts(field: str, value: object) -> list[str]:
    """An array of strings."""
    if not isinstance(value, list):
        raise InvalidArgument(field, value, "must be an array")
    for index, item in enumerate(value):
        if not isinstance(item, str):
            raise InvalidArgument(f"{field}[{index}]", item, "must be a string")
    return value


# -- the envelope --------------------------------------------------------------------------------


@attrs.frozen
class Kind:
    """
    One kind of document: its schema name, the type it holds, the version written, its writer
    and its reader, and the old envelope its documents of version 1 may have.

    ``legacy`` is ``"version"`` for the value objects (``{"schema", "version": 1}``) or
    ``"schema_version"`` for findings and reports (``"schema_version": "1.0"`` with no
    ``schema``); the old documents of the current version read as before.
    """

    name: str
    type: type
    version: str
    write: Callable[[Any], dict[str, Any]]
    read: Callable[[Reader, object, str], Any]
    legacy: str | None = None

    @property
    def short(self) -> str:
        """The name without ``ingroeiquotum.``, as in the file name of its JSON Schema."""
        return self.name.removeprefix("ingroeiquotum.")

    def document(self, value: Any) -> dict[str, Any]:
        """``value`` as a document of this kind, in the one envelope."""
        body = self.write(value)
        # a report carries the version it was read from (SerReport.schema_version)
        version = body.pop("schema_version", self.version)
        return {"schema": self.name, "schema_version": version, **body}


def open_envelope(
    data: object, source: str, kinds: Mapping[str, Kind], expected: Kind | None
) -> tuple[Kind, str, dict[str, Any]]:
    """
    The kind, version and body of ``data``, or a :class:`LoadError` listing the envelope's
    problems: a schema that is unknown (or not ``expected``), a version missing, malformed or
    newer than this library reads.
    """
    if not isinstance(data, Mapping):
        raise LoadError(source, [RowError(None, "document", data, "must be an object")])
    schema = data.get("schema")
    problems: list[RowError] = []
    kind = expected
    if "schema" in data or expected is None:
        choices = [expected] if expected is not None else list(kinds.values())
        matched = [each for each in choices if each.name == schema]
        if matched:
            kind = matched[0]
        else:
            names = ", ".join(repr(each.name) for each in sorted(choices, key=lambda k: k.name))
            problems.append(RowError(None, "schema", schema, f"must be one of {names}"))
            kind = None
    old = kind is not None and kind.legacy == "version" and "schema_version" not in data
    version: object
    if old and "version" in data:  # {"schema": ..., "version": 1}: the first envelope
        problems.extend(_validate.version_problems(data.get("version"), 1))
        version = "1.0"
        envelope = ("schema", "version")
    else:
        version = data.get("schema_version")
        limit = "1.0" if kind is None else kind.version
        problems.extend(_validate.version_problems(version, limit, "schema_version"))
        envelope = ENVELOPE
    if problems:
        raise LoadError(source, problems)
    assert kind is not None
    return kind, str(version), {key: value for key, value in data.items() if key not in envelope}
