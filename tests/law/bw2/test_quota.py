"""
Tests for ``ingroeiquotum.law.bw2.quota``, the namespace of the quota (public path
``ingroeiquotum.quota``): the tests that span its balance and its appointments (every finding
cites art. 2:142b, bad input is refused the same way, the organs the quota reaches).
"""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from ingroeiquotum import quota
from ingroeiquotum.composition import Composition
from ingroeiquotum.exceptions import InvalidArgument
from ingroeiquotum.findings import Verdict
from strategies import (
    compositions,
    counts,
    dates,
    genders_or_unknown,
    in_force_dates,
    sexes,
)

ON = date(2024, 4, 18)


@given(counts, counts, counts, sexes, in_force_dates)
def test_appointing_under_represented_sex_is_never_void(men, women, other, appointee, on):
    """Appointing someone of a sex below minimum_per_sex of the board before is never void."""
    minimum = quota.minimum_per_sex(men + women + other)
    assume((men if appointee == "man" else women) < minimum)
    assert not quota.appointment_is_void(men, women, appointee, on=on, other=other)


@given(compositions(unknown=2), genders_or_unknown, dates())
def test_every_finding_cites_142b(before, appointee, on):
    """Every quota finding cites at least one article, among them art. 2:142b."""
    findings = [
        quota.check_balance(before, on),
        quota.judge_appointment(before, appointee, on),
        *quota.judge_meeting(before, [quota.Appointment(appointee)], on).findings,
    ]
    for finding in findings:
        assert finding.citations
        assert "2:142b" in finding.article


BAD_INPUT = [
    pytest.param(lambda: quota.minimum_per_sex(-1), "members", "-1", id="negative-members"),
    pytest.param(lambda: quota.minimum_per_sex(True), "members", "True", id="bool-members"),
    pytest.param(lambda: quota.minimum_per_sex(4.0), "members", "4.0", id="float-members"),
    pytest.param(lambda: quota.is_balanced(-2, 1), "men", "-2", id="negative-men"),
    pytest.param(lambda: quota.is_balanced(1, False), "women", "False", id="bool-women"),
    pytest.param(lambda: quota.is_balanced(1, 1, other=0.5), "other", "0.5", id="float-other"),
    pytest.param(
        lambda: quota.appointment_is_void(1, 1, "dame", on=ON),
        "appointee",
        "dame",
        id="unknown-gender",
    ),
    pytest.param(
        lambda: quota.appointment_is_void(1, 1, "man", on=ON, reappointment=True),
        "first_appointed",
        "None",
        id="reappointment-without-first",
    ),
    pytest.param(
        lambda: quota.appointment_is_void(
            1, 1, "man", on=ON, reappointment=True, first_appointed=date(2025, 1, 1)
        ),
        "first_appointed",
        "2025",
        id="first-after-on",
    ),
    pytest.param(
        lambda: quota.appointment_is_void(1, 1, "man", on=datetime(2024, 4, 18, 10, 0)),
        "on",
        "datetime",
        id="datetime-on",
    ),
    pytest.param(
        lambda: quota.appointment_is_void(
            1, 1, "man", on=ON, reappointment=True, first_appointed=datetime(2020, 1, 1)
        ),
        "first_appointed",
        "datetime",
        id="datetime-first",
    ),
    pytest.param(
        lambda: quota.appointment_is_void(-1, 1, "man", on=ON), "men", "-1", id="void-negative"
    ),
    pytest.param(
        lambda: quota.appointment_is_void(1, 1, "man", on=ON, other=True),
        "other",
        "True",
        id="void-bool-other",
    ),
    pytest.param(
        lambda: quota.check_balance(Composition(1, 1), "2024-01-01"),
        "on",
        "2024-01-01",
        id="string-date",
    ),
]


@pytest.mark.parametrize(("call", "field", "value"), BAD_INPUT)
def test_bad_input_raises_invalid_argument_naming_field_and_value(call, field, value):
    """Bad input raises the library's ValueError subclass, naming the field and the value."""
    with pytest.raises(InvalidArgument) as info:
        call()
    assert isinstance(info.value, ValueError)
    assert field in str(info.value)
    assert value in str(info.value)


NOT_REACHED = st.one_of(
    st.sampled_from(["bestuur", "executive", "BESTUUR", " executive "]),
    st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghij ", min_size=1)
    .filter(str.strip)
    .map(lambda name: f"subtop:{name}"),
)


@given(organ=NOT_REACHED, board=compositions(unknown=2), on=dates(), appointee=genders_or_unknown)
def test_quota_never_answers_for_an_organ_it_does_not_reach(organ, board, on, appointee):
    """
    The quota reaches the RvC (lid 2) and the non-executives (lid 3) only: asked about the
    bestuur, the executive directors or a subtop category, every quota rule says 'not
    applicable', citing lid 1 and naming the organs it does reach, whatever the board and date.
    """
    for finding in (
        quota.check_balance(board, on, subject=organ),
        quota.judge_appointment(board, appointee, on, subject=organ),
    ):
        assert Verdict.NOT_APPLICABLE == finding.verdict
        assert "quota.organ_not_reached" == finding.message
        assert "art. 2:142b lid 1 BW" == finding.article
        assert ("rvc", "non_executive") == finding.facts["organs"]
        assert finding.facts["organ"] in ("bestuur", "executive") or finding.facts[
            "organ"
        ].startswith("subtop:")


@pytest.mark.parametrize("name", ["raad", "RvC2", "", "subtop:", 7, None])
def test_an_unknown_organ_name_is_refused_naming_subject(name):
    """An organ name the library does not know is a typed error naming ``subject``."""
    for call in (
        lambda: quota.check_balance(Composition(1, 1), ON, subject=name),
        lambda: quota.judge_appointment(Composition(1, 1), "man", ON, subject=name),
        lambda: quota.judge_meeting(Composition(1, 1), [], ON, subject=name),
    ):
        with pytest.raises(InvalidArgument) as caught:
            call()
        assert "subject" == caught.value.field
        assert name == caught.value.value
