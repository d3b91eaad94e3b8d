"""benchmarks/run.py keeps its contract: one JSON object with the agreed keys, exit status 0.

This runs the script in its --quick mode and checks the keys and types only: performance is
measured by the script itself, never asserted by a timed unit test.
"""

import json
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "run.py"
KEYS = {
    "bulk_5k_seconds": float,
    "bulk_1m_seconds": float,
    "bare_loop_ratio": float,
    "frame_1m_seconds": float,
    "frame_ratio": float,
    "import_ms_over_attrs": float,
    "employees_1m_seconds": float,
    "employees_1m_peak_mb": float,
    "frame_polars_native_ratio": float,
    "frame_pandas_numpy_ratio": float,
    "aggregate_pandas_ratio": float,
    "employees_daylevel_ratio": float,
    "xlsx_calamine_ratio": float,
    "cli_check_ms_over_python": float,
    "read_compositions_polars_ratio": float,
}


def test_run_json_quick():
    """`python benchmarks/run.py --json` prints one JSON object with the contract's keys."""
    pytest.importorskip("pandas")
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--json", "--quick"],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert 0 == result.returncode, result.stderr
    figures = json.loads(result.stdout)
    for key, kind in KEYS.items():
        assert isinstance(figures[key], int | kind), key
    assert figures["bare_loop_ratio"] > 0
