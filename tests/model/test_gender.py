"""Tests for ``ingroeiquotum.gender``."""

from __future__ import annotations

import typing
from datetime import date
from io import StringIO

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ingroeiquotum import io, quota, succession
from ingroeiquotum.composition import Composition, Seat
from ingroeiquotum.exceptions import InvalidArgument, InvalidGender, LoadError
from ingroeiquotum.gender import LABELS, Gender, GenderLabel, GenderName

EXPECTED_LABELS = {
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
"""The labels the HR loader accepted before issue 14 (docs/reference/data-schema.md), by hand."""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("man", Gender.MAN),
        (" Woman ", Gender.WOMAN),
        ("OTHER", Gender.OTHER),
        ("unknown", Gender.UNKNOWN),
        (Gender.MAN, Gender.MAN),
    ],
)
def test_parse(text, expected):
    """Gender names parse case- and space-insensitively."""
    assert expected is Gender.parse(text)


@pytest.mark.parametrize(
    "value", ["dame", "mannelijk", "w", "M.", "", None, 1, True, ["man"], Gender]
)
def test_parse_refuses(value):
    """Anything else is an InvalidGender naming the field and the value."""
    with pytest.raises(InvalidGender) as info:
        Gender.parse(value, "appointee")
    assert ("appointee", value) == (info.value.field, info.value.value)
    assert isinstance(info.value, ValueError)


def test_the_error_lists_every_accepted_label():
    """The refusal says what is accepted: every label of the one table."""
    with pytest.raises(InvalidGender) as info:
        Gender.parse("dame", "appointee")
    message = str(info.value)
    assert message.startswith("appointee: must be one of ")
    for label in EXPECTED_LABELS:
        assert repr(label) in message


def test_the_table_is_the_loaders_table():
    """One table: exactly the labels the HR loader always took, and from_label is parse."""
    assert EXPECTED_LABELS == dict(LABELS)
    for label, gender in EXPECTED_LABELS.items():
        assert gender is Gender.from_label(label.upper())


def test_the_literal_types_name_the_table():
    """GenderLabel (for type checkers) holds every label, and nothing the parser refuses."""
    labels = typing.get_args(GenderLabel)
    assert set(EXPECTED_LABELS) == {label.lower() for label in labels}
    assert {"M", "V", "F", "X"} <= set(labels)
    assert [gender.value for gender in Gender] == list(typing.get_args(GenderName))


def _spellings(label):
    """``label`` in a case and white space drawn by hypothesis."""
    return st.tuples(
        st.lists(st.booleans(), min_size=len(label), max_size=len(label)),
        st.sampled_from(["", " ", "  ", "\t"]),
        st.sampled_from(["", " ", "\n"]),
    ).map(
        lambda drawn: (
            drawn[1]
            + "".join(c.upper() if up else c for c, up in zip(label, drawn[0], strict=True))
            + drawn[2]
        )
    )


labelled = st.sampled_from(sorted(EXPECTED_LABELS)).flatmap(
    lambda label: st.tuples(st.just(EXPECTED_LABELS[label]), _spellings(label))
)
"""A label of the table, spelled in any case with white space around, and its gender."""


@given(labelled)
def test_every_path_reads_a_label_the_same(drawn):
    """
    Every label parses to the same gender through Gender.parse, Seat, the quota's Appointment
    and Departure, the seats rows of succession and the HR loader of io.
    """
    expected, text = drawn
    on = date(2025, 6, 30)
    assert expected is Gender.parse(text)
    assert expected is Seat(text, date(2024, 1, 1)).gender
    assert expected is quota.Appointment(text).gender
    assert expected is quota.Departure(text).gender
    row = {"organ": "rvc", "gender": text, "start": "2024-01-01"}
    assert expected is succession.read_seats_rows([row])[0].gender
    record = {"company": "A", "organ": "rvc", "gender": text, "start": "2024-01-01"}
    counted = io.aggregate_employees([record], dates=[on]).rows[0]
    counts = Composition(counted["men"], counted["women"], counted["other"], counted["unknown"])
    assert Composition.from_genders([expected]) == counts
    csv = f"company,organ,gender,start\nA,rvc,{text.strip()},2024-01-01\n"
    records = io.read_employees(StringIO(csv), format="csv")
    assert [counted] == list(io.aggregate_employees(records, dates=[on]).rows)


@pytest.mark.parametrize("text", ["dame", "mannelijk", "?"])
def test_every_path_refuses_the_same(text):
    """A label outside the table is refused on every path, naming the field."""
    with pytest.raises(InvalidGender):
        Seat(text, date(2024, 1, 1))
    with pytest.raises(InvalidGender) as info:
        quota.judge_appointment(Composition(3, 1), text, date(2025, 1, 1))
    assert "appointee" == info.value.field
    record = {"company": "A", "organ": "rvc", "gender": text, "start": "2024-01-01"}
    with pytest.raises(LoadError) as loaded:
        io.aggregate_employees([record], dates=[date(2025, 1, 1)])
    assert ["gender"] == [problem.field for problem in loaded.value.errors]


def test_is_sex_and_opposite():
    """Only men and women are sexes for the law, and each is the other's opposite."""
    assert [True, True, False, False] == [gender.is_sex for gender in Gender]
    assert (Gender.WOMAN, Gender.MAN) == (Gender.MAN.opposite, Gender.WOMAN.opposite)


@pytest.mark.parametrize("gender", [Gender.OTHER, Gender.UNKNOWN])
def test_opposite_of_non_sex_refused(gender):
    """Neither X nor unknown has an opposite."""
    with pytest.raises(InvalidArgument):
        _ = gender.opposite
