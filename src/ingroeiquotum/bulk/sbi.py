"""
The sections of the SBI 2008 (the CBS's *Standaard Bedrijfsindeling*) and a row's ``sector``.

The table of the 21 sections (letters ``A`` to ``U``) and the two-digit divisions each holds is
shipped as ``sbi2008.toml`` beside this module, with its sources: the CBS's description of the
SBI 2008 (at the level of the divisions it equals NACE Rev. 2) and the CBS's table of sections
and division ranges.

>>> section("64"), section("01"), section("99")
('K', 'A', 'U')
>>> sector_of("64.19"), sector_of(6419), sector_of("K"), sector_of(" 1 "), sector_of(None)
(('K', '64'), ('K', '64'), ('K', None), ('A', '01'), (None, None))
>>> SECTIONS["K"].en
'Financial and insurance activities'
"""

from __future__ import annotations

__all__ = ["SECTIONS", "Section", "section", "sector_of"]

import functools
import tomllib
from collections.abc import Iterator, Mapping
from importlib import resources
from types import MappingProxyType
from typing import NamedTuple

from ingroeiquotum import _validate
from ingroeiquotum.exceptions import InvalidArgument

FILE = "sbi2008.toml"


class Section(NamedTuple):
    """One SBI 2008 section: its letter, its first and last division, its names."""

    letter: str
    first: int
    last: int
    nl: str
    en: str


@functools.cache
def _table() -> tuple[MappingProxyType[str, Section], MappingProxyType[str, str]]:
    """The sections by letter and the section of each division (``"64"``), read once."""
    with (resources.files("ingroeiquotum.bulk") / FILE).open("rb") as handle:
        document = tomllib.load(handle)
    sections = {entry["letter"]: Section(**entry) for entry in document["section"]}
    divisions = {
        f"{number:02d}": each.letter
        for each in sections.values()
        for number in range(each.first, each.last + 1)
    }
    return MappingProxyType(sections), MappingProxyType(divisions)


class _Sections(Mapping[str, Section]):
    """The sections by letter, read from the shipped table on first use."""

    def __getitem__(self, letter: str) -> Section:
        return _table()[0][letter]

    def __iter__(self) -> Iterator[str]:
        return iter(_table()[0])

    def __len__(self) -> int:
        return len(_table()[0])


SECTIONS = _Sections()
"""The 21 sections of the SBI 2008 by letter (``SECTIONS["K"]``), read on first use."""


def section(division: str) -> str | None:
    """The letter of the section that holds ``division`` (two digits), or ``None``."""
    return _table()[1].get(division)


_REASON = (
    "must be an SBI 2008 code: a section letter A-U, a code of at least two digits "
    "('64', '64.19', '6419'), or an int from 1 to 99999"
)


def sector_of(value: object) -> tuple[str | None, str | None]:
    """
    The SBI section letter and two-digit division of a row's ``sector``: ``(None, None)`` for a
    missing value (``None``, NaN, ``pd.NA``) or blank text.

    A code is text (``"6419"``, ``"64.19"``, ``"01"``; dots and white space are ignored) or an
    int, as pandas reads a column of codes: an int is its decimal text padded to two digits, so
    ``1`` and ``"01"`` are division ``"01"`` and ``6419`` and ``"64.19"`` the same code (a
    leading zero of a longer code is lost in an int: write such codes as text). A section
    letter alone (``"K"``, ``"k"``) gives the section and no division.

    Raises:
        InvalidArgument: naming ``sector``, for anything else, and for a division the SBI 2008
            does not have (``"00"``, ``"04"``).
    """
    code = value if type(value) is str else _validate.plain(value)
    if isinstance(code, str):
        text = code.strip().replace(".", "").replace(" ", "")
        if not text:
            return None, None
        if len(text) == 1 and text.isalpha():
            letter = text.upper()
            if letter in _table()[0]:
                return letter, None
            raise InvalidArgument("sector", value, _REASON)
        if not (text.isascii() and text.isdigit()):
            raise InvalidArgument("sector", value, _REASON)
    elif _validate.missing(code):
        return None, None
    elif isinstance(code, int) and not isinstance(code, bool) and 0 < code < 10**5:
        text = str(code)
    else:
        raise InvalidArgument("sector", value, _REASON)
    division = text.zfill(2)[:2]
    found = section(division)
    if found is None:
        raise InvalidArgument("sector", value, f"is not in the SBI 2008 (division {division})")
    return found, division
