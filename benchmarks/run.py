"""
The library's benchmarks, each measured against a baseline in the same run.

    python benchmarks/run.py [--json] [--quick]

- ``bulk_5k_seconds``, ``bulk_1m_seconds``: ``bulk.evaluate`` on 5,000 and 1,000,000 synthetic
  composition rows; ``bare_loop_ratio``: its time over a bare Python loop doing the same
  arithmetic and building the same output rows, on the same 5,000 rows (``bare_loop_ratio_1m``
  on the million).
- ``frame_1m_seconds``, ``frame_ratio``: ``bulk.evaluate_frame`` on a pandas frame of 1,000,000
  rows, over a hand-written vectorised pandas expression of the same quota check.
- ``import_ms_over_attrs``: ``import ingroeiquotum`` against ``import attrs`` (medians of fresh
  interpreters).
- ``aggregate_pandas_ratio``: ``bulk.aggregate`` on 200,000 rows of two years over a
  hand-written pandas groupby of the same measures (``benchmarks/aggregate.py``, with its
  seconds and ``aggregate_frame_pandas_ratio``).
- ``employees_1m_seconds``, ``employees_1m_peak_mb``: streaming 1,000,000 employee records from
  a CSV file into compositions, and the peak memory it takes over the interpreter's: the larger
  of the growth of the maximum resident set size in a child process (after imports) and the
  peak of Python allocations traced by tracemalloc during a second pass.

The other scripts, each with its baseline timed in the same run, add their figures (each runs
on its own too: ``python benchmarks/<name>.py``):

- ``frames.py``: ``frame_pandas_numpy_ratio`` (the pandas path over numpy on the same columns),
  ``frame_polars_native_ratio`` (the polars path over a native polars expression);
- ``employees.py``: ``employees_daylevel_ratio`` (day-level dates over month-end ones) and the
  200,000-record Dutch HR export through the loaders' options (``hr_export_200k_*``);
- ``excel.py``: ``xlsx_calamine_ratio`` (a 75,000-row workbook over pandas with calamine);
- ``reading.py``: ``read_compositions_polars_ratio`` (100,000 rows over polars plus the same
  checks written by hand);
- ``cli.py``: ``cli_check_ms_over_python`` (``ingroeiquotum check`` on 4 rows over
  ``python -c pass``, medians);
- ``aggregate.py``: ``aggregate_pandas_ratio``;
- ``companies.py``: ``companies_5k_seconds`` and ``reports_5k_seconds`` (5,000 ``Company``
  objects, and their SER reports with the Dutch bestuursverslag), beside plain attrs objects
  and the library with its caches swapped out (the code as it ran before them).

Times are the minimum of at least 5 repetitions (7 here, 5 in the other scripts), with the
median beside the ratios (``*_median``); the JSON names the machine and the versions of the
libraries. ``--quick`` uses small sizes and 2-3 repetitions, to check the script (its figures
mean nothing). The goals: bare_loop_ratio <= 1.5, frame_pandas_numpy_ratio <= 3,
aggregate_pandas_ratio <= 3, employees_daylevel_ratio <= 1.5, xlsx_calamine_ratio <= 3,
read_compositions_polars_ratio <= 10, cli_check_ms_over_python <= 120,
import_ms_over_attrs <= 25, employees_1m_peak_mb < 100.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import subprocess
import sys
import tempfile
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from timing import timed  # noqa: E402  (the scripts' folder, inserted above)

START, END = date(2022, 1, 1), date(2030, 1, 1)
ARTICLE_RVC = "art. 2:142b lid 2 BW"
ARTICLE_NON_EXECUTIVE = "art. 2:142b lid 3 BW"
ARTICLE_NOT_LISTED = "art. 2:142b lid 1 BW"


def best_of(repeat: int, function: Callable[[], object]) -> float:
    """The shortest of ``repeat`` wall-clock timings of ``function()``."""
    return timed(repeat, function)[0]


def bare_loop(rows: Sequence[dict[str, Any]]) -> list[dict[str, object]]:
    """
    The quota check and the target rows written out by hand: the same arithmetic, decisions and
    output rows as ``bulk.evaluate`` on any valid rows (members of unknown sex and empty organs
    too), without its input checks. Each target object is converted once and found again by
    its identity, as a careful hand-written loop would (a Fraction's hash is slow).
    """
    from fractions import Fraction

    out: list[dict[str, object]] = []
    append = out.append
    shares: dict[int, tuple[object, Fraction]] = {}
    for row in rows:
        men = row["men"]
        women = row["women"]
        unknown = row.get("unknown", 0)
        members = men + women + row.get("other", 0) + unknown
        on = row["date"]
        organ = row["organ"]
        if row["listed"] and organ in ("rvc", "non_executive") and START <= on < END:
            minimum = (members + 2) // 3
            men_missing = minimum - men if minimum > men else 0
            women_missing = minimum - women if minimum > women else 0
            if not men_missing and not women_missing:
                verdict = "compliant"
            elif men_missing + women_missing <= unknown:
                verdict = "cannot_decide"
            else:
                verdict = "not_compliant"
            append(
                {
                    "company": row["company"],
                    "organ": organ,
                    "date": on,
                    "rule": "quota",
                    "verdict": verdict,
                    "article": ARTICLE_RVC if organ == "rvc" else ARTICLE_NON_EXECUTIVE,
                    "minimum_per_sex": minimum,
                    "women_missing": women_missing,
                    "men_missing": men_missing,
                }
            )
        else:
            append(
                {
                    "company": row["company"],
                    "organ": organ,
                    "date": on,
                    "rule": "quota",
                    "verdict": "not_applicable",
                    "article": ARTICLE_RVC if row["listed"] and START <= on < END
                    else ARTICLE_NOT_LISTED,
                    "minimum_per_sex": None,
                    "women_missing": None,
                    "men_missing": None,
                }
            )  # fmt: skip
        target = row.get("target")
        if target is not None:
            seen = shares.get(id(target))
            if seen is None or seen[0] is not target:
                seen = shares[id(target)] = (target, Fraction(target))
            share = seen[1]
            form = row.get("target_form") or "each_sex"
            needed = -(-share.numerator * members // share.denominator)
            women_short = needed - women if needed > women else 0
            men_short = (needed - men if needed > men else 0) if form == "each_sex" else 0
            if not members:
                verdict = "cannot_decide"  # an empty organ has no share to meet
            elif not women_short and not men_short:
                verdict = "compliant"
            elif women_short + men_short <= unknown:
                verdict = "cannot_decide"  # the members of unknown sex decide it
            else:
                verdict = "not_compliant"
            append(
                {
                    "company": row["company"],
                    "organ": organ,
                    "date": on,
                    "rule": "target",
                    "verdict": verdict,
                    "article": "art. 2:166 lid 2 BW"
                    if row["legal_form"] == "NV"
                    else "art. 2:276 lid 2 BW",
                    "minimum_per_sex": None,
                    "women_missing": women_short,
                    "men_missing": men_short,
                }
            )
    return out


def pandas_by_hand(frame: Any) -> Any:
    """The quota check as a hand-written vectorised pandas expression (numpy underneath)."""
    import numpy as np

    members = frame["men"] + frame["women"] + frame["other"] + frame["unknown"]
    dates = frame["date"]
    applies = (
        frame["listed"]
        & frame["organ"].isin(["rvc", "non_executive"])
        & (dates >= START)
        & (dates < END)
    )
    minimum = (members + 2) // 3
    men_missing = (minimum - frame["men"]).clip(lower=0)
    women_missing = (minimum - frame["women"]).clip(lower=0)
    verdict = np.select(
        [
            ~applies,
            (men_missing == 0) & (women_missing == 0),
            men_missing + women_missing <= frame["unknown"],
        ],
        ["not_applicable", "compliant", "cannot_decide"],
        default="not_compliant",
    )
    return frame.assign(
        quota_verdict=verdict,
        minimum_per_sex=minimum.where(applies),
        women_missing=women_missing.where(applies),
        men_missing=men_missing.where(applies),
    )


def bulk_figures(sizes: tuple[int, int], repeat: int) -> dict[str, float]:
    from ingroeiquotum import bulk, population

    small = list(population.iter_rows(sizes[0], seed=1))
    big = list(population.iter_rows(sizes[1], seed=2))
    assert bulk.evaluate(small) == bare_loop(small), "the bare loop must build the same rows"
    # ... on rows with members of unknown sex and empty organs too, which the synthetic
    # population does not have.
    odd = [dict(row, unknown=1) for row in small[:200]] + [
        dict(row, men=0, women=0, other=0, unknown=0) for row in small[200:400]
    ]
    assert bulk.evaluate(odd) == bare_loop(odd), "the bare loop must decide as bulk does"
    bulk_small, bulk_small_median = timed(repeat, lambda: bulk.evaluate(small))
    bare_small, bare_small_median = timed(repeat, lambda: bare_loop(small))
    bulk_big = best_of(max(1, repeat // 3), lambda: bulk.evaluate(big))
    bare_big = best_of(max(1, repeat // 3), lambda: bare_loop(big))
    return {
        "bare_loop_ratio_median": round(bulk_small_median / bare_small_median, 3),
        "bulk_5k_seconds": round(bulk_small, 4),
        "bare_5k_seconds": round(bare_small, 4),
        "bare_loop_ratio": round(bulk_small / bare_small, 3),
        "bulk_1m_seconds": round(bulk_big, 3),
        "bare_1m_seconds": round(bare_big, 3),
        "bare_loop_ratio_1m": round(bulk_big / bare_big, 3),
    }


def frame_figures(size: int, repeat: int) -> dict[str, float]:
    import pandas

    from ingroeiquotum import bulk, population

    frame = pandas.DataFrame(list(population.iter_rows(size, seed=3)))
    for column in ("other", "unknown"):
        if column not in frame:
            frame[column] = 0
    ours = bulk.evaluate_frame(frame)
    theirs = pandas_by_hand(frame)
    assert (ours["quota_verdict"] == theirs["quota_verdict"]).all(), "verdicts must agree"
    frame_time = best_of(repeat, lambda: bulk.evaluate_frame(frame))
    hand_time = best_of(repeat, lambda: pandas_by_hand(frame))
    return {
        "frame_1m_seconds": round(frame_time, 3),
        "pandas_by_hand_1m_seconds": round(hand_time, 3),
        "frame_ratio": round(frame_time / hand_time, 3),
    }


_EMPLOYEES_CHILD = """
import resource, sys, time, tracemalloc
from datetime import date
from ingroeiquotum import io
dates = [date(2023, 12, 31), date(2024, 12, 31)]
def high_water():
    # VmHWM is this process's own peak (ru_maxrss may carry the parent's over fork and exec).
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
rss_before = high_water()
started = time.perf_counter()
result = io.aggregate_employees(io.read_employees(sys.argv[1]), dates=dates)
elapsed = time.perf_counter() - started
rss_after = high_water()
tracemalloc.start()
io.aggregate_employees(io.read_employees(sys.argv[1]), dates=dates)
peak = tracemalloc.get_traced_memory()[1]
print(elapsed, (rss_after - rss_before) / 1024, peak / 2**20, len(result.rows))
"""


def employee_figures(size: int) -> dict[str, float]:
    import random

    generator = random.Random(7)
    organs = ["bestuur", "rvc", "subtop:Directie", "subtop:Management", "subtop:Teamleiders"]
    genders = ["man", "woman", "man", "woman", "man", "other", "unknown"]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "employees.csv"
        with path.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(["company", "organ", "gender", "start", "end"])
            for index in range(size):
                start = date(2015 + generator.randrange(10), 1 + generator.randrange(12), 1)
                ended = generator.random() < 0.3
                end = date(start.year + 1 + generator.randrange(3), 6, 30) if ended else ""
                writer.writerow(
                    [
                        f"company-{index % 2000:04d}",
                        organs[generator.randrange(len(organs))],
                        genders[generator.randrange(len(genders))],
                        start.isoformat(),
                        end if isinstance(end, str) else end.isoformat(),
                    ]
                )
        output = subprocess.run(
            [sys.executable, "-c", _EMPLOYEES_CHILD, str(path)],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.split()
    rss_growth, traced_peak = float(output[1]), float(output[2])
    return {
        "employees_1m_seconds": round(float(output[0]), 3),
        "employees_1m_peak_mb": round(max(rss_growth, traced_peak), 2),
        "employees_1m_rss_growth_mb": round(rss_growth, 2),
        "employees_1m_traced_peak_mb": round(traced_peak, 2),
        "employees_groups": int(output[3]),
    }


def versions() -> dict[str, str]:
    """The versions of the library and of the baselines' libraries in this run."""
    from importlib import metadata

    found = {}
    for name in ("ingroeiquotum", "numpy", "pandas", "polars", "pyarrow", "python-calamine"):
        try:
            found[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            found[name] = "absent"
    return found


def machine() -> dict[str, object]:
    return {
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "machine": platform.machine(),
        "processor": platform.processor() or platform.machine(),
        "cpus": os.cpu_count(),
        "system": platform.system(),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description="ingroeiquotum benchmarks")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--quick", action="store_true", help="small sizes, to test the script")
    arguments = parser.parse_args()
    sizes = (5_000, 50_000) if arguments.quick else (5_000, 1_000_000)
    repeat = 3 if arguments.quick else 7
    quick = arguments.quick
    import aggregate as aggregate_benchmark
    import companies as companies_benchmark
    import employees as employees_benchmark
    import excel as excel_benchmark
    import frames as frames_benchmark
    import import_cost
    import reading as reading_benchmark

    import cli as cli_benchmark

    result: dict[str, object] = {}
    result.update(bulk_figures(sizes, repeat))
    result.update(frame_figures(sizes[1], max(3, repeat // 2)))
    imports = import_cost.measure(runs=10 if arguments.quick else 30)
    result["import_ms_over_attrs"] = imports["import_ms_over_attrs"]
    result["import_quota_ms_over_attrs"] = imports["import_quota_ms_over_attrs"]
    result.update(employee_figures(50_000 if arguments.quick else 1_000_000))
    population = aggregate_benchmark.measure(
        repeat=3 if arguments.quick else 5, count=20_000 if arguments.quick else 200_000
    )
    result.update({f"aggregate_{key}" if key == "rows" else key: value
                   for key, value in population.items()})  # fmt: skip
    # The figures of the other scripts, each with its baseline timed in the same run.
    result.update(
        frames_benchmark.measure(repeat=2 if quick else 5, size=50_000 if quick else 1_000_000)
    )
    result.update(
        employees_benchmark.measure(repeat=2 if quick else 5, size=10_000 if quick else 200_000)
    )
    result.update(
        excel_benchmark.measure(repeat=2 if quick else 5, rows=2_000 if quick else 75_000)
    )
    result.update(
        reading_benchmark.measure(repeat=2 if quick else 5, size=5_000 if quick else 100_000)
    )
    result.update(cli_benchmark.measure(repeat=3 if quick else 15))
    result.update(
        companies_benchmark.measure(repeat=2 if quick else 5, size=200 if quick else 5_000)
    )
    result["quick"] = arguments.quick
    result["machine"] = machine()
    result["versions"] = versions()
    if arguments.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key:28} {value}")


if __name__ == "__main__":
    main()
