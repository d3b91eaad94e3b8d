"""
Tests for ``ingroeiquotum.io.report`` (public path ``ingroeiquotum.reporting``): the SER report as
a document, its dict and JSON forms and its JSON Schema.
"""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings

from ingroeiquotum import reporting
from ingroeiquotum.exceptions import InvalidArgument, LoadError
from oracles import report_schema_validator
from strategies_reporting import reports


@settings(max_examples=100)
@given(reports)
def test_round_trip_property(report):
    """Any report, built or assembled, reads back equal from its dict and from its JSON."""
    assert report == reporting.report_from_dict(reporting.report_to_dict(report))
    text = reporting.report_to_json(report)
    assert report == reporting.report_from_json(text)
    assert report == reporting.report_from_json(text.encode("utf-8"))
    assert text == reporting.report_to_json(reporting.report_from_json(text))


@settings(max_examples=100)
@given(reports)
def test_json_validates_against_schema_property(report):
    """Every exported report is valid against the shipped JSON Schema."""
    report_schema_validator().validate(json.loads(reporting.report_to_json(report)))


def test_schema_names_its_version():
    """The schema pins the version the library writes."""
    assert reporting.SCHEMA_VERSION == reporting.schema()["properties"]["schema_version"]["const"]


def test_not_json_is_a_load_error():
    """Text that is not JSON raises LoadError, not a JSONDecodeError."""
    with pytest.raises(LoadError):
        reporting.report_from_json("{not json")


@pytest.mark.parametrize("data", [[], "report", None, 3])
def test_not_an_object_is_a_load_error(data):
    """A document that is not an object raises LoadError."""
    with pytest.raises(LoadError):
        reporting.report_from_dict(data)


def test_report_to_dict_rejects_non_reports():
    """Only a SerReport can be exported."""
    with pytest.raises(InvalidArgument):
        reporting.report_to_dict({"company": "x"})
