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

:meth:`Organ.parse` also reads the words people write in their files, those of :data:`WORDS`,
in any case, with a hyphen or an underscore read as a space:

>>> [str(Organ.parse(word)) for word in ("RvB", "Raad van commissarissen", "NED")]
['bestuur', 'rvc', 'non_executive']
>>> str(Organ.parse("Subtop - Directors"))
'subtop:Directors'

A word that could name more than one organ (``"raad"``, ``"board"``, ``"bestuurder"``, which in
a one-tier board is every director) is refused rather than guessed.

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
    "WORDS",
    "Organ",
    "OrganKind",
    "OrganKindName",
    "OrganLike",
    "OrganName",
]

import enum
import functools
from collections.abc import Mapping
from types import MappingProxyType
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


_REFUSED = "must be one of 'bestuur', 'rvc', 'executive', 'non_executive', 'subtop:<name>'"
"""The reason a name that is no organ is refused (the words of :data:`WORDS` are read too)."""


def _parse_kind(value: object) -> OrganKind:
    try:
        return _validate.member(OrganKind, value, "organ")
    except InvalidArgument:
        raise InvalidArgument("organ", value, _REFUSED) from None


@attrs.frozen(order=False, cache_hash=True)
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
        The organ named by ``value``: an :class:`Organ`, a kind, or a string: a word of
        :data:`WORDS` (``"rvc"``, ``"RvB"``, ``"Raad van commissarissen"``, ...) in any case,
        with white space around it ignored, white space inside it, hyphens and underscores read
        as one space; or a subtop category, ``"subtop:<name>"``, ``"Subtop: <name>"`` or
        ``"Subtop - <name>"``, whose name is kept as written (stripped).

        >>> Organ.parse("  niet-uitvoerende   bestuurders ") == NON_EXECUTIVE
        True
        >>> Organ.parse("Subtop: Senior management").name
        'Senior management'
        >>> Organ.parse("raad")
        Traceback (most recent call last):
        ...
        ingroeiquotum.exceptions.InvalidArgument: organ: must be one of 'bestuur', 'rvc', 'executive', 'non_executive', 'subtop:<name>', got 'raad'

        Raises:
            InvalidArgument: for anything else, naming the field ``organ`` and the value (the
                field ``name`` for a subtop category without a name).
        """
        if isinstance(value, str):
            found = _ORGANS.get(value)  # the usual case: a word exactly as the table has it
            if found is not None:
                return found
            if cls is Organ and type(value) is str and len(value) <= _PARSED_TEXT:
                return _parsed(value)
            return cls._read(value)
        if isinstance(value, Organ):
            return value
        if isinstance(value, OrganKind):
            return cls(value)
        return cls(_parse_kind(value))

    @classmethod
    def _read(cls, value: str) -> Organ:
        """:meth:`parse` for a string that is not exactly a word of :data:`WORDS`."""
        text = value.strip()
        if text[:6].lower() == "subtop":
            rest = text[6:].lstrip()
            if rest[:1] in _SEPARATORS:  # the name, stripped by the converter
                return cls(OrganKind.SUBTOP, rest[1:])
        found = _ORGANS.get(_key(text))
        if found is not None:
            return found
        raise InvalidArgument("organ", text, _REFUSED)

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

WORDS: Mapping[str, OrganKind] = MappingProxyType(
    {
        "bestuur": OrganKind.BESTUUR,
        "RvB": OrganKind.BESTUUR,
        "raad van bestuur": OrganKind.BESTUUR,
        "directie": OrganKind.BESTUUR,
        "management board": OrganKind.BESTUUR,
        "rvc": OrganKind.RVC,
        "raad van commissarissen": OrganKind.RVC,
        "commissaris": OrganKind.RVC,
        "supervisory board": OrganKind.RVC,
        "executive": OrganKind.EXECUTIVE,
        "uitvoerende bestuurders": OrganKind.EXECUTIVE,
        "uitvoerend bestuurder": OrganKind.EXECUTIVE,
        "executive directors": OrganKind.EXECUTIVE,
        "executive director": OrganKind.EXECUTIVE,
        "non_executive": OrganKind.NON_EXECUTIVE,
        "niet-uitvoerende bestuurders": OrganKind.NON_EXECUTIVE,
        "niet-uitvoerend bestuurder": OrganKind.NON_EXECUTIVE,
        "non-executive directors": OrganKind.NON_EXECUTIVE,
        "non-executive director": OrganKind.NON_EXECUTIVE,
        "NED": OrganKind.NON_EXECUTIVE,
    }
)
"""
The one table of the words for an organ that :meth:`Organ.parse` reads, and the kind each
names: the value of each kind, and the Dutch and English names of the organs (one member's
title too, as an HR file writes it in each person's line). Case does not matter, and a hyphen
or an underscore counts as a space (``"non-executive"`` is ``"non_executive"``). A subtop
category is not a word of the table: it is written ``subtop:<name>`` (or ``Subtop - <name>``).

.. versionadded:: 0.2.0
"""


def _key(text: str) -> str:
    """
    ``text`` as :data:`WORDS` is looked up: lower case, ``-`` and ``_`` read as spaces, and
    white space collapsed to one space.
    """
    return " ".join(text.replace("-", " ").replace("_", " ").lower().split())


_SEPARATORS = frozenset(":-\u2013\u2014")
"""What separates ``subtop`` from a category's name: ``:`` or a dash (``-``, en dash, em dash)."""

_ORGANS: dict[str, Organ] = {
    spelling: Organ(kind) for word, kind in WORDS.items() for spelling in (word, _key(word))
}
"""Each word of :data:`WORDS` (as written, and as :func:`_key` makes it) and its organ."""

_PARSED_TEXT = 200
"""The longest text whose organ :meth:`Organ.parse` remembers (:func:`_parsed`)."""

_parsed = functools.lru_cache(maxsize=4096)(Organ._read)
"""
:meth:`Organ._read` remembered for plain texts that are not exactly a word of :data:`_ORGANS`
(subtop categories, other spellings): bounded, thread-safe, and a refusal is not remembered.
"""

OrganLike: TypeAlias = Organ | OrganKind | OrganName
"""
What a typed signature takes for an organ: an :class:`Organ` (``Organ.subtop("X")`` for a subtop
category), a kind, or a fixed name such as ``"rvc"``.
"""
