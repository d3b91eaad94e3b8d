"""
HR exports: ``io.aggregate_employees`` over ``io.read_employees``.

- ``employees_daylevel_ratio``: 200,000 records whose start and end dates fall on any day of
  the year, over the same records with month-end dates (the same counting; only the number
  of distinct dates differs). Goal <= 1.5.
- ``hr_export_200k_seconds``, ``hr_export_200k_peak_mb``: a 200,000-record export as an HR
  system writes it (cp1252, ';', Dutch headers, dd-mm-yyyy dates, gender codes 1/2/blank),
  read through the options ``columns=``, ``date_format=``, ``encoding=``, ``genders=``; the
  peak of Python allocations (tracemalloc) during a separate pass.

Times are the minimum and the median of ``repeat`` runs.

    python benchmarks/employees.py
"""

from __future__ import annotations

import json
import random
import tempfile
import tracemalloc
from datetime import date, timedelta
from pathlib import Path

from timing import timed

ORGANS = ("bestuur", "rvc", "subtop:Directie", "subtop:Management", "subtop:Teamleiders")
DATES = [date(2023, 12, 31), date(2024, 12, 31)]


def _month_end(day: date) -> date:
    following = date(day.year + (day.month == 12), day.month % 12 + 1, 1)
    return following - timedelta(days=1)


def write_records(path: Path, size: int, *, day_level: bool, dutch: bool = False) -> None:
    """``size`` employee records; day-level or month-end dates; the library's or a Dutch form."""
    generator = random.Random(11)
    codes = ("1", "2", "1", "2", "1", "3", "")
    labels = ("man", "woman", "man", "woman", "man", "other", "unknown")
    lines = []
    header = (
        "Bedrijf;Orgaan;Geslacht;Ingangsdatum;Einddatum"
        if dutch
        else "company,organ,gender,start,end"
    )
    lines.append(header)
    for index in range(size):
        start = date(2010, 1, 1) + timedelta(days=generator.randrange(14 * 365))
        end = (
            start + timedelta(days=200 + generator.randrange(5 * 365))
            if generator.random() < 0.3
            else None
        )
        if not day_level:
            start, end = _month_end(start), (_month_end(end) if end else None)
        which = generator.randrange(len(codes))
        company = f"Bedrijf {index % 2000:04d} B.V."
        organ = ORGANS[generator.randrange(len(ORGANS))]
        if dutch:
            ended = f"{end:%d-%m-%Y}" if end else ""
            lines.append(f"{company};{organ};{codes[which]};{start:%d-%m-%Y};{ended}")
        else:
            ended = end.isoformat() if end else ""
            lines.append(f"{company},{organ},{labels[which]},{start.isoformat()},{ended}")
    text = "\r\n".join(lines) + "\r\n"
    path.write_bytes(text.encode("cp1252" if dutch else "utf-8"))


def measure(repeat: int = 5, size: int = 200_000) -> dict[str, object]:
    """The figures of this module (see its text)."""
    from ingroeiquotum import io

    options = {
        "columns": {"Bedrijf": "company"},
        "date_format": "%d-%m-%Y",
        "encoding": "cp1252",
        "genders": {"1": "man", "2": "woman", "3": "other"},
    }
    with tempfile.TemporaryDirectory() as folder:
        month = Path(folder) / "month.csv"
        day = Path(folder) / "day.csv"
        dutch = Path(folder) / "dutch.csv"
        write_records(month, size, day_level=False)
        write_records(day, size, day_level=True)
        write_records(dutch, size, day_level=True, dutch=True)

        def run(path: Path, **given: object) -> object:
            return io.aggregate_employees(io.read_employees(path, **given), dates=DATES)  # type: ignore[arg-type]

        month_min, month_median = timed(repeat, lambda: run(month))
        day_min, day_median = timed(repeat, lambda: run(day))
        hr_min, hr_median = timed(repeat, lambda: run(dutch, **options))
        assert run(dutch, **options) == run(day), "the Dutch export must count as the plain one"
        tracemalloc.start()
        run(dutch, **options)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    return {
        "employees_monthend_200k_seconds": round(month_min, 3),
        "employees_daylevel_200k_seconds": round(day_min, 3),
        "employees_daylevel_ratio": round(day_min / month_min, 3),
        "employees_daylevel_ratio_median": round(day_median / month_median, 3),
        "hr_export_200k_seconds": round(hr_min, 3),
        "hr_export_200k_seconds_median": round(hr_median, 3),
        "hr_export_200k_peak_mb": round(peak / 2**20, 2),
    }


if __name__ == "__main__":
    print(json.dumps(measure()))
