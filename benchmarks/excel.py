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
- ``xlsx_75k_peak_mb``: the peak of the Python allocations traced by tracemalloc during one
  more read by the library (calamine's own buffers, outside Python's allocator, are not
  counted: ``xlsx_75k_rss_growth_mb`` is the growth of the process's maximum resident set
  size over that read, which counts them, when the read sets a new maximum).

The workbook is written once by openpyxl (write-only) from ``population.iter_rows`` (realistic
rows: 17 columns, dates as date cells, flags as booleans, targets as exact text such as "1/3")
and kept in the system's temporary folder between runs.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
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


def _peak_mb(function: Callable[[], object]) -> tuple[float, float]:
    """The tracemalloc peak of ``function()`` and the growth of the maximum RSS, in MB."""
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    tracemalloc.start()
    try:
        function()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1e6, (after - before) / 1e3  # ru_maxrss is in KiB on Linux


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
    # The RSS growth first, while the process's maximum is still that of the warm-up read.
    peak, rss = _peak_mb(lambda: loaders.read_compositions(path))
    ours = _timings(repeat, lambda: loaders.read_compositions(path))
    theirs = _timings(repeat, lambda: pandas.read_excel(path, engine="calamine"))
    return {
        "xlsx_rows": rows,
        "xlsx_75k_seconds": round(min(ours), 3),
        "xlsx_75k_median_seconds": round(statistics.median(ours), 3),
        "xlsx_pandas_calamine_seconds": round(min(theirs), 3),
        "xlsx_pandas_calamine_median_seconds": round(statistics.median(theirs), 3),
        "xlsx_calamine_ratio": round(min(ours) / min(theirs), 2),
        "xlsx_75k_peak_mb": round(peak, 1),
        "xlsx_75k_rss_growth_mb": round(rss, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--rows", type=int, default=ROWS)
    arguments = parser.parse_args()
    print(json.dumps(measure(arguments.repeat, arguments.rows), indent=2))


if __name__ == "__main__":
    main()
