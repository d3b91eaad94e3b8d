"""
Tests for ``ingroeiquotum.law.findings`` (public path ``ingroeiquotum.findings``): the finding,
its verdict, confidence and facts.
"""

from __future__ import annotations

import json
from datetime import date
from fractions import Fraction

import pytest

from ingroeiquotum import quota, readings
from ingroeiquotum.citations import BW_2_142B_2
from ingroeiquotum.composition import Composition
from ingroeiquotum.exceptions import InvalidArgument
from ingroeiquotum.findings import Confidence, Finding, Verdict

ON = date(2024, 4, 18)


def test_finding_needs_a_citation():
    """A finding without a citation cannot be built."""
    with pytest.raises(InvalidArgument):
        Finding("r", "1", Verdict.COMPLIANT, ON, "quota.balanced")


def test_verdict_from_string_and_refusal():
    """The verdict may be given as its value; an unknown one is refused."""
    finding = Finding("r", "1", "compliant", ON, "m", citations=[BW_2_142B_2])
    assert Verdict.COMPLIANT is finding.verdict
    with pytest.raises(InvalidArgument):
        Finding("r", "1", "fine", ON, "m", citations=[BW_2_142B_2])


def test_confidence_is_lowest_reading():
    """A finding's confidence is the lowest of its readings; HIGH without readings."""
    plain = Finding("r", "1", Verdict.COMPLIANT, ON, "m", citations=[BW_2_142B_2])
    low = Finding(
        "r",
        "1",
        Verdict.COMPLIANT,
        ON,
        "m",
        citations=[BW_2_142B_2],
        readings=[readings.BALANCED_BEFORE, readings.OTHER_APPOINTEE],
    )
    assert (Confidence.HIGH, Confidence.LOW) == (plain.confidence, low.confidence)


def test_as_dict_is_json_ready():
    """as_dict gives JSON-ready data: ISO dates, fractions as strings, citation links."""
    finding = quota.check_balance(Composition(4, 2), ON)
    data = json.loads(json.dumps(finding.as_dict()))
    assert ("compliant", "2024-04-18", "1/3") == (
        data["verdict"],
        data["on"],
        data["facts"]["share_women"],
    )
    assert data["citations"][0]["url"].endswith("/2024-04-18/0/Artikel142b")


def test_facts_are_read_only():
    """A finding's facts cannot be changed after the fact."""
    finding = quota.check_balance(Composition(4, 2), ON)
    with pytest.raises(TypeError):
        finding.facts["men"] = 0  # type: ignore[index]
    assert Fraction(1, 3) == finding.facts["share_women"]


def test_ok():
    """ok is false exactly for NOT_COMPLIANT and CANNOT_DECIDE."""
    assert [True, False, True, False, True] == [
        Finding("r", "1", verdict, ON, "m", citations=[BW_2_142B_2]).ok for verdict in Verdict
    ]
