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

HR_LABELS = {
    "mannelijk": Gender.MAN,
    "vrouwelijk": Gender.WOMAN,
    "anders": Gender.OTHER,
    "non-binary": Gender.OTHER,
    "nonbinary": Gender.OTHER,
    "non-binair": Gender.OTHER,
    "niet-binair": Gender.OTHER,
    "self-described": Gender.OTHER,
    "divers": Gender.OTHER,
    "onbekend": Gender.UNKNOWN,
    "prefer not to say": Gender.UNKNOWN,
    "i don't wish to answer": Gender.UNKNOWN,
    "wil ik niet zeggen": Gender.UNKNOWN,
}
"""The labels added by issue 17, as HR systems export them, by hand."""

ALL_LABELS = EXPECTED_LABELS | HR_LABELS


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
    "value",
    [
        "dame",
        "w",
        "M.",
        "",
        "nb",
        "binary",
        "prefer not",
        "zeg ik niet",
        None,
        1,
        True,
        ["man"],
        Gender,
    ],
)
def test_parse_refuses(value):
    """Anything else is an InvalidGender naming the field and the value."""
    with pytest.raises(InvalidGender) as info:
        Gender.parse(value, "appointee")
    assert ("appointee", value) == (info.value.field, info.value.value)
    assert isinstance(info.value, ValueError)


def test_the_error_says_what_is_accepted():
    """
    The refusal names the four genders and the table of the other labels, and every example it
    gives is a label of that table.
    """
    with pytest.raises(InvalidGender) as info:
        Gender.parse("dame", "appointee")
    message = str(info.value)
    assert message.startswith("appointee: must be 'man', 'woman', 'other' or 'unknown', ")
    assert "gender.LABELS" in message
    assert message.endswith(", got 'dame'")
    examples = message.split("such as ")[1].split(" (in any case)")[0]
    for example in examples.replace(" or ", ", ").split(", "):
        assert example.strip("'").lower() in ALL_LABELS


def test_the_table_is_the_loaders_table():
    """One table: exactly the labels the HR loader always took and those of HR systems."""
    assert ALL_LABELS == dict(LABELS)
    for label, gender in ALL_LABELS.items():
        assert gender is Gender.from_label(label.upper())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Non-binary", Gender.OTHER),
        ("Non binary", Gender.OTHER),
        ("Self-Described", Gender.OTHER),
        ("Self described", Gender.OTHER),
        ("Anders", Gender.OTHER),
        ("Divers", Gender.OTHER),
        ("X", Gender.OTHER),
        ("Prefer not to say", Gender.UNKNOWN),
        ("Prefer  not to\tsay", Gender.UNKNOWN),
        ("I don't wish to answer", Gender.UNKNOWN),
        ("I don\u2019t wish to answer", Gender.UNKNOWN),  # as Business Central writes it
        ("Wil ik niet zeggen", Gender.UNKNOWN),
        ("Onbekend", Gender.UNKNOWN),
        ("Mannelijk", Gender.MAN),
        ("Vrouwelijk", Gender.WOMAN),
    ],
)
def test_the_labels_of_hr_systems(text, expected):
    """What HR systems export reads as issue 17 lists it; spaces and hyphens inside count as one."""
    assert expected is Gender.parse(text)


def test_the_literal_types_name_the_table():
    """GenderLabel (for type checkers) holds every label, and nothing the parser refuses."""
    labels = typing.get_args(GenderLabel)
    assert set(ALL_LABELS) == {label.lower() for label in labels}
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


labelled = st.sampled_from(sorted(ALL_LABELS)).flatmap(
    lambda label: st.tuples(st.just(ALL_LABELS[label]), _spellings(label))
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


@pytest.mark.parametrize("text", ["dame", "binary", "?"])
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


@given(st.text(max_size=40))
def test_any_text_is_a_gender_or_a_refusal(text):
    """Any text is one of the four genders or refused with InvalidGender naming the field."""
    gender, refusal = None, None
    try:
        gender = Gender.parse(text, "geslacht")
    except InvalidGender as error:
        refusal = error
    if refusal is not None:
        assert ("geslacht", text) == (refusal.field, refusal.value)
    else:
        assert gender in Gender
