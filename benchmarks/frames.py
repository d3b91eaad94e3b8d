"""
``bulk.evaluate_frame`` on 1,000,000 rows against the floor of each frame library.

    python benchmarks/frames.py [--quick]
    python benchmarks/frames.py --stream 50    # 50 million rows streamed from parquet

- ``frame_pandas_numpy_ratio``: the pandas path on a frame (``date`` as ``datetime64[us]``, what
  ``read_parquet`` and ``read_csv(parse_dates=...)`` give; ``organ`` as text) over numpy
  computing the same columns (the quota applied where listed, in force and on a supervisory
  organ, the minimum per sex ceil(n/3), the men and women missing, the verdict and the article
  as codes, the masks of the empty cells) from arrays prepared before the timing (dates as
  ``datetime64[D]``, the organ as integer codes). The numpy side skips what the library does
  beyond it: reading the columns out of the frame, checking every value, building the result.
  ``frame_pandas_object_dates_numpy_ratio``: the same with ``date`` as ``datetime.date``
  objects (what ``DataFrame(list_of_dicts)`` gives), which the library must convert.
- ``frame_polars_native_ratio``: the polars path over one native polars expression of the same
  columns (the verdict and article as ``Enum``, the counts null where the quota does not apply),
  on the same ``DataFrame``; the library also checks every value inside the plan.

Both sides of each ratio are timed in the same run, alternately, ``repeat`` times; the ratios are
given from the minima (the key) and from the medians (``..._median``). The rows come from
``ingroeiquotum.population.iter_rows`` (synthetic, seed 3).
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from datetime import date
from typing import Any

START, END = date(2022, 1, 1), date(2030, 1, 1)
VERDICTS = ("compliant", "not_compliant", "not_applicable", "cannot_decide")
ARTICLES = ("art. 2:142b lid 2 BW", "art. 2:142b lid 3 BW", "art. 2:142b lid 1 BW")
COLUMNS = ("company", "organ", "date", "legal_form", "listed", "men", "women", "other", "unknown")


def numpy_arrays(frame: Any) -> dict[str, Any]:
    """
    The frame's columns as the numpy arrays the baseline computes on, prepared before it is
    timed: the counts, ``listed``, the dates as ``datetime64[D]`` and the organ as small codes
    into its distinct names (the cheapest form numpy can compare; done once, outside the timing).
    """
    import numpy as np

    names, codes = np.unique(frame["organ"].to_numpy(dtype=object), return_inverse=True)
    arrays = {key: frame[key].to_numpy() for key in ("men", "women", "other", "unknown", "listed")}
    arrays["day"] = frame["date"].to_numpy().astype("datetime64[D]")
    arrays["organ"] = codes.astype(np.int32)
    arrays["rvc"] = np.flatnonzero(names == "rvc")
    arrays["non_executive"] = np.flatnonzero(names == "non_executive")
    return arrays


def numpy_columns(arrays: dict[str, Any]) -> dict[str, Any]:
    """The result columns computed with numpy: the verdict and article codes, values, masks."""
    import numpy as np

    men, women, unknown = arrays["men"], arrays["women"], arrays["unknown"]
    members = men + women + arrays["other"] + unknown
    days = arrays["day"]
    non_executive = np.isin(arrays["organ"], arrays["non_executive"])
    listed_in_force = (
        arrays["listed"] & (days >= np.datetime64(START, "D")) & (days < np.datetime64(END, "D"))
    )
    applies = listed_in_force & (np.isin(arrays["organ"], arrays["rvc"]) | non_executive)
    minimum = (members + 2) // 3
    men_missing = np.maximum(minimum - men, 0)
    women_missing = np.maximum(minimum - women, 0)
    verdict = np.select(
        [
            ~applies,
            (men_missing == 0) & (women_missing == 0),
            men_missing + women_missing <= unknown,
        ],
        [2, 0, 3],
        default=1,
    ).astype(np.int8)
    article = np.where(applies & non_executive, 1, np.where(listed_in_force, 0, 2)).astype(np.int8)
    empty = ~applies
    return {
        "quota_verdict": verdict,
        "minimum_per_sex": (minimum, empty),
        "women_missing": (women_missing, empty),
        "men_missing": (men_missing, empty),
        "article": article,
    }


def polars_native(frame: Any) -> Any:
    """
    The result columns as native polars expressions, ``Enum`` verdicts and articles, run lazily
    so that polars computes each shared part once (common subexpression elimination).
    """
    import polars as pl

    verdicts, articles = pl.Enum(VERDICTS), pl.Enum(ARTICLES)
    men, women, unknown = pl.col("men"), pl.col("women"), pl.col("unknown")
    listed_in_force = pl.col("listed") & (pl.col("date") >= START) & (pl.col("date") < END)
    applies = listed_in_force & pl.col("organ").is_in(["rvc", "non_executive"])
    minimum = (men + women + pl.col("other") + unknown + 2) // 3
    men_missing = pl.max_horizontal(minimum - men, 0)
    women_missing = pl.max_horizontal(minimum - women, 0)
    return (
        frame.lazy()
        .with_columns(
            quota_verdict=pl.when(~applies)
            .then(pl.lit("not_applicable", dtype=verdicts))
            .when((men_missing == 0) & (women_missing == 0))
            .then(pl.lit("compliant", dtype=verdicts))
            .when(men_missing + women_missing <= unknown)
            .then(pl.lit("cannot_decide", dtype=verdicts))
            .otherwise(pl.lit("not_compliant", dtype=verdicts)),
            minimum_per_sex=pl.when(applies).then(minimum),
            women_missing=pl.when(applies).then(women_missing),
            men_missing=pl.when(applies).then(men_missing),
            article=pl.when(applies & (pl.col("organ") == "non_executive"))
            .then(pl.lit(ARTICLES[1], dtype=articles))
            .when(listed_in_force)
            .then(pl.lit(ARTICLES[0], dtype=articles))
            .otherwise(pl.lit(ARTICLES[2], dtype=articles)),
        )
        .collect()
    )


def _same_as_numpy(ours: Any, theirs: dict[str, Any]) -> None:
    import numpy as np

    assert np.array_equal(ours["quota_verdict"].cat.codes.to_numpy(), theirs["quota_verdict"])
    assert np.array_equal(ours["article"].cat.codes.to_numpy(), theirs["article"])
    for key in ("minimum_per_sex", "women_missing", "men_missing"):
        values, empty = theirs[key]
        assert np.array_equal(ours[key].isna().to_numpy(), empty), key
        assert np.array_equal(
            ours[key].to_numpy(dtype=np.int64, na_value=-1), np.where(empty, -1, values)
        ), key


def _alternately(
    repeat: int, ours: Callable[[], object], theirs: Callable[[], object]
) -> dict[str, float]:
    """Both timed ``repeat`` times, one after the other: min and median of each, and the ratios."""
    mine, baseline = [], []
    for _ in range(repeat):
        for function, times in ((ours, mine), (theirs, baseline)):
            started = time.perf_counter()
            function()
            times.append(time.perf_counter() - started)
    return {
        "min": min(mine),
        "median": statistics.median(mine),
        "baseline_min": min(baseline),
        "baseline_median": statistics.median(baseline),
        "ratio": min(mine) / min(baseline),
        "ratio_median": statistics.median(mine) / statistics.median(baseline),
    }


def _keys(prefix: str, baseline: str, figures: dict[str, float]) -> dict[str, object]:
    return {
        f"{prefix}_seconds_min": round(figures["min"], 4),
        f"{prefix}_seconds_median": round(figures["median"], 4),
        f"{prefix}_{baseline}_seconds_min": round(figures["baseline_min"], 4),
        f"{prefix}_{baseline}_seconds_median": round(figures["baseline_median"], 4),
        f"{prefix}_{baseline}_ratio": round(figures["ratio"], 3),
        f"{prefix}_{baseline}_ratio_median": round(figures["ratio_median"], 3),
    }


def measure(repeat: int = 5, size: int = 1_000_000) -> dict[str, object]:
    """The figures of the frame paths on ``size`` rows, each side timed ``repeat`` times."""
    import pandas as pd
    import polars as pl

    from ingroeiquotum import bulk, population

    rows = [{key: row[key] for key in COLUMNS} for row in population.iter_rows(size, seed=3)]
    objects = pd.DataFrame(rows)
    timed = objects.assign(date=pd.to_datetime(objects["date"]).astype("datetime64[us]"))
    native = pl.DataFrame(rows)
    del rows
    # the same columns on both sides, checked before anything is timed
    arrays = numpy_arrays(timed)
    _same_as_numpy(bulk.evaluate_frame(timed), numpy_columns(arrays))
    _same_as_numpy(bulk.evaluate_frame(objects), numpy_columns(arrays))
    assert bulk.evaluate_frame(native).equals(polars_native(native)), "polars sides differ"
    result: dict[str, object] = {"frame_rows": size, "frame_repeat": repeat}
    pandas_figures = _alternately(
        repeat, lambda: bulk.evaluate_frame(timed), lambda: numpy_columns(arrays)
    )
    result.update(_keys("frame_pandas", "numpy", pandas_figures))
    objects_figures = _alternately(
        repeat, lambda: bulk.evaluate_frame(objects), lambda: numpy_columns(arrays)
    )
    result.update(_keys("frame_pandas_object_dates", "numpy", objects_figures))
    polars_figures = _alternately(
        repeat, lambda: bulk.evaluate_frame(native), lambda: polars_native(native)
    )
    result.update(_keys("frame_polars", "native", polars_figures))
    result["versions"] = {
        "pandas": pd.__version__,
        "polars": pl.__version__,
        "numpy": __import__("numpy").__version__,
    }
    return result


def measure_stream(millions: int = 50, folder: str | None = None) -> dict[str, object]:
    """
    Polars streaming of ``millions`` million rows from parquet through ``evaluate_frame``:
    files of 1,000,000 synthetic rows each (the same rows with other company names), read with
    ``scan_parquet``, evaluated, counted per verdict (``collect(engine="streaming")``) and, in a
    second pass, written back with ``sink_parquet``. Not part of :func:`measure` (minutes, and
    disk space: about 10 MB per million rows, twice).
    """
    import shutil
    import tempfile
    from pathlib import Path

    import polars as pl

    from ingroeiquotum import bulk, population

    base = pl.DataFrame(
        [{key: row[key] for key in COLUMNS} for row in population.iter_rows(1_000_000, seed=3)]
    )
    where = Path(tempfile.mkdtemp(dir=folder))
    try:
        for part in range(millions):
            base.with_columns(pl.col("company") + f"-{part:03d}").write_parquet(
                where / f"part-{part:03d}.parquet"
            )
        plan = bulk.evaluate_frame(pl.scan_parquet(where / "part-*.parquet"))
        started = time.perf_counter()
        counts = plan.group_by("quota_verdict").len().collect(engine="streaming")
        counted = time.perf_counter() - started
        started = time.perf_counter()
        plan.sink_parquet(where / "verdicts.parquet")
        written = time.perf_counter() - started
        rows = pl.scan_parquet(where / "verdicts.parquet").select(pl.len()).collect().item()
    finally:
        shutil.rmtree(where)
    return {
        "stream_rows": rows,
        "stream_count_seconds": round(counted, 2),
        "stream_sink_parquet_seconds": round(written, 2),
        "stream_verdicts": dict(sorted((str(k), v) for k, v in counts.iter_rows())),
    }


if __name__ == "__main__":
    quick = "--quick" in sys.argv
    if "--stream" in sys.argv:
        figures = measure_stream(int(sys.argv[sys.argv.index("--stream") + 1]))
    else:
        figures = measure(repeat=3 if quick else 5, size=50_000 if quick else 1_000_000)
    for key, value in figures.items():
        print(f"{key:48} {value}")
