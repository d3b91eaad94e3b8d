"""
Every document the library writes and reads, in one codec: the facts a caller gives (a
:class:`~.company.Company` with its financial years, size figures, snapshots and seats; a
:class:`~.composition.Composition`; a :class:`~.targets.Target`; a :class:`~.plan.Plan` and its
:class:`~.plan.Measure` objects; the :class:`~.quota.Appointment` and :class:`~.quota.Departure`
of a general meeting), what the library derives from them (a :class:`~.findings.Finding`, the
:class:`~.reporting.SerReport`, a :class:`~.quota.MeetingResult`, the directive's
:class:`~.eu.AnnualInformation` and :class:`~.eu.CombinedEvaluation`, the SER's
:class:`~.guidance.Advice`).

Each document has one envelope, ``{"schema": "ingroeiquotum.<kind>", "schema_version": "1.0",
...}``, and JSON-ready data: dates as ISO strings, amounts as decimal strings (``"25000000.50"``),
shares as exact fractions (``"33/100"``), enums by their values. :func:`from_dict` reads it back
to an equal object, and refuses a document of another schema, of a newer version, or with a
missing, unknown or bad field, listing every problem (by its dotted path) in one
:class:`~.exceptions.LoadError`. Each kind has a JSON Schema in the package (:func:`schema`).

The documents written before the one envelope still read: ``{"schema": ..., "version": 1}``
(the value objects) and ``"schema_version": "1.0"`` without ``schema`` (a finding, a report,
read with :func:`finding_from_dict` or ``kind=``).

>>> from ingroeiquotum.composition import Composition
>>> to_dict(Composition(men=4, women=2))  # doctest: +NORMALIZE_WHITESPACE
{'schema': 'ingroeiquotum.composition', 'schema_version': '1.0', 'men': 4, 'women': 2,
 'other': 0, 'unknown': 0}
>>> from_dict(to_dict(Composition(4, 2))) == Composition(4, 2)
True
>>> from_dict({"schema": "ingroeiquotum.composition", "version": 1, "men": 4, "women": 2})
Composition(men=4, women=2, other=0, unknown=0)
>>> from_dict({"schema": "ingroeiquotum.composition", "schema_version": "2.0", "men": 4})
Traceback (most recent call last):
...
ingroeiquotum.exceptions.LoadError: <data>: 1 problem:
  schema_version: is newer than this library reads (1.0): upgrade ingroeiquotum, got '2.0'

.. versionadded:: 0.1.0
.. versionchanged:: 0.1.0
   One envelope, ``schema`` and ``schema_version``, for every document (the value objects
   had ``"version": 1``, findings and reports no ``schema``); findings, reports, meeting
   results, EU evaluations and advice are written and read here too, with one strictness.
"""

from __future__ import annotations

__all__ = [
    "DOCUMENTS",
    "SCHEMAS",
    "SCHEMA_VERSION",
    "Document",
    "ValueObject",
    "finding_from_dict",
    "from_dict",
    "from_json",
    "schema",
    "to_dict",
    "to_json",
]

import json
from collections.abc import Iterator, Mapping
from types import MappingProxyType
from typing import Any, TypeAlias, TypeVar, overload

from ingroeiquotum import _validate
from ingroeiquotum.exceptions import IngroeiquotumError, InvalidArgument, LoadError, RowError
from ingroeiquotum.guidance.queries import Advice
from ingroeiquotum.io.codec import _disclosures, _findings, _report, _results, _values
from ingroeiquotum.io.codec._reader import Kind, Reader, open_envelope
from ingroeiquotum.law.bw2.quota import Appointment, Departure, MeetingResult
from ingroeiquotum.law.bw2.reporting import SCHEMA_VERSION as _REPORT_VERSION
from ingroeiquotum.law.bw2.reporting import SerReport
from ingroeiquotum.law.bw2.targets import Target
from ingroeiquotum.law.eu import AnnualInformation, CombinedEvaluation
from ingroeiquotum.law.eu.disclosures import GenderDisclosure
from ingroeiquotum.law.findings import _SCHEMA as _FINDING_SCHEMA
from ingroeiquotum.law.findings import FINDING_SCHEMA_VERSION, Finding
from ingroeiquotum.model.company import Company, FinancialYear, SizeFigures, Snapshot
from ingroeiquotum.model.composition import Composition, Seat
from ingroeiquotum.model.plan import Measure, Plan

SCHEMA_VERSION = "1.0"
"""
The version of the value-object documents :func:`to_dict` writes and :func:`from_dict` reads.

.. versionchanged:: 0.1.0
   ``"1.0"`` (text, major and minor, as every document's ``schema_version``), was ``1``.
"""

_T = TypeVar("_T")

ValueObject: TypeAlias = (
    Appointment | Company | Composition | Departure | FinancialYear | Measure | Plan | Seat
    | SizeFigures | Snapshot | Target
)  # fmt: skip
"""The value objects :func:`to_dict` writes and :func:`from_dict` reads (see :data:`SCHEMAS`)."""

Document: TypeAlias = (
    ValueObject | Finding | SerReport | MeetingResult | AnnualInformation | CombinedEvaluation
    | Advice | GenderDisclosure
)  # fmt: skip
"""Everything :func:`to_dict` writes and :func:`from_dict` reads (see :data:`DOCUMENTS`)."""


def _value(name: str, kind: type, write: Any, read: Any) -> Kind:
    return Kind(f"ingroeiquotum.{name}", kind, SCHEMA_VERSION, write, read, legacy="version")


_KINDS: tuple[Kind, ...] = (
    _value("appointment", Appointment, _values.write_appointment, _values.read_appointment),
    _value("company", Company, _values.write_company, _values.read_company),
    _value("composition", Composition, _values.write_composition, _values.read_composition),
    _value("departure", Departure, _values.write_departure, _values.read_departure),
    _value("financial_year", FinancialYear, _values.write_year, _values.read_year),
    _value("measure", Measure, _values.write_measure, _values.read_measure),
    _value("plan", Plan, _values.write_plan, _values.read_plan),
    _value("seat", Seat, _values.write_seat, _values.read_seat),
    _value("size_figures", SizeFigures, _values.write_figures, _values.read_figures),
    _value("snapshot", Snapshot, _values.write_snapshot, _values.read_snapshot),
    _value("target", Target, _values.write_target, _values.read_target),
    Kind(_FINDING_SCHEMA, Finding, FINDING_SCHEMA_VERSION, _findings.write_finding,
         _findings.read_finding, legacy="schema_version"),
    Kind("ingroeiquotum.ser_report", SerReport, _REPORT_VERSION, _report.write_report,
         _report.read_report, legacy="schema_version"),
    Kind("ingroeiquotum.meeting_result", MeetingResult, "1.0",
         _results.write_meeting_result, _results.read_meeting_result),
    Kind("ingroeiquotum.annual_information", AnnualInformation, "1.0",
         _results.write_annual_information, _results.read_annual_information),
    Kind("ingroeiquotum.combined_evaluation", CombinedEvaluation, "1.0",
         _results.write_combined_evaluation, _results.read_combined_evaluation),
    Kind("ingroeiquotum.advice", Advice, "1.0", _results.write_advice, _results.read_advice),
    Kind("ingroeiquotum.gender_disclosure", GenderDisclosure, "1.0",
         _disclosures.write_gender_disclosure, _disclosures.read_gender_disclosure),
)  # fmt: skip
"""Each kind of document: its schema name, version, writer and reader (one place for all)."""

_BY_TYPE: Mapping[type, Kind] = {kind.type: kind for kind in _KINDS}
_BY_NAME: Mapping[str, Kind] = {kind.name: kind for kind in _KINDS}

DOCUMENTS: Mapping[type, str] = MappingProxyType({kind.type: kind.name for kind in _KINDS})
"""
The schema name of each kind of document, such as ``"ingroeiquotum.ser_report"``.

:meta hide-value:
"""

SCHEMAS: Mapping[type, str] = MappingProxyType(
    {kind.type: kind.name for kind in _KINDS if kind.legacy == "version"}
)
"""
The schema name of each kind of value object, such as ``"ingroeiquotum.company"``.

:meta hide-value:
"""


def to_dict(value: Document) -> dict[str, Any]:
    """
    ``value`` as a plain, JSON-ready document in the envelope ``schema``, ``schema_version``.

    >>> from datetime import date
    >>> to_dict(Seat("woman", date(2024, 5, 1)))["start"]
    '2024-05-01'

    Raises:
        InvalidArgument: for anything but one of the kinds of :data:`DOCUMENTS`.

    .. versionadded:: 0.1.0
    """
    kind = _BY_TYPE.get(type(value))
    if kind is None:
        names = ", ".join(sorted(each.__name__ for each in _BY_TYPE))
        raise InvalidArgument("value", value, f"must be one of {names} to be written")
    return kind.document(value)


def to_json(value: Document, *, indent: int | None = 2) -> str:
    """``value`` as a JSON document (see :func:`to_dict`), keys in a fixed order."""
    text: str = json.dumps(to_dict(value), ensure_ascii=False, indent=indent)
    return text


@overload
def from_dict(data: Mapping[str, Any], *, source: str = ..., kind: type[_T]) -> _T: ...
@overload
def from_dict(data: Mapping[str, Any], *, source: str = ..., kind: None = ...) -> Any: ...
def from_dict(
    data: Mapping[str, Any], *, source: str = "<data>", kind: type[Any] | None = None
) -> Any:
    """
    The object a document written by :func:`to_dict` describes, equal to the one written.

    With ``kind`` (one of :data:`DOCUMENTS`), only a document of that kind is read, and a
    finding or report in its old envelope (``schema_version`` without ``schema``) too.

    Raises:
        LoadError: for a document of an unknown (or another) schema, of a version newer than
            this library reads, or with missing, unknown or bad fields (all listed, each by
            its dotted path).
        InvalidArgument: for a ``kind`` that is not one of :data:`DOCUMENTS`.

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.1.0
       Reads every kind of :data:`DOCUMENTS`; ``kind`` was added.
    """
    expected = None
    if kind is not None:
        expected = _BY_TYPE.get(kind)
        if expected is None:
            raise InvalidArgument("kind", kind, "must be one of the kinds of DOCUMENTS")
    found, version, body = open_envelope(data, source, _BY_NAME, expected)
    huge = list(_unwritable_numbers(body, ""))
    if huge:  # a loader refuses what it would not write: JSON text cannot hold these
        raise LoadError(source, huge)
    reader = Reader(version)
    result = found.read(reader, body, "")
    if reader.errors or result is None:
        raise LoadError(source, reader.errors or [RowError(None, "document", None, "is empty")])
    try:
        written = found.document(result)
    except ValueError as error:  # a value read from text that Python cannot write back as text
        if isinstance(error, IngroeiquotumError):
            raise
        problem = RowError(None, "document", None, "holds a number too large to write")
        raise LoadError(source, [problem]) from None
    problems = [
        RowError(None, path, given, reason)
        for path, given, reason in _not_kept(body, {k: written[k] for k in written if k not in
                                                     ("schema", "schema_version")}, "")
    ]  # fmt: skip
    if problems:
        raise LoadError(source, problems)
    return result


_MAX_INT_DIGITS = 4300
"""The most digits of an integer that Python writes as text (and so as JSON) by default."""


def _unwritable_numbers(value: object, path: str) -> Iterator[RowError]:
    """Every integer in a document with more digits than JSON text of it can be written with."""
    if isinstance(value, int) and not isinstance(value, bool):
        bits = value.bit_length()  # 10**4300 has 14,285 bits
        if bits > 14_290 or (bits >= 14_280 and abs(value) >= 10**_MAX_INT_DIGITS):
            yield RowError(None, path or "document", value, "has too many digits to write")
    elif isinstance(value, Mapping):
        for key, item in value.items():
            yield from _unwritable_numbers(item, f"{path}.{key}" if path else str(key))
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            yield from _unwritable_numbers(item, f"{path}[{index}]")


def _not_kept(given: object, written: object, path: str) -> Iterator[tuple[str, object, str]]:
    """
    Where the document ``given`` differs from the one its value is written as (``written``):
    the path, the value given and why. A loader refuses what it would not write, or keeps it
    exactly: a key left out is the value's default and fine, but every value given must be the
    one written (the same JSON type, and the same form: ``"1/3"`` not ``"2/6"``, a date as
    ``YYYY-MM-DD``, an enum by its value, a set in its sorted order).
    """
    if isinstance(given, Mapping) and isinstance(written, Mapping):
        for key, value in given.items():
            at = f"{path}.{key}" if path else str(key)
            if key not in written:
                yield at, value, "is not kept by this library: leave it out"
            else:
                yield from _not_kept(value, written[key], at)
    elif isinstance(given, list) and isinstance(written, list) and len(given) == len(written):
        for index, (item, kept) in enumerate(zip(given, written, strict=True)):
            yield from _not_kept(item, kept, f"{path}[{index}]")
    elif type(given) is not type(written) or given != written:
        yield path or "document", given, f"must be written as {_shown(written)}, as it is read"


def _shown(value: object) -> str:
    """A written value as the message shows it: JSON, cut short."""
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 80 else f"{text[:77]}..."


def from_json(text: str | bytes, *, source: str = "<json>", kind: type[Any] | None = None) -> Any:
    """
    The object of a JSON document written by :func:`to_json` (``kind`` as for
    :func:`from_dict`).

    Raises:
        LoadError: for text that is not JSON (or not UTF-8), a key given twice in one object,
            or a document :func:`from_dict` refuses.

    .. versionadded:: 0.1.0
    """
    return from_dict(_validate.json_document(text, source), source=source, kind=kind)


def finding_from_dict(data: Mapping[str, Any], *, source: str = "finding") -> Finding:
    """
    Read a finding written by :meth:`Finding.as_dict` back, losslessly.

    Facts get back their types from ``fact_types``; citations are looked up among the
    provisions of :mod:`ingroeiquotum.law.citations`, readings among
    :mod:`ingroeiquotum.law.readings` (an unknown reading is rebuilt from its fields).

    >>> from datetime import date
    >>> from ingroeiquotum import quota
    >>> finding = quota.check_balance(Composition(5, 1), date(2024, 12, 31))
    >>> finding_from_dict(finding.as_dict()) == finding
    True

    Raises:
        LoadError: listing every missing, unknown or bad field, or a ``schema_version``
            newer than this library reads.

    .. versionadded:: 0.1.0
    """
    return from_dict(data, source=source, kind=Finding)


def schema(kind: type[Any] | str) -> dict[str, Any]:
    """
    The JSON Schema (draft 2020-12) of a kind of document, as shipped in the package: by its
    type (one of :data:`DOCUMENTS`) or its schema name (also
    ``"ingroeiquotum.published_figures"``). The schema is whole: its shared definitions are
    bundled under ``$defs``.

    >>> schema(Composition)["properties"]["schema"]
    {'const': 'ingroeiquotum.composition'}
    >>> schema("ingroeiquotum.ser_report")["title"]
    'ingroeiquotum SER report'

    Raises:
        InvalidArgument: for a kind that has no schema.

    .. versionadded:: 0.1.0
    """
    from importlib import resources

    name = _BY_TYPE[kind].name if isinstance(kind, type) and kind in _BY_TYPE else kind
    known = {*_BY_NAME, "ingroeiquotum.published_figures"}
    if not isinstance(name, str) or name not in known:
        raise InvalidArgument("kind", kind, "has no JSON Schema in this library")
    folder = resources.files("ingroeiquotum.io") / "schemas"
    short = name.removeprefix("ingroeiquotum.")
    document: dict[str, Any] = json.loads(
        (folder / f"{short}.schema.json").read_text(encoding="utf-8")
    )
    shared = json.loads((folder / "definitions.json").read_text(encoding="utf-8"))
    document["$defs"] = {**shared["$defs"], **document.get("$defs", {})}
    return document
