"""
The report to the SER as a document: written and read by the one codec
(:mod:`ingroeiquotum.io.codec`), with its JSON Schema. Public at :mod:`ingroeiquotum.reporting`
beside the reporting rules (:mod:`ingroeiquotum.law.bw2.reporting`), which know nothing of
documents.
"""

from __future__ import annotations

__all__ = ["report_from_dict", "report_from_json", "report_to_dict", "report_to_json", "schema"]

from collections.abc import Mapping
from typing import Any

from ingroeiquotum.io import codec
from ingroeiquotum.law.bw2.reporting import _check_report
from ingroeiquotum.law.bw2.ser_report import SerReport


def report_to_dict(report: SerReport) -> dict[str, Any]:
    """
    The report as plain, JSON-ready data in the envelope ``{"schema":
    "ingroeiquotum.ser_report", "schema_version": SCHEMA_VERSION}`` (see
    :mod:`ingroeiquotum.io.codec`, which writes every document of the library).

    Shares are exact fractions written as strings (``"33/100"``), dates as ISO strings.

    .. versionchanged:: 0.1.0
       The envelope has ``schema`` besides ``schema_version``, as every document.
    """
    _check_report(report)
    return codec.to_dict(report)


def report_to_json(report: SerReport, *, indent: int | None = 2) -> str:
    """The report as a JSON document (see :func:`report_to_dict`), keys in a fixed order."""
    _check_report(report)
    return codec.to_json(report, indent=indent)


def report_from_dict(data: Mapping[str, Any], *, source: str = "report") -> SerReport:
    """
    Read a report written by :func:`report_to_dict` back, losslessly; a report written before
    the envelope had ``schema`` (``"schema_version": "1.0"`` alone) reads too.

    Raises:
        LoadError: listing every missing, unknown or bad field (``field`` is its dotted path),
            or a ``schema_version`` newer than this library knows.

    .. versionchanged:: 0.1.0
       An unknown key is refused, as in every document of the library.
    """
    return codec.from_dict(data, source=source, kind=SerReport)


def report_from_json(text: str | bytes, *, source: str = "report") -> SerReport:
    """
    Read a JSON document written by :func:`report_to_json`.

    Raises:
        LoadError: for text that is not JSON, a key given twice in one object, or a report
            with bad fields (all listed).
        InvalidArgument: for ``text`` that is neither str nor bytes.

    .. versionchanged:: 0.1.0
       A key given twice in one object is refused instead of the last one winning.
    """
    report: SerReport = codec.from_json(text, source=source, kind=SerReport)
    return report


def schema() -> dict[str, Any]:
    """
    The JSON Schema (draft 2020-12) of the report document, as shipped in the package (see
    :func:`ingroeiquotum.io.codec.schema`).

    >>> schema()["properties"]["schema_version"]["const"]
    '1.0'
    """
    return codec.schema(SerReport)
