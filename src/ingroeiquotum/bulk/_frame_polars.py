"""
The frame path for polars: one lazy plan of native expressions, for a ``DataFrame`` (collected
at once) or a ``LazyFrame`` (returned as a plan, so that streaming and ``sink_parquet`` work).

Nothing is collected while the plan is built: the columns' types are checked from the schema,
and the rows are checked inside the plan, where a bad row raises the library's
:class:`InvalidArgument` when the plan runs (``collect``, ``sink_*``).
"""

from __future__ import annotations

import functools
import importlib
import threading
from collections.abc import Iterable, Sequence
from typing import Any

from ingroeiquotum.bulk import _frame_kernel as kernel
from ingroeiquotum.bulk._rows import _COUNTS, _REQUIRED
from ingroeiquotum.exceptions import InvalidArgument

_TEXT = ("company", "organ", "legal_form")
_TEMPORARY = (
    "_day",
    "_organ",
    "_legal_form",
    "_problem",
    "_listed_in_force",
    "_applies",
    "_minimum",
    "_men_missing",
    "_women_missing",
)


def evaluate(frame: Any) -> Any:
    """:func:`ingroeiquotum.bulk.evaluate_frame` for a polars DataFrame or LazyFrame."""
    pl: Any = importlib.import_module("polars")
    lazy = isinstance(frame, pl.LazyFrame)
    plan = frame if lazy else frame.lazy()
    schema = plan.collect_schema()
    missing = [column for column in _REQUIRED if column not in schema]
    if missing:
        raise InvalidArgument("frame", missing, "is missing these columns")
    _check_types(pl, schema)
    counts = {}
    for column in ("other", "unknown"):
        if column in schema:
            counts[column] = pl.col(column).fill_null(0)
        else:
            counts[column] = pl.lit(0, dtype=pl.Int64)
    plan = plan.with_columns(**counts)
    timed = schema["date"] != pl.Date
    day = pl.col("date").dt.date() if timed else pl.col("date")
    plan = plan.with_columns(
        _day=day, _organ=_read(pl, "organ"), _legal_form=_read(pl, "legal_form")
    )
    plan = plan.with_columns(_problem=_any_problem(pl, schema, timed))
    checked = pl.map_batches(
        list(_CHECKED),
        functools.partial(_refuse_bad_rows, timed=timed),
        return_dtype=pl.Boolean,
        is_elementwise=True,
    )
    in_force = pl.lit(False)
    for start, end in kernel.periods():
        term = pl.col("_day") >= start
        if end is not None:
            term = term & (pl.col("_day") < end)
        in_force = in_force | term
    organ = pl.col("_organ")
    listed = pl.col("listed")
    if not kernel.bv_reached():  # the reading quota.listed_bv switched: the NV only
        listed = listed & (pl.col("_legal_form") == "NV")
    plan = plan.with_columns(
        _listed_in_force=listed & in_force,
        _applies=(listed & in_force & _one_of(pl, organ, kernel.SUPERVISORY) & ~checked),
    )
    signed = {column: _signed(pl, schema, column) for column in _COUNTS}
    other = signed["other"] if kernel.counts_other() else pl.lit(0, dtype=pl.Int64)
    minimum, men_missing, women_missing = kernel.shortfall(
        signed["men"], signed["women"], other, signed["unknown"], _at_least_zero
    )
    plan = plan.with_columns(
        _minimum=minimum.cast(pl.Int64),
        _men_missing=men_missing.cast(pl.Int64),
        _women_missing=women_missing.cast(pl.Int64),
    )
    applies = pl.col("_applies")
    verdicts = pl.Enum(kernel.VERDICTS)
    articles = pl.Enum(kernel.ARTICLES)
    plan = plan.with_columns(
        quota_verdict=kernel.verdict(
            pl.col("_men_missing"),
            pl.col("_women_missing"),
            pl.col("unknown"),
            applies,
            _where,
            tuple(pl.lit(value, dtype=verdicts) for value in kernel.VERDICTS),
        ),
        minimum_per_sex=pl.when(applies).then(pl.col("_minimum")),
        women_missing=pl.when(applies).then(pl.col("_women_missing")),
        men_missing=pl.when(applies).then(pl.col("_men_missing")),
        article=kernel.article(
            applies,
            organ == kernel.NON_EXECUTIVE,
            pl.col("_listed_in_force"),
            _where,
            tuple(pl.lit(value, dtype=articles) for value in kernel.ARTICLES),
        ),
    ).drop(*_TEMPORARY)
    return plan if lazy else plan.collect()


def _signed(pl: Any, schema: Any, column: str) -> Any:
    """
    A count column as a signed integer, so that the minimum minus it cannot wrap around: an
    unsigned count above the limit (which a row check refuses) becomes null, not an error.
    """
    if column in schema and schema[column].is_unsigned_integer():
        return pl.col(column).cast(pl.Int64, strict=False)
    return pl.col(column)


def _where(condition: Any, then: Any, otherwise: Any) -> Any:
    pl: Any = importlib.import_module("polars")

    return pl.when(condition).then(then).otherwise(otherwise)


def _at_least_zero(values: Any) -> Any:
    pl: Any = importlib.import_module("polars")

    return pl.max_horizontal(values, pl.lit(0))


def _check_types(pl: Any, schema: Any) -> None:
    """Refuse a column whose type cannot hold what it must: counts, a flag, a date, text."""
    for column in _COUNTS:
        if column in schema and not schema[column].is_integer():
            raise InvalidArgument(
                column, str(schema[column]), "must be a column of whole numbers (an integer type)"
            )
    if schema["listed"] != pl.Boolean:
        raise InvalidArgument("listed", str(schema["listed"]), "must be a boolean column")
    on = schema["date"]
    if isinstance(on, pl.Datetime) and on.time_zone is not None:
        raise InvalidArgument(
            "date", str(on), f"must be a column of dates without a time zone ({kernel.DATE_HINT})"
        )
    if not (on == pl.Date or isinstance(on, pl.Datetime)):
        raise InvalidArgument(
            "date", str(on), f"must be a column of dates, not text or numbers ({kernel.DATE_HINT})"
        )
    for column in _TEXT:
        kind = schema[column]
        if not (kind == pl.String or isinstance(kind, pl.Categorical | pl.Enum)):
            raise InvalidArgument(column, str(kind), "must be a column of text")


def _one_of(pl: Any, column: Any, values: Iterable[str]) -> Any:
    """
    Whether ``column`` is one of ``values``: up to four compared one by one (cheaper than
    polars' ``is_in`` for so few), more with ``is_in``.
    """
    values = list(values)
    if len(values) > 4:
        return column.is_in(values)
    return pl.any_horizontal([column == value for value in values]) if values else pl.lit(False)


def _read(pl: Any, field: kernel.Field) -> Any:
    """
    The column ``field`` read through its parser, inside the plan: the values the parser keeps
    as they are (:func:`_kept`) pass as they are, found natively; each batch's other values go
    to :func:`_names`, each distinct value once, replaced by the library's name for it, or null
    where the parser refuses it (which :func:`_tests` reports, naming the values). Elementwise,
    so that it streams.
    """
    raw = pl.col(field).cast(pl.String)
    return pl.map_batches(
        [raw, _one_of(pl, raw, _kept(field))],
        functools.partial(_names, field=field),
        return_dtype=pl.String,
        is_elementwise=True,
    )


_LEARNT: dict[str, dict[str, None]] = {"organ": {}, "legal_form": {}}
_LEARNT_AT_MOST = 16
_LEARNING = threading.Lock()


def _kept(field: kernel.Field) -> list[str]:
    """
    Texts that the parser of ``field`` reads as themselves: the library's own names
    (:func:`kernel.own_names`) and the last few others that :func:`_names` found so (subtop
    categories), so that a file's own names pass natively the next time.
    """
    with _LEARNING:
        return [*kernel.own_names(field), *_LEARNT[field]]


def _learn(field: kernel.Field, names: dict[object, str | None]) -> None:
    """Remember (at most :data:`_LEARNT_AT_MOST` of) the values its parser read as themselves."""
    with _LEARNING:
        learnt = _LEARNT[field]
        for value, name in names.items():
            if isinstance(name, str) and name == value and name not in learnt:
                if len(learnt) >= _LEARNT_AT_MOST:
                    del learnt[next(iter(learnt))]
                learnt[name] = None


def _names(batch: Sequence[Any], *, field: kernel.Field) -> Any:
    """
    A batch of text, and whether the plan found each value kept (:func:`_kept`), with each
    value not kept replaced by its name (:func:`kernel.read`), or null where the parser refuses
    it.
    """
    values, kept = batch
    if kept.all():  # null only where the value is: nothing to read
        return values
    names = kernel.read(field, values.filter(~kept).unique().drop_nulls().to_list())
    _learn(field, names)
    if all(name == value for value, name in names.items()):
        return values  # the library's own names already: nothing to replace
    return values.replace(list(names), list(names.values()))


# The checks of the rows, in the order they are reported: (field, reason), one per test; the
# reason of an organ or a legal form is the parser's own, found when it is reported.
_PROBLEMS: list[tuple[str, str]] = [
    *((column, "has empty values") for column in _REQUIRED),
    *((column, "has a negative count") for column in _COUNTS),
    *((column, f"has a count above {kernel.MAX_COUNT:,}") for column in _COUNTS),
    ("organ", ""),
    ("legal_form", ""),
    ("date", f"must hold dates at midnight, not a time of day ({kernel.DATE_HINT})"),
]


def _tests(pl: Any, timed: bool) -> list[Any]:
    """One expression per entry of :data:`_PROBLEMS`: true on a row with that problem."""
    return [
        *(pl.col(column).is_null() for column in _REQUIRED),
        *(pl.col(column) < 0 for column in _COUNTS),
        *(pl.col(column) > kernel.MAX_COUNT for column in _COUNTS),
        pl.col("_organ").is_null() & pl.col("organ").is_not_null(),
        pl.col("_legal_form").is_null() & pl.col("legal_form").is_not_null(),
        (pl.col("date") != pl.col("date").dt.truncate("1d")) if timed else pl.lit(False),
    ]


def _any_problem(pl: Any, schema: Any, timed: bool) -> Any:
    """
    True on a row with any problem of :data:`_PROBLEMS` (or where one cannot be told): the
    tests of :func:`_tests` in fewer passes. A negative count of a 32 or 64 bit integer type,
    read as unsigned, is above any count allowed, so that one comparison finds both.
    """
    tests = [pl.col(column).is_null() for column in _REQUIRED]
    for column in _COUNTS:
        kind = schema.get(column, pl.Int64)
        if kind in (pl.Int32, pl.Int64):
            tests.append(pl.col(column).reinterpret(signed=False) > kernel.MAX_COUNT)
        else:
            tests.extend([pl.col(column) < 0, pl.col(column) > kernel.MAX_COUNT])
    tests.extend(_tests(pl, timed)[len(_REQUIRED) + 2 * len(_COUNTS) :])  # organ, form, date
    return pl.any_horizontal(tests).fill_null(True)


_CHECKED = ("_problem", "_organ", "_legal_form", *_REQUIRED, "other", "unknown")
"""The columns :func:`_refuse_bad_rows` is given, in this order (as columns, not a struct:
cheaper, and the struct is not needed unless a row has a problem)."""


def _refuse_bad_rows(batch: Sequence[Any], *, timed: bool) -> Any:
    """
    Raise the first problem of a batch of rows (the columns of :data:`_CHECKED`, in the order
    of :data:`_PROBLEMS`), naming its field and the values at fault; else the batch's problem
    flags (all false), which the plan's verdicts depend on so that the check is never
    optimised away.
    """
    flags = batch[0]
    if not flags.any():
        return flags
    pl: Any = importlib.import_module("polars")
    columns = dict(zip(_CHECKED, batch, strict=True))
    rows = pl.DataFrame(columns).filter(flags)
    found = rows.select(
        [test.alias(str(number)) for number, test in enumerate(_tests(pl, timed))]
    ).fill_null(True)
    number = next(number for number, column in enumerate(found.columns) if found[column].any())
    field, reason = _PROBLEMS[number]
    bad = rows.filter(found[str(number)])
    value: object
    if field in ("organ", "legal_form"):
        read: kernel.Field = "organ" if field == "organ" else "legal_form"
        value, reason = kernel.refused(read, bad[field].cast(pl.String).unique().to_list())
    elif field == "date" and number == len(_PROBLEMS) - 1:
        value = bad["date"][0]
    elif reason == "has empty values":
        value = None
    else:
        value = "< 0" if "negative" in reason else f"> {kernel.MAX_COUNT}"
    raise kernel.FrameRefusal(field, value, f"{reason} ({len(bad)} row(s) in this batch)")
