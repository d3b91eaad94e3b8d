"""
``bulk.aggregate`` against a hand-written pandas groupby of the same measures, 200,000 rows.

    python benchmarks/aggregate.py [--repeat N] [--rows N]

Prints one JSON object. The rows: two years (2023 and 2024) of 100,000 synthetic composition
rows each from :func:`ingroeiquotum.population.iter_rows` (the same companies in both years),
held in memory as a list of dicts, as a data team has them after reading a file.

- ``aggregate_seconds_min`` / ``_median``: ``bulk.aggregate(rows)`` (every grouping: all,
  SBI section, SBI division, size class, listed / not listed; every organ group).
- ``pandas_seconds_min`` / ``_median``: the baseline, timed in the same run on the same rows:
  ``pandas.DataFrame(rows)`` and a hand-written groupby per grouping of the same measures
  (companies, organs, seats, women, men, the share of seats, the mean and median share per
  organ, all-male organs, the companies that reported, set a target, are large, the listed
  companies the quota reaches and those meeting it, the organs meeting their target), with the
  quota and the target decided by vectorised arithmetic.
- ``aggregate_pandas_ratio``: aggregate / pandas (medians; the issue's goal: at most 3).
- ``pandas_groupby_only_seconds_min`` / ``_median``: the baseline without building the frame,
  and ``aggregate_frame_seconds_min`` / ``_median``: ``bulk.aggregate_frame`` on that pandas
  frame, with ``aggregate_frame_pandas_ratio`` (aggregate_frame / groupby only, medians).
"""

from __future__ import annotations

import argparse
import itertools
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))

from ingroeiquotum import bulk, population  # noqa: E402
from ingroeiquotum.bulk import sbi  # noqa: E402

ROWS = 200_000
YEARS = (2023, 2024)


def rows(count: int = ROWS) -> list[dict[str, object]]:
    """``count`` rows: equal parts of each year of ``YEARS``, from ``population.iter_rows``."""
    each = count // len(YEARS)
    return [
        row
        for year in YEARS
        for row in itertools.islice(population.iter_rows(each, seed=2024, year=year), each)
    ]


_SIZES = ([0, 250, 500, 1000, float("inf")], ["<250", "250-499", "500-999", "1000+"])


def pandas_frame(data: list[dict[str, object]]) -> Any:
    """The rows as a pandas frame (part of the baseline: aggregate starts from the rows)."""
    import pandas as pd

    return pd.DataFrame(data)


def pandas_groupby(frame: Any) -> Any:
    """The hand-written baseline: the same measures per year, grouping and organ group."""
    import numpy as np
    import pandas as pd

    df = frame
    men, women = df["men"], df["women"]
    members = men + women + df["other"].fillna(0) + df["unknown"].fillna(0)
    on = pd.to_datetime(df["date"])
    organ = df["organ"].astype(str)
    subtop = organ.str.startswith("subtop:")
    organ_group = np.where(
        subtop, organ, np.where(organ.isin(["rvc", "non_executive"]), "rvc", "bestuur")
    )
    division = df["sector"].astype(str).str.replace(".", "", regex=False).str.zfill(2).str[:2]
    divisions = {f"{n:02d}": s.letter for s in sbi.SECTIONS.values()
                 for n in range(s.first, s.last + 1)}  # fmt: skip
    listed = df["listed"].astype(bool)
    in_force = (on >= "2022-01-01") & (on < "2030-01-01")
    applies = listed & organ.isin(["rvc", "non_executive"]) & in_force
    minimum = (members + 2) // 3
    has_target = df["target"].notna()
    share_target = df["target"].astype(float)
    needed = np.ceil(share_target * members)
    company = df["company"]
    base = pd.DataFrame(
        {
            "year": on.dt.year,
            "company": company,
            "organ_group": organ_group,
            "members": members,
            "men": men,
            "women": women,
            "share": (women / members).where(members > 0),
            "with_members": members > 0,
            "all_male": (women == 0) & (men > 0),
            "reported": company.where(df["reported"].astype(bool)),
            "target": company.where(has_target),
            "obliged": company.where(df["large"].astype(bool)),
            "obliged_target": company.where(df["large"].astype(bool) & has_target),
            "organs_target": has_target,
            "organs_met": has_target & (women >= needed) & (men >= needed),
            "listed": company.where(listed),
            "applies": company.where(applies),
            "meeting": company.where(applies & (men >= minimum) & (women >= minimum)),
            "section": division.map(divisions),
            "division": division,
            "size": pd.cut(df["employees"], _SIZES[0], right=False, labels=_SIZES[1]),
            "listed_group": np.where(listed, "listed", "not_listed"),
            "all": "all",
        }
    )
    whole = pd.concat([base, base[subtop.to_numpy()].assign(organ_group="subtop")])
    measures = {
        "companies": ("company", "nunique"), "organs": ("company", "size"),
        "seats": ("members", "sum"), "women": ("women", "sum"), "men": ("men", "sum"),
        "mean_share_women": ("share", "mean"), "median_share_women": ("share", "median"),
        "organs_with_members": ("with_members", "sum"), "all_male": ("all_male", "sum"),
        "reported": ("reported", "nunique"), "with_target": ("target", "nunique"),
        "obliged": ("obliged", "nunique"), "obliged_with_target": ("obliged_target", "nunique"),
        "organs_with_target": ("organs_target", "sum"),
        "organs_meeting_target": ("organs_met", "sum"), "listed": ("listed", "nunique"),
        "listed_quota_applies": ("applies", "nunique"),
        "listed_meeting_quota": ("meeting", "nunique"),
    }  # fmt: skip
    parts = []
    for column in ("all", "section", "division", "size", "listed_group"):
        grouped = whole.groupby(["year", column, "organ_group"], observed=True).agg(**measures)
        grouped["share_of_seats_women"] = grouped["women"] / grouped["seats"]
        grouped["all_male_share"] = grouped["all_male"] / grouped["organs_with_members"]
        parts.append(grouped.reset_index().rename(columns={column: "group"}))
    return pd.concat(parts)


def _times(function: Callable[[], object], repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return times


def measure(repeat: int = 5, count: int = ROWS) -> dict[str, object]:
    """The timings (min and median of ``repeat`` runs) and the ratios, in one run."""
    data = rows(count)
    frame = pandas_frame(data)
    aggregate = _times(lambda: bulk.aggregate(data), repeat)
    pandas = _times(lambda: pandas_groupby(pandas_frame(data)), repeat)
    groupby_only = _times(lambda: pandas_groupby(frame), repeat)
    result: dict[str, object] = {
        "rows": len(data),
        "aggregate_seconds_min": round(min(aggregate), 4),
        "aggregate_seconds_median": round(statistics.median(aggregate), 4),
        "pandas_seconds_min": round(min(pandas), 4),
        "pandas_seconds_median": round(statistics.median(pandas), 4),
        "aggregate_pandas_ratio": round(
            statistics.median(aggregate) / statistics.median(pandas), 3
        ),
        "pandas_groupby_only_seconds_min": round(min(groupby_only), 4),
        "pandas_groupby_only_seconds_median": round(statistics.median(groupby_only), 4),
    }
    aggregate_frame = getattr(bulk, "aggregate_frame", None)
    if aggregate_frame is not None:
        framed = _times(lambda: aggregate_frame(frame), repeat)
        result["aggregate_frame_seconds_min"] = round(min(framed), 4)
        result["aggregate_frame_seconds_median"] = round(statistics.median(framed), 4)
        result["aggregate_frame_pandas_ratio"] = round(
            statistics.median(framed) / statistics.median(groupby_only), 3
        )
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--rows", type=int, default=ROWS)
    arguments = parser.parse_args()
    print(json.dumps(measure(arguments.repeat, arguments.rows), indent=2))


if __name__ == "__main__":
    main()
