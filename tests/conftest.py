"""
Shared test configuration: the Hypothesis profiles, and a count of the generated cases.

Two profiles, chosen by the environment variable ``INGROEIQUOTUM_HYPOTHESIS``:

* ``ci`` (the default): a modest number of examples, so that the whole suite stays fast and
  runs on every change;
* ``thorough``: the opt-in run, with enough examples that the robustness tests
  (``properties/test_fuzz.py``, ``properties/test_roundtrip.py``) generate more than 100,000
  cases together::

      INGROEIQUOTUM_HYPOTHESIS=thorough .venv/bin/python -m pytest -q -p no:cacheprovider \\
          tests/properties/test_fuzz.py tests/properties/test_roundtrip.py

The summary at the end of a run says how many cases the counted tests generated (see
``fuzzing.counted``); with ``INGROEIQUOTUM_CASES_FILE`` set, the counts are also written there
as JSON. ``docs/explanation/reliability.md`` explains both.
"""

from __future__ import annotations

import json
import os

from hypothesis import HealthCheck, settings

from fuzzing import CASES, profile

_QUIET = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much]

settings.register_profile(
    "ci",
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    print_blob=True,
)
settings.register_profile("default", settings.get_profile("ci"))
settings.register_profile(
    "thorough",
    max_examples=2000,
    deadline=None,
    suppress_health_check=_QUIET,
    print_blob=True,
)
settings.load_profile(profile())


def pytest_report_header(config):
    return f"hypothesis profile: {profile()}"


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    if not CASES:
        return
    total = sum(CASES.values())
    terminalreporter.write_sep("-", f"generated cases ({profile()} profile): {total:,}")
    by_module: dict[str, int] = {}
    for name, count in CASES.items():
        module = name.split("::", 1)[0]
        by_module[module] = by_module.get(module, 0) + count
    for module, count in sorted(by_module.items()):
        terminalreporter.write_line(f"  {module}: {count:,}")
    path = os.environ.get("INGROEIQUOTUM_CASES_FILE")
    if path:
        with open(path, "w", encoding="utf-8") as handle:
            json.dump(
                {"profile": profile(), "total": total, "tests": dict(CASES)}, handle, indent=2
            )
