"""Tests for ``ingroeiquotum.organs``."""

from __future__ import annotations

import pytest

from ingroeiquotum.exceptions import InvalidArgument
from ingroeiquotum.organs import BESTUUR, EXECUTIVE, NON_EXECUTIVE, RVC, Organ, OrganKind


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("rvc", RVC),
        (" RvC ", RVC),
        ("bestuur", BESTUUR),
        ("executive", EXECUTIVE),
        ("non_executive", NON_EXECUTIVE),
        (OrganKind.RVC, RVC),
        (RVC, RVC),
        ("subtop:Directors", Organ(OrganKind.SUBTOP, "Directors")),
        ("Subtop: Directors ", Organ(OrganKind.SUBTOP, "Directors")),
    ],
)
def test_parse(text, expected):
    """Organ names and 'subtop:<name>' parse to organs."""
    assert expected == Organ.parse(text)


@pytest.mark.parametrize("organ", ["rvc", "bestuur", "executive", "non_executive", "subtop:A b"])
def test_str_round_trips(organ):
    """str() of a parsed organ parses back to the same organ."""
    assert Organ.parse(organ) == Organ.parse(str(Organ.parse(organ)))


@pytest.mark.parametrize("value", ["raad", "board", "", "subtop", "subtop:", "subtop:  ", None, 3])
def test_parse_refuses(value):
    """Unknown organs, and a subtop without a name, are refused."""
    with pytest.raises(InvalidArgument) as info:
        Organ.parse(value)
    assert info.value.field in ("organ", "name")
    assert isinstance(info.value, ValueError)


@pytest.mark.parametrize("name", [None, "", "   ", 5])
def test_subtop_needs_a_name(name):
    """A subtop category needs a non-empty name."""
    with pytest.raises(InvalidArgument) as info:
        Organ(OrganKind.SUBTOP, name)
    assert "name" == info.value.field


def test_only_subtop_has_a_name():
    """Naming an RvC is refused."""
    with pytest.raises(InvalidArgument):
        Organ(OrganKind.RVC, "Supervisors")


def test_kinds():
    """The RvC and the non-executives supervise; the bestuur and the executives manage."""
    assert {kind for kind in OrganKind if kind.is_supervisory} == {
        OrganKind.RVC,
        OrganKind.NON_EXECUTIVE,
    }
    assert {kind for kind in OrganKind if kind.is_management} == {
        OrganKind.BESTUUR,
        OrganKind.EXECUTIVE,
    }
    assert Organ.subtop("Managers").is_subtop
    assert not RVC.is_subtop
