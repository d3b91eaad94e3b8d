"""
The cost of a switched reading on the bulk path: ``bulk.evaluate`` on 5,000 rows (a third of
them with people registered as neither sex, whose count the reading ``quota.other_is_neither_sex``
decides) under the library's readings, and inside ``readings.choose`` of that reading, in the same
run, alternating the two so that both see the same machine load.

    python benchmarks/readings_switch.py [--repeat 5] [--json]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from datetime import date

from ingroeiquotum import bulk, readings

_ROWS = [
    {
        "company": f"C{index}",
        "organ": "rvc" if index % 2 else "non_executive",
        "date": date(2025, 6, 30),
        "legal_form": "NV" if index % 4 else "BV",
        "listed": True,
        "men": 3 + index % 5,
        "women": index % 4,
        "other": 1 if index % 3 == 0 else 0,
        "unknown": 0,
    }
    for index in range(5_000)
]


def _seconds(switched: bool) -> float:
    start = time.perf_counter()
    if switched:
        with readings.choose("quota.other_is_neither_sex"):
            bulk.evaluate(_ROWS)
    else:
        bulk.evaluate(_ROWS)
    return time.perf_counter() - start


def measure(repeat: int = 5) -> dict[str, object]:
    """Min and median seconds of each, and the ratio of the switched run's median to the
    default's (the baseline, timed in the same run)."""
    default: list[float] = []
    switched: list[float] = []
    for _ in range(repeat):
        default.append(_seconds(False))
        switched.append(_seconds(True))
    return {
        "readings_default_5k_min_seconds": round(min(default), 4),
        "readings_default_5k_median_seconds": round(statistics.median(default), 4),
        "readings_switched_5k_min_seconds": round(min(switched), 4),
        "readings_switched_5k_median_seconds": round(statistics.median(switched), 4),
        "readings_switched_ratio": round(
            statistics.median(switched) / statistics.median(default), 3
        ),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    arguments = parser.parse_args()
    result = measure(arguments.repeat)
    if arguments.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key}: {value}")


if __name__ == "__main__":
    main()
