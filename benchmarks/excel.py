"""
Reading Excel: ``io.read_compositions`` of a 75,000-row workbook of compositions against
``pandas.read_excel(path, engine="calamine")`` on the same file, in the same run.

    python benchmarks/excel.py [--repeat N]

Prints one JSON object:

- ``xlsx_75k_seconds``: the fastest of ``repeat`` reads by the library (``xlsx_75k_median_seconds``
  the median), every row checked and typed;
- ``xlsx_pandas_calamine_seconds`` (and ``..._median_seconds``): pandas with calamine, which only
  reads the cells into a frame;
- ``xlsx_calamine_ratio``: the library's fastest over pandas' fastest (the goal: at most 3);
- ``xlsx_75k_peak_mb``: the peak memory of one read by the library, the larger of two
  measures: the growth of the maximum resident set size of a fresh child process over the
  read (after its imports), which counts calamine's own buffers (``xlsx_75k_rss_growth_mb``),
  and the peak of the Python allocations traced by tracemalloc during a read in this process
  (``xlsx_75k_tracemalloc_peak_mb``), which does not see them.

The workbook is written once by openpyxl (write-only) from ``population.iter_rows`` (realistic
rows: 17 columns, dates as date cells, flags as booleans, targets as exact text such as "1/3")
and kept in the system's temporary folder between runs.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from fractions import Fraction
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))

ROWS = 75_000


def workbook(rows: int = ROWS) -> Path:
    """The path of a workbook of ``rows`` composition rows, written once and then reused."""
    from ingroeiquotum.population import iter_rows

    path = Path(tempfile.gettempdir()) / f"ingroeiquotum-bench-compositions-{rows}.xlsx"
    if path.exists():
        return path
    import openpyxl

    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet()
    header: list[str] = []
    for row in iter_rows(rows, seed=2024):
        if not header:
            header = list(row)
            sheet.append(header)
        sheet.append([_cell(row[column]) for column in header])
    partial = path.with_suffix(".partial.xlsx")
    book.save(partial)
    partial.replace(path)  # a run stopped half way leaves no broken workbook behind
    return path


def _cell(value: object) -> object:
    if isinstance(value, Fraction):
        return f"{value.numerator}/{value.denominator}"
    return value


def _timings(repeat: int, function: Callable[[], object]) -> list[float]:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    return times


def _traced_mb(function: Callable[[], object]) -> float:
    """The peak of the Python allocations of ``function()``, in MB."""
    tracemalloc.start()
    try:
        function()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak / 1e6


_CHILD = """
import resource, sys
sys.path.insert(0, sys.argv[2])
from ingroeiquotum import io
import openpyxl, python_calamine  # what a read loads, loaded before the baseline

def high_water():
    # VmHWM is this process's own peak; ru_maxrss is not: Linux carries it over from the
    # parent through fork and exec, so a large parent would hide the child's growth.
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

before = high_water()
io.read_compositions(sys.argv[1])
print(high_water() - before)
"""


def _rss_growth_mb(path: Path) -> float:
    """The growth of a fresh process's maximum RSS over one read of ``path``, in MB."""
    source = str(HERE.parent / "src")
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, str(path), source],
        capture_output=True,
        text=True,
        check=True,
    )
    return int(done.stdout.strip()) * 1024 / 1e6  # both are in KiB


def measure(repeat: int = 5, rows: int = ROWS) -> dict[str, object]:
    """The library's and pandas' times on the workbook, their ratio and the library's memory."""
    import pandas

    from ingroeiquotum import io as loaders

    path = workbook(rows)
    count = len(loaders.read_compositions(path).rows)  # warm: imports, the file in the cache
    if count != rows:
        raise AssertionError(f"read {count} rows of {rows}")
    if len(pandas.read_excel(path, engine="calamine")) != rows:
        raise AssertionError("pandas read another number of rows")
    traced, rss = _traced_mb(lambda: loaders.read_compositions(path)), _rss_growth_mb(path)
    ours = _timings(repeat, lambda: loaders.read_compositions(path))
    theirs = _timings(repeat, lambda: pandas.read_excel(path, engine="calamine"))
    return {
        "xlsx_rows": rows,
        "xlsx_75k_seconds": round(min(ours), 3),
        "xlsx_75k_median_seconds": round(statistics.median(ours), 3),
        "xlsx_pandas_calamine_seconds": round(min(theirs), 3),
        "xlsx_pandas_calamine_median_seconds": round(statistics.median(theirs), 3),
        "xlsx_calamine_ratio": round(min(ours) / min(theirs), 2),
        "xlsx_75k_peak_mb": round(max(traced, rss), 1),
        "xlsx_75k_rss_growth_mb": round(rss, 1),
        "xlsx_75k_tracemalloc_peak_mb": round(traced, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--rows", type=int, default=ROWS)
    arguments = parser.parse_args()
    print(json.dumps(measure(arguments.repeat, arguments.rows), indent=2))


if __name__ == "__main__":
    main()
