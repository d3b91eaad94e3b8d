"""
The cost of ``import ingroeiquotum``, against ``import attrs`` in the same run.

Each import runs in a fresh interpreter, many times, alternating the two so that both see the
same machine load; the script prints the medians and their difference in milliseconds.

    python benchmarks/import_cost.py [--runs 40] [--json]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys

_PROBE = (
    "import time; t = time.perf_counter(); import {module}; print((time.perf_counter() - t) * 1000)"
)


def _once(module: str) -> float:
    output = subprocess.run(
        [sys.executable, "-c", _PROBE.format(module=module)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return float(output)


def measure(runs: int = 40) -> dict[str, float]:
    """
    Median import times, in milliseconds, of attrs, of the package, and of its first real use
    (``ingroeiquotum.quota``, which loads attrs and the core), with their differences to attrs.
    """
    attrs_ms: list[float] = []
    package_ms: list[float] = []
    quota_ms: list[float] = []
    for _ in range(runs):
        attrs_ms.append(_once("attrs"))
        package_ms.append(_once("ingroeiquotum"))
        quota_ms.append(_once("ingroeiquotum.quota"))
    attrs_median = statistics.median(attrs_ms)
    package_median = statistics.median(package_ms)
    quota_median = statistics.median(quota_ms)
    return {
        "import_attrs_ms": round(attrs_median, 2),
        "import_ingroeiquotum_ms": round(package_median, 2),
        "import_ms_over_attrs": round(package_median - attrs_median, 2),
        "import_quota_ms": round(quota_median, 2),
        "import_quota_ms_over_attrs": round(quota_median - attrs_median, 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("--runs", type=int, default=40)
    parser.add_argument("--json", action="store_true")
    arguments = parser.parse_args()
    result = measure(arguments.runs)
    if arguments.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key:28} {value:8.2f}")


if __name__ == "__main__":
    main()
