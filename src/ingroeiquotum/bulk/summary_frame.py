"""
The population summary per year for a pandas or polars frame, vectorised (the ``frames``
extra, through narwhals).

The counting is done by the frame library: one long frame with a row per input row and
grouping, grouped by year, grouping, group and organ group (and by company, for the companies
counted). Every decision about a value is made once per distinct value by the same functions
as :func:`~ingroeiquotum.bulk.aggregate`: the organ, the SBI code, the size class, the date's
year and whether the quota is in force, the quota's verdict per distinct composition (the
kernel of :func:`~ingroeiquotum.bulk.evaluate`) and the target per row that has one.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from ingroeiquotum import _validate
from ingroeiquotum.bulk import sbi
from ingroeiquotum.bulk.figures import (
    FIGURES,
    Figures,
    Grouping,
    checked_by,
    organ_group,
    size_class,
    summarise,
    target_share,
)
from ingroeiquotum.bulk.frame import _refuse_twice
from ingroeiquotum.bulk.summary import _goal, _met, _target_key
from ingroeiquotum.exceptions import InvalidArgument
from ingroeiquotum.law.bw2 import quota, scope
from ingroeiquotum.law.findings import Verdict
from ingroeiquotum.model.company import LegalForm
from ingroeiquotum.model.organs import OrganKind

_REQUIRED = ("company", "organ", "date", "men", "women")
_OPTIONAL = ("listed", "large", "reported", "sector", "employees", "target", "target_form")
_KEYS = ["_year", "_group_by", "_group", "_organ_group"]


def aggregate_frame(
    frame: Any,
    *,
    suppress_below: int | None = None,
    by: Collection[Grouping] | None = None,
) -> Any:
    """
    :func:`~ingroeiquotum.bulk.aggregate` for a pandas or polars frame: the same figures,
    counted by the frame library, as a frame of the same kind (a polars ``LazyFrame`` is
    collected first and gives a polars ``DataFrame``).

    The frame has the columns of ``aggregate``'s rows: ``company``, ``organ``, ``date``,
    ``men`` and ``women``, and optionally ``other``, ``unknown``, ``sector``, ``employees``,
    ``listed``, ``large``, ``reported``, ``target`` and ``target_form``. Its columns are those of
    ``aggregate``'s rows, in the same order, and its rows the same figures in the same order
    (a property test holds them equal). Needs the ``frames`` extra and pandas or polars.

    >>> import polars as pl
    >>> from datetime import date
    >>> frame = pl.DataFrame({
    ...     "company": ["A", "B", "A"], "organ": ["rvc", "rvc", "rvc"],
    ...     "date": [date(2024, 12, 31), date(2024, 12, 31), date(2025, 12, 31)],
    ...     "listed": [True, False, True], "men": [4, 3, 3], "women": [2, 0, 3],
    ...     "sector": ["20", "46", "20"]})
    >>> summary = aggregate_frame(frame, by=["division"])
    >>> summary.select("year", "group", "seats", "share_of_seats_women").rows()[:3]
    [(2024, 'all', 9, 0.2222), (2024, '20', 6, 0.3333), (2024, '46', 3, 0.0)]

    Raises:
        InvalidArgument: when narwhals is missing, the object is no frame, a column is there
            twice or a required one is missing, or a column holds a value ``aggregate`` refuses
            (naming the column and the values: every one of a kind at once).
        InvalidCount: if ``suppress_below`` is not a whole number of at least 0.

    .. versionadded:: 0.3.0
    """
    try:
        import narwhals as nw
    except ImportError:  # pragma: no cover - exercised without the extra
        raise InvalidArgument(
            "frame", type(frame).__name__,
            "needs the 'frames' extra: pip install 'ingroeiquotum[frames]'",
        ) from None  # fmt: skip
    if suppress_below is not None:
        suppress_below = _validate.count("suppress_below", suppress_below)
    groupings = checked_by(by)
    if not hasattr(frame, "collect_schema") and hasattr(frame, "columns"):  # polars: never twice
        _refuse_twice(frame.columns)
    try:
        data = nw.from_native(frame)
    except TypeError:
        raise InvalidArgument(
            "frame", type(frame).__name__, "must be a pandas or polars DataFrame"
        ) from None
    if isinstance(data, nw.LazyFrame):
        data = data.collect()
    if not isinstance(data, nw.DataFrame):
        raise InvalidArgument("frame", type(frame).__name__, "must be a pandas or polars DataFrame")
    missing = [column for column in _REQUIRED if column not in data.columns]
    if missing:
        raise InvalidArgument("frame", missing, "is missing these columns")
    backend = nw.get_native_namespace(data)
    long = _long(nw, _prepared(nw, data, backend), groupings)
    return _frame(nw, summarise(_groups(nw, long), suppress_below), backend)


def _mapping(
    nw: Any, data: Any, column: str, decide: Any, names: tuple[str, ...], backend: Any
) -> Any:
    """
    ``data`` joined with a column of what ``decide`` says of each distinct value of
    ``column`` (one Python call per distinct value); every refused value raised at once.
    """
    values = data[column].unique().to_list()
    answers, bad = [], []
    for value in values:
        try:
            answers.append(decide(value))
        except InvalidArgument:
            bad.append(value)
    if bad:
        shown = sorted(map(repr, bad))[:5]
        raise InvalidArgument(column, shown, f"{len(bad)} value(s) that aggregate refuses")
    table = {column: values, **{name: [a[i] for a in answers] for i, name in enumerate(names)}}
    mapping = nw.from_dict(table, backend=backend)
    if data.schema[column] != nw.Object:
        mapping = mapping.with_columns(nw.col(column).cast(data.schema[column]))
    return data.join(mapping, on=column, how="left")


def _decide_organ(value: object) -> tuple[str, bool]:
    if _validate.missing(value):
        raise InvalidArgument("organ", value, "is missing")
    kind, fine = organ_group(value)
    return fine, kind in quota.REACHED


def _decide_form(value: object) -> tuple[bool]:
    """Whether the quota reaches a listed company of this legal form (asked of its home)."""
    return (scope.quota_reaches_form(LegalForm.parse(value, "legal_form"))[0],)


def _decide_date(value: object) -> tuple[int, bool]:
    on = _validate.day("date", value)
    return on.year, quota.in_force(on)


def _decide_sector(value: object) -> tuple[str | None, str | None]:
    return sbi.sector_of(value)


def _decide_employees(value: object) -> tuple[str | None]:
    if _validate.missing(value):
        return (None,)
    return (size_class(_validate.amount("employees", value, _validate.MAX_PEOPLE)),)


def _decide_counts(men: int, women: int, other: int, unknown: int) -> bool:
    return quota._decide(men, women, other, unknown)[0] is Verdict.COMPLIANT


def _prepared(nw: Any, data: Any, backend: Any) -> Any:
    """The frame with every value decided: organ group, year, SBI, size, quota, target."""
    for column in ("other", "unknown"):
        data = data.with_columns(
            nw.col(column).fill_null(0) if column in data.columns else nw.lit(0).alias(column)
        )
    for column in ("company", "organ", "date", "men", "women", "other", "unknown"):
        nulls = data.select(nw.col(column).is_null().sum()).item()
        if nulls:
            raise InvalidArgument(column, None, f"has {nulls} empty value(s)")
    for column in ("men", "women", "other", "unknown"):
        if not data.schema[column].is_integer():
            raise InvalidArgument(column, str(data.schema[column]), "must be whole numbers")
        outside = data.select(
            ((nw.col(column) < 0) | (nw.col(column) > _validate.MAX_PEOPLE)).sum()
        ).item()
        if outside:
            raise InvalidArgument(column, "< 0", f"{outside} row(s) have a count out of range")
    if data.schema["company"] not in (nw.String, nw.Categorical, nw.Enum, nw.Object):
        raise InvalidArgument("company", str(data.schema["company"]), "must be text")
    blank = data.select((nw.col("company").cast(nw.String) == "").sum()).item()
    if blank:
        raise InvalidArgument("company", "", f"{blank} row(s) have an empty company")
    for column in ("listed", "large", "reported"):
        if column not in data.columns:
            data = data.with_columns(nw.lit(None, dtype=nw.Boolean).alias(column))
        elif data.schema[column] != nw.Boolean:
            raise InvalidArgument(column, str(data.schema[column]), "must be a boolean column")
    data = data.with_columns(nw.col("organ").cast(nw.String))
    data = _mapping(nw, data, "organ", _decide_organ, ("_fine", "_supervisory"), backend)
    data = _mapping(nw, data, "date", _decide_date, ("_year", "_in_force"), backend)
    reached = nw.col("_in_force")
    if not scope.quota_reaches_form("BV")[0]:  # the reading quota.listed_bv switched: NV only
        if "legal_form" not in data.columns:
            raise InvalidArgument("frame", ["legal_form"], "is missing these columns")
        data = _mapping(nw, data, "legal_form", _decide_form, ("_nv",), backend)
        reached = reached & nw.col("_nv")
    for column, decide, names in (
        ("sector", _decide_sector, ("_section", "_division")),
        ("employees", _decide_employees, ("_size",)),
    ):
        if column in data.columns:
            data = _mapping(nw, data, column, decide, names, backend)
        else:
            data = data.with_columns(*[nw.lit(None, dtype=nw.String).alias(name) for name in names])
    counts = ["men", "women", "other", "unknown"]
    combinations = data.select(counts).unique().rows()
    verdicts = nw.from_dict(
        {
            **{name: [row[i] for row in combinations] for i, name in enumerate(counts)},
            "_compliant": [_decide_counts(*row) for row in combinations],
        },
        backend=backend,
    ).with_columns(*[nw.col(name).cast(data.schema[name]) for name in counts])
    data = data.join(verdicts, on=counts, how="left")
    has_target, met, numerators, denominators = _targets(data)
    members = nw.col("men") + nw.col("women") + nw.col("other") + nw.col("unknown")
    listed = nw.col("listed").fill_null(value=False) & nw.col("_supervisory")
    return data.with_columns(
        nw.new_series("_has_target", has_target, nw.Int64, backend=backend),
        nw.new_series("_met", met, nw.Int64, backend=backend),
        nw.new_series("_target_numerator", numerators, nw.Float64, backend=backend),
        nw.new_series("_target_denominator", denominators, nw.Float64, backend=backend),
        members.alias("_members"),
        (members > 0).cast(nw.Int64).alias("_with_members"),
        ((members > 0) & (nw.col("women") == 0) & (nw.col("men") > 0))
        .cast(nw.Int64).alias("_all_male"),
        listed.cast(nw.Int64).alias("_listed"),
        (listed & reached).cast(nw.Int64).alias("_applies"),
        (listed & reached & nw.col("_compliant")).cast(nw.Int64).alias("_meeting"),
        nw.col("reported").fill_null(value=False).cast(nw.Int64).alias("_reported"),
        nw.col("large").fill_null(value=False).cast(nw.Int64).alias("_obliged"),
        nw.when(nw.col("listed")).then(nw.lit("listed"))
        .when(~nw.col("listed")).then(nw.lit("not_listed")).alias("_listed_group"),
    )  # fmt: skip


def _targets(data: Any) -> tuple[list[int], list[int], list[int | None], list[int | None]]:
    """
    Per row: has it a target (1/0), does the organ stand at it (1/0), as evaluate says, and the
    numerator and denominator of the share it sets (``None`` for none or a number of women).
    """
    if "target" not in data.columns:
        nothing: list[int | None] = [None] * len(data)
        return [0] * len(data), [0] * len(data), nothing, list(nothing)
    forms = data["target_form"].to_list() if "target_form" in data.columns else [None] * len(data)
    kinds: dict[object, OrganKind] = {}
    has_target, met = [], []
    numerators: list[int | None] = []
    denominators: list[int | None] = []
    goals: dict[tuple[object, object, object], Any] = {}
    verdicts: dict[tuple[object, ...], bool] = {}
    bad: list[object] = []
    columns = ("target", "organ", "men", "women", "other", "unknown")
    for (target, organ, men, women, other, unknown), form in zip(
        zip(*(data[column].to_list() for column in columns), strict=True), forms, strict=True
    ):
        if target is None:
            has_target.append(0)
            met.append(0)
            numerators.append(None)
            denominators.append(None)
            continue
        kind = kinds.get(organ)
        if kind is None:
            kind = kinds[organ] = organ_group(organ)[0]
        known, by_identity = _target_key(target)
        key = (known, form, organ)
        goal = goals.get(key)
        if goal is None or (by_identity and goal[0] is not target):
            try:
                goal = goals[key] = (target, _goal(target, form, kind))
            except InvalidArgument as error:
                bad.append(form if error.field == "target_form" else target)
                continue
        if goal[1] is None:
            has_target.append(0)
            met.append(0)
            numerators.append(None)
            denominators.append(None)
            continue
        share = target_share(goal[1])
        numerators.append(None if share is None else share.numerator)
        denominators.append(None if share is None else share.denominator)
        counts = (men, women, other, unknown)
        answer = verdicts.get((key, *counts))
        if answer is None:
            answer = verdicts[(key, *counts)] = _met(goal[1], counts)
        has_target.append(1)
        met.append(int(answer))
    if bad:
        raise InvalidArgument("target", sorted(map(repr, bad))[:5], "is not a target")
    return has_target, met, numerators, denominators


def _long(nw: Any, data: Any, by: Collection[Grouping]) -> Any:
    """One row per input row and grouping (and for a subtop category, once more as subtop)."""
    columns = {"all": nw.lit("all"), "section": nw.col("_section"),
               "division": nw.col("_division"), "size": nw.col("_size"),
               "listed": nw.col("_listed_group")}  # fmt: skip
    kept = ["_year", "_fine", "company", "_members", "men", "women", "_with_members",
            "_all_male", "_has_target", "_met", "_reported", "_obliged", "_listed", "_applies",
            "_meeting", "_target_numerator", "_target_denominator"]  # fmt: skip
    parts = []
    for grouping in ("all", *by):
        group = columns[grouping].cast(nw.String)
        part = data.select(*kept, nw.lit(grouping).alias("_group_by"), group.alias("_group"))
        parts.append(part.filter(~nw.col("_group").is_null()))
    long = nw.concat(parts).rename({"_fine": "_organ_group"})
    subtop = long.filter(nw.col("_organ_group").str.starts_with("subtop:"))
    return nw.concat([long, subtop.with_columns(nw.lit("subtop").alias("_organ_group"))])


def _groups(nw: Any, long: Any) -> dict[tuple[int, str, str, str], Figures]:
    """The figures of every group, counted by the frame library."""
    men, women, members = nw.col("men"), nw.col("women"), nw.col("_members")
    sums = long.group_by(_KEYS).agg(
        nw.len().alias("organs"),
        nw.col("_with_members").sum().alias("with_members"),
        members.sum().alias("seats"),
        women.sum().alias("women"),
        men.sum().alias("men"),
        nw.col("_all_male").sum().alias("all_male"),
        nw.col("_has_target").sum().alias("with_target"),
        nw.col("_met").sum().alias("met"),
    )
    flags = ["_reported", "_has_target", "_obliged", "_listed", "_applies", "_meeting"]
    companies = (
        long.group_by([*_KEYS, "company"])
        .agg(*[nw.col(flag).max() for flag in flags])
        .with_columns((nw.col("_obliged") * nw.col("_has_target")).alias("_obliged_target"))
        .group_by(_KEYS)
        .agg(
            nw.len().alias("companies"),
            *[nw.col(flag).sum() for flag in [*flags, "_obliged_target"]],
        )
    )
    pairs = (
        long.filter(members > 0)
        .group_by([*_KEYS, "women", "_members"])
        .agg(nw.len().alias("count"))
    )
    targets = (
        long.filter(~nw.col("_target_denominator").is_null())
        .group_by([*_KEYS, "_target_numerator", "_target_denominator"])
        .agg(nw.len().alias("count"))
    )
    result: dict[tuple[int, str, str, str], Figures] = {}
    names = ("organs", "with_members", "seats", "women", "men", "all_male", "with_target", "met")
    shares: dict[tuple[int, str, str, str], dict[tuple[int, int], int]] = {}
    for key, numerator, denominator, count in _rows(
        targets, ("_target_numerator", "_target_denominator", "count")
    ):
        shares.setdefault(key, {})[(int(numerator), int(denominator))] = int(count)
    for key, *values in _rows(sums, names):
        result[key] = ([int(value) for value in values], {}, (), shares.get(key, {}))
    for key, women, members, count in _rows(pairs, ("women", "_members", "count")):
        result[key][1][(int(women), int(members))] = int(count)  # type: ignore[index]
    names = ("companies", "_reported", "_has_target", "_obliged", "_obliged_target",
             "_listed", "_applies", "_meeting")  # fmt: skip
    for key, *values in _rows(companies, names):
        result[key] = (
            result[key][0],
            result[key][1],
            [int(value) for value in values],
            result[key][3],
        )
    return result


def _rows(frame: Any, names: tuple[str, ...]) -> Any:
    """Each row of a grouped frame: its group's key, then the values of ``names``."""
    columns = [frame[name].to_list() for name in (*_KEYS, *names)]
    for year, group_by, group, organs, *values in zip(*columns, strict=True):
        yield ((int(year), group_by, group, organs), *values)


def _frame(nw: Any, rows: list[dict[str, object]], backend: Any) -> Any:
    """
    The output rows as a native frame: counts as integers (pandas: the nullable ``Int64``),
    shares as floats, a missing figure null (pandas: ``<NA>``).
    """
    names = ["year", "group_by", "group", "organ_group", *FIGURES]
    if rows and "suppressed" in rows[0]:
        names.append("suppressed")
    kinds = {}
    for name in names:
        if name in ("group_by", "group", "organ_group"):
            kinds[name] = nw.String
        elif name == "suppressed":
            kinds[name] = nw.Boolean
        elif name.endswith("share") or name.startswith(("share", "mean", "median")):
            kinds[name] = nw.Float64
        else:
            kinds[name] = nw.Int64
    table = {name: [row[name] for row in rows] for name in names}
    if backend.__name__ == "pandas":
        pandas_kinds = {nw.String: object, nw.Boolean: "boolean", nw.Float64: "Float64",
                        nw.Int64: "Int64"}  # fmt: skip
        return backend.DataFrame(
            {name: backend.array(table[name], dtype=pandas_kinds[kinds[name]]) for name in names}
        )
    return nw.from_dict(table, schema=kinds, backend=backend).to_native()
