"""The pure-Python bulk path: rows of compositions in, rows of verdicts out."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date

from ingroeiquotum import _tables, _validate
from ingroeiquotum.exceptions import InvalidArgument, LoadError, RowError
from ingroeiquotum.law.bw2 import quota, scope, target_standing, targets
from ingroeiquotum.law.citations import (
    BW_2_142B_1,
    BW_2_142B_2,
    BW_2_142B_3,
    BW_2_166_2,
    BW_2_276_2,
)
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
_MAX = _validate.MAX_PEOPLE


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

    Counts may be integral numpy scalars (``numpy.int64``), ``listed`` a numpy bool and
    ``date`` a ``pandas.Timestamp``, ``numpy.datetime64`` or ``datetime`` at midnight: they are
    read as their plain values, which the result holds. A count is at most 10,000,000.

    Raises:
        LoadError: listing every bad row (its 1-based position, or its line for a row read from
            a file; the field and the value), a bad ``target`` or ``target_form`` too.
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
    # Whether the quota reaches a listed BV (reading quota.listed_bv), asked once of its home.
    bv_reached = scope.quota_reaches_form("BV")[0]
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
        except Exception:  # not a mapping (a numpy scalar raises IndexError), or a key missing
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
        # The quick check of plain values; anything else (a numpy count, a pandas date, junk)
        # goes through the one set of checks of _validate, which converts or refuses it. The
        # bitwise or of the counts is negative if any is, and above the limit if any is.
        if (
            kind is None
            or type(company) is not str
            or type(on) is not date
            or type(legal_form) is not str
            or legal_form not in ("NV", "BV")
            or type(listed) is not bool
            or type(men) is not int
            or type(women) is not int
            or type(other) is not int
            or type(unknown) is not int
            or (men | women | other | unknown) < 0
            or (men | women | other | unknown) > _MAX
        ):
            number = _tables.line(row, position)
            values, problems = _checked(number, row)
            if problems or values is None or kind is None:
                errors.extend(problems)
                continue
            company, on, legal_form, listed, men, women, other, unknown = values
        if errors:
            continue
        applies = in_force_on.get(on)
        if applies is None:
            applies = in_force_on[on] = in_force(on)
        listed = listed and (bv_reached or legal_form == "NV")
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
        if target is not None and not _validate.missing(target):
            form = row.get("target_form")
            try:
                key: tuple[object, object, OrganKind] | None = (target, form, kind)
                cached = goals.get(key)  # type: ignore[arg-type]
            except Exception:  # unhashable, a signalling NaN: parsed each time
                key, cached = None, None
            if cached is None:
                try:
                    cached = (_parse_target(target, form, kind), {})
                except InvalidArgument as error:
                    field = "target_form" if error.field == "target_form" else "target"
                    value = form if field == "target_form" else target
                    errors.append(RowError(_tables.line(row, position), field, value, error.reason))
                    continue
                if key is not None:
                    goals[key] = cached
            article = _ARTICLE_TARGET_NV if legal_form == "NV" else _ARTICLE_TARGET_BV
            goal, by_size = cached
            members = men + women + other + unknown
            needed = by_size.get(members)
            if needed is None:
                needed = by_size[members] = target_standing._needed(goal, members)
            results.append(
                _target_row(
                    (company, organ, on), goal, needed, (men, women, members, unknown), article
                )
            )
    if errors:
        raise LoadError("rows", errors)
    return results


def _parse_target(target: object, form: object, kind: OrganKind) -> targets.Target:
    """
    A row's target (a share, or for the women_count form a number of women) as a Target; any
    problem is an :class:`InvalidArgument` naming ``target`` or ``target_form``.
    """
    if _validate.missing(form) or (type(form) is str and form == ""):
        form = "each_sex"
    if type(form) is not str or form not in ("each_sex", "women_share", "women_count"):
        raise InvalidArgument(
            "target_form", form, "must be 'each_sex', 'women_share' or 'women_count'"
        )
    value = (
        _validate.count("target", target) if form == "women_count" else targets.parse_share(target)
    )
    # The target year does not matter for "does the organ stand at it today".
    organ = Organ.subtop("-") if kind is OrganKind.SUBTOP else Organ(kind)
    return targets.Target(organ, targets.TargetForm(form), value, target_year=2030)


def _target_row(
    where: tuple[object, object, object],
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
    company, organ, on = where
    return {
        "company": company,
        "organ": organ,
        "date": on,
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


def _count(number: int, key: str, value: object) -> tuple[int | None, RowError | None]:
    """A row's count (an int, or an integral numpy scalar, up to the limit), or its problem."""
    try:
        return _validate.count(key, value), None
    except InvalidArgument as error:
        return None, RowError(number, key, value, error.reason)


def _count_problem(number: int, key: str, value: object) -> RowError | None:
    return _count(number, key, value)[1]


_Values = tuple[str, date, str, bool, int, int, int, int]


def _checked(number: int, row: Mapping[str, object]) -> tuple[_Values | None, list[RowError]]:
    """
    One row's values, converted by the checks of ``_validate`` (a numpy count, a pandas date,
    a numpy bool), or every problem of the row, each with its field and value.
    """
    company = row["company"]
    problems: list[RowError | None] = [
        _company_problem(number, company),
        _organ_checked(number, row["organ"])[1],
    ]
    on: date | None = None
    try:
        on = _validate.day("date", row["date"])
    except InvalidArgument as error:
        problems.append(RowError(number, "date", row["date"], error.reason))
    legal_form = row["legal_form"]
    if type(legal_form) is not str or legal_form not in ("NV", "BV"):
        problems.append(RowError(number, "legal_form", legal_form, "must be 'NV' or 'BV'"))
    listed: bool | None = None
    try:
        listed = _validate.flag("listed", row["listed"])
    except InvalidArgument:
        problems.append(RowError(number, "listed", row["listed"], "must be True or False"))
    counts = []
    for key in _COUNTS:
        value, problem = _count(number, key, row.get(key, 0))
        counts.append(value)
        problems.append(problem)
    found = [problem for problem in problems if problem is not None]
    if found or on is None or listed is None or not isinstance(company, str):
        return None, found
    men, women, other, unknown = (int(value or 0) for value in counts)
    return (company, on, str(legal_form), listed, men, women, other, unknown), []
