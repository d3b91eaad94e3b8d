"""The vectorised bulk path for a pandas or polars frame (the ``frames`` extra)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from ingroeiquotum.bulk._rows import (
    _ARTICLE_NON_EXECUTIVE,
    _ARTICLE_NOT_LISTED,
    _ARTICLE_RVC,
    _COUNTS,
    _REQUIRED,
)
from ingroeiquotum.exceptions import InvalidArgument
from ingroeiquotum.law.bw2 import quota
from ingroeiquotum.law.parameters import get as _parameter

# --- the dataframe path ----------------------------------------------------------------------


def evaluate_frame(frame: Any) -> Any:
    """
    The quota for every row of a pandas or polars frame of compositions, vectorised.

    The frame has the columns of :func:`evaluate`'s rows (``other`` and ``unknown`` optional);
    the result is the same kind of frame with :data:`QUOTA_COLUMNS` added: ``quota_verdict``,
    ``minimum_per_sex``, ``women_missing``, ``men_missing`` (null where the quota does not
    apply) and ``article``. The verdicts equal those of :func:`evaluate` row for row.

    Needs the ``frames`` extra (``pip install 'ingroeiquotum[frames]'``) and pandas or polars.

    ``organ`` may be a categorical column (pandas ``category``, polars ``Categorical`` or
    ``Enum``): it is read as its text. A missing value (``None``, ``NaN``, ``pd.NA``,
    ``NaT``) in a required column is refused, naming the column.

    Raises:
        InvalidArgument: when narwhals is missing, the frame has a column twice or lacks one,
            a column has the wrong type (text or times in ``date``, fractions in a count) or
            empty values, or counts are negative.
    """
    try:
        import narwhals as nw
    except ImportError:  # pragma: no cover - exercised without the extra
        raise InvalidArgument(
            "frame", type(frame).__name__,
            "needs the 'frames' extra: pip install 'ingroeiquotum[frames]'",
        ) from None  # fmt: skip
    twice = _twice(frame)
    if twice:
        raise InvalidArgument("frame", twice, "has these columns more than once")
    try:
        data = nw.from_native(frame, eager_only=True)
    except TypeError:
        raise InvalidArgument(
            "frame", type(frame).__name__, "must be a pandas or polars DataFrame"
        ) from None
    except nw.exceptions.NarwhalsError as error:  # pragma: no cover - a frame narwhals refuses
        raise InvalidArgument("frame", type(frame).__name__, f"cannot be read ({error})") from None
    missing = [column for column in _REQUIRED if column not in data.columns]
    if missing:
        raise InvalidArgument("frame", missing, "is missing these columns")
    for column in ("other", "unknown"):
        if column in data.columns:
            data = data.with_columns(nw.col(column).fill_null(0))
        else:
            data = data.with_columns(nw.lit(0).alias(column))
    _check_dtypes(nw, data.schema)
    for column in _REQUIRED:
        nulls = data.select(nw.col(column).is_null().sum()).item()
        if nulls:
            raise InvalidArgument(column, None, f"has {nulls} empty value(s)")
    for column in _COUNTS:
        negative = data.select((nw.col(column) < 0).sum()).item()
        if negative:
            raise InvalidArgument(column, "< 0", f"{negative} row(s) have a negative count")
    # The organ as text (a categorical column too), in a column of its own dropped at the end.
    data = data.with_columns(nw.col("organ").cast(nw.String).alias("_organ"))
    organ = nw.col("_organ")
    known = organ.is_in(["bestuur", "rvc", "executive", "non_executive"]) | organ.str.starts_with(
        "subtop:"
    )
    unknown_organs = data.filter(~known).select("_organ").unique().head(5)
    if len(unknown_organs):
        raise InvalidArgument(
            "organ", unknown_organs["_organ"].to_list(), "must be one of 'bestuur', 'rvc', "
            "'executive', 'non_executive', 'subtop:<name>' (exactly, in lower case)"
        )  # fmt: skip
    if data.schema["date"] == nw.Object:  # pandas holds datetime.date objects as "object"
        kinds = {type(value) for value in data["date"].unique().to_list()}
        if kinds - {date}:
            names = sorted(kind.__name__ for kind in kinds - {date})
            raise InvalidArgument("date", names, f"must hold dates only ({_DATE_HINT})")
    on = nw.col("date")
    in_force: Any = nw.lit(False)
    for start, end in _parameter("quota.minimum_share").periods():
        term = on >= start if end is None else (on >= start) & (on < end)
        in_force = in_force | term
    # Each step is materialised once as a temporary column: narwhals does not share common
    # subexpressions, and recomputing them per use was fifteen times slower.
    step = data.with_columns(
        (nw.col("listed") & in_force).alias("_listed_in_force"),
        organ.is_in([kind.value for kind in quota.REACHED]).alias("_supervisory"),
        ((nw.col("men") + nw.col("women") + nw.col("other") + nw.col("unknown") + 2) // 3).alias(
            "_minimum"
        ),
    )
    step = step.with_columns(
        (nw.col("_listed_in_force") & nw.col("_supervisory")).alias("_applies"),
        nw.max_horizontal(nw.col("_minimum") - nw.col("men"), nw.lit(0)).alias("_men_missing"),
        nw.max_horizontal(nw.col("_minimum") - nw.col("women"), nw.lit(0)).alias("_women_missing"),
    )
    applies = nw.col("_applies")
    men_missing = nw.col("_men_missing")
    women_missing = nw.col("_women_missing")
    verdict = (
        nw.when(~applies)
        .then(nw.lit("not_applicable"))
        .when((men_missing == 0) & (women_missing == 0))
        .then(nw.lit("compliant"))
        .when(men_missing + women_missing <= nw.col("unknown"))
        .then(nw.lit("cannot_decide"))
        .otherwise(nw.lit("not_compliant"))
    )
    article = (
        nw.when(applies & (organ == "non_executive"))
        .then(nw.lit(_ARTICLE_NON_EXECUTIVE))
        .when(nw.col("_listed_in_force"))
        .then(nw.lit(_ARTICLE_RVC))
        .otherwise(nw.lit(_ARTICLE_NOT_LISTED))
    )
    result = step.with_columns(
        verdict.alias("quota_verdict"),
        nw.when(applies).then(nw.col("_minimum")).alias("minimum_per_sex"),
        nw.when(applies).then(women_missing).alias("women_missing"),
        nw.when(applies).then(men_missing).alias("men_missing"),
        article.alias("article"),
    ).drop(
        "_listed_in_force", "_supervisory", "_minimum", "_applies", "_men_missing",
        "_women_missing", "_organ",
    )  # fmt: skip
    return result.to_native()


def _twice(frame: Any) -> list[str]:
    """The names of the columns that ``frame`` has more than once (pandas allows it)."""
    try:
        names = [str(name) for name in frame.columns]
    except (AttributeError, TypeError):
        return []
    return sorted({name for name in names if names.count(name) > 1})


_DATE_HINT = "pandas: frame['date'].dt.date; polars: pl.col('date').dt.date()"


def _check_dtypes(nw: Any, schema: Mapping[str, Any]) -> None:
    """Refuse a column whose type cannot hold what it must: counts, a flag, a date, an organ."""
    for column in _COUNTS:
        if column in schema and not schema[column].is_integer():
            raise InvalidArgument(
                column, str(schema[column]), "must be a column of whole numbers (an integer type)"
            )
    if schema["listed"] != nw.Boolean:
        raise InvalidArgument("listed", str(schema["listed"]), "must be a boolean column")
    if schema["date"] not in (nw.Date, nw.Object):
        raise InvalidArgument(
            "date", str(schema["date"]), f"must be a column of dates, not times ({_DATE_HINT})"
        )
    if schema["organ"] not in (nw.String, nw.Categorical, nw.Enum, nw.Object):
        raise InvalidArgument("organ", str(schema["organ"]), "must be a column of text")
