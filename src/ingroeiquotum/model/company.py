"""
The company (*vennootschap*): its legal form, whether it is listed, its board model, its
financial years and their size figures.

>>> from datetime import date
>>> year = FinancialYear(date(2024, 1, 1), date(2024, 12, 31))
>>> year.label
'2024'
>>> company = Company("Voorbeeld Chemie", LegalForm.BV, financial_years=(year,))
>>> company.financial_year_ending(date(2024, 12, 31)) == year
True
"""

from __future__ import annotations

__all__ = [
    "LEGAL_FORMS",
    "Amount",
    "BoardModel",
    "BoardModelName",
    "Company",
    "FinancialYear",
    "LegalForm",
    "LegalFormName",
    "SizeFigures",
    "Snapshot",
    "calendar_years",
]

import enum
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from decimal import Decimal
from types import MappingProxyType
from typing import Any, Literal, TypeAlias

import attrs

from ingroeiquotum import _validate
from ingroeiquotum.exceptions import InvalidArgument, InvalidDate
from ingroeiquotum.model.composition import Composition, Seat
from ingroeiquotum.model.organs import Organ, OrganLike, OrganName

LegalFormName: TypeAlias = Literal["NV", "BV", "N.V.", "B.V.", "nv", "bv", "n.v.", "b.v."]
"""The usual ways to write a :class:`LegalForm`, for type checkers (any case is read)."""

BoardModelName: TypeAlias = Literal["two_tier", "one_tier"]
"""The value of each :class:`BoardModel`, for type checkers."""

Amount: TypeAlias = Decimal | int | float | str
"""An amount of :class:`SizeFigures`: a number, or its text such as ``"1250000.50"``."""


class LegalForm(enum.Enum):
    """
    The legal forms the law reaches.

    .. versionadded:: 0.1.0
    """

    NV = "NV"
    """*Naamloze vennootschap* (public limited company)."""
    BV = "BV"
    """*Besloten vennootschap* (private limited company)."""

    @classmethod
    def parse(cls, value: object, field: str = "legal_form") -> LegalForm:
        """
        The legal form named by ``value``: one of the words of :data:`LEGAL_FORMS` ("NV",
        "N.V.", "naamloze vennootschap", "BV", ...), in any case, with dots and white space
        ignored.

        >>> LegalForm.parse("n.v."), LegalForm.parse("Besloten vennootschap")
        (<LegalForm.NV: 'NV'>, <LegalForm.BV: 'BV'>)
        """
        if isinstance(value, cls):
            return value
        if isinstance(value, str):
            if type(value) is str:  # the usual case: a word exactly as the table has it
                exact = LEGAL_FORMS.get(value)
                if exact is not None:
                    return exact
            found = _LEGAL_FORMS.get("".join(value.replace(".", "").split()).lower())
            if found is not None:
                return found
        raise InvalidArgument(field, value, "must be 'NV' or 'BV'")


LEGAL_FORMS: Mapping[str, LegalForm] = MappingProxyType(
    {
        "NV": LegalForm.NV,
        "N.V.": LegalForm.NV,
        "naamloze vennootschap": LegalForm.NV,
        "BV": LegalForm.BV,
        "B.V.": LegalForm.BV,
        "besloten vennootschap": LegalForm.BV,
        "besloten vennootschap met beperkte aansprakelijkheid": LegalForm.BV,
    }
)
"""
The one table of the words for a legal form that :meth:`LegalForm.parse` reads, in any case
and with dots and white space ignored (so ``"N. V."`` and ``"nv"`` are read too). The last is
the full name the law gives the BV (art. 2:175 BW).

.. versionadded:: 0.2.0
"""

_LEGAL_FORMS = {
    "".join(word.replace(".", "").split()).lower(): form for word, form in LEGAL_FORMS.items()
}
"""Each word of :data:`LEGAL_FORMS` as :meth:`LegalForm.parse` looks it up."""


class BoardModel(enum.Enum):
    """
    The board model (*bestuursmodel*).

    .. versionadded:: 0.1.0
    """

    TWO_TIER = "two_tier"
    """A bestuur and a raad van commissarissen (*dualistisch*), or a bestuur alone."""
    ONE_TIER = "one_tier"
    """One board of executive and non-executive directors (*monistisch*)."""

    @classmethod
    def parse(cls, value: object, field: str = "board_model") -> BoardModel:
        """The board model named by ``value`` ("two_tier" or "one_tier")."""
        if type(value) is str:  # the usual case: a value exactly as written here
            exact = _BOARD_MODELS.get(value)
            if exact is not None:
                return exact
        return _validate.member(cls, value, field)


_BOARD_MODELS = {model.value: model for model in BoardModel}
"""Each :class:`BoardModel` by its value, as :meth:`BoardModel.parse` reads it first."""


def _total_assets(value: Amount) -> Decimal:
    return _validate.amount("total_assets", value)


def _net_turnover(value: Amount) -> Decimal:
    return _validate.amount("net_turnover", value)


def _employees(value: Amount) -> Decimal:
    return _validate.amount("employees", value)


def _start(value: date) -> date:
    return _validate.day("start", value)


def _end(value: date) -> date:
    return _validate.day("end", value)


def _on(value: date) -> date:
    return _validate.day("on", value)


@attrs.frozen
class SizeFigures:
    """
    The figures of one financial year that decide whether a company is large (art. 2:397 BW).

    ``total_assets`` and ``net_turnover`` are in euros; ``employees`` is the average number of
    employees over the year. Group figures count where art. 2:397 lid 2 BW says so: pass the
    consolidated figures then. An amount is at most 10**15 euros with at most 30 decimal
    places (:doc:`/reference/exceptions` says why).

    .. versionadded:: 0.1.0
    """

    total_assets: Decimal = attrs.field(converter=_total_assets)
    net_turnover: Decimal = attrs.field(converter=_net_turnover)
    employees: Decimal = attrs.field(converter=_employees)

    def __init__(self, total_assets: Amount, net_turnover: Amount, employees: Amount) -> None:
        # Plain ints in range, the usual case, become their Decimals here (as the converters
        # make them); anything else goes through the checks attrs generates from the fields.
        if (
            type(total_assets) is int
            and type(net_turnover) is int
            and type(employees) is int
            and 0 <= total_assets <= _MAX_AMOUNT
            and 0 <= net_turnover <= _MAX_AMOUNT
            and 0 <= employees <= _MAX_AMOUNT
        ):
            _set_total_assets(self, Decimal(total_assets))
            _set_net_turnover(self, Decimal(net_turnover))
            _set_employees(self, Decimal(employees))
        else:
            self.__attrs_init__(total_assets, net_turnover, employees)  # type: ignore[attr-defined]


_MAX_AMOUNT = int(_validate.MAX_AMOUNT)
_set_total_assets, _set_net_turnover, _set_employees = _validate.slot_setters(
    SizeFigures, "total_assets", "net_turnover", "employees"
)


def _label(start: date, end: date) -> str:
    if start == date(end.year, 1, 1) and end == date(end.year, 12, 31):
        return str(end.year)
    return f"{start.isoformat()}/{end.isoformat()}"


@attrs.frozen
class FinancialYear:
    """
    One financial year (*boekjaar*): first and last day, and optionally its size figures.

    The last day is the balance-sheet date (*balansdatum*). A first year may be shorter or
    longer than twelve months.

    .. versionadded:: 0.1.0
    """

    start: date = attrs.field(converter=_start)
    end: date = attrs.field(converter=_end)
    figures: SizeFigures | None = attrs.field(default=None)

    @figures.validator
    def _check_figures(self, attribute: Any, value: Any) -> None:
        if value is not None and not isinstance(value, SizeFigures):
            raise InvalidArgument("figures", value, "must be SizeFigures or None")

    def __init__(self, start: date, end: date, figures: SizeFigures | None = None) -> None:
        # Two plain dates in order and figures or none, the usual case, are stored as they
        # are; anything else goes through the checks attrs generates from the fields.
        if (
            type(start) is date
            and type(end) is date
            and start <= end
            and (figures is None or type(figures) is SizeFigures)
        ):
            _set_start(self, start)
            _set_end(self, end)
            _set_figures(self, figures)
        else:
            self.__attrs_init__(start, end, figures)  # type: ignore[attr-defined]

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            raise InvalidDate("end", self.end, f"must not be before start ({self.start})")

    @property
    def label(self) -> str:
        """The label "2024" for a calendar year, else "start/end" in ISO dates."""
        return _label(self.start, self.end)

    def contains(self, on: date) -> bool:
        """Whether ``on`` falls in this financial year."""
        return self.start <= on <= self.end


_set_start, _set_end, _set_figures = _validate.slot_setters(
    FinancialYear, "start", "end", "figures"
)


def _years(value: Iterable[FinancialYear]) -> tuple[FinancialYear, ...]:
    years = _validate.sequence("financial_years", value)
    for index, year in enumerate(years):
        if not isinstance(year, FinancialYear):
            raise InvalidArgument(f"financial_years[{index}]", year, "must be a FinancialYear")
        if index and year.start <= years[index - 1].end:
            raise InvalidDate(
                f"financial_years[{index}].start",
                year.start,
                f"must come after the previous year's end ({years[index - 1].end})",
            )
    return years


def _organ(value: OrganLike) -> Organ:
    return Organ.parse(value)


@attrs.frozen
class Snapshot:
    """
    The composition of one organ on one date, usually the last day of a financial year.

    .. versionadded:: 0.1.0
    """

    organ: Organ = attrs.field(converter=_organ)
    on: date = attrs.field(converter=_on)
    composition: Composition = attrs.field()

    @composition.validator
    def _check(self, attribute: Any, value: Any) -> None:
        if not isinstance(value, Composition):
            raise InvalidArgument("composition", value, "must be a Composition")

    def __init__(self, organ: OrganLike, on: date, composition: Composition) -> None:
        # A plain date and a Composition, the usual case: the organ is read (its converter,
        # the first check attrs runs too) and all three stored; anything else goes through
        # the checks attrs generates from the fields.
        if type(on) is date and type(composition) is Composition:
            _set_organ(self, organ if type(organ) is Organ else _parse_organ(organ))
            _set_on(self, on)
            _set_composition(self, composition)
        else:
            self.__attrs_init__(organ, on, composition)  # type: ignore[attr-defined]


_parse_organ = Organ.parse
_set_organ, _set_on, _set_composition = _validate.slot_setters(
    Snapshot, "organ", "on", "composition"
)


def _snapshots(value: Iterable[Snapshot]) -> tuple[Snapshot, ...]:
    snapshots = _validate.sequence("snapshots", value)
    # The usual case in one pass: plain snapshots of plain organs, none repeating an organ on
    # a date (an organ is its kind and its name: the key holds the kind's value, which hashes
    # without a call). Anything else is checked one by one below, which names what is wrong.
    keys: set[tuple[date, str, str | None]] = set()
    for snapshot in snapshots:
        if type(snapshot) is not Snapshot:
            break
        organ = snapshot.organ
        if type(organ) is not Organ:
            break
        keys.add((snapshot.on, organ.kind._value_, organ.name))
    else:
        if len(keys) == len(snapshots):
            return snapshots
    seen: set[tuple[Organ, date]] = set()
    for index, snapshot in enumerate(snapshots):
        if not isinstance(snapshot, Snapshot):
            raise InvalidArgument(f"snapshots[{index}]", snapshot, "must be a Snapshot")
        key = (snapshot.organ, snapshot.on)
        if key in seen:
            raise InvalidArgument(
                f"snapshots[{index}]", snapshot, f"repeats {snapshot.organ} on {snapshot.on}"
            )
        seen.add(key)
    return snapshots


_SeatsLike: TypeAlias = (
    Mapping[OrganLike, Sequence[Seat]] | Sequence[tuple[OrganLike, Sequence[Seat]]]
)
"""What :class:`Company` takes for ``seats``: a mapping from organ to seats, or its pairs."""


def _seats(value: _SeatsLike) -> tuple[tuple[Organ, tuple[Seat, ...]], ...]:
    pairs = value.items() if isinstance(value, Mapping) else _validate.sequence("seats", value)
    result: dict[Organ, tuple[Seat, ...]] = {}
    for index, pair in enumerate(pairs):
        if isinstance(value, Mapping):
            key, seats = pair
        elif not isinstance(pair, tuple | list) or len(pair) != 2:
            raise InvalidArgument(f"seats[{index}]", pair, "must be a pair (organ, seats)")
        else:
            key, seats = pair
        organ = Organ.parse(key)
        if organ in result:
            raise InvalidArgument("seats", key, "names the same organ twice")
        checked = _validate.sequence(f"seats[{organ}]", seats)
        for index, seat in enumerate(checked):
            if not isinstance(seat, Seat):
                raise InvalidArgument(f"seats[{organ}][{index}]", seat, "must be a Seat")
        result[organ] = checked
    return tuple(result.items())


def _name(instance: Company, attribute: attrs.Attribute[str], value: object) -> None:
    if not isinstance(value, str) or not value.strip():
        raise InvalidArgument("name", value, "must be a non-empty string")


def _legal_form(value: LegalForm | LegalFormName) -> LegalForm:
    return LegalForm.parse(value)


def _board_model(value: BoardModel | BoardModelName) -> BoardModel:
    return BoardModel.parse(value)


def _optional_text(field: str) -> Any:
    def check(instance: Any, attribute: Any, value: Any) -> None:
        if value is not None and not isinstance(value, str):
            raise InvalidArgument(field, value, "must be a string or None")

    return check


@attrs.frozen
class Company:
    """
    A company, as far as the law needs to know it.

    ``listed`` means that its shares or depositary receipts are admitted to trading on a
    regulated market in the Netherlands (art. 2:142b lid 1 BW). ``sector`` is an SBI code and
    ``kvk`` a Chamber of Commerce number; both are optional facts for reports.
    ``supervisory_board`` is false for a company without an RvC (or, in a one-tier board,
    without non-executive directors). ``opts_in_2023_limits`` records that the company applies the raised size limits to a
    financial year starting in 2023. ``snapshots`` hold the compositions of its organs on
    given dates (at least at the end of each financial year, for the report); ``seats``
    optionally hold each organ's seats with their dates (a mapping from organ to seats), from
    which compositions, appointments and departures follow.

    .. versionadded:: 0.1.0
    """

    name: str = attrs.field(validator=_name)
    legal_form: LegalForm = attrs.field(converter=_legal_form)
    listed: bool = attrs.field(default=False, validator=_validate.attrs_flag)
    board_model: BoardModel = attrs.field(default=BoardModel.TWO_TIER, converter=_board_model)
    financial_years: tuple[FinancialYear, ...] = attrs.field(default=(), converter=_years)
    sector: str | None = attrs.field(default=None, validator=_optional_text("sector"))
    kvk: str | None = attrs.field(default=None, validator=_optional_text("kvk"))
    opts_in_2023_limits: bool = attrs.field(default=False, validator=_validate.attrs_flag)
    supervisory_board: bool = attrs.field(default=True, validator=_validate.attrs_flag)
    snapshots: tuple[Snapshot, ...] = attrs.field(default=(), converter=_snapshots)
    seats: tuple[tuple[Organ, tuple[Seat, ...]], ...] = attrs.field(default=(), converter=_seats)

    def __init__(
        self,
        name: str,
        legal_form: LegalForm | LegalFormName,
        listed: bool = False,
        board_model: BoardModel | BoardModelName = BoardModel.TWO_TIER,
        financial_years: Iterable[FinancialYear] = (),
        sector: str | None = None,
        kvk: str | None = None,
        opts_in_2023_limits: bool = False,
        supervisory_board: bool = True,
        snapshots: Iterable[Snapshot] = (),
        seats: _SeatsLike = (),
    ) -> None:
        # The usual case: every field that has only a check (a validator) holds a plain value
        # that passes it; the converters then run in the order attrs runs them (so the first
        # to refuse is the one that would), a value already converted passing straight
        # through. Anything else goes through the checks attrs generates from the fields.
        if not (
            type(name) is str
            and name.strip()
            and (listed is True or listed is False)
            and (sector is None or type(sector) is str)
            and (kvk is None or type(kvk) is str)
            and (opts_in_2023_limits is True or opts_in_2023_limits is False)
            and (supervisory_board is True or supervisory_board is False)
        ):
            self.__attrs_init__(  # type: ignore[attr-defined]
                name,
                legal_form,
                listed,
                board_model,
                financial_years,
                sector,
                kvk,
                opts_in_2023_limits,
                supervisory_board,
                snapshots,
                seats,
            )
            return
        _set_name(self, name)
        # A word exactly as a table has it is its member at once (what ``parse`` returns).
        form = _EXACT.get(legal_form) if type(legal_form) is str else legal_form
        _set_legal_form(self, form if type(form) is LegalForm else LegalForm.parse(legal_form))
        _set_listed(self, listed)
        model = _EXACT.get(board_model) if type(board_model) is str else board_model
        _set_board_model(
            self, model if type(model) is BoardModel else BoardModel.parse(board_model)
        )
        _set_financial_years(self, _years(financial_years))
        _set_sector(self, sector)
        _set_kvk(self, kvk)
        _set_opts_in_2023_limits(self, opts_in_2023_limits)
        _set_supervisory_board(self, supervisory_board)
        _set_snapshots(self, _snapshots(snapshots))
        _set_seats(self, seats if type(seats) is tuple and not seats else _seats(seats))

    def seats_of(self, organ: OrganLike) -> tuple[Seat, ...]:
        """The seats recorded for ``organ`` (empty if none are)."""
        wanted = Organ.parse(organ)
        for key, seats in self.seats:
            if key == wanted:
                return seats
        return ()

    def composition(self, organ: OrganLike, on: date) -> Composition | None:
        """
        The composition of ``organ`` on ``on``: its snapshot then, else the seats held then if
        the company records seats for it, else ``None``.

        >>> company = Company("X", "BV", snapshots=[Snapshot("rvc", date(2024, 12, 31),
        ...     Composition(men=2, women=1))])
        >>> company.composition("rvc", date(2024, 12, 31))
        Composition(men=2, women=1, other=0, unknown=0)
        """
        wanted = Organ.parse(organ)
        on = _validate.day("on", on)
        for snapshot in self.snapshots:
            if snapshot.organ == wanted and snapshot.on == on:
                return snapshot.composition
        seats = self.seats_of(wanted)
        return Composition.from_seats(seats, on) if seats else None

    @property
    def organs(self) -> tuple[Organ, ...]:
        """Every organ with a snapshot or seats, in the order they first appear."""
        organs = [snapshot.organ for snapshot in self.snapshots]
        organs.extend(organ for organ, _ in self.seats)
        return tuple(dict.fromkeys(organs))

    def financial_year_ending(self, end: date) -> FinancialYear:
        """
        The financial year whose last day is ``end``.

        Raises:
            InvalidDate: if the company has no financial year ending then.

        """
        end = _validate.day("financial_year_end", end)
        for year in self.financial_years:
            if year.end == end:
                return year
        known = ", ".join(year.end.isoformat() for year in self.financial_years) or "none"
        raise InvalidDate("financial_year_end", end, f"is not a balance-sheet date ({known})")

    def financial_year_on(self, on: date) -> FinancialYear:
        """
        The financial year that contains ``on``.

        Raises:
            InvalidDate: if no financial year of the company contains ``on``.

        """
        on = _validate.day("on", on)
        for year in self.financial_years:
            if year.contains(on):
                return year
        raise InvalidDate("on", on, f"falls in no financial year of {self.name}")

    @property
    def supervisory_organ(self) -> OrganName:
        """'rvc' for a two-tier company, 'non_executive' for a one-tier board."""
        return "non_executive" if self.board_model is BoardModel.ONE_TIER else "rvc"

    @property
    def management_organ(self) -> OrganName:
        """'bestuur' for a two-tier company, 'executive' for a one-tier board."""
        return "executive" if self.board_model is BoardModel.ONE_TIER else "bestuur"


_EXACT: dict[str, LegalForm | BoardModel] = {**LEGAL_FORMS, **_BOARD_MODELS}
"""The words :meth:`LegalForm.parse` and :meth:`BoardModel.parse` read first (no word is both)."""

(
    _set_name,
    _set_legal_form,
    _set_listed,
    _set_board_model,
    _set_financial_years,
    _set_sector,
    _set_kvk,
    _set_opts_in_2023_limits,
    _set_supervisory_board,
    _set_snapshots,
    _set_seats,
) = _validate.slot_setters(Company, *(field.name for field in attrs.fields(Company)))


def calendar_years(first: int, last: int) -> tuple[FinancialYear, ...]:
    """
    Calendar financial years ``first`` .. ``last``, without figures.

    >>> [year.label for year in calendar_years(2022, 2024)]
    ['2022', '2023', '2024']

    Raises:
        InvalidArgument: if ``first`` or ``last`` is not a year from 1 to 9999.
    """
    for field, value in (("first", first), ("last", last)):
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 9999:
            raise InvalidArgument(field, value, "must be a year (an int from 1 to 9999)")
    return tuple(
        FinancialYear(date(year, 1, 1), date(year, 12, 31)) for year in range(first, last + 1)
    )
