"""
Tests for ``ingroeiquotum.law.readings`` (public path ``ingroeiquotum.readings``): the registry of
the library's readings of the law.
"""

from __future__ import annotations

from ingroeiquotum import readings


def test_reading_keys_unique_and_dotted():
    """Reading keys are unique and dotted."""
    keys = [reading.key for reading in readings.all_readings()]
    assert len(keys) == len(set(keys))
    assert all("." in key for key in keys)
