"""
The names of a table's columns as a source gives them: the library's own names in any case, the
common Dutch headers of HR and registry exports (:data:`DUTCH`), and a caller's own mapping
(``columns=``), which wins over both.

A Dutch header is read as the library's column only where that is unambiguous: the column is
one the table knows, and no other header cell names the same column (if two do, the reader
reports the column twice, and a mapping settles it).

>>> namer = Namer(frozenset({"company", "date", "men"}), {"Bedrijfsnaam": "company"})
>>> [namer(cell) for cell in ("Bedrijfsnaam", "Peildatum", "MEN", "Mannen", "Opmerking")]
['company', 'date', 'men', 'men', 'Opmerking']
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ingroeiquotum.exceptions import InvalidArgument

DUTCH: Mapping[str, str] = {
    "bedrijf": "company",
    "bedrijfsnaam": "company",
    "onderneming": "company",
    "vennootschap": "company",
    "orgaan": "organ",
    "peildatum": "date",
    "datum": "date",
    "rechtsvorm": "legal_form",
    "beursgenoteerd": "listed",
    "genoteerd": "listed",
    "mannen": "men",
    "aantal mannen": "men",
    "vrouwen": "women",
    "aantal vrouwen": "women",
    "anders": "other",
    "onbekend": "unknown",
    "sbi": "sector",
    "sbi-code": "sector",
    "werknemers": "employees",
    "aantal werknemers": "employees",
    "geslacht": "gender",
    "ingangsdatum": "start",
    "begindatum": "start",
    "startdatum": "start",
    "datum in dienst": "start",
    "einddatum": "end",
    "datum uit dienst": "end",
    "begin boekjaar": "financial_year_start",
    "einde boekjaar": "financial_year_end",
    "balanstotaal": "total_assets",
    "netto-omzet": "net_turnover",
    "netto omzet": "net_turnover",
    "bestuursmodel": "board_model",
    "streefcijfer": "target",
    "streefjaar": "target_year",
    "eerste benoeming": "first_appointed",
}
"""
The Dutch headers read without a mapping, in lower case with single spaces, and the column each
names (only where the table has that column). Listed in ``docs/reference/vocabulary.md``.
"""

_SPACES = re.compile(r"[\s_]+")


def _key(text: str) -> str:
    """A header as :data:`DUTCH` is keyed: lower case, runs of spaces and underscores as one."""
    return _SPACES.sub(" ", text.strip().lower())


def check_columns(columns: object, known: tuple[str, ...]) -> dict[str, str]:
    """
    ``columns`` (a caller's mapping from the source's column names to the library's) checked:
    text keys and values, every value one of ``known``, no column named by two keys.

    >>> check_columns({"Naam": "company"}, ("company", "men"))
    {'Naam': 'company'}
    >>> check_columns({"Naam": "firm"}, ("company", "men"))
    Traceback (most recent call last):
    ...
    ingroeiquotum.exceptions.InvalidArgument: columns['Naam']: must be one of the columns company, men, got 'firm'
    """
    if columns is None:
        return {}
    if not isinstance(columns, Mapping):
        raise InvalidArgument("columns", columns, "must be a mapping of source name to column")
    checked: dict[str, str] = {}
    named: dict[str, str] = {}
    for key, value in columns.items():
        if not isinstance(key, str) or not key.strip():
            raise InvalidArgument("columns", key, "must have the source's column names as keys")
        field = f"columns[{key!r}]"
        if value not in known:
            raise InvalidArgument(field, value, f"must be one of the columns {', '.join(known)}")
        if value in named:
            reason = f"names the column {value!r} that columns[{named[value]!r}] names too"
            raise InvalidArgument(field, value, reason)
        named[str(value)] = key
        checked[key.strip()] = str(value)
    return checked


class Namer:
    """
    The column each header cell (or JSON key) names, for a table of the columns ``names``: the
    caller's ``columns`` first (exactly, else in any case), then a column of the table in any
    case, then a Dutch header of :data:`DUTCH`; any other header as it is, stripped.
    """

    def __init__(self, names: frozenset[str], columns: Mapping[str, str] | None = None) -> None:
        self.names = names
        self.columns = dict(columns or {})
        self.folded = {_key(key): value for key, value in self.columns.items()}
        self.dutch = {key: value for key, value in DUTCH.items() if value in names}

    def __call__(self, cell: object) -> str:
        text = "" if cell is None else str(cell).strip()
        mapped = self.columns.get(text)
        if mapped is not None:
            return mapped
        lower = text.lower()
        if lower in self.names:
            return lower
        key = _key(text)
        return self.folded.get(key) or self.dutch.get(key) or text

    def unused(self, cells: list[object]) -> list[str]:
        """The keys of the caller's ``columns`` that name no cell of the header ``cells``."""
        given = {_key("" if cell is None else str(cell)) for cell in cells}
        return [key for key in self.columns if _key(key) not in given]
