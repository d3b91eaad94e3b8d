"""
Tests for ``ingroeiquotum.cli.guidance``, the command ``ingroeiquotum guidance``: the guidance's
queries. Run as a user runs it: through the real entry point, in a subprocess.
"""

import json

from command_line import run


def test_guidance_queries():
    """guidance filters the SER's recommendations; an unknown tag exits 2."""
    result = run("guidance", "--text", "girls day", "--json")
    assert 0 == result.returncode
    assert ["education.girls_day"] == [item["key"] for item in json.loads(result.stdout)]
    assert 2 == run("guidance", "--lever", "nonsense").returncode
