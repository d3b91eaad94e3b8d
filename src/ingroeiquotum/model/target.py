"""
A target (*streefcijfer*) as the company sets it: the organ, the form, the value, the year.

The facts a caller gives, without the law: :mod:`ingroeiquotum.targets` (art. 2:166 and 2:276
lid 2 BW) judges them. The law prescribes no form; the SER's form is a minimum share that
applies to both sexes ("at least 30 % women and at least 30 % men") by a target year; a share
or number of women works too, and a target may count the people flowing into the organ.

>>> Target("rvc", "each_sex", "33%", target_year=2027).key
'rvc'
"""

from __future__ import annotations

__all__ = [
    "MAX_SHARE_DECIMALS",
    "MAX_SHARE_DENOMINATOR",
    "Flow",
    "FlowName",
    "Share",
    "Target",
    "TargetForm",
    "TargetFormName",
    "parse_share",
]

import enum
from datetime import date
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from typing import Literal, TypeAlias

import attrs

from ingroeiquotum import _validate
from ingroeiquotum.exceptions import InvalidArgument
from ingroeiquotum.model.organs import Organ, OrganKind, OrganLike


class TargetForm(enum.Enum):
    """
    The form of a target.

    .. versionadded:: 0.1.0
    """

    EACH_SEX = "each_sex"
    """A minimum share for both sexes: "at least 30 % women and at least 30 % men"."""
    WOMEN_SHARE = "women_share"
    """A minimum share of women."""
    WOMEN_COUNT = "women_count"
    """A minimum number of women."""


class Flow(enum.Enum):
    """
    What a target counts: the organ itself, or the people flowing into it.

    .. versionadded:: 0.1.0
    """

    STOCK = "stock"
    """The composition of the organ (the statutory target)."""
    INFLOW = "inflow"
    """The share of women among those appointed to the organ in a year (*instroom*)."""
    PROMOTION = "promotion"
    """The share of women among those promoted into the organ in a year (*doorstroom*)."""


TargetFormName: TypeAlias = Literal["each_sex", "women_share", "women_count"]
"""The value of each :class:`TargetForm`, for type checkers."""

FlowName: TypeAlias = Literal["stock", "inflow", "promotion"]
"""The value of each :class:`Flow`, for type checkers."""

Share: TypeAlias = Fraction | Decimal | float | int | str
"""
A target's value as :class:`Target` takes it: a share (a number, or text such as ``"30%"``,
``"0.3"`` or ``"3/10"``), or for :attr:`TargetForm.WOMEN_COUNT` a whole number.
"""


MAX_SHARE_DECIMALS = 20
"""The most decimal places a share written as a decimal may have (``"0.3"`` has one)."""

MAX_SHARE_DENOMINATOR = 10**20
"""The largest denominator of a share given as a fraction (``"1/3"`` has 3)."""

_SHARE = "must be a share between 0 and 1, or 'NN%'"


class _Refused(Exception):
    """A share refused for a reason of its own (precision, size)."""


def _decimal(number: Decimal) -> Fraction:
    """A finite decimal as a Fraction, its exponent checked first (``1e-9999999`` is quick)."""
    if not number.is_finite():
        raise ValueError(number)
    if number.adjusted() > 3:
        raise _Refused(
            "a target cannot be above 100 %" if number > 0 else "a target cannot be below 0 %"
        )
    exponent = number.as_tuple().exponent
    if isinstance(exponent, int) and exponent < -MAX_SHARE_DECIMALS:
        raise _Refused(f"must have at most {MAX_SHARE_DECIMALS} decimal places")
    return Fraction(number)


def _fraction(number: Fraction) -> Fraction:
    """A fraction whose denominator is checked (a share's precision is bounded)."""
    if number.denominator > MAX_SHARE_DENOMINATOR:
        raise _Refused("must have a denominator of at most 10**20")
    return number


def parse_share(value: object) -> Fraction:
    """
    A share from a Fraction, Decimal, float, int or a string such as "30%", "0.3" or "3/10"
    (a numpy number too).

    >>> parse_share("30%"), parse_share("1/3"), parse_share(0.25)
    (Fraction(3, 10), Fraction(1, 3), Fraction(1, 4))

    The precision is bounded, so that a share prints and computes quickly: text of at most 100
    characters, at most 20 decimal places (:data:`MAX_SHARE_DECIMALS`), a fraction's
    denominator at most 10**20 (:data:`MAX_SHARE_DENOMINATOR`).

    Raises:
        InvalidArgument: for anything else, or a share below 0 % or above 100 %.
    """
    given = value
    value = _validate.plain(value)
    if isinstance(value, bool):
        raise InvalidArgument("value", given, _SHARE)
    if isinstance(value, str) and len(value) > _validate.MAX_NUMBER_TEXT:
        reason = f"is longer than {_validate.MAX_NUMBER_TEXT} characters"
        raise InvalidArgument("value", given, reason)
    try:
        if isinstance(value, str):
            text = value.strip().replace(",", ".")
            if text.endswith("%"):
                number = _decimal(Decimal(text[:-1].strip())) / 100
            elif "/" in text:
                number = _fraction(Fraction(text))
            else:
                number = _decimal(Decimal(text))
        elif isinstance(value, Fraction):
            number = _fraction(value)
        elif isinstance(value, int):
            number = Fraction(value)
        elif isinstance(value, Decimal):
            number = _decimal(value)
        elif isinstance(value, float):
            number = _decimal(Decimal(str(value)))
        else:
            raise InvalidArgument("value", given, _SHARE)
    except _Refused as refused:
        raise InvalidArgument("value", given, str(refused)) from None
    except (InvalidOperation, ValueError, OverflowError, ZeroDivisionError):
        raise InvalidArgument("value", given, _SHARE) from None
    value = given
    if number < 0:
        raise InvalidArgument("value", value, "a target cannot be below 0 %")
    if number > 1:
        raise InvalidArgument("value", value, "a target cannot be above 100 %")
    return number


def _accept(value: Share) -> Fraction | int:
    """Accept any value here; ``__attrs_post_init__`` converts it by the target's form."""
    return value  # type: ignore[return-value]


def _organ(value: OrganLike) -> Organ:
    return Organ.parse(value)


def _optional_organ(value: OrganLike | None) -> Organ | None:
    return None if value is None else Organ.parse(value)


def _form(value: TargetForm | TargetFormName) -> TargetForm:
    return _validate.member(TargetForm, value, "form")


def _flow(value: Flow | FlowName) -> Flow:
    return _validate.member(Flow, value, "flow")


def _year(field: str, value: object) -> int:
    year = _validate.plain(value)
    if isinstance(year, bool) or not isinstance(year, int) or not 1900 <= year <= 2200:
        raise InvalidArgument(field, value, "must be a year (an int between 1900 and 2200)")
    return year


def _set_on(value: date | None) -> date | None:
    return _validate.optional_day("set_on", value)


def _target_year(value: int) -> int:
    return _year("target_year", value)


def _base_year(value: int | None) -> int | None:
    return None if value is None else _year("base_year", value)


@attrs.frozen
class Target:
    """
    A target for one organ (or a joint target for a one-person bestuur and RvC).

    ``value`` is a share between 0 and 1 (a Fraction, a Decimal, or a string such as "30%")
    for the share forms, and a whole number for :attr:`TargetForm.WOMEN_COUNT`.
    ``base_year`` is the financial year the target starts from (for the path to it);
    ``joint_with`` names the other organ of a joint target (art. 2:276 lid 2 BW).

    >>> Target("rvc", "each_sex", "33%", target_year=2027).value
    Fraction(33, 100)
    >>> Target("rvc", "each_sex", "120%", target_year=2027)
    Traceback (most recent call last):
    ...
    ingroeiquotum.exceptions.InvalidArgument: value: a target cannot be above 100 %, got '120%'

    .. versionadded:: 0.1.0
    """

    organ: Organ = attrs.field(converter=_organ)
    form: TargetForm = attrs.field(converter=_form)
    value: Fraction | int = attrs.field(converter=_accept)
    target_year: int = attrs.field(converter=_target_year, kw_only=True)
    base_year: int | None = attrs.field(default=None, converter=_base_year, kw_only=True)
    flow: Flow = attrs.field(default=Flow.STOCK, converter=_flow, kw_only=True)
    joint_with: Organ | None = attrs.field(default=None, converter=_optional_organ, kw_only=True)
    set_on: date | None = attrs.field(default=None, converter=_set_on, kw_only=True)

    def __attrs_post_init__(self) -> None:
        if self.form is TargetForm.WOMEN_COUNT:
            object.__setattr__(self, "value", _validate.count("value", self.value))
        else:
            object.__setattr__(self, "value", parse_share(self.value))
        if self.base_year is not None and self.target_year < self.base_year:
            raise InvalidArgument(
                "target_year",
                self.target_year,
                f"must not be before the base year ({self.base_year})",
            )
        if self.joint_with is not None:
            pair = {self.organ.kind, self.joint_with.kind}
            if pair not in ({OrganKind.BESTUUR, OrganKind.RVC},
                            {OrganKind.EXECUTIVE, OrganKind.NON_EXECUTIVE}):  # fmt: skip
                raise InvalidArgument(
                    "joint_with",
                    str(self.joint_with),
                    "a joint target covers the bestuur and the RvC (art. 2:276 lid 2 BW)",
                )
            if self.flow is not Flow.STOCK:
                raise InvalidArgument("flow", self.flow.value, "a joint target counts the stock")

    @property
    def key(self) -> str:
        """A key naming what the target is about: ``"rvc"``, ``"inflow:subtop:Directors"``."""
        return str(self.organ) if self.flow is Flow.STOCK else f"{self.flow.value}:{self.organ}"

    @property
    def organs(self) -> tuple[Organ, ...]:
        """The organ, and for a joint target the other organ too."""
        return (self.organ,) if self.joint_with is None else (self.organ, self.joint_with)
