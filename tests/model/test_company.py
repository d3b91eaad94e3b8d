"""Tests for ``ingroeiquotum.company``."""

from __future__ import annotations

import inspect
from datetime import date, datetime
from decimal import Decimal

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from ingroeiquotum.company import (
    LEGAL_FORMS,
    BoardModel,
    Company,
    FinancialYear,
    LegalForm,
    SizeFigures,
    Snapshot,
    calendar_years,
)
from ingroeiquotum.composition import Composition
from ingroeiquotum.exceptions import InvalidArgument, InvalidDate
from ingroeiquotum.organs import RVC, Organ, OrganKind


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NV", LegalForm.NV),
        ("n.v.", LegalForm.NV),
        ("N.V.", LegalForm.NV),
        ("bv", LegalForm.BV),
        ("B.V.", LegalForm.BV),
        (LegalForm.BV, LegalForm.BV),
        ("N. V.", LegalForm.NV),
        (" Naamloze vennootschap ", LegalForm.NV),
        ("naamloze  vennootschap", LegalForm.NV),
        ("Besloten Vennootschap", LegalForm.BV),
        ("besloten vennootschap met beperkte aansprakelijkheid", LegalForm.BV),
    ],
)
def test_legal_form_parse(text, expected):
    """NV and BV parse in the usual spellings, and by the names the law gives them."""
    assert expected is LegalForm.parse(text)


def test_the_legal_form_words_are_one_table():
    """LEGAL_FORMS lists each word once, every word parses to its form, and both forms are in it."""
    assert {"NV", "N.V.", "naamloze vennootschap"} == {
        word for word, form in LEGAL_FORMS.items() if form is LegalForm.NV
    }
    assert {"BV", "B.V.", "besloten vennootschap",
            "besloten vennootschap met beperkte aansprakelijkheid"} == {
        word for word, form in LEGAL_FORMS.items() if form is LegalForm.BV
    }  # fmt: skip
    for word, form in LEGAL_FORMS.items():
        assert form is LegalForm.parse(word.upper())


@pytest.mark.parametrize(
    "value",
    ["stichting", "vereniging", "cooperatie", "vennootschap", "naamloze", "BV i.o.", "NVBV", "",
     None, 1],
)  # fmt: skip
def test_legal_form_refuses_other_forms(value):
    """Other legal forms are out of scope (rule book section 2) and refused."""
    with pytest.raises(InvalidArgument) as info:
        LegalForm.parse(value)
    assert "legal_form" == info.value.field


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("two_tier", BoardModel.TWO_TIER),
        ("one-tier", BoardModel.ONE_TIER),
        (" ONE_TIER ", BoardModel.ONE_TIER),
    ],
)
def test_board_model_parse(text, expected):
    """Board models parse with hyphens, underscores and any case."""
    assert expected is BoardModel.parse(text)


def test_board_model_refuses():
    """An unknown board model is refused."""
    with pytest.raises(InvalidArgument):
        BoardModel.parse("three_tier")


@pytest.mark.parametrize(
    ("arguments", "field"),
    [
        ({"name": "", "legal_form": "NV"}, "name"),
        ({"name": "  ", "legal_form": "NV"}, "name"),
        ({"name": None, "legal_form": "NV"}, "name"),
        ({"name": "X", "legal_form": "stichting"}, "legal_form"),
        ({"name": "X", "legal_form": "NV", "listed": "yes"}, "listed"),
        ({"name": "X", "legal_form": "NV", "listed": 1}, "listed"),
        ({"name": "X", "legal_form": "NV", "board_model": "flat"}, "board_model"),
        ({"name": "X", "legal_form": "NV", "opts_in_2023_limits": None}, "opts_in_2023_limits"),
        ({"name": "X", "legal_form": "NV", "financial_years": ["2024"]}, "financial_years[0]"),
    ],
)
def test_company_refuses(arguments, field):
    """Company refuses what it cannot represent, naming the field."""
    with pytest.raises(InvalidArgument) as info:
        Company(**arguments)
    assert field == info.value.field


def test_company_refuses_overlapping_years():
    """Financial years must follow each other without overlap."""
    years = (
        FinancialYear(date(2023, 1, 1), date(2023, 12, 31)),
        FinancialYear(date(2023, 12, 31), date(2024, 12, 31)),
    )
    with pytest.raises(InvalidDate) as info:
        Company("X", "BV", financial_years=years)
    assert "financial_years[1].start" == info.value.field


def test_financial_year_end_before_start_refused():
    """A financial year cannot end before it starts."""
    with pytest.raises(InvalidDate) as info:
        FinancialYear(date(2024, 1, 1), date(2023, 12, 31))
    assert "end" == info.value.field


@pytest.mark.parametrize(
    ("start", "end"),
    [("2024-01-01", date(2024, 12, 31)), (date(2024, 1, 1), datetime(2024, 12, 31, 12, 0))],
)
def test_financial_year_refuses_non_dates(start, end):
    """Financial years take dates, not strings or datetimes."""
    with pytest.raises(InvalidDate):
        FinancialYear(start, end)


def test_financial_year_labels():
    """A calendar year is labelled by its year; a broken year by its ISO dates."""
    assert ("2024", "2023-07-01/2024-06-30") == (
        FinancialYear(date(2024, 1, 1), date(2024, 12, 31)).label,
        FinancialYear(date(2023, 7, 1), date(2024, 6, 30)).label,
    )


def test_financial_year_lookups():
    """A company finds its financial year by end date and by a day inside it."""
    years = calendar_years(2022, 2024)
    company = Company("X", "BV", financial_years=years)
    assert (years[1], years[2]) == (
        company.financial_year_ending(date(2023, 12, 31)),
        company.financial_year_on(date(2024, 2, 29)),
    )
    with pytest.raises(InvalidDate):
        company.financial_year_ending(date(2023, 6, 30))
    with pytest.raises(InvalidDate):
        company.financial_year_on(date(2021, 12, 31))


def test_calendar_years():
    """calendar_years gives 1 January to 31 December for each year, both ends included."""
    assert [(date(y, 1, 1), date(y, 12, 31)) for y in (2022, 2023)] == [
        (year.start, year.end) for year in calendar_years(2022, 2023)
    ]


def test_size_figures_are_exact_decimals():
    """Figures become Decimals: a float amount keeps its decimal digits."""
    figures = SizeFigures(20_000_000.01, "40000000", 249.5)
    assert (Decimal("20000000.01"), Decimal(40_000_000), Decimal("249.5")) == (
        figures.total_assets,
        figures.net_turnover,
        figures.employees,
    )


@pytest.mark.parametrize("value", [-1, True, float("nan"), float("inf"), "abc", None, [1]])
def test_size_figures_refuse_non_amounts(value):
    """Figures must be finite numbers of at least zero."""
    with pytest.raises(InvalidArgument) as info:
        SizeFigures(value, 1, 1)
    assert "total_assets" == info.value.field


@pytest.mark.parametrize(
    ("board_model", "supervisory", "management"),
    [("two_tier", "rvc", "bestuur"), ("one_tier", "non_executive", "executive")],
)
def test_organs_by_board_model(board_model, supervisory, management):
    """A one-tier board's non-executives are the supervisory organ, its executives manage."""
    company = Company("X", "NV", board_model=board_model)
    assert (supervisory, management) == (company.supervisory_organ, company.management_organ)


# The quick paths of the hand-written ``__init__``s (issue 19's speed) against the checks attrs
# generates from the fields (``__attrs_init__``), which the quick paths must equal.


class _Day(date):
    """A date subclass: not the plain date the quick paths take."""


class _Text(str):
    """A str subclass: not the plain str the quick paths take."""


class _Plus(Composition):
    """A Composition subclass: accepted, through the checked path."""


def _outcome(make):
    """What a constructor call gives: the fields with their types, or the refusal in full."""
    try:
        made = make()
    except Exception as error:  # the refusal, compared in full below
        return ("refused", type(error), str(error), getattr(error, "field", None))
    return ("made", type(made), [(type(value), value) for value in attrs.astuple(made, recurse=False)])  # fmt: skip


def _checked(cls, *arguments):
    """``cls(*arguments)`` through the checks attrs generates from the fields alone."""
    blank = object.__new__(cls)
    blank.__attrs_init__(*arguments)
    return blank


def _same(cls, *arguments):
    """``cls(*arguments)`` gives what the checked path gives."""
    expected = _outcome(lambda: _checked(cls, *arguments))
    assert expected == _outcome(lambda: cls(*arguments))
    names = [field.name for field in attrs.fields(cls)]
    assert expected == _outcome(lambda: cls(**dict(zip(names, arguments, strict=False))))


def _parameters(function):
    """The name, kind and default of each parameter of ``function``."""
    signature = inspect.signature(function)
    return [(p.name, p.kind, p.default) for p in signature.parameters.values()]


_START, _END = date(2024, 1, 1), date(2024, 12, 31)
_ODD = [None, True, 1, 1.5, "2024-12-31", _Day(2024, 12, 31), datetime(2024, 12, 31),
        datetime(2024, 12, 31, 9), _Text("rvc"), (), [], b"x"]  # fmt: skip


@st.composite
def _arguments(draw, valid, wrong):
    """One value of each ``valid`` strategy, with up to two of them drawn from ``wrong``."""
    arguments = [draw(strategy) for strategy in valid]
    for index in draw(st.lists(st.integers(0, len(valid) - 1), max_size=2)):
        arguments[index] = draw(wrong[index])
    return arguments


_AMOUNT = st.integers(0, 10**9)
_WRONG_AMOUNT = st.sampled_from(
    [-1, 10**15, 10**15 + 1, 2**80, True, None, 1.5, "12.5", "x", Decimal("1e-40"),
     Decimal("NaN"), float("inf"), _Text("3")]
)  # fmt: skip
_DAY = st.sampled_from([_START, _END, date(2023, 12, 31), date(2025, 1, 1), date(2024, 6, 30)])
_WRONG_DAY = st.sampled_from(_ODD)
_FIGURES = st.one_of(st.none(), st.builds(SizeFigures, _AMOUNT, _AMOUNT, _AMOUNT))
_ORGAN = st.sampled_from(["rvc", "bestuur", "subtop:X", RVC, Organ.subtop("Y")])
_WRONG_ORGAN = st.sampled_from(
    ["RvB", " rvc ", "Subtop - Y", "raad", "subtop:", OrganKind.EXECUTIVE, *_ODD]
)
_WRONG_COMPOSITION = st.sampled_from([_Plus(1, 1), *_ODD])


@given(_arguments([_AMOUNT] * 3, [_WRONG_AMOUNT] * 3))
def test_size_figures_quick_path_is_the_checked_path(arguments):
    """Any amounts: the same Decimals, or the same refusal with the same message."""
    _same(SizeFigures, *arguments)


@given(_arguments([_DAY, _DAY, _FIGURES], [_WRONG_DAY, _WRONG_DAY, st.sampled_from(_ODD)]))
def test_financial_year_quick_path_is_the_checked_path(arguments):
    """Any dates and figures: the same year, or the same refusal with the same message."""
    _same(FinancialYear, *arguments)


@given(
    _arguments(
        [_ORGAN, _DAY, st.just(Composition(2, 1))], [_WRONG_ORGAN, _WRONG_DAY, _WRONG_COMPOSITION]
    )
)
def test_snapshot_quick_path_is_the_checked_path(arguments):
    """Any organ, date and composition: the same snapshot, or the same refusal."""
    _same(Snapshot, *arguments)


def _snapshots_of(organs_and_days):
    return tuple(Snapshot(organ, on, Composition(1, 1)) for organ, on in organs_and_days)


_FLAG = st.booleans()
_WRONG_FLAG = st.sampled_from([None, 1, 0, "yes"])
_TEXT = st.sampled_from([None, "46"])
_WRONG_TEXT = st.sampled_from(["", _Text("46"), 46])
_YEARS = st.sampled_from([(), calendar_years(2023, 2024), list(calendar_years(2022, 2024))])
_WRONG_YEARS = st.sampled_from(
    [["2024"], "2024", None, (FinancialYear(_START, _END), FinancialYear(_END, date(2025, 12, 30)))]
)
_SNAPSHOTS = st.lists(
    st.tuples(st.sampled_from(["rvc", "bestuur", "subtop:X", "subtop:Y"]), _DAY), max_size=5
).map(_snapshots_of)
_WRONG_SNAPSHOTS = st.sampled_from(
    [None, "rvc", [None], [Composition(1, 1)], {}, [Snapshot(RVC, _END, _Plus(1, 1))] * 2]
)
_SEATS = st.sampled_from([(), {"rvc": ()}, [("rvc", ())]])
_WRONG_SEATS = st.sampled_from([[], {}, [("rvc", ()), ("rvc", ())], None, "rvc", [()]])
_COMPANY = (
    (st.just("X"), st.sampled_from([" ", "", None, _Text("X"), 3])),
    (st.sampled_from(["BV", "nv", LegalForm.NV]), st.sampled_from(["N.V.", _Text("BV"), "GmbH", "two_tier"])),
    (_FLAG, _WRONG_FLAG),
    (st.sampled_from(["two_tier", "one_tier", BoardModel.ONE_TIER]),
     st.sampled_from([" One-Tier ", _Text("one_tier"), "flat", None, "NV", LegalForm.BV])),
    (_YEARS, _WRONG_YEARS),
    (_TEXT, _WRONG_TEXT),
    (_TEXT, _WRONG_TEXT),
    (_FLAG, _WRONG_FLAG),
    (_FLAG, _WRONG_FLAG),
    (_SNAPSHOTS, _WRONG_SNAPSHOTS),
    (_SEATS, _WRONG_SEATS),
)  # fmt: skip


@given(_arguments(*zip(*_COMPANY, strict=True)))
def test_company_quick_path_is_the_checked_path(arguments):
    """
    Any fields (some refused, some repeating an organ on a date): the same company, or the
    same refusal (the first field attrs checks) with the same message.
    """
    _same(Company, *arguments)


@pytest.mark.parametrize("cls", [SizeFigures, FinancialYear, Snapshot, Company])
def test_signatures_are_the_fields(cls):
    """Each hand-written ``__init__`` takes what the generated one takes, with its defaults."""
    assert _parameters(cls.__attrs_init__) == _parameters(cls.__init__)


@pytest.mark.parametrize(
    ("first", "second", "repeats"),
    [
        (("rvc", _END), ("rvc", _END), True),
        (("rvc", _END), (RVC, _END), True),
        (("subtop:X", _END), ("Subtop - X", _END), True),
        (("subtop:X", _END), (Organ.subtop(" X "), _END), True),
        (("rvc", _END), ("rvc", _START), False),
        (("rvc", _END), ("bestuur", _END), False),
        (("subtop:X", _END), ("subtop:Y", _END), False),
        (("subtop:X", _END), ("subtop:x", _END), False),
    ],
)
def test_company_refuses_an_organ_twice_on_one_date(first, second, repeats):
    """Two snapshots of one organ (kind and name) on one date are refused, naming the second."""
    snapshots = [Snapshot(*first, Composition(1, 1)), Snapshot(*second, Composition(2, 1))]
    if not repeats:
        assert 2 == len(Company("X", "BV", snapshots=snapshots).snapshots)
        return
    with pytest.raises(InvalidArgument) as info:
        Company("X", "BV", snapshots=[Snapshot("bestuur", _START, Composition(1, 0)), *snapshots])
    assert "snapshots[2]" == info.value.field
