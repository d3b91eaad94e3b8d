"""Tests for ``ingroeiquotum.bulk.sbi``: the SBI 2008 sections and a row's ``sector``."""

import pytest

from ingroeiquotum.bulk import sbi
from ingroeiquotum.exceptions import InvalidArgument

# The divisions between the sections' ranges that the SBI 2008 (NACE Rev. 2) does not have.
GAPS = {0, 4, 34, 40, 44, 48, 54, 57, 67, 76, 83, 89}


def test_the_table_has_the_21_sections_in_order_without_overlap():
    """A to U, each range after the previous one; every division 1-99 but the gaps is in one."""
    letters = list(sbi.SECTIONS)
    assert [chr(code) for code in range(ord("A"), ord("U") + 1)] == letters
    ranges = [(sbi.SECTIONS[letter].first, sbi.SECTIONS[letter].last) for letter in letters]
    assert all(first <= last for first, last in ranges)
    assert all(ranges[i][1] < ranges[i + 1][0] for i in range(len(ranges) - 1))
    covered = {number for first, last in ranges for number in range(first, last + 1)}
    assert set(range(100)) - GAPS == covered


@pytest.mark.parametrize(
    ("division", "letter"),
    [("01", "A"), ("03", "A"), ("05", "B"), ("06", "B"), ("10", "C"), ("33", "C"), ("35", "D"),
     ("39", "E"), ("41", "F"), ("47", "G"), ("49", "H"), ("56", "I"), ("62", "J"), ("64", "K"),
     ("66", "K"), ("68", "L"), ("70", "M"), ("78", "N"), ("84", "O"), ("85", "P"), ("86", "Q"),
     ("93", "R"), ("96", "S"), ("97", "T"), ("99", "U"), ("04", None), ("00", None)],
)  # fmt: skip
def test_section_of_a_division(division, letter):
    """Division ranges of the CBS's table of sections (A 01-03, C 10-33, K 64-66, ...)."""
    assert letter == sbi.section(division)


@pytest.mark.parametrize(
    ("value", "expected"),
    [(6419, ("K", "64")), ("6419", ("K", "64")), ("64.19", ("K", "64")), (" 64 ", ("K", "64")),
     ("64.19.1", ("K", "64")), (1, ("A", "01")), ("1", ("A", "01")), ("01", ("A", "01")),
     (4612, ("G", "46")), ("K", ("K", None)), ("q", ("Q", None)), ("", (None, None)),
     ("  ", (None, None)), (None, (None, None)), (float("nan"), (None, None))],
)  # fmt: skip
def test_sector_of(value, expected):
    assert expected == sbi.sector_of(value)


@pytest.mark.parametrize("value", [0, -1, 10**5, 20.5, 2.0, True, "04", "Z", "KK", "64-19", "²0"])
def test_sector_of_refuses(value):
    with pytest.raises(InvalidArgument) as raised:
        sbi.sector_of(value)
    assert ("sector", value) == (raised.value.field, raised.value.value)


def test_sector_of_reads_numpy_and_pandas_values():
    np = pytest.importorskip("numpy")
    pd = pytest.importorskip("pandas")
    assert ("K", "64") == sbi.sector_of(np.int64(6419))
    assert (None, None) == sbi.sector_of(pd.NA)


def test_the_names_are_in_both_languages():
    assert "Financiële dienstverlening" == sbi.SECTIONS["K"].nl
    assert all(section.nl and section.en for section in sbi.SECTIONS.values())
    assert 21 == len(sbi.SECTIONS)
