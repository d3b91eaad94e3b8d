"""
Gender as the law counts it (*geslacht*).

The quota and the targets count men and women. A person registered as neither (an "X" in the
passport, non-binary) holds a seat and counts in the size of the organ, but as neither sex:
:attr:`Gender.OTHER`. A sex that is simply not recorded is :attr:`Gender.UNKNOWN`, which is not
the same thing: a rule with unknown people decides only when every possible assignment of them
gives the same verdict.

Every place that takes a gender (a :class:`~ingroeiquotum.model.composition.Seat`, an appointment or
departure of the quota, the HR and seats loaders, the command line) reads it with the one parser
:meth:`Gender.parse`, which knows the labels of :data:`LABELS` in any case:

>>> Gender.parse("woman"), Gender.parse(" Man "), Gender.parse("V"), Gender.parse("female")
(<Gender.WOMAN: 'woman'>, <Gender.MAN: 'man'>, <Gender.WOMAN: 'woman'>, <Gender.WOMAN: 'woman'>)
>>> Gender.parse("dame")
Traceback (most recent call last):
...
ingroeiquotum.exceptions.InvalidGender: gender: must be one of 'man', 'm', 'male', 'woman', 'vrouw', 'v', 'f', 'female', 'other', 'x', 'unknown' (in any case), got 'dame'
"""

from __future__ import annotations

__all__ = ["LABELS", "Gender", "GenderLabel", "GenderName"]

import enum
from collections.abc import Mapping
from types import MappingProxyType
from typing import Literal, TypeAlias

from ingroeiquotum.exceptions import InvalidGender

GenderName: TypeAlias = Literal["man", "woman", "other", "unknown"]
"""The value of each :class:`Gender`, for type checkers."""

GenderLabel: TypeAlias = Literal[
    "man", "m", "male", "woman", "vrouw", "v", "f", "female", "other", "x", "unknown",
    "M", "V", "F", "X",
]  # fmt: skip
"""
Every label of :data:`LABELS` as a type checker sees it: lower case, and the one-letter labels
in upper case too, as HR files write them. At run time any case is accepted; text whose value
is not known until then (a cell of a file) goes through :meth:`Gender.parse`, which takes any
value and refuses an unknown one.
"""


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
        The gender named by ``value``: a :class:`Gender`, or one of the labels of
        :data:`LABELS` (its value, or a Dutch or English abbreviation such as ``"V"`` or
        ``"female"``). Case and surrounding white space are ignored.

        This is the one gender parser of the library: every constructor and loader that takes
        a gender calls it.

        Raises:
            InvalidGender: for anything else, naming ``field`` and the value, and listing the
                accepted labels.

        .. versionadded:: 0.1.0
        """
        if isinstance(value, cls):
            return value
        if isinstance(value, str):
            found = LABELS.get(value.strip().lower())
            if found is not None:
                return found
        raise InvalidGender(field, value, _ACCEPTED)

    @classmethod
    def from_label(cls, value: object, field: str = "gender") -> Gender:
        """
        The same as :meth:`parse` (the name the HR loader used).

        >>> Gender.from_label("V"), Gender.from_label("male")
        (<Gender.WOMAN: 'woman'>, <Gender.MAN: 'man'>)

        .. versionadded:: 0.1.0
        """
        return cls.parse(value, field)

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
"""
The one table of gender labels (lower case) and the gender each names: the labels
:meth:`Gender.parse` reads, in any case. ``m`` is *man* in Dutch and *male* in English, ``v``
is *vrouw*, ``f`` *female*, ``x`` the passport's mark for neither sex.
"""

_ACCEPTED = "must be one of " + ", ".join(repr(label) for label in LABELS) + " (in any case)"
"""The reason :meth:`Gender.parse` gives for a value it refuses, listing every label."""
