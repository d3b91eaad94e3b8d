"""
Gender as the law counts it (*geslacht*).

The quota and the targets count men and women. A person registered as neither (an "X" in the
passport, non-binary) holds a seat and counts in the size of the organ, but as neither sex:
:attr:`Gender.OTHER`. A sex that is simply not recorded is :attr:`Gender.UNKNOWN`, which is not
the same thing: a rule with unknown people decides only when every possible assignment of them
gives the same verdict.

>>> Gender.parse("woman")
<Gender.WOMAN: 'woman'>
>>> Gender.parse(" Man ")
<Gender.MAN: 'man'>
>>> Gender.parse("female")
Traceback (most recent call last):
...
ingroeiquotum.exceptions.InvalidGender: gender: must be one of 'man', 'woman', 'other', 'unknown', got 'female'
"""

from __future__ import annotations

__all__ = ["LABELS", "Gender"]

import enum
from collections.abc import Mapping
from types import MappingProxyType

from ingroeiquotum.exceptions import InvalidGender


class Gender(enum.Enum):
    """
    How a person counts for the law.

    .. versionadded:: 0.1.0
    """

    MAN = "man"
    """A man (*man*)."""
    WOMAN = "woman"
    """A woman (*vrouw*)."""
    OTHER = "other"
    """Registered as neither man nor woman (*X*, *non-binair*): counts in the size only."""
    UNKNOWN = "unknown"
    """Not recorded (*onbekend*): missing data, not a gender."""

    @classmethod
    def parse(cls, value: object, field: str = "gender") -> Gender:
        """
        The gender named by ``value``: a :class:`Gender` or its value as a string.

        Case and surrounding white space are ignored. Anything else raises
        :class:`~ingroeiquotum.exceptions.InvalidGender` naming ``field`` and the value.
        """
        if isinstance(value, cls):
            return value
        if isinstance(value, str) and value.strip().lower() in _VALUES:
            return cls(value.strip().lower())
        raise InvalidGender(field, value)

    @classmethod
    def from_label(cls, value: object, field: str = "gender") -> Gender:
        """
        The gender named by a label as HR files write it: a value of :meth:`parse`, or one of
        the usual Dutch and English abbreviations (``m``, ``v``, ``f``, ``x``, ``male``,
        ``female``, ``vrouw``), in any case.

        >>> Gender.from_label("V"), Gender.from_label("male")
        (<Gender.WOMAN: 'woman'>, <Gender.MAN: 'man'>)

        Raises:
            InvalidGender: for any other value, naming ``field`` and the value.

        .. versionadded:: 0.1.0
        """
        if isinstance(value, cls):
            return value
        if isinstance(value, str):
            found = LABELS.get(value.lower())
            if found is not None:
                return found
        raise InvalidGender(
            field,
            value,
            "must be 'man', 'woman', 'other' or 'unknown' (also m/v/f/x, male/female, vrouw)",
        )

    @property
    def is_sex(self) -> bool:
        """Whether this is one of the two sexes the law counts (man or woman)."""
        return self in (Gender.MAN, Gender.WOMAN)

    @property
    def opposite(self) -> Gender:
        """
        The other sex, for a man or a woman.

        >>> Gender.MAN.opposite
        <Gender.WOMAN: 'woman'>
        """
        if self is Gender.MAN:
            return Gender.WOMAN
        if self is Gender.WOMAN:
            return Gender.MAN
        raise InvalidGender("gender", self.value, "has no opposite; only 'man' and 'woman' do")


_VALUES = frozenset(gender.value for gender in Gender)

LABELS: Mapping[str, Gender] = MappingProxyType(
    {
        "man": Gender.MAN,
        "m": Gender.MAN,
        "male": Gender.MAN,
        "woman": Gender.WOMAN,
        "vrouw": Gender.WOMAN,
        "v": Gender.WOMAN,
        "f": Gender.WOMAN,
        "female": Gender.WOMAN,
        "other": Gender.OTHER,
        "x": Gender.OTHER,
        "unknown": Gender.UNKNOWN,
    }
)
"""The labels :meth:`Gender.from_label` reads (lower case), and the gender each names."""
