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
from ingroeiquotum.model.company import LegalForm
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
_CACHED = 4096
"""The most answers each of :func:`evaluate`'s caches holds (per call, so memory stays bounded)."""


def _organ_kind(text: object) -> OrganKind:
    return Organ.parse(text).kind


def evaluate(rows: Iterable[Mapping[str, object]]) -> list[dict[str, object]]:
    """
    Evaluate every rule that applies to each row: one organ of one company on one date.

    Each row has ``company``, ``organ`` (``"bestuur"``, ``"rvc"``, ``"executive"``,
    ``"non_executive"`` or ``"subtop:<name>"``), ``date``, ``legal_form`` (``"NV"``/``"BV"``;
    organ and legal form also in the other words of their vocabularies, ``"RvC"``, ``"N.V."``),
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
    # Each distinct organ once: its kind, and whether the quota reaches it (None: no organ).
    kinds: dict[object, tuple[OrganKind | None, bool]] = {}
    # Each distinct target once: parsed (by value), and judged once per distinct set of counts.
    goals: dict[tuple[object, ...], _Goal] = {}
    by_identity: dict[tuple[int, object, object], tuple[object, type, _Goal]] = {}
    shared: _Shared = {}
    # The quota's own kernel: which organs it reaches, when it is in force, the minimum and the
    # verdict from the shortfall (the counts are checked below, row by row).
    in_force = quota.in_force
    in_force_on: dict[date, bool] = {}
    decide = quota._decide
    append = results.append
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
            kind, reached = kinds[organ]
        except KeyError:
            try:
                parsed = _organ_kind(organ)
                kinds[organ] = kind, reached = parsed, parsed in quota.REACHED
            except (InvalidArgument, TypeError):
                kinds[organ] = kind, reached = None, False
        except TypeError:  # an unhashable organ (a list, say): not an organ
            kind, reached = None, False
        # The quick check of plain values; anything else (a numpy count, a pandas date, junk)
        # goes through the one set of checks of _validate, which converts or refuses it. The
        # bitwise or of the counts is negative if any is, and above the limit if any is (it is
        # at least the largest of them and less than twice it).
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
            or not 0 <= (men | women | other | unknown) <= _MAX
        ):
            number = _tables.line(row, position)
            values, problems = _checked(number, row)
            if problems or values is None or kind is None:
                errors.extend(problems)
                continue
            company, on, legal_form, listed, men, women, other, unknown = values
        if errors:
            continue
        # Listed, of a legal form the quota reaches, on a day it is in force: the day is looked
        # up only for such a company.
        listed = listed and (bv_reached or legal_form == "NV")
        if listed:
            try:
                listed = in_force_on[on]
            except KeyError:
                listed = in_force_on[on] = in_force(on)
        if listed and reached:
            decided, minimum, men_missing, women_missing = decide(men, women, other, unknown)
            verdict = decided.value
            article = _ARTICLE_RVC if kind is OrganKind.RVC else _ARTICLE_NON_EXECUTIVE
            append(
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
            append(
                {
                    "company": company,
                    "organ": organ,
                    "date": on,
                    "rule": "quota",
                    "verdict": "not_applicable",
                    "article": _ARTICLE_RVC if listed else _ARTICLE_NOT_LISTED,
                    "minimum_per_sex": None,
                    "women_missing": None,
                    "men_missing": None,
                }
            )
        target = row.get("target")
        if target is None:
            continue
        # A target seen before (the same object, with the same form and organ) was checked,
        # parsed and found not missing then: it is not looked at again.
        form = row.get("target_form")
        try:
            mark: tuple[int, object, object] | None = (id(target), form, organ)
            seen = by_identity.get(mark)  # type: ignore[arg-type]
        except Exception:  # an unhashable form: checked each time
            mark, seen = None, None
        if seen is not None and seen[0] is target and seen[1] is type(form):
            goal = seen[2]
        else:
            if _validate.missing(target):
                continue
            try:
                goal = _goal(target, form, kind, goals, shared)
            except InvalidArgument as error:
                errors.append(_target_error(_tables.line(row, position), row, error))
                continue
            if mark is not None and len(by_identity) < _CACHED:
                # The entry holds the target itself, so its id is not reused while it lives.
                by_identity[mark] = (target, type(form), goal)
        counts = (men, women, other, unknown)
        judged = goal.judged.get(counts)
        if judged is None:
            judged = goal.judge(counts)
        append(
            {
                "company": company,
                "organ": organ,
                "date": on,
                "rule": "target",
                "verdict": judged[0],
                "article": _ARTICLE_TARGET_NV if legal_form == "NV" else _ARTICLE_TARGET_BV,
                "minimum_per_sex": None,
                "women_missing": judged[1],
                "men_missing": judged[2],
            }
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


class _Goal:
    """
    One parsed target of one call of :func:`evaluate`, with what the law decided for each set
    of counts (men, women, other, unknown) seen so far: the row's verdict and the women and men
    missing. The decisions are made only by ``target_standing._needed`` and
    ``target_standing._judge`` (the kernel of :func:`targets.met`); this remembers their
    answers, at most ``_CACHED`` of them, for the length of the call.
    """

    __slots__ = ("judged", "needed", "target")

    def __init__(self, target: targets.Target, shared: _Shared) -> None:
        self.target = target
        # What the law decides depends on the target's form and value alone (not on its organ):
        # the answers are shared by the goals of equal targets of other organs in the call.
        self.needed, self.judged = shared.setdefault(
            (target.form, type(target.value), target.value), ({}, {})
        )

    def judge(self, counts: tuple[int, int, int, int]) -> tuple[str, int, int]:
        """The verdict and the women and men missing for ``counts``, remembered."""
        men, women, other, unknown = counts
        members = men + women + other + unknown
        needed = self.needed.get(members)
        if needed is None:
            needed = target_standing._needed(self.target, members)
            if len(self.needed) < _CACHED:
                self.needed[members] = needed
        women_missing, men_missing, reached = target_standing._judge(
            self.target.form, needed, men, women, members, unknown
        )
        verdict = (
            "cannot_decide" if reached is None else "compliant" if reached else "not_compliant"
        )
        judged = (verdict, women_missing, men_missing)
        if len(self.judged) < _CACHED:
            self.judged[counts] = judged
        return judged


_Shared = dict[
    tuple[object, ...], tuple[dict[int, int], dict[tuple[int, int, int, int], tuple[str, int, int]]]
]
"""The answers of the targets of one call, by form and value: persons needed, and judgements."""


def _goal(
    target: object,
    form: object,
    kind: OrganKind,
    goals: dict[tuple[object, ...], _Goal],
    shared: _Shared,
) -> _Goal:
    """
    The parsed target of a row, from ``goals`` where an equal one (of the same type) was parsed
    before in this call; raises :class:`InvalidArgument` for a bad target or form.
    """
    try:
        key: tuple[object, ...] | None = (type(target), target, type(form), form, kind)
        goal = goals.get(key)  # type: ignore[arg-type]
    except Exception:  # unhashable, a signalling NaN: parsed each time
        key, goal = None, None
    if goal is None:
        goal = _Goal(_parse_target(target, form, kind), shared)
        if key is not None and len(goals) < _CACHED:
            goals[key] = goal
    return goal


def _target_error(number: int, row: Mapping[str, object], error: InvalidArgument) -> RowError:
    field = "target_form" if error.field == "target_form" else "target"
    value = row.get("target_form") if field == "target_form" else row.get("target")
    return RowError(number, field, value, error.reason)


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
    legal_form: str | None = None
    try:  # the one vocabulary of legal forms (company.LEGAL_FORMS): "N.V.", "bv", ...
        legal_form = LegalForm.parse(row["legal_form"]).value
    except InvalidArgument as error:
        problems.append(RowError(number, "legal_form", row["legal_form"], error.reason))
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
