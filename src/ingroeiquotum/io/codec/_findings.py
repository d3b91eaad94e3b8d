"""
Findings as document bodies. :meth:`.Finding.as_dict` writes them (the law layer imports
nothing above it); reading one back needs the library's provisions and readings, so it lives
here, with the one :class:`~._reader.Reader` every document kind uses.
"""

from __future__ import annotations

import enum
import importlib
from collections.abc import Mapping
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from typing import Any

from ingroeiquotum import _validate
from ingroeiquotum.exceptions import InvalidArgument
from ingroeiquotum.io.codec._reader import Reader, day, flag, join, text, texts
from ingroeiquotum.law.citations import Citation, all_citations
from ingroeiquotum.law.findings import (
    _ENUM_MODULES,
    Confidence,
    Finding,
    Reading,
    _body,
)
from ingroeiquotum.law.readings import all_readings

write_finding = _body
"""The finding's body (its document without the envelope): :meth:`.Finding.as_dict` writes it."""


def _enum(field: str, name: str) -> type[enum.Enum]:
    module, _, qualname = name.rpartition(".")
    if module not in _ENUM_MODULES.values():
        raise InvalidArgument(field, name, "is not an enum of this library")
    kind = getattr(importlib.import_module(module), qualname, None)
    if not isinstance(kind, type) or not issubclass(kind, enum.Enum):
        raise InvalidArgument(field, name, "is not an enum of this library")
    return kind


_COLLECTIONS = {"tuple": tuple, "list": list, "set": set, "frozenset": frozenset}


def decode(field: str, value: Any, tag: Any) -> Any:
    """
    The fact ``value`` (at the path ``field``, under ``facts``) restored to the type ``tag``
    names; a tag this library does not write is a problem of ``fact_types``.
    """
    if tag is None:
        return value
    tag_field = "fact_types" + field.removeprefix("facts")
    if isinstance(tag, str):
        if not isinstance(value, str):
            raise InvalidArgument(field, value, f"must be text for the type {tag!r}")
        try:
            if tag == "date":
                return _validate.iso_date(field, value)
            if tag == "datetime":
                return datetime.fromisoformat(value)
            if tag == "fraction":
                return Fraction(value)
            if tag == "decimal":
                return Decimal(value)
        except (ValueError, ZeroDivisionError, InvalidOperation):
            raise InvalidArgument(field, value, f"is not a {tag}") from None
        if tag.startswith("enum:"):
            return _validate.member(_enum(tag_field, tag.removeprefix("enum:")), value, field)
    elif isinstance(tag, Mapping) and len(tag) == 1:
        ((name, tags),) = tag.items()
        if name in _COLLECTIONS:
            if not isinstance(value, list) or not isinstance(tags, list) or len(tags) != len(value):
                raise InvalidArgument(field, value, f"must be a list matching its type {tag!r}")
            items = [
                decode(f"{field}[{i}]", item, each)
                for i, (item, each) in enumerate(zip(value, tags, strict=True))
            ]
            return _COLLECTIONS[name](items)
        if name == "dict" and isinstance(value, Mapping) and isinstance(tags, Mapping):
            return {
                key: decode(f"{field}.{key}", item, tags.get(key)) for key, item in value.items()
            }
    raise InvalidArgument(tag_field, tag, "is not a type this library writes")


def read_facts(reader: Reader, fields: Mapping[str, Any], path: str) -> dict[str, Any] | None:
    """The ``facts`` of ``fields`` with their types from ``fact_types``."""
    data, types = fields["facts"], fields.get("fact_types", {})
    if not isinstance(data, Mapping):
        reader.fail(join(path, "facts"), data, "must be an object")
        return None
    if not isinstance(types, Mapping):
        reader.fail(join(path, "fact_types"), types, "must be an object")
        return None
    mark = reader.mark()
    for key in types:
        if key not in data:
            reader.fail(join(path, f"fact_types.{key}"), types[key], "names no fact")
    facts = {}
    for key, value in data.items():
        # decode names the problem by its full path under facts: attach it to the document's
        facts[key] = reader.build(path, decode, f"facts.{key}", value, types.get(key))
    return facts if reader.clean_since(mark) else None


def _read_citation(on: date | None) -> Any:
    def read(reader: Reader, data: object, path: str) -> Citation | None:
        if not isinstance(data, Mapping):
            reader.fail(path, data, "must be an object")
            return None
        if on is None:  # the date is bad, and reported: the links cannot be compared
            return None
        for citation in all_citations():
            if citation.as_dict(on) == data:
                return citation
        reader.fail(path, data.get("text"), "is not a provision this library knows")
        return None

    return read


def read_reading(reader: Reader, data: object, path: str) -> Reading | None:
    """A reading: one of the library's by its key, or a new one rebuilt from its fields."""
    fields = reader.fields(
        data,
        path,
        ("key", "summary", "confidence"),
        ("alternative", "source", "alternative_chosen"),
    )
    if fields is None:
        return None
    mark = reader.mark()
    key = reader.check(fields, "key", path, _key)
    summary = reader.check(fields, "summary", path, text)
    confidence: Confidence | None = reader.build(
        join(path, "confidence"), _validate.member, Confidence, fields["confidence"], "confidence"
    )
    known = next((each for each in all_readings() if each.key == key), None)
    alternative = reader.check(
        {"alternative": "" if known is None else known.alternative, **fields}, "alternative",
        path, text,
    )  # fmt: skip
    source = reader.check(
        {"source": "rule book" if known is None else known.source, **fields}, "source", path, text
    )
    chosen = reader.check({"alternative_chosen": False, **fields}, "alternative_chosen", path, flag)
    if not reader.clean_since(mark) or confidence is None:
        return None
    return Reading(key, summary, confidence, alternative, source, bool(chosen))


def _key(field: str, value: object) -> str:
    if not isinstance(value, str) or not value:
        raise InvalidArgument(field, value, "must be a non-empty string")
    return value


_REQUIRED = (
    "rule", "rule_version", "verdict", "on", "message", "subject", "facts", "citations",
    "readings", "missing", "notes", "advisory",
)  # fmt: skip


def read_finding(reader: Reader, data: object, path: str) -> Finding | None:
    """
    A finding: facts get back their types from ``fact_types``; citations are looked up among
    the provisions of :mod:`ingroeiquotum.law.citations`, readings among
    :mod:`ingroeiquotum.law.readings` (an unknown reading is rebuilt from its fields).
    """
    fields = reader.fields(data, path, _REQUIRED, ("fact_types", "confidence"))
    if fields is None:
        return None
    mark = reader.mark()
    on = reader.check(fields, "on", path, day)
    facts = read_facts(reader, fields, path)
    citations = reader.each(fields, "citations", path, _read_citation(on))
    applied = reader.each(fields, "readings", path, read_reading)
    missing = reader.check(fields, "missing", path, texts)
    notes = reader.check(fields, "notes", path, texts)
    advisory = reader.check(fields, "advisory", path, flag)
    if not reader.clean_since(mark):
        return None
    finding = reader.build(
        path, Finding, rule=fields["rule"], rule_version=fields["rule_version"],
        verdict=fields["verdict"], on=on, message=fields["message"], facts=facts,
        citations=citations, readings=applied, missing=missing, subject=fields["subject"],
        notes=notes, advisory=advisory,
    )  # fmt: skip
    if finding is None:
        return None
    written = fields.get("confidence", finding.confidence.value)
    if written != finding.confidence.value:
        reason = f"does not match the readings ({finding.confidence.value!r})"
        reader.fail(join(path, "confidence"), written, reason)
        return None
    return finding


def read_optional_finding(reader: Reader, data: object, path: str) -> Finding | None:
    return None if data is None else read_finding(reader, data, path)
