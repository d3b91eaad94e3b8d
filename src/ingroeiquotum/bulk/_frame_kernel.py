"""
What the frame paths share: the quota's arithmetic written once for whole columns, the organs
and days it reaches (read from the law), the result's categories, and the refusal that survives
a trip through a polars plan.

The arithmetic mirrors :func:`ingroeiquotum.law.bw2.balance._decide` (the one kernel of every
row path): the minimum per sex is the members divided by three, rounded up; nobody missing is
compliant; members of unknown sex who could fill the shortfall leave it undecided. The organs
(:data:`~ingroeiquotum.law.bw2.balance.REACHED`) and the days (the dated parameter
``quota.minimum_share``) come from the law itself. The organs and legal forms are read by the
one parser of each (:func:`read`: ``Organ.parse``, ``LegalForm.parse``), never a list of their
own. ``tests/bulk/test_frame.py`` and
``tests/properties/test_consistency.py`` hold every frame path equal to :func:`bulk.evaluate`.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from datetime import date
from typing import Any, ClassVar, Literal, TypeVar

from ingroeiquotum import _validate
from ingroeiquotum.bulk._rows import (
    _ARTICLE_NON_EXECUTIVE,
    _ARTICLE_NOT_LISTED,
    _ARTICLE_RVC,
)
from ingroeiquotum.exceptions import InvalidArgument
from ingroeiquotum.law.bw2 import quota, scope
from ingroeiquotum.law.parameters import get as _parameter
from ingroeiquotum.model.company import LegalForm
from ingroeiquotum.model.organs import Organ, OrganKind

VERDICTS = ("compliant", "not_compliant", "not_applicable", "cannot_decide")
"""The categories of ``quota_verdict``, in this order (pandas ``Categorical``, polars ``Enum``)."""

ARTICLES = (_ARTICLE_RVC, _ARTICLE_NON_EXECUTIVE, _ARTICLE_NOT_LISTED)
"""The categories of ``article``, in this order."""

SUPERVISORY = tuple(kind.value for kind in quota.REACHED)
NON_EXECUTIVE = "non_executive"
MAX_COUNT = _validate.MAX_PEOPLE
DATE_HINT = "pandas: frame['date'].dt.date; polars: pl.col('date').dt.date()"

_T = TypeVar("_T")

Field = Literal["organ", "legal_form"]
"""The text columns whose words are read through the one vocabulary of each."""


def _organ(value: object) -> str:
    return str(Organ.parse(value))


def _legal_form(value: object) -> str:
    return LegalForm.parse(value).value


_PARSERS: dict[str, Callable[[object], str]] = {"organ": _organ, "legal_form": _legal_form}


def read(field: Field, values: Iterable[object]) -> dict[object, str | None]:
    """
    Each distinct value of an ``organ`` or ``legal_form`` column read as :func:`bulk.evaluate`
    reads it, through :meth:`Organ.parse` or :meth:`LegalForm.parse` (the words of
    ``organs.WORDS`` and ``company.LEGAL_FORMS``): the name the library gives it (``"rvc"``,
    ``"subtop:Directie"``, ``"NV"``), or ``None`` where the parser refuses it.

    >>> read("organ", ["Raad van Commissarissen", "Subtop - Directie", "raad"])
    {'Raad van Commissarissen': 'rvc', 'Subtop - Directie': 'subtop:Directie', 'raad': None}
    >>> read("legal_form", ["N.V.", "besloten vennootschap", "SE"])
    {'N.V.': 'NV', 'besloten vennootschap': 'BV', 'SE': None}
    """
    parse = _PARSERS[field]
    names: dict[object, str | None] = {}
    for value in values:
        try:
            names[value] = parse(value)
        except (InvalidArgument, TypeError):
            names[value] = None
    return names


@functools.cache
def own_names(field: Field) -> tuple[str, ...]:
    """
    The library's own names for the values of ``field`` that its parser reads as themselves:
    those of the kinds of organ (a subtop category has a name of the company's own) and of the
    legal forms. Asked of the parser, so that a name it would change is left out.

    >>> own_names("organ"), own_names("legal_form")
    (('bestuur', 'rvc', 'executive', 'non_executive'), ('NV', 'BV'))
    """
    if field == "organ":
        candidates = [kind.value for kind in OrganKind if kind is not OrganKind.SUBTOP]
    else:
        candidates = [form.value for form in LegalForm]
    return tuple(value for value in candidates if read(field, [value])[value] == value)


def refused(field: Field, values: Iterable[object]) -> tuple[list[str], str]:
    """
    What a refusal of ``values`` (refused by :func:`read`) says: the first five of them, sorted,
    and the parser's own reason for the first (the reason :func:`bulk.evaluate` gives).

    >>> refused("organ", ["board", "Raad"])
    (['Raad', 'board'], "must be one of 'bestuur', 'rvc', 'executive', 'non_executive', \
'subtop:<name>'")
    """
    shown = sorted({str(value) for value in values})[:5]
    try:
        _PARSERS[field](shown[0])
    except InvalidArgument as error:
        return shown, error.reason
    return shown, "is not valid"  # pragma: no cover - read() refused the same text


def bv_reached() -> bool:
    """Whether the quota reaches a listed BV, asked of its home under the readings in force."""
    return scope.quota_reaches_form("BV")[0]


def counts_other() -> bool:
    """Whether members of neither sex count among the members, asked of its home."""
    return quota.counts_neither_sex()


def periods() -> tuple[tuple[date, date | None], ...]:
    """The periods in which the quota is in force (end exclusive), from the dated parameter."""
    return _parameter("quota.minimum_share").periods()


def shortfall(
    men: _T, women: _T, other: _T, unknown: _T, at_least_zero: Callable[[Any], _T]
) -> tuple[_T, _T, _T]:
    """
    The minimum per sex and the men and women missing, for whole columns (numpy arrays or
    polars expressions): the arithmetic of ``balance._decide``.
    """
    members: Any = men
    members = members + women + other + unknown
    minimum: Any = (members + 2) // 3
    return minimum, at_least_zero(minimum - men), at_least_zero(minimum - women)


def verdict(
    men_missing: Any,
    women_missing: Any,
    unknown: Any,
    applies: Any,
    where: Callable[[Any, Any, Any], _T],
    labels: tuple[Any, Any, Any, Any],
) -> _T:
    """
    The verdict for whole columns: ``labels`` stand for :data:`VERDICTS` in their order
    (codes for pandas, literals for polars); the rule of ``balance._classify``.
    """
    compliant, not_compliant, not_applicable, cannot_decide = labels
    decided = where(
        (men_missing == 0) & (women_missing == 0),
        compliant,
        where(men_missing + women_missing <= unknown, cannot_decide, not_compliant),
    )
    return where(applies, decided, not_applicable)


def article(
    applies: Any,
    non_executive: Any,
    listed_in_force: Any,
    where: Callable[[Any, Any, Any], _T],
    labels: tuple[Any, Any, Any],
) -> _T:
    """
    The article of each row, as :func:`bulk.evaluate` cites it: lid 3 for the non-executive
    directors the quota reaches, lid 2 where a listed company's quota is in force, else lid 1.
    """
    rvc, non_exec, not_listed = labels
    return where(applies & non_executive, non_exec, where(listed_in_force, rvc, not_listed))


class FrameRefusal(InvalidArgument):
    """
    An :class:`InvalidArgument` raised while a polars plan runs (a ``LazyFrame`` refuses bad
    rows when it is collected, not before).

    polars re-raises an exception from inside a plan as a new one of the same class made from
    its text alone; this class finds its field, value and reason again from that text.
    """

    _recent: ClassVar[dict[str, tuple[str, object, str | None]]] = {}

    def __init__(self, field: str, value: object = None, message: str | None = None, /) -> None:
        found = self._recent.get(field.split("\n\n", 1)[0]) if message is None else None
        if found is not None:
            field, value, message = found
        super().__init__(field, value, message)
        recent = type(self)._recent
        if len(recent) > 256:
            recent.clear()
        recent[str(self)] = (field, value, message)
