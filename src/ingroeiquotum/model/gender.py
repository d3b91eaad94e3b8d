"""
Gender as the law counts it (*geslacht*).

The quota and the targets count men and women. A person registered as neither (an "X" in the
passport, non-binary) holds a seat and counts in the size of the organ, but as neither sex:
:attr:`Gender.OTHER`. A sex that is simply not recorded is :attr:`Gender.UNKNOWN`, which is not
the same thing: a rule with unknown people decides only when every possible assignment of them
gives the same verdict.

Every place that takes a gender (a :class:`~ingroeiquotum.model.composition.Seat`, an appointment or
departure of the quota, the HR and seats loaders, the command line) reads it with the one parser
:meth:`Gender.parse`, which knows the labels of :data:`LABELS` in any case, with the labels HR
systems export (``"Non-binary"``, ``"Prefer not to say"``, ``"Onbekend"``):

>>> Gender.parse("woman"), Gender.parse(" Man "), Gender.parse("V"), Gender.parse("female")
(<Gender.WOMAN: 'woman'>, <Gender.MAN: 'man'>, <Gender.WOMAN: 'woman'>, <Gender.WOMAN: 'woman'>)
>>> Gender.parse("Non-binary"), Gender.parse("Prefer not to say")
(<Gender.OTHER: 'other'>, <Gender.UNKNOWN: 'unknown'>)
>>> Gender.parse("dame")
Traceback (most recent call last):
...
ingroeiquotum.exceptions.InvalidGender: gender: must be 'man', 'woman', 'other' or 'unknown', or another label of gender.LABELS such as 'M', 'V', 'X' or 'onbekend' (in any case), got 'dame'
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
    "man", "m", "male", "mannelijk",
    "woman", "vrouw", "v", "f", "female", "vrouwelijk",
    "other", "x", "anders", "non-binary", "nonbinary", "non-binair", "niet-binair",
    "self-described", "divers",
    "unknown", "onbekend", "prefer not to say", "i don't wish to answer", "wil ik niet zeggen",
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
        The gender named by ``value``: a :class:`Gender`, or a label of :data:`LABELS`.

        A label is a gender's value, a Dutch or English word or abbreviation such as ``"V"`` or
        ``"female"``, or an answer an HR system records, such as ``"Prefer not to say"``. Case
        and surrounding white space are ignored, white space or a hyphen inside a label counts
        as one space, and a typographic apostrophe (``’``) as ``'``:

        >>> Gender.parse("I don’t  wish to answer"), Gender.parse("Non binary")
        (<Gender.UNKNOWN: 'unknown'>, <Gender.OTHER: 'other'>)

        This is the one gender parser of the library: every constructor and loader that takes
        a gender calls it.

        Raises:
            InvalidGender: for anything else, naming ``field`` and the value, and saying where
                the accepted labels are listed.

        .. versionadded:: 0.1.0
        """
        if isinstance(value, cls):
            return value
        if isinstance(value, str):
            found = LABELS.get(value.strip().lower())
            if found is None:  # spelled with other spaces or hyphens, or a typographic apostrophe
                found = _SPELLINGS.get(_key(value))
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
        "mannelijk": Gender.MAN,
        "woman": Gender.WOMAN,
        "vrouw": Gender.WOMAN,
        "v": Gender.WOMAN,
        "f": Gender.WOMAN,
        "female": Gender.WOMAN,
        "vrouwelijk": Gender.WOMAN,
        "other": Gender.OTHER,
        "x": Gender.OTHER,
        "anders": Gender.OTHER,
        "non-binary": Gender.OTHER,
        "nonbinary": Gender.OTHER,
        "non-binair": Gender.OTHER,
        "niet-binair": Gender.OTHER,
        "self-described": Gender.OTHER,
        "divers": Gender.OTHER,
        "unknown": Gender.UNKNOWN,
        "onbekend": Gender.UNKNOWN,
        "prefer not to say": Gender.UNKNOWN,
        "i don't wish to answer": Gender.UNKNOWN,
        "wil ik niet zeggen": Gender.UNKNOWN,
    }
)
"""
The one table of gender labels (lower case) and the gender each names: the labels
:meth:`Gender.parse` reads, in any case. ``m`` is *man* in Dutch and *male* in English, ``v``
is *vrouw*, ``f`` *female*, ``x`` the passport's mark for neither sex. The longer labels are
the answers HR systems record: a person who describes themself as neither sex (*non-binary*,
*self-described*, *anders*, the German *divers*) counts as :attr:`Gender.OTHER`; a person who
chose not to answer counts as :attr:`Gender.UNKNOWN`, like one whose sex was never recorded.
"""

_ACCEPTED = (
    "must be 'man', 'woman', 'other' or 'unknown', or another label of gender.LABELS such as "
    "'M', 'V', 'X' or 'onbekend' (in any case)"
)
"""
The reason :meth:`Gender.parse` gives for a value it refuses: the four genders, and where the
other labels are listed (they are too many to repeat in every row's error).
"""


def _key(text: str) -> str:
    """``text`` as :meth:`Gender.parse` compares it with the labels when it is not one as is."""
    return " ".join(text.replace("\u2019", "'").replace("-", " ").lower().split())


_SPELLINGS = {_key(label): gender for label, gender in LABELS.items()}
"""Each label of :data:`LABELS` as :func:`_key` makes it, and its gender."""
