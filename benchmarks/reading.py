"""
Reading a composition file: ``io.read_compositions`` on 100,000 rows of CSV against
``polars.read_csv`` followed by the same checks written by hand in polars (the dates parse,
the counts are whole numbers of at least 0, organ, legal form and flag are known words, no
company, organ and date twice), in the same run.

- ``read_compositions_100k_seconds``, ``polars_checked_100k_seconds``,
  ``read_compositions_polars_ratio`` (goal <= 10); ``polars_read_csv_100k_seconds`` (the
  reading alone, for scale).

    python benchmarks/reading.py
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

from timing import timed


def polars_checked(path: Path) -> Any:
    """The file read by polars and checked by hand as ``read_compositions`` checks it."""
    import polars as pl

    frame = pl.read_csv(path, infer_schema=False)
    organ = pl.col("organ").str.strip_chars().str.to_lowercase()
    known = organ.is_in(["bestuur", "rvc", "executive", "non_executive"]) | organ.str.starts_with(
        "subtop:"
    )
    flags = ["true", "false", "1", "0", "yes", "no", "ja", "nee", "j", "n", "y"]
    checked = frame.with_columns(
        date=pl.col("date").str.strptime(pl.Date, "%Y-%m-%d", strict=False),
        men=pl.col("men").cast(pl.Int64, strict=False),
        women=pl.col("women").cast(pl.Int64, strict=False),
        listed=pl.col("listed").str.to_lowercase().is_in(["true", "1", "yes", "ja", "j", "y"]),
        listed_known=pl.col("listed").str.to_lowercase().is_in(flags),
        organ=organ,
        organ_known=known,
        form_known=pl.col("legal_form")
        .str.replace_all(r"\.", "")
        .str.to_uppercase()
        .is_in(["NV", "BV"]),
    )
    good = (
        pl.col("date").is_not_null()
        & (pl.col("men") >= 0)
        & (pl.col("women") >= 0)
        & pl.col("listed_known")
        & pl.col("organ_known")
        & pl.col("form_known")
        & pl.col("company").is_not_null()
    )
    checked = checked.with_columns(
        good=good, twice=pl.struct("company", "organ", "date").is_duplicated()
    )
    return checked.filter(pl.col("good") & ~pl.col("twice")), checked.filter(~pl.col("good"))


def measure(repeat: int = 5, size: int = 100_000) -> dict[str, object]:
    """The figures of this module (see its text)."""
    import polars as pl

    from ingroeiquotum import io, population

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "compositions.csv"
        io.write_compositions(population.iter_rows(size, seed=5), path)
        ours = io.read_compositions(path)
        good, _bad = polars_checked(path)
        assert len(ours.rows) == good.height, "both must keep the same rows"
        ours_min, ours_median = timed(repeat, lambda: io.read_compositions(path))
        theirs_min, theirs_median = timed(repeat, lambda: polars_checked(path))
        plain_min, _ = timed(repeat, lambda: pl.read_csv(path, infer_schema=False))
    return {
        "read_compositions_100k_seconds": round(ours_min, 3),
        "polars_checked_100k_seconds": round(theirs_min, 4),
        "polars_read_csv_100k_seconds": round(plain_min, 4),
        "read_compositions_polars_ratio": round(ours_min / theirs_min, 2),
        "read_compositions_polars_ratio_median": round(ours_median / theirs_median, 2),
    }


if __name__ == "__main__":
    print(json.dumps(measure()))
