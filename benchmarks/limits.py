"""
The loaders on the largest plausible inputs and at their limits: time and peak memory.

    python benchmarks/limits.py [--quick]

Prints one JSON object. For each case, ``seconds`` is the best wall-clock time of a few runs
and ``peak_mb`` the peak of Python allocations traced by tracemalloc in a separate run (the
file's own size on disk is not counted; for a source held in memory it is). Cases:

- ``compositions_csv_200k``: ``io.read_compositions`` of a 200,000-row CSV file of compositions
  (16 columns), every row kept.
- ``compositions_xlsx_75k``: ``io.read_compositions`` of a 75,000-row Excel workbook.
- ``employees_csv_1m``: ``io.aggregate_employees(io.read_employees(...))`` of a
  1,000,000-record HR export (CSV), counted on four dates.
- ``dev_zero_csv``, ``dev_zero_json``, ``dev_zero_xlsx``: ``/dev/zero`` read as each format
  under the default limits (a LoadError at the first limit).
- ``endless_rows_employees``: an endless stream of valid employee records, under the
  default limits: read up to ``Limits().rows`` records, then a LoadError.
- ``wide_header``: a CSV header of 200,000 columns (limits raised), checked.

``--quick`` divides the sizes by 100, to check the script.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import io
import json
import os
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))

from ingroeiquotum import io as loaders  # noqa: E402
from ingroeiquotum.exceptions import LoadError  # noqa: E402

COMPOSITION_COLUMNS = (
    "company", "organ", "date", "legal_form", "listed", "men", "women", "other", "unknown",
    "sector", "employees", "large", "reported", "target", "target_form", "target_year",
)  # fmt: skip
ORGANS = ("bestuur", "rvc", "subtop:Directeuren", "subtop:Managers")


def composition_rows(count: int) -> list[list[object]]:
    """``count`` composition rows, each a distinct company, organ and date."""
    rows = []
    for index in range(count):
        rows.append(
            [f"Bedrijf {index // 8} N.V.", ORGANS[index % 4], f"{2020 + index % 8 // 4}-12-31",
             "NV", "true", 3 + index % 5, 2 + index % 3, 0, index % 2, "64", "1200", "true",
             "true", "30%", "each_sex", 2026]
        )  # fmt: skip
    return rows


def write_csv(path: Path, header: tuple[str, ...], rows: list[list[object]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(header)
        writer.writerows(rows)


def write_employees(path: Path, count: int) -> None:
    with path.open("w", encoding="utf-8", newline="") as file:
        file.write("company,organ,gender,start,end\n")
        for index in range(count):
            end = "" if index % 3 else f"{2022 + index % 4}-06-30"
            file.write(
                f"Bedrijf {index % 500} BV,{ORGANS[index % 4]},{'mv'[index % 2]},"
                f"20{10 + index % 12}-01-01,{end}\n"
            )


def write_xlsx(path: Path, rows: list[list[object]]) -> None:
    import openpyxl

    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet()
    sheet.append(COMPOSITION_COLUMNS)
    for row in rows:
        sheet.append(row)
    workbook.save(path)


def measure(function: Callable[[], object], repeat: int = 2) -> dict[str, object]:
    """Best time of ``repeat`` runs, then the traced peak of one more."""
    times = []
    outcome = ""
    for _ in range(repeat):
        started = time.perf_counter()
        try:
            function()
            outcome = "read"
        except LoadError as error:
            outcome = f"LoadError: {error.errors[0].field}"
        times.append(time.perf_counter() - started)
    tracemalloc.start()
    with contextlib.suppress(LoadError):
        function()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return {"seconds": round(min(times), 3), "peak_mb": round(peak / 2**20, 1), "outcome": outcome}


class EndlessRecords:
    """An endless binary stream of valid employee records after a header."""

    def __init__(self) -> None:
        self.header = b"company,organ,gender,start,end\n"

    def read(self, size: int = -1) -> bytes:
        return b""

    def readline(self, size: int = -1) -> bytes:
        line, self.header = self.header or b"Polder BV,rvc,v,2020-01-01,\n", b""
        return line


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="sizes divided by 100")
    arguments = parser.parse_args(argv)
    scale = 100 if arguments.quick else 1
    figures: dict[str, object] = {"quick": arguments.quick, "python": sys.version.split()[0]}
    dates = [date(2021, 12, 31), date(2022, 12, 31), date(2023, 12, 31), date(2024, 12, 31)]
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        csv_path, xlsx_path = base / "compositions.csv", base / "compositions.xlsx"
        write_csv(csv_path, COMPOSITION_COLUMNS, composition_rows(200_000 // scale))
        figures["compositions_csv_200k"] = {
            "bytes": os.path.getsize(csv_path),
            **measure(lambda: loaders.read_compositions(csv_path)),
        }
        try:
            write_xlsx(xlsx_path, composition_rows(75_000 // scale))
        except ImportError:
            figures["compositions_xlsx_75k"] = None
        else:
            figures["compositions_xlsx_75k"] = {
                "bytes": os.path.getsize(xlsx_path),
                **measure(lambda: loaders.read_compositions(xlsx_path), repeat=1),
            }
        employees = base / "employees.csv"
        write_employees(employees, 1_000_000 // scale)
        figures["employees_csv_1m"] = {
            "bytes": os.path.getsize(employees),
            **measure(
                lambda: loaders.aggregate_employees(loaders.read_employees(employees), dates=dates)
            ),
        }
    if os.path.exists("/dev/zero"):
        for format in ("csv", "json", "xlsx"):
            figures[f"dev_zero_{format}"] = measure(
                lambda format=format: loaders.read_compositions("/dev/zero", format=format)
            )
    limits = loaders.Limits(rows=loaders.Limits().rows // scale)
    figures["endless_rows_employees"] = measure(
        lambda: loaders.aggregate_employees(
            loaders.read_employees(EndlessRecords(), format="csv", limits=limits), dates=dates
        ),
        repeat=1,
    )
    header = ",".join(f"c{i}" for i in range(200_000 // scale)) + "\n"
    wide = loaders.Limits(columns=200_000, line_length=len(header))
    figures["wide_header"] = measure(
        lambda: loaders.read_compositions(io.StringIO(header), format="csv", limits=wide)
    )
    print(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
