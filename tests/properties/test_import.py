"""Import hygiene: ``import ingroeiquotum`` stays cheap, and the public surface resolves."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

import ingroeiquotum

HEAVY = ("babel", "dateutil", "pandas", "ingroeiquotum.i18n")


def modules_after(code: str) -> set[str]:
    """The names in sys.modules after running ``code`` in a fresh interpreter."""
    script = f"{code}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    return set(json.loads(result.stdout.splitlines()[-1]))


def test_import_is_cheap():
    """`import ingroeiquotum` loads neither babel, dateutil, pandas nor the i18n edge."""
    loaded = modules_after("import ingroeiquotum")
    assert set() == {name for name in HEAVY if name in loaded}


@pytest.mark.parametrize("module", ["quota", "parameters", "citations", "findings"])
def test_core_and_quota_do_not_load_babel(module):
    """The quota rule and the core modules do not load babel or the i18n edge."""
    loaded = modules_after(f"import ingroeiquotum.{module}")
    assert set() == {name for name in ("babel", "ingroeiquotum.i18n") if name in loaded}


def test_all_is_sorted():
    """ingroeiquotum.__all__ is sorted."""
    assert sorted(ingroeiquotum.__all__) == list(ingroeiquotum.__all__)


@pytest.mark.parametrize("name", ingroeiquotum.__all__)
def test_every_public_name_resolves(name):
    """Every name in __all__ resolves to an object."""
    assert getattr(ingroeiquotum, name) is not None


def test_dir_lists_public_names():
    """dir(ingroeiquotum) includes every public name."""
    assert set(ingroeiquotum.__all__) <= set(dir(ingroeiquotum))


def test_unknown_attribute():
    """An unknown attribute raises AttributeError."""
    with pytest.raises(AttributeError):
        _ = ingroeiquotum.no_such_name
