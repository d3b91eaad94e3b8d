"""
Many companies at once (*bulk*): tidy rows in, tidy rows out.

:func:`evaluate` is the pure-Python path over plain mappings (no dataframe library needed);
:func:`evaluate_frame` is the vectorised path for a pandas or polars frame (the ``frames``
extra, through narwhals). Both decide with the same functions as the single-company API
(:func:`ingroeiquotum.law.bw2.quota.minimum_per_sex`, :func:`ingroeiquotum.law.bw2.quota.classify`, the dated
parameters) and a property test holds them equal. :func:`aggregate` summarises a population
the way the SER's yearly Bedrijvenmonitor does.

>>> from datetime import date
>>> rows = [
...     {"company": "A", "organ": "rvc", "date": date(2025, 12, 31), "legal_form": "NV",
...      "listed": True, "men": 5, "women": 1},
...     {"company": "A", "organ": "bestuur", "date": date(2025, 12, 31), "legal_form": "NV",
...      "listed": True, "men": 3, "women": 0},
... ]
>>> for result in evaluate(rows):
...     print(result["organ"], result["verdict"], result["minimum_per_sex"],
...           result["women_missing"], result["article"])
rvc not_compliant 2 1 art. 2:142b lid 2 BW
bestuur not_applicable None None art. 2:142b lid 2 BW
"""

from __future__ import annotations

__all__ = ["QUOTA_COLUMNS", "aggregate", "evaluate", "evaluate_frame"]

import statistics
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from fractions import Fraction
from typing import Any, cast

from ingroeiquotum import _tables, _validate
from ingroeiquotum.exceptions import InvalidArgument, LoadError, RowError
from ingroeiquotum.law.bw2 import quota, target_standing, targets
from ingroeiquotum.law.citations import (
    BW_2_142B_1,
    BW_2_142B_2,
    BW_2_142B_3,
    BW_2_166_2,
    BW_2_276_2,
)
from ingroeiquotum.law.findings import Verdict
from ingroeiquotum.law.parameters import get as _parameter
from ingroeiquotum.model.organs import Organ, OrganKind

QUOTA_COLUMNS = ("quota_verdict", "minimum_per_sex", "women_missing", "men_missing", "article")
"""The columns :func:`evaluate_frame` adds to a frame."""

_ARTICLE_RVC = str(BW_2_142B_2)
_ARTICLE_NON_EXECUTIVE = str(BW_2_142B_3)
_ARTICLE_NOT_LISTED = str(BW_2_142B_1)
_ARTICLE_TARGET_NV = str(BW_2_166_2)
_ARTICLE_TARGET_BV = str(BW_2_276_2)
_COUNTS = ("men", "women", "other", "unknown")
_REQUIRED = ("company", "organ", "date", "legal_form", "listed", "men", "women")


def _organ_kind(text: object) -> OrganKind:
    return Organ.parse(text).kind


def evaluate(rows: Iterable[Mapping[str, object]]) -> list[dict[str, object]]:
    """
    Evaluate every rule that applies to each row: one organ of one company on one date.

    Each row has ``company``, ``organ`` (``"bestuur"``, ``"rvc"``, ``"executive"``,
    ``"non_executive"`` or ``"subtop:<name>"``), ``date``, ``legal_form`` (``"NV"``/``"BV"``),
    ``listed`` (bool), ``men``, ``women`` and optionally ``other`` and ``unknown``; other keys
    are ignored, except an optional ``target`` (a share: ``0.3``, ``"30%"``, a Fraction; with
    ``target_form`` ``"each_sex"`` (default) or ``"women_share"``) which adds a ``"target"`` row
    right after the quota row: compliant when the organ stands at its target that day, with the
    persons missing in ``women_missing`` and ``men_missing``. For every input row, in input order, the result has a ``"quota"`` row
    with ``company``, ``organ``, ``date``, ``rule``, ``verdict``, ``article``,
    ``minimum_per_sex``, ``women_missing`` and ``men_missing`` (``None`` where the quota does
    not apply); ``pandas.DataFrame(result)`` takes it as it is.

    Raises:
        LoadError: listing every bad row (its 1-based position, or its line for a row read from
            a file; the field and the value).
    """
    if isinstance(rows, str | bytes | Mapping) or not isinstance(rows, Iterable):
        raise InvalidArgument("rows", rows, "must be an iterable of mappings")
    results: list[dict[str, object]] = []
    errors: list[RowError] = []
    kinds: dict[object, OrganKind | None] = {}
    # Each distinct target once: parsed, and the persons it takes for each organ size.
    goals: dict[tuple[object, object, OrganKind], tuple[targets.Target, dict[int, int]]] = {}
    # The quota's own kernel: which organs it reaches, when it is in force, the minimum and the
    # verdict from the shortfall (the counts are checked below, row by row).
    in_force = quota.in_force
    in_force_on: dict[date, bool] = {}
    decide = quota._decide
    supervisory = quota.REACHED
    # The rows' numbers (the one numbering of every row error: the position from 1, or the line
    # of a row read from a file) are worked out only for a bad row, off the quick path.
    for position, row in enumerate(rows, start=1):
        try:
            company = row["company"]
            organ = row["organ"]
            on = row["date"]
            legal_form = row["legal_form"]
            listed = row["listed"]
            men = row["men"]
            women = row["women"]
            other = row.get("other", 0)
            unknown = row.get("unknown", 0)
        except (KeyError, TypeError, AttributeError):
            errors.extend(_missing(_tables.line(row, position), row))
            continue
        try:
            kind = kinds[organ]
        except KeyError:
            try:
                kind = _organ_kind(organ)
            except (InvalidArgument, TypeError):
                kind = None
            kinds[organ] = kind
        except TypeError:  # an unhashable organ (a list, say): not an organ
            kind = None
        if (
            kind is None
            or type(company) is not str
            or type(on) is not date
            or legal_form not in ("NV", "BV")
            or type(listed) is not bool
            or type(men) is not int
            or type(women) is not int
            or type(other) is not int
            or type(unknown) is not int
            or men < 0
            or women < 0
            or other < 0
            or unknown < 0
        ):
            errors.extend(_problems(_tables.line(row, position), row))
            continue
        if errors:
            continue
        applies = in_force_on.get(on)
        if applies is None:
            applies = in_force_on[on] = in_force(on)
        if applies and listed and kind in supervisory:
            decided, minimum, men_missing, women_missing = decide(men, women, other, unknown)
            verdict = decided.value
            article = _ARTICLE_RVC if kind is OrganKind.RVC else _ARTICLE_NON_EXECUTIVE
            results.append(
                {
                    "company": company,
                    "organ": organ,
                    "date": on,
                    "rule": "quota",
                    "verdict": verdict,
                    "article": article,
                    "minimum_per_sex": minimum,
                    "women_missing": women_missing,
                    "men_missing": men_missing,
                }
            )
        else:
            results.append(
                {
                    "company": company,
                    "organ": organ,
                    "date": on,
                    "rule": "quota",
                    "verdict": "not_applicable",
                    "article": _ARTICLE_RVC if applies and listed else _ARTICLE_NOT_LISTED,
                    "minimum_per_sex": None,
                    "women_missing": None,
                    "men_missing": None,
                }
            )
        target = row.get("target")
        if target is not None:
            form = row.get("target_form") or "each_sex"
            cached = goals.get((target, form, kind))
            if cached is None:
                try:
                    cached = goals[target, form, kind] = (_parse_target(target, form, kind), {})
                except (InvalidArgument, TypeError) as error:
                    field = error.field if isinstance(error, InvalidArgument) else "target"
                    reason = error.reason if isinstance(error, InvalidArgument) else str(error)
                    errors.append(RowError(_tables.line(row, position), field, target, reason))
                    continue
            article = _ARTICLE_TARGET_NV if legal_form == "NV" else _ARTICLE_TARGET_BV
            goal, by_size = cached
            members = men + women + other + unknown
            needed = by_size.get(members)
            if needed is None:
                needed = by_size[members] = target_standing._needed(goal, members)
            results.append(_target_row(row, goal, needed, (men, women, members, unknown), article))
    if errors:
        raise LoadError("rows", errors)
    return results


def _parse_target(target: object, form: object, kind: OrganKind) -> targets.Target:
    """A row's target (a share, or for the women_count form a number of women) as a Target."""
    if form not in ("each_sex", "women_share", "women_count"):
        raise InvalidArgument(
            "target_form", form, "must be 'each_sex', 'women_share' or 'women_count'"
        )
    value = (
        _validate.count("target", target) if form == "women_count" else targets.parse_share(target)
    )
    # The target year does not matter for "does the organ stand at it today".
    organ = Organ.subtop("-") if kind is OrganKind.SUBTOP else Organ(kind)
    return targets.Target(organ, form, value, target_year=2030)


def _target_row(
    row: Mapping[str, object],
    target: targets.Target,
    needed: int,
    counts: tuple[int, int, int, int],
    article: str,
) -> dict[str, object]:
    """
    The 'target' row: does the organ stand at its target that day (the kernel of
    :func:`targets.met`, the one decision; members of unknown sex decide only when every
    assignment agrees). ``needed`` is the persons the target takes for the organ's size.
    """
    men, women, members, unknown = counts
    women_missing, men_missing, reached = target_standing._judge(
        target.form, needed, men, women, members, unknown
    )
    verdict = "cannot_decide" if reached is None else "compliant" if reached else "not_compliant"
    return {
        "company": row["company"],
        "organ": row["organ"],
        "date": row["date"],
        "rule": "target",
        "verdict": verdict,
        "article": article,
        "minimum_per_sex": None,
        "women_missing": women_missing,
        "men_missing": men_missing,
    }


def _missing(number: int, row: object) -> list[RowError]:
    if not isinstance(row, Mapping):
        return [RowError(number, "row", row, "must be a mapping")]
    return [RowError(number, key, None, "is missing") for key in _REQUIRED if key not in row] or [
        RowError(number, "row", row, "is not a valid row")
    ]


def _company_problem(number: int, company: object) -> RowError | None:
    if not isinstance(company, str) or not company:
        return RowError(number, "company", company, "must be a non-empty string")
    return None


def _organ_checked(number: int, organ: object) -> tuple[OrganKind | None, RowError | None]:
    """The kind of the row's organ, or the problem with it."""
    try:
        return _organ_kind(organ), None
    except (InvalidArgument, TypeError) as error:
        reason = error.reason if isinstance(error, InvalidArgument) else "must be a string"
        return None, RowError(number, "organ", organ, reason)


def _count_problem(number: int, key: str, value: object) -> RowError | None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        return RowError(number, key, value, "must be a whole number of at least 0")
    return None


def _problems(number: int, row: Mapping[str, object]) -> list[RowError]:
    """Every problem of one row, each with its field and value."""
    problems: list[RowError | None] = [
        _company_problem(number, row["company"]),
        _organ_checked(number, row["organ"])[1],
    ]
    on = row["date"]
    if isinstance(on, datetime) or not isinstance(on, date):
        problems.append(RowError(number, "date", on, "must be a datetime.date"))
    if row["legal_form"] not in ("NV", "BV"):
        problems.append(RowError(number, "legal_form", row["legal_form"], "must be 'NV' or 'BV'"))
    if not isinstance(row["listed"], bool):
        problems.append(RowError(number, "listed", row["listed"], "must be True or False"))
    problems.extend(_count_problem(number, key, row.get(key, 0)) for key in _COUNTS)
    return [problem for problem in problems if problem is not None]


# --- the dataframe path ----------------------------------------------------------------------


def evaluate_frame(frame: Any) -> Any:
    """
    The quota for every row of a pandas or polars frame of compositions, vectorised.

    The frame has the columns of :func:`evaluate`'s rows (``other`` and ``unknown`` optional);
    the result is the same kind of frame with :data:`QUOTA_COLUMNS` added: ``quota_verdict``,
    ``minimum_per_sex``, ``women_missing``, ``men_missing`` (null where the quota does not
    apply) and ``article``. The verdicts equal those of :func:`evaluate` row for row.

    Needs the ``frames`` extra (``pip install 'ingroeiquotum[frames]'``) and pandas or polars.

    Raises:
        InvalidArgument: when narwhals is missing, the frame lacks a column, a column has the
            wrong type (text or times in ``date``, fractions in a count) or empty values, or
            counts are negative.
    """
    try:
        import narwhals as nw
    except ImportError:  # pragma: no cover - exercised without the extra
        raise InvalidArgument(
            "frame", type(frame).__name__,
            "needs the 'frames' extra: pip install 'ingroeiquotum[frames]'",
        ) from None  # fmt: skip
    try:
        data = nw.from_native(frame, eager_only=True)
    except TypeError:
        raise InvalidArgument(
            "frame", type(frame).__name__, "must be a pandas or polars DataFrame"
        ) from None
    missing = [column for column in _REQUIRED if column not in data.columns]
    if missing:
        raise InvalidArgument("frame", missing, "is missing these columns")
    for column in ("other", "unknown"):
        if column in data.columns:
            data = data.with_columns(nw.col(column).fill_null(0))
        else:
            data = data.with_columns(nw.lit(0).alias(column))
    _check_dtypes(nw, data.schema)
    for column in ("men", "women", "listed", "date", "organ"):
        nulls = data.select(nw.col(column).is_null().sum()).item()
        if nulls:
            raise InvalidArgument(column, None, f"has {nulls} empty value(s)")
    for column in _COUNTS:
        negative = data.select((nw.col(column) < 0).sum()).item()
        if negative:
            raise InvalidArgument(column, "< 0", f"{negative} row(s) have a negative count")
    organ = nw.col("organ")
    known = organ.is_in(["bestuur", "rvc", "executive", "non_executive"]) | organ.str.starts_with(
        "subtop:"
    )
    unknown_organs = data.filter(~known).select("organ").unique().head(5)
    if len(unknown_organs):
        raise InvalidArgument(
            "organ", unknown_organs["organ"].to_list(), "must be one of 'bestuur', 'rvc', "
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
        "_women_missing",
    )  # fmt: skip
    return result.to_native()


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


# --- aggregates ------------------------------------------------------------------------------


_GROUPS = {
    OrganKind.BESTUUR: "bestuur",
    OrganKind.EXECUTIVE: "bestuur",
    OrganKind.RVC: "rvc",
    OrganKind.NON_EXECUTIVE: "rvc",
    OrganKind.SUBTOP: "subtop",
}

_SIZES = ((0, 250, "<250"), (250, 500, "250-499"), (500, 1000, "500-999"), (1000, None, "1000+"))


def _size_class(employees: object) -> str | None:
    if employees is None or isinstance(employees, bool):
        return None
    try:
        value = float(employees)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    for low, high, label in _SIZES:
        if value >= low and (high is None or value < high):
            return label
    return None


def aggregate(
    rows: Iterable[Mapping[str, object]], *, suppress_below: int | None = None
) -> list[dict[str, object]]:
    """
    A population summary in the style of the SER's Bedrijvenmonitor, as tidy rows.

    One row per grouping (``"all"``, and ``"sector"`` and ``"size"`` where the rows have
    ``sector`` and ``employees``) per group per organ group (``bestuur``: the bestuur or the
    executive directors; ``rvc``: the RvC or the non-executives; ``subtop``: all categories
    together): the number of companies and of organs, how many companies reported and set a
    target (where the rows have ``reported`` and ``target``), the mean and median share of women
    (over organs with members), the number and share of all-male organs, and for the ``rvc``
    group the listed companies and how many of them meet the quota.

    >>> from datetime import date
    >>> rows = [
    ...     {"company": "A", "organ": "rvc", "date": date(2024, 12, 31), "legal_form": "NV",
    ...      "listed": True, "men": 4, "women": 2, "sector": "20"},
    ...     {"company": "B", "organ": "rvc", "date": date(2024, 12, 31), "legal_form": "BV",
    ...      "listed": False, "men": 3, "women": 0, "sector": "46"},
    ... ]
    >>> summary = aggregate(rows)[0]
    >>> summary["organ_group"], summary["companies"], summary["mean_share_women"]
    ('rvc', 2, 0.1667)
    >>> summary["all_male"], summary["listed"], summary["listed_meeting_quota"]
    (1, 1, 1)

    For publication, ``suppress_below`` hides the figures of small groups: a row whose organs
    hold fewer than ``suppress_below`` people together gets ``None`` for every count and share,
    and every row says whether it was ``suppressed`` (the key appears only with the option):

    >>> [(row["group"], row["companies"], row["suppressed"])
    ...  for row in aggregate(rows, suppress_below=5)]
    [('all', 2, False), ('20', 1, False), ('46', None, True)]

    Raises:
        LoadError: listing every row that is not a mapping, or whose ``company``, ``organ``
            or counts are bad (each with its 1-based position, or its line for a row read from
            a file; its field and value).
        InvalidCount: if ``suppress_below`` is not a whole number of at least 0.

    .. versionchanged:: 0.1.0
       Rows are checked (junk raised ``TypeError`` or was truncated by ``int()``), and
       ``suppress_below`` was added.
    """
    if suppress_below is not None:
        _validate.count("suppress_below", suppress_below)
    checked = _aggregate_rows(rows)
    groups: dict[tuple[str, str, str], dict[str, Any]] = {}
    for row, kind, (men, women, other, unknown) in checked:
        organ_group = _GROUPS[kind]
        keys = [("all", "all")]
        sector = row.get("sector")
        if isinstance(sector, str) and sector:
            keys.append(("sector", sector[:2]))
        size = _size_class(row.get("employees"))
        if size is not None:
            keys.append(("size", size))
        members = men + women + other + unknown
        # The quota's verdict as evaluate() gives it for this row: the same kernel, the same
        # in-force dates; "met" only where the verdict is compliant (never on a guess).
        on = row.get("date")
        quota_met = (
            kind in quota.REACHED
            and type(on) is date
            and quota.in_force(on)
            and quota._decide(men, women, other, unknown)[0] is Verdict.COMPLIANT
        )
        for group_by, group in keys:
            bucket = groups.setdefault(
                (group_by, group, organ_group),
                {"companies": set(), "reported": set(), "targets": set(), "shares": [],
                 "all_male": 0, "organs": 0, "listed": set(), "listed_ok": set(), "people": 0},
            )  # fmt: skip
            company = row["company"]
            bucket["companies"].add(company)
            bucket["organs"] += 1
            bucket["people"] += members
            if row.get("reported") is True:
                bucket["reported"].add(company)
            if row.get("target") is not None:
                bucket["targets"].add(company)
            if members:
                bucket["shares"].append(Fraction(women, members))
                if women == 0 and men > 0:
                    bucket["all_male"] += 1
            if organ_group == "rvc" and row.get("listed") is True:
                bucket["listed"].add(company)
                if quota_met:
                    bucket["listed_ok"].add(company)
    result = []
    for (group_by, group, organ_group), bucket in sorted(groups.items()):
        shares = bucket["shares"]
        result.append(
            {
                "group_by": group_by,
                "group": group,
                "organ_group": organ_group,
                "companies": len(bucket["companies"]),
                "organs": bucket["organs"],
                "reported": len(bucket["reported"]),
                "with_target": len(bucket["targets"]),
                "mean_share_women": round(float(statistics.fmean(shares)), 4) if shares else None,
                "median_share_women": round(float(statistics.median(shares)), 4)
                if shares
                else None,
                "all_male": bucket["all_male"],
                "all_male_share": round(bucket["all_male"] / len(shares), 4) if shares else None,
                "listed": len(bucket["listed"]) if organ_group == "rvc" else None,
                "listed_meeting_quota": len(bucket["listed_ok"]) if organ_group == "rvc" else None,
            }
        )
        if suppress_below is not None:
            suppressed = bucket["people"] < suppress_below
            if suppressed:
                result[-1].update(dict.fromkeys(_FIGURES))
            result[-1]["suppressed"] = suppressed
    return result


_FIGURES = (
    "companies", "organs", "reported", "with_target", "mean_share_women", "median_share_women",
    "all_male", "all_male_share", "listed", "listed_meeting_quota",
)  # fmt: skip
"""The figures of an aggregate row, hidden when the row is suppressed."""


def _aggregate_rows(
    rows: Iterable[Mapping[str, object]],
) -> list[tuple[Mapping[str, object], OrganKind, tuple[int, int, int, int]]]:
    """The rows :func:`aggregate` reads, checked: every problem of every row at once."""
    if isinstance(rows, str | bytes | Mapping) or not isinstance(rows, Iterable):
        raise InvalidArgument("rows", rows, "must be an iterable of mappings")
    checked = []
    errors: list[RowError] = []
    for number, row in _tables.numbered(rows):
        if not isinstance(row, Mapping):
            errors.append(RowError(number, "row", row, "must be a mapping"))
            continue
        kind, organ_problem = _organ_checked(number, row.get("organ"))
        company_problem = _company_problem(number, row.get("company"))
        problems = [problem for problem in (company_problem, organ_problem) if problem]
        counts = []
        for key in _COUNTS:
            value = row.get(key)
            if value is None and key in ("other", "unknown"):
                value = 0
            problem = _count_problem(number, key, value)
            if problem is None:
                counts.append(cast(int, value))
            else:
                problems.append(problem)
        errors.extend(problems)
        if not problems and kind is not None:
            men, women, other, unknown = counts
            checked.append((row, kind, (men, women, other, unknown)))
    if errors:
        raise LoadError("rows", errors)
    return checked
