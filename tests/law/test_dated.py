"""
Tests for ``ingroeiquotum.law.dated`` (public path ``ingroeiquotum.parameters``): a dated legal
value, whose start dates are sorted and unique.
"""

from __future__ import annotations

from datetime import date

import pytest

from ingroeiquotum.citations import BW_2_142B_2
from ingroeiquotum.parameters import DatedValue, Parameter


def test_parameter_refuses_unsorted_dates():
    """A parameter with out-of-order or repeated start dates cannot be built."""
    values = (
        DatedValue(date(2024, 1, 1), 1, BW_2_142B_2),
        DatedValue(date(2023, 1, 1), 2, BW_2_142B_2),
    )
    with pytest.raises(ValueError, match="start dates"):
        Parameter("x", "x", "x", values, date(2024, 1, 1))
