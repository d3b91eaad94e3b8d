"""
The organs the law speaks of (*organen*).

* the management board, *bestuur* (raad van bestuur, RvB) of a two-tier company;
* the supervisory board, *raad van commissarissen* (RvC);
* the executive and the non-executive directors of a one-tier board (*uitvoerende* and
  *niet-uitvoerende bestuurders*), which the law treats as the bestuur and the RvC;
* the *subtop*: "categorieën werknemers in leidinggevende functies" that the company defines
  itself, any number of them, each with its own name.

>>> Organ.parse("rvc")
Organ(kind=<OrganKind.RVC: 'rvc'>, name=None)
>>> str(Organ.parse("subtop:Directors"))
'subtop:Directors'
>>> Organ.subtop("Directors").is_subtop
True

For a type checker, the functions and classes that take an organ take :data:`OrganLike`: an
:class:`Organ`, an :class:`OrganKind`, or one of the fixed names of :data:`OrganName`. A subtop
category has a name of the company's own, which no type can list, so typed code writes
``Organ.subtop("Directors")`` for it; the string ``"subtop:Directors"`` is still read at run
time (it is how files write it) but a type checker refuses it, as it refuses ``"raad"``. Text
known only at run time goes through :meth:`Organ.parse`, which takes any value.
"""

from __future__ import annotations

__all__ = [
    "BESTUUR",
    "EXECUTIVE",
    "NON_EXECUTIVE",
    "RVC",
    "Organ",
    "OrganKind",
    "OrganKindName",
    "OrganLike",
    "OrganName",
]

import enum
from typing import Literal, TypeAlias

import attrs

from ingroeiquotum import _validate
from ingroeiquotum.exceptions import InvalidArgument


class OrganKind(enum.Enum):
    """
    The kinds of organ.

    .. versionadded:: 0.1.0
    """

    BESTUUR = "bestuur"
    """The management board of a two-tier company (*bestuur*, *raad van bestuur*)."""
    RVC = "rvc"
    """The supervisory board (*raad van commissarissen*)."""
    EXECUTIVE = "executive"
    """The executive directors of a one-tier board (*uitvoerende bestuurders*)."""
    NON_EXECUTIVE = "non_executive"
    """The non-executive directors of a one-tier board (*niet-uitvoerende bestuurders*)."""
    SUBTOP = "subtop"
    """A category of employees in managerial positions that the company defines (*subtop*)."""

    @property
    def is_supervisory(self) -> bool:
        """Whether the law treats this organ as the supervisory organ (RvC or non-executives)."""
        return self in (OrganKind.RVC, OrganKind.NON_EXECUTIVE)

    @property
    def is_management(self) -> bool:
        """Whether the law treats this organ as the management organ (bestuur or executives)."""
        return self in (OrganKind.BESTUUR, OrganKind.EXECUTIVE)


OrganName: TypeAlias = Literal["bestuur", "rvc", "executive", "non_executive"]
"""The names of the organs that have no name of their own (every kind but the subtop)."""

OrganKindName: TypeAlias = Literal["bestuur", "rvc", "executive", "non_executive", "subtop"]
"""The value of each :class:`OrganKind`, for type checkers."""


def _name(instance: Organ, attribute: attrs.Attribute[str | None], value: str | None) -> None:
    if instance.kind is OrganKind.SUBTOP:
        if not isinstance(value, str) or not value.strip():
            raise InvalidArgument("name", value, "a subtop category needs a non-empty name")
    elif value is not None:
        kind = instance.kind.value
        raise InvalidArgument("name", value, f"only a subtop category has a name, not {kind}")


def _strip(value: str | None) -> str | None:
    return value.strip() if isinstance(value, str) else value


def _kind(value: OrganKind | OrganKindName) -> OrganKind:
    return _parse_kind(value)


def _parse_kind(value: object) -> OrganKind:
    try:
        return _validate.member(OrganKind, value, "organ")
    except InvalidArgument:
        raise InvalidArgument(
            "organ", value, "must be one of 'bestuur', 'rvc', 'executive', 'non_executive', "
            "'subtop:<name>'"
        ) from None  # fmt: skip


@attrs.frozen(order=False)
class Organ:
    """
    One organ of a company: a kind, and for a subtop category its name.

    .. versionadded:: 0.1.0
    """

    kind: OrganKind = attrs.field(converter=_kind)
    name: str | None = attrs.field(default=None, converter=_strip, validator=_name)

    @classmethod
    def subtop(cls, name: str) -> Organ:
        """The subtop category named ``name``."""
        return cls(OrganKind.SUBTOP, name)

    @classmethod
    def parse(cls, value: object) -> Organ:
        """
        The organ named by ``value``: an :class:`Organ`, a kind, or a string such as ``"rvc"``
        or ``"subtop:<name>"``.
        """
        if isinstance(value, Organ):
            return value
        if isinstance(value, OrganKind):
            return cls(value)
        if isinstance(value, str):
            text = value.strip()
            if text.lower().startswith("subtop:"):
                return cls(OrganKind.SUBTOP, text.split(":", 1)[1].strip())
            return cls(_parse_kind(text))
        return cls(_parse_kind(value))

    @property
    def is_subtop(self) -> bool:
        """Whether this is a subtop category."""
        return self.kind is OrganKind.SUBTOP

    def __str__(self) -> str:
        if self.name is not None:
            return f"{self.kind.value}:{self.name}"
        return self.kind.value


BESTUUR = Organ(OrganKind.BESTUUR)
RVC = Organ(OrganKind.RVC)
EXECUTIVE = Organ(OrganKind.EXECUTIVE)
NON_EXECUTIVE = Organ(OrganKind.NON_EXECUTIVE)

OrganLike: TypeAlias = Organ | OrganKind | OrganName
"""
What a typed signature takes for an organ: an :class:`Organ` (``Organ.subtop("X")`` for a subtop
category), a kind, or a fixed name such as ``"rvc"``.
"""
