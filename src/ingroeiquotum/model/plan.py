"""
The plan of action (*plan van aanpak*), art. 2:166 lid 3 and 2:276 lid 3 BW.

A large company that sets targets also makes a plan to reach them. The law does not prescribe
its content; the SER advises starting from an inventory of the last year's appointments and
departures by sex, and typical plans work on recruitment and selection, development and
promotion, retention, culture, and the barriers people meet. A :class:`Plan` here is a set of
:class:`Measure` objects, each naming the levers and organs it works on, who owns it, when it
runs, and how its effect is measured, and the targets it serves.

>>> from datetime import date
>>> measure = Measure(
...     "Shortlists for every subtop vacancy hold at least one woman and one man",
...     levers={Lever.RECRUITMENT},
...     organs=("subtop:Directors",),
...     owner="HR director",
...     start=date(2025, 1, 1),
...     effect="Share of women among subtop appointments, reported each quarter",
...     serves=("subtop:Directors",),
... )
>>> plan = Plan((measure,), adopted_on=date(2024, 12, 10))
>>> sorted(lever.value for lever in plan.levers)
['recruitment']
"""

from __future__ import annotations

__all__ = ["Lever", "LeverName", "Measure", "Plan"]

import enum
from collections.abc import Callable, Iterable
from datetime import date
from typing import Any, Literal, TypeAlias

import attrs

from ingroeiquotum import _validate
from ingroeiquotum.exceptions import InvalidArgument, InvalidDate
from ingroeiquotum.model.organs import Organ, OrganLike


class Lever(enum.Enum):
    """
    What a measure works on (*hefboom*); the guidance uses the same levers.

    .. versionadded:: 0.1.0
    """

    RECRUITMENT = "recruitment"
    """Recruitment and selection (*werving en selectie*)."""
    DEVELOPMENT = "development"
    """Development and promotion (*ontwikkeling en doorstroom*)."""
    RETENTION = "retention"
    """Retention (*behoud*)."""
    CULTURE = "culture"
    """Culture and inclusion (*cultuur en inclusie*)."""
    EDUCATION = "education"
    """Education and the pipeline into the sector (*onderwijs en instroom*)."""
    BARRIERS = "barriers"
    """Removing barriers: childcare, part-time work, bias, misconduct (*drempels*)."""
    GOVERNANCE = "governance"
    """Governance and monitoring: targets, reporting, accountability (*sturing en monitoring*)."""

    @classmethod
    def parse(cls, value: object, field: str = "lever") -> Lever:
        """The lever named by ``value`` (a :class:`Lever` or its value)."""
        return _validate.member(cls, value, field)


LeverName: TypeAlias = Literal[
    "recruitment", "development", "retention", "culture", "education", "barriers", "governance"
]
"""The value of each :class:`Lever`, for type checkers."""


def _levers(value: Iterable[Lever | LeverName] | Lever | LeverName) -> frozenset[Lever]:
    if isinstance(value, str | Lever):
        value = (value,)
    levers = frozenset(Lever.parse(item, "levers") for item in _validate.sequence("levers", value))
    if not levers:
        raise InvalidArgument("levers", value, "a measure works on at least one lever")
    return levers


def _organs(value: Iterable[OrganLike] | OrganLike) -> tuple[Organ, ...]:
    if isinstance(value, str | Organ):
        value = (value,)
    return tuple(Organ.parse(item) for item in _validate.sequence("organs", value))


def _keys(value: Iterable[str]) -> tuple[str, ...]:
    keys = _validate.sequence("serves", value)
    for index, key in enumerate(keys):
        if not isinstance(key, str):
            raise InvalidArgument(f"serves[{index}]", key, "must be a string")
    return keys


def _start(value: date | None) -> date | None:
    return _validate.optional_day("start", value)


def _end(value: date | None) -> date | None:
    return _validate.optional_day("end", value)


def _adopted_on(value: date | None) -> date | None:
    return _validate.optional_day("adopted_on", value)


def _text(field: str) -> Callable[[Any, Any, Any], None]:
    def check(instance: Any, attribute: Any, value: Any) -> None:
        if not isinstance(value, str) or not value.strip():
            raise InvalidArgument(field, value, "must be a non-empty string")

    return check


@attrs.frozen
class Measure:
    """
    One measure of a plan of action.

    ``description`` says what it is; ``levers`` what it works on; ``organs`` which organs or
    subtop categories it concerns (empty: the whole organisation); ``owner`` who is
    responsible; ``start`` and ``end`` (inclusive, ``None``: open-ended) when it runs;
    ``effect`` how its effect is measured; ``serves`` the targets it serves, by organ key
    (``"rvc"``, ``"subtop:Directors"``) or target key.

    .. versionadded:: 0.1.0
    """

    description: str = attrs.field(validator=_text("description"))
    levers: frozenset[Lever] = attrs.field(converter=_levers)
    organs: tuple[Organ, ...] = attrs.field(default=(), converter=_organs)
    owner: str = attrs.field(default="", validator=_validate.attrs_text, kw_only=True)
    start: date | None = attrs.field(default=None, converter=_start, kw_only=True)
    end: date | None = attrs.field(default=None, converter=_end, kw_only=True)
    effect: str = attrs.field(default="", validator=_validate.attrs_text, kw_only=True)
    serves: tuple[str, ...] = attrs.field(default=(), converter=_keys, kw_only=True)

    def __attrs_post_init__(self) -> None:
        if self.start is not None and self.end is not None and self.end < self.start:
            raise InvalidDate("end", self.end, f"must not be before start ({self.start})")

    def runs_on(self, on: date) -> bool:
        """Whether the measure runs on ``on`` (an unknown start counts as already started)."""
        started = self.start is None or self.start <= on
        return started and (self.end is None or on <= self.end)


def _measures(value: Iterable[Measure]) -> tuple[Measure, ...]:
    return _validate.instances("measures", value, Measure)


@attrs.frozen
class Plan:
    """
    A plan of action: its measures and the date it was adopted.

    .. versionadded:: 0.1.0
    """

    measures: tuple[Measure, ...] = attrs.field(converter=_measures)
    adopted_on: date | None = attrs.field(default=None, converter=_adopted_on, kw_only=True)

    @property
    def levers(self) -> frozenset[Lever]:
        """Every lever some measure works on."""
        return frozenset(lever for measure in self.measures for lever in measure.levers)

    def serving(self, key: str) -> tuple[Measure, ...]:
        """The measures that serve the target or organ ``key``."""
        return tuple(measure for measure in self.measures if key in measure.serves)
