"""
Value objects as plain, versioned documents (the edge layer): the facts a caller gives the
library, each on its own or inside the one that holds it. A :class:`~.company.Company` (with
its financial years, size figures, snapshots and seats: :class:`~.company.FinancialYear`,
:class:`~.company.SizeFigures`, :class:`~.company.Snapshot`, :class:`~.composition.Seat`), a
:class:`~.composition.Composition`, a :class:`~.targets.Target`, a :class:`~.plan.Plan` (with
its :class:`~.plan.Measure` objects), and the :class:`~.quota.Appointment` and
:class:`~.quota.Departure` of a general meeting. Findings and reports have their own versioned
documents (:meth:`.Finding.as_dict`, :func:`.reporting.report_to_dict`); what the library
derives from these facts (projections, succession plans) is computed again from them.

Each document is an envelope ``{"schema": "ingroeiquotum.<kind>", "version": 1, ...}`` of
JSON-ready data: dates as ISO strings, amounts as decimal strings (``"25000000.50"``), shares as
exact fractions (``"33/100"``), enums by their values. :func:`from_dict` reads it back to an
equal object, and refuses a document of another schema, of a newer version, or with a missing,
unknown or bad field, listing every problem in one :class:`~.exceptions.LoadError`.

>>> from ingroeiquotum.composition import Composition
>>> to_dict(Composition(men=4, women=2))
{'schema': 'ingroeiquotum.composition', 'version': 1, 'men': 4, 'women': 2, 'other': 0, 'unknown': 0}
>>> from_dict(to_dict(Composition(4, 2))) == Composition(4, 2)
True
>>> from_dict({"schema": "ingroeiquotum.composition", "version": 2, "men": 4, "women": 2})
Traceback (most recent call last):
...
ingroeiquotum.exceptions.LoadError: <data>: 1 problem:
  version: is newer than this library reads (1): upgrade ingroeiquotum, got 2

.. versionadded:: 0.1.0
"""

from __future__ import annotations

__all__ = [
    "SCHEMAS",
    "SCHEMA_VERSION",
    "ValueObject",
    "finding_from_dict",
    "from_dict",
    "from_json",
    "to_dict",
    "to_json",
]

import enum
import importlib
import json
from collections.abc import Callable, Mapping
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from types import MappingProxyType
from typing import Any, TypeAlias, TypeVar

from ingroeiquotum import _validate
from ingroeiquotum.exceptions import InvalidArgument, LoadError, RowError
from ingroeiquotum.law.bw2.quota import Appointment, Departure
from ingroeiquotum.law.bw2.targets import Target
from ingroeiquotum.law.citations import Citation, all_citations
from ingroeiquotum.law.findings import (
    _ENUM_MODULES,
    FINDING_SCHEMA_VERSION,
    Confidence,
    Finding,
    Reading,
)
from ingroeiquotum.law.readings import all_readings
from ingroeiquotum.model.company import Company, FinancialYear, SizeFigures, Snapshot
from ingroeiquotum.model.composition import Composition, Seat
from ingroeiquotum.model.plan import Measure, Plan

SCHEMA_VERSION = 1
"""The version of the documents :func:`to_dict` writes and :func:`from_dict` reads."""

_T = TypeVar("_T")


# -- writing ------------------------------------------------------------------------------------


def _iso(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _composition(value: Composition) -> dict[str, Any]:
    return value.as_dict()


def _figures(value: SizeFigures) -> dict[str, str]:
    return {
        "total_assets": str(value.total_assets),
        "net_turnover": str(value.net_turnover),
        "employees": str(value.employees),
    }


def _seat(value: Seat) -> dict[str, Any]:
    return {
        "gender": value.gender.value,
        "start": value.start.isoformat(),
        "end": _iso(value.end),
        "first_appointed": _iso(value.first_appointed),
        "promoted": value.promoted,
    }


def _year(value: FinancialYear) -> dict[str, Any]:
    return {
        "start": value.start.isoformat(),
        "end": value.end.isoformat(),
        "figures": None if value.figures is None else _figures(value.figures),
    }


def _snapshot(value: Snapshot) -> dict[str, Any]:
    return {
        "organ": str(value.organ),
        "on": value.on.isoformat(),
        "composition": _composition(value.composition),
    }


def _appointment(value: Appointment) -> dict[str, Any]:
    return {
        "gender": value.gender.value,
        "reappointment": value.reappointment,
        "first_appointed": _iso(value.first_appointed),
        "exceptional_circumstances": value.exceptional_circumstances,
    }


def _departure(value: Departure) -> dict[str, Any]:
    return {"gender": value.gender.value}


def _company(value: Company) -> dict[str, Any]:
    return {
        "name": value.name,
        "legal_form": value.legal_form.value,
        "listed": value.listed,
        "board_model": value.board_model.value,
        "sector": value.sector,
        "kvk": value.kvk,
        "opts_in_2023_limits": value.opts_in_2023_limits,
        "supervisory_board": value.supervisory_board,
        "financial_years": [_year(year) for year in value.financial_years],
        "snapshots": [_snapshot(snapshot) for snapshot in value.snapshots],
        "seats": [
            {"organ": str(organ), "seats": [_seat(seat) for seat in seats]}
            for organ, seats in value.seats
        ],
    }  # fmt: skip


def _target(value: Target) -> dict[str, Any]:
    return {
        "organ": str(value.organ),
        "form": value.form.value,
        "value": value.value if isinstance(value.value, int) else str(value.value),
        "target_year": value.target_year,
        "base_year": value.base_year,
        "flow": value.flow.value,
        "joint_with": None if value.joint_with is None else str(value.joint_with),
        "set_on": _iso(value.set_on),
    }


def _measure(value: Measure) -> dict[str, Any]:
    return {
        "description": value.description,
        "levers": sorted(lever.value for lever in value.levers),
        "organs": [str(organ) for organ in value.organs],
        "owner": value.owner,
        "start": _iso(value.start),
        "end": _iso(value.end),
        "effect": value.effect,
        "serves": list(value.serves),
    }


def _plan(value: Plan) -> dict[str, Any]:
    return {
        "adopted_on": _iso(value.adopted_on),
        "measures": [_measure(measure) for measure in value.measures],
    }


ValueObject: TypeAlias = (
    Appointment | Company | Composition | Departure | FinancialYear | Measure | Plan | Seat
    | SizeFigures | Snapshot | Target
)  # fmt: skip
"""The value objects :func:`to_dict` writes and :func:`from_dict` reads (see :data:`SCHEMAS`)."""


def to_dict(value: ValueObject) -> dict[str, Any]:
    """
    ``value`` as a plain, JSON-ready document with its schema and version.

    >>> to_dict(Seat("woman", date(2024, 5, 1)))["start"]
    '2024-05-01'

    Raises:
        InvalidArgument: for anything but one of the value objects of :data:`SCHEMAS`.

    .. versionadded:: 0.1.0
    """
    known = _KINDS.get(type(value))
    if known is None:
        names = ", ".join(sorted(kind.__name__ for kind in _KINDS))
        raise InvalidArgument("value", value, f"must be one of {names} to be written")
    schema, write, _ = known
    return {"schema": schema, "version": SCHEMA_VERSION, **write(value)}


def to_json(value: ValueObject, *, indent: int | None = 2) -> str:
    """``value`` as a JSON document (see :func:`to_dict`), keys in a fixed order."""
    text: str = json.dumps(to_dict(value), ensure_ascii=False, indent=indent)
    return text


# -- reading ------------------------------------------------------------------------------------


class _Reader:
    """Reads a document, collecting every problem with its dotted path instead of stopping."""

    def __init__(self) -> None:
        self.errors: list[RowError] = []

    def fail(self, path: str, value: object, reason: str) -> None:
        self.errors.append(RowError(None, path or "document", value, reason))

    def fields(
        self, data: object, path: str, required: tuple[str, ...], optional: tuple[str, ...] = ()
    ) -> Mapping[str, Any] | None:
        """
        ``data`` as an object, noting unknown and missing keys; ``None`` if it is not an
        object or lacks a required key.
        """
        if not isinstance(data, Mapping):
            self.fail(path, data, "must be an object")
            return None
        known = {*required, *optional}
        for key in data:
            if key not in known:
                self.fail(_join(path, str(key)), data[key], "is not a field of this schema")
        missing = [key for key in required if key not in data]
        for key in missing:
            self.fail(_join(path, key), None, "is missing")
        return None if missing else data

    def build(self, path: str, make: Callable[..., _T], *args: Any, **kwargs: Any) -> _T | None:
        """``make(*args, **kwargs)``, or ``None`` with its problem noted under ``path``."""
        try:
            return make(*args, **kwargs)
        except LoadError as error:
            for problem in error.errors:
                self.fail(_join(path, problem.field), problem.value, problem.reason)
        except InvalidArgument as error:
            field = "" if error.field == path.rsplit(".", 1)[-1] else error.field
            self.fail(_join(path, field), error.value, error.reason)
        return None

    def items(self, data: Mapping[str, Any], key: str, path: str) -> list[Any]:
        """The array under ``key`` (empty, with the problem noted, if it is not an array)."""
        value = data.get(key)
        if not isinstance(value, list):
            if key in data:  # a missing key is reported by fields()
                self.fail(_join(path, key), value, "must be an array")
            return []
        return value


def _join(path: str, field: str) -> str:
    if not field:
        return path
    return f"{path}.{field}" if path else field


_date = _validate.iso_date


def _optional_date(field: str, value: object) -> date | None:
    return None if value is None else _date(field, value)


def _amount(field: str, value: object) -> Decimal:
    if not isinstance(value, str):
        raise InvalidArgument(field, value, "must be a decimal number written as a string")
    return _validate.amount(field, value)


def _read_composition(reader: _Reader, data: object, path: str) -> Composition | None:
    fields = reader.fields(data, path, ("men", "women"), ("other", "unknown"))
    if fields is None:
        return None
    return reader.build(
        path,
        Composition,
        fields["men"],
        fields["women"],
        fields.get("other", 0),
        fields.get("unknown", 0),
    )


def _read_figures(reader: _Reader, data: object, path: str) -> SizeFigures | None:
    if data is None:
        return None
    keys = ("total_assets", "net_turnover", "employees")
    fields = reader.fields(data, path, keys)
    if fields is None:
        return None
    values = [reader.build(_join(path, key), _amount, key, fields[key]) for key in keys]
    if any(value is None for value in values):
        return None
    return reader.build(path, SizeFigures, *values)


def _read_year(reader: _Reader, data: object, path: str) -> FinancialYear | None:
    fields = reader.fields(data, path, ("start", "end", "figures"))
    if fields is None:
        return None
    start = reader.build(_join(path, "start"), _date, "start", fields["start"])
    end = reader.build(_join(path, "end"), _date, "end", fields["end"])
    figures = _read_figures(reader, fields["figures"], _join(path, "figures"))
    if start is None or end is None:
        return None
    return reader.build(path, FinancialYear, start, end, figures)


def _read_seat(reader: _Reader, data: object, path: str) -> Seat | None:
    fields = reader.fields(data, path, ("gender", "start", "end", "first_appointed", "promoted"))
    if fields is None:
        return None
    start = reader.build(_join(path, "start"), _date, "start", fields["start"])
    end = reader.build(_join(path, "end"), _optional_date, "end", fields["end"])
    first = reader.build(
        _join(path, "first_appointed"),
        _optional_date,
        "first_appointed",
        fields["first_appointed"],
    )
    if start is None:
        return None
    return reader.build(
        path,
        Seat,
        fields["gender"],
        start,
        end,
        first_appointed=first,
        promoted=fields["promoted"],
    )


def _read_snapshot(reader: _Reader, data: object, path: str) -> Snapshot | None:
    fields = reader.fields(data, path, ("organ", "on", "composition"))
    if fields is None:
        return None
    on = reader.build(_join(path, "on"), _date, "on", fields["on"])
    composition = _read_composition(reader, fields["composition"], _join(path, "composition"))
    if on is None or composition is None:
        return None
    return reader.build(path, Snapshot, fields["organ"], on, composition)


def _read_seats(reader: _Reader, data: object, path: str) -> tuple[object, list[Seat]] | None:
    fields = reader.fields(data, path, ("organ", "seats"))
    if fields is None:
        return None
    held = [
        _read_seat(reader, seat, f"{path}.seats[{number}]")
        for number, seat in enumerate(reader.items(fields, "seats", path))
    ]
    return fields["organ"], [seat for seat in held if seat is not None]


_COMPANY_KEYS = (
    "name", "legal_form", "listed", "board_model", "sector", "kvk", "opts_in_2023_limits",
    "supervisory_board", "financial_years", "snapshots", "seats",
)  # fmt: skip


def _read_company(reader: _Reader, data: object, path: str) -> Company | None:
    reader.fields(data, path, _COMPANY_KEYS)
    if not isinstance(data, Mapping):
        return None
    # the nested parts are read even with a key missing, so that all problems are listed
    years = [
        _read_year(reader, item, _join(path, f"financial_years[{index}]"))
        for index, item in enumerate(reader.items(data, "financial_years", path))
    ]
    snapshots = [
        _read_snapshot(reader, item, _join(path, f"snapshots[{index}]"))
        for index, item in enumerate(reader.items(data, "snapshots", path))
    ]
    seats = [
        _read_seats(reader, item, _join(path, f"seats[{index}]"))
        for index, item in enumerate(reader.items(data, "seats", path))
    ]
    if reader.errors:
        return None
    return reader.build(
        path,
        Company,
        name=data["name"],
        legal_form=data["legal_form"],
        listed=data["listed"],
        board_model=data["board_model"],
        financial_years=years,
        sector=data["sector"],
        kvk=data["kvk"],
        opts_in_2023_limits=data["opts_in_2023_limits"],
        supervisory_board=data["supervisory_board"],
        snapshots=snapshots,
        seats=seats,
    )


_TARGET_KEYS = (
    "organ", "form", "value", "target_year", "base_year", "flow", "joint_with", "set_on",
)  # fmt: skip


def _read_target(reader: _Reader, data: object, path: str) -> Target | None:
    fields = reader.fields(data, path, _TARGET_KEYS)
    if fields is None:
        return None
    value = fields["value"]
    if isinstance(value, bool) or not isinstance(value, int | str):
        reason = "must be a whole number or a fraction written as a string"
        reader.fail(_join(path, "value"), value, reason)
    set_on = reader.build(_join(path, "set_on"), _optional_date, "set_on", fields["set_on"])
    if reader.errors:
        return None
    return reader.build(
        path,
        Target,
        fields["organ"],
        fields["form"],
        value,
        target_year=fields["target_year"],
        base_year=fields["base_year"],
        flow=fields["flow"],
        joint_with=fields["joint_with"],
        set_on=set_on,
    )


_MEASURE_KEYS = ("description", "levers", "organs", "owner", "start", "end", "effect", "serves")


def _read_measure(reader: _Reader, data: object, path: str) -> Measure | None:
    fields = reader.fields(data, path, _MEASURE_KEYS)
    if fields is None:
        return None
    for key in ("levers", "organs", "serves"):
        if not isinstance(fields[key], list):
            reader.fail(_join(path, key), fields[key], "must be an array")
    start = reader.build(_join(path, "start"), _optional_date, "start", fields["start"])
    end = reader.build(_join(path, "end"), _optional_date, "end", fields["end"])
    if not all(isinstance(fields[key], list) for key in ("levers", "organs", "serves")):
        return None
    return reader.build(
        path,
        Measure,
        fields["description"],
        levers=fields["levers"],
        organs=fields["organs"],
        owner=fields["owner"],
        start=start,
        end=end,
        effect=fields["effect"],
        serves=fields["serves"],
    )


def _read_plan(reader: _Reader, data: object, path: str) -> Plan | None:
    fields = reader.fields(data, path, ("adopted_on", "measures"))
    if fields is None:
        return None
    adopted = reader.build(
        _join(path, "adopted_on"), _optional_date, "adopted_on", fields["adopted_on"]
    )
    measures = [
        _read_measure(reader, item, _join(path, f"measures[{index}]"))
        for index, item in enumerate(reader.items(fields, "measures", path))
    ]
    if reader.errors:
        return None
    return reader.build(path, Plan, tuple(measures), adopted_on=adopted)


def _read_appointment(reader: _Reader, data: object, path: str) -> Appointment | None:
    keys = ("gender", "reappointment", "first_appointed", "exceptional_circumstances")
    fields = reader.fields(data, path, keys)
    if fields is None:
        return None
    first = reader.build(
        _join(path, "first_appointed"), _optional_date, "first_appointed",
        fields["first_appointed"],
    )  # fmt: skip
    if reader.errors:
        return None
    return reader.build(
        path, Appointment, fields["gender"], reappointment=fields["reappointment"],
        first_appointed=first, exceptional_circumstances=fields["exceptional_circumstances"],
    )  # fmt: skip


def _read_departure(reader: _Reader, data: object, path: str) -> Departure | None:
    fields = reader.fields(data, path, ("gender",))
    if fields is None:
        return None
    return reader.build(path, Departure, fields["gender"])


_Writer: TypeAlias = Callable[[Any], dict[str, Any]]
_ReaderOf: TypeAlias = Callable[[_Reader, object, str], Any]

_KINDS: Mapping[type, tuple[str, _Writer, _ReaderOf]] = {
    Appointment: ("ingroeiquotum.appointment", _appointment, _read_appointment),
    Company: ("ingroeiquotum.company", _company, _read_company),
    Composition: ("ingroeiquotum.composition", _composition, _read_composition),
    Departure: ("ingroeiquotum.departure", _departure, _read_departure),
    FinancialYear: ("ingroeiquotum.financial_year", _year, _read_year),
    Measure: ("ingroeiquotum.measure", _measure, _read_measure),
    Plan: ("ingroeiquotum.plan", _plan, _read_plan),
    Seat: ("ingroeiquotum.seat", _seat, _read_seat),
    SizeFigures: ("ingroeiquotum.size_figures", _figures, _read_figures),
    Snapshot: ("ingroeiquotum.snapshot", _snapshot, _read_snapshot),
    Target: ("ingroeiquotum.target", _target, _read_target),
}
"""Each kind of value object: its schema name, its writer and its reader (one place for all)."""

SCHEMAS: Mapping[type, str] = MappingProxyType(
    {kind: schema for kind, (schema, _, _) in _KINDS.items()}
)
"""
The schema name of each kind of value object, such as ``"ingroeiquotum.company"``.

:meta hide-value:
"""

_READERS: Mapping[str, _ReaderOf] = {schema: read for schema, _, read in _KINDS.values()}


def from_dict(data: Mapping[str, Any], *, source: str = "<data>") -> Any:
    """
    The value object a document written by :func:`to_dict` describes, equal to the one written.

    Raises:
        LoadError: for a document of an unknown schema, of a version newer than
            :data:`SCHEMA_VERSION`, or with missing, unknown or bad fields (all listed, each by
            its dotted path).

    .. versionadded:: 0.1.0
    """
    if not isinstance(data, Mapping):
        raise LoadError(source, [RowError(None, "document", data, "must be an object")])
    schema, version = data.get("schema"), data.get("version")
    problems = []
    if not isinstance(schema, str) or schema not in _READERS:
        names = ", ".join(repr(name) for name in sorted(SCHEMAS.values()))
        problems.append(RowError(None, "schema", schema, f"must be one of {names}"))
    problems.extend(_validate.version_problems(version, SCHEMA_VERSION))
    if problems:
        raise LoadError(source, problems)
    assert isinstance(schema, str)
    reader = _Reader()
    body = {key: data[key] for key in data if key not in ("schema", "version")}
    result = _READERS[schema](reader, body, "")
    if reader.errors or result is None:
        raise LoadError(source, reader.errors or [RowError(None, "document", None, "is empty")])
    return result


def from_json(text: str | bytes, *, source: str = "<json>") -> Any:
    """
    The value object of a JSON document written by :func:`to_json`.

    Raises:
        LoadError: for text that is not JSON (or not UTF-8), a key given twice in one object,
            or a document :func:`from_dict` refuses.

    .. versionadded:: 0.1.0
    """
    return from_dict(_validate.json_document(text, source), source=source)


# -- findings -----------------------------------------------------------------------------------
# Finding.as_dict writes the document (the core has no loader, so that it imports nothing
# above it); reading it back needs the library's provisions and readings, so it lives here.


def _enum(name: str) -> type[enum.Enum]:
    module, _, qualname = name.rpartition(".")
    if module not in _ENUM_MODULES.values():
        raise InvalidArgument("fact_types", name, "is not an enum of this library")
    kind = getattr(importlib.import_module(module), qualname, None)
    if not isinstance(kind, type) or not issubclass(kind, enum.Enum):
        raise InvalidArgument("fact_types", name, "is not an enum of this library")
    return kind


def _decode(field: str, value: Any, tag: Any) -> Any:
    """The fact ``value`` restored to the type ``tag`` names."""
    if tag is None:
        return value
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
            return _validate.member(_enum(tag.removeprefix("enum:")), value, field)
    elif isinstance(tag, Mapping) and len(tag) == 1:
        ((name, tags),) = tag.items()
        if name in ("tuple", "list", "set", "frozenset"):
            if not isinstance(value, list) or not isinstance(tags, list) or len(tags) != len(value):
                raise InvalidArgument(field, value, f"must be a list matching its type {tag!r}")
            items = [
                _decode(f"{field}[{i}]", item, each)
                for i, (item, each) in enumerate(zip(value, tags, strict=True))
            ]
            return {"tuple": tuple, "list": list, "set": set, "frozenset": frozenset}[name](items)
        if name == "dict" and isinstance(value, Mapping) and isinstance(tags, Mapping):
            return {
                key: _decode(f"{field}.{key}", item, tags.get(key)) for key, item in value.items()
            }
    raise InvalidArgument("fact_types", tag, f"is not a type this library writes (for {field})")


_KEYS = frozenset(
    {
        "schema_version", "rule", "rule_version", "verdict", "on", "message", "subject",
        "facts", "fact_types", "citations", "readings", "missing", "confidence", "notes",
        "advisory",
    }
)  # fmt: skip


def _citation(data: object, on: date | None) -> Citation:
    if not isinstance(data, Mapping):
        raise InvalidArgument("citation", data, "must be an object")
    if on is not None:
        for citation in all_citations():
            if citation.as_dict(on) == data:
                return citation
    raise InvalidArgument("citation", data.get("text"), "is not a provision this library knows")


def _reading(data: object) -> Reading:
    if not isinstance(data, Mapping):
        raise InvalidArgument("reading", data, "must be an object")
    unknown = set(data) - {"key", "summary", "confidence", "alternative", "source"}
    if unknown:
        names = sorted(str(key) for key in unknown)
        raise InvalidArgument("keys", names, "are not fields of a reading")
    key, summary = data.get("key"), data.get("summary")
    if not isinstance(key, str) or not key:
        raise InvalidArgument("key", key, "must be a non-empty string")
    if not isinstance(summary, str):
        raise InvalidArgument("summary", summary, "must be a string")
    confidence = _validate.member(Confidence, data.get("confidence"), "confidence")
    for reading in all_readings():
        if reading.key == key:
            known = reading
            break
    else:
        known = Reading(key, summary, confidence)
    alternative = data.get("alternative", known.alternative)
    source = data.get("source", known.source)
    for field, text in (("alternative", alternative), ("source", source)):
        if not isinstance(text, str):
            raise InvalidArgument(field, text, "must be a string")
    return Reading(key, summary, confidence, alternative, source)


def finding_from_dict(data: Mapping[str, Any], *, source: str = "finding") -> Finding:
    """
    Read a finding written by :meth:`Finding.as_dict` back, losslessly.

    Facts get back their types from ``fact_types``; citations are looked up among the
    provisions of :mod:`ingroeiquotum.law.citations`, readings among
    :mod:`ingroeiquotum.law.readings` (an unknown reading is rebuilt from its fields).

    >>> from datetime import date
    >>> from ingroeiquotum import quota
    >>> from ingroeiquotum.composition import Composition
    >>> finding = quota.check_balance(Composition(5, 1), date(2024, 12, 31))
    >>> finding_from_dict(finding.as_dict()) == finding
    True

    Raises:
        LoadError: listing every missing, unknown or bad field, or a ``schema_version``
            newer than this library reads.

    .. versionadded:: 0.1.0
    """
    if not isinstance(data, Mapping):
        raise LoadError(source, [RowError(None, "finding", data, "must be an object")])
    errors: list[RowError] = []
    version = data.get("schema_version")
    problems = _validate.version_problems(version, FINDING_SCHEMA_VERSION, "schema_version")
    if problems:
        raise LoadError(source, problems)
    for key in sorted(set(data) - _KEYS, key=str):  # JSON has text keys; a dict may not
        errors.append(RowError(None, str(key), data[key], "is not a field of a finding"))
    required = _KEYS - {"fact_types", "confidence"}
    for key in sorted(required - set(data)):
        errors.append(RowError(None, key, None, "is missing"))
    if errors:
        raise LoadError(source, errors)

    def attempt(field: str, make: Any, value: Any) -> Any:
        try:
            return make(value)
        except InvalidArgument as error:
            if field == "finding" or error.field.startswith(f"{field}."):
                name = error.field
            else:
                name = field if error.field in ("", field) else f"{field}.{error.field}"
            errors.append(RowError(None, name, error.value, error.reason))
            return None

    on = attempt("on", lambda value: _validate.iso_date("on", value), data["on"])
    facts_data, types = data["facts"], data.get("fact_types", {})
    facts: dict[str, Any] = {}
    if not isinstance(facts_data, Mapping):
        errors.append(RowError(None, "facts", facts_data, "must be an object"))
    elif not isinstance(types, Mapping):
        errors.append(RowError(None, "fact_types", types, "must be an object"))
    else:
        for key in types:
            if key not in facts_data:
                errors.append(RowError(None, f"fact_types.{key}", types[key], "names no fact"))
        for key, value in facts_data.items():
            facts[key] = attempt(
                f"facts.{key}", lambda item, key=key: _decode(key, item, types.get(key)), value
            )
    citations: list[Citation] = []
    if isinstance(data["citations"], list):
        for index, item in enumerate(data["citations"]):
            citations.append(attempt(f"citations[{index}]", lambda item: _citation(item, on), item))
    else:
        errors.append(RowError(None, "citations", data["citations"], "must be an array"))
    applied: list[Reading] = []
    if isinstance(data["readings"], list):
        for index, item in enumerate(data["readings"]):
            applied.append(attempt(f"readings[{index}]", _reading, item))
    else:
        errors.append(RowError(None, "readings", data["readings"], "must be an array"))
    for field in ("missing", "notes"):
        if not isinstance(data[field], list):
            errors.append(RowError(None, field, data[field], "must be an array"))
    advisory = data["advisory"]
    if not isinstance(advisory, bool):
        errors.append(RowError(None, "advisory", advisory, "must be true or false"))
    if errors:
        raise LoadError(source, errors)
    finding: Finding | None = attempt(
        "finding",
        lambda _: Finding(
            rule=data["rule"],
            rule_version=data["rule_version"],
            verdict=data["verdict"],
            on=on,
            message=data["message"],
            facts=facts,
            citations=citations,
            readings=applied,
            missing=data["missing"],
            subject=data["subject"],
            notes=data["notes"],
            advisory=advisory,
        ),
        None,
    )
    if (
        finding is not None
        and "confidence" in data
        and data["confidence"] != finding.confidence.value
    ):
        errors.append(
            RowError(
                None,
                "confidence",
                data["confidence"],
                f"does not match the readings ({finding.confidence.value!r})",
            )
        )
    if errors or finding is None:
        raise LoadError(source, errors)
    return finding
