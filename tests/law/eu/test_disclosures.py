"""
The board-diversity disclosures (ESRS GOV-1, ESRS S1-9, SFDR PAI 13): every figure below was
worked out by hand from the compositions in the comments, for a two-tier and a one-tier company
with people registered as neither sex and members of unknown sex.
"""

from __future__ import annotations

from datetime import date
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from disclosure_cases import DAY, ONE_TIER, TWO_TIER
from ingroeiquotum import disclosures, readings, serialize
from ingroeiquotum.company import Company, Snapshot
from ingroeiquotum.composition import Composition
from ingroeiquotum.exceptions import InvalidArgument, LoadError
from ingroeiquotum.organs import Organ


def test_gov_1_two_tier_by_hand() -> None:
    """Bestuur and RvC together: 3 women, 5 men, 1 other, 1 not reported; ratio 3/5."""
    result = disclosures.esrs_gov_1(TWO_TIER, DAY)
    assert [str(group.organ) for group in result.groups] == ["bestuur", "rvc"]
    assert result.total == Composition(men=5, women=3, other=1, unknown=1)
    assert result.figure == Fraction(3, 5)
    rvc = result.groups[1]
    assert (rvc.percentage("woman"), rvc.percentage("man")) == (Fraction(2, 7), Fraction(3, 7))
    assert (rvc.percentage("other"), rvc.percentage("unknown")) == (Fraction(1, 7),) * 2
    assert result.datapoints == ("GOV-1_05", "GOV-1_06")
    assert result.citations[0] is disclosures.ESRS_2_GOV_1_21D
    assert readings.DISCLOSURE_ESRS_RATIO in result.readings
    assert readings.DISCLOSURE_OTHER_APART in result.readings


def test_gov_1_one_tier_is_executives_plus_non_executives() -> None:
    """Executives and non-executives together: 3 women of 10, 5 men; ratio 3/5, share 3/10."""
    result = disclosures.esrs_gov_1(ONE_TIER, DAY)
    assert [str(group.organ) for group in result.groups] == ["executive", "non_executive"]
    assert result.total == Composition(men=5, women=3, other=1, unknown=1)
    assert result.figure == Fraction(3, 5)
    share = disclosures.esrs_gov_1(ONE_TIER, DAY, ratio="women_of_members")
    assert share.figure == Fraction(3, 10)
    assert readings.DISCLOSURE_ESRS_RATIO_SHARE in share.readings
    assert readings.DISCLOSURE_ESRS_RATIO not in share.readings


def test_gov_1_ratio_has_no_value_without_men() -> None:
    company = Company("W", "NV", snapshots=[
        Snapshot("bestuur", DAY, Composition(men=0, women=2)),
        Snapshot("rvc", DAY, Composition(men=0, women=3, other=1)),
    ])  # fmt: skip
    assert disclosures.esrs_gov_1(company, DAY).figure is None
    assert disclosures.esrs_gov_1(company, DAY, ratio="women_of_members").figure == Fraction(5, 6)


def test_s1_9_default_is_bestuur_and_subtop_an_own_definition() -> None:
    """Bestuur plus Directie: 5 women of 12 (6 men, 1 other); the bestuur makes it an own one."""
    result = disclosures.esrs_s1_9(TWO_TIER, DAY)
    assert [str(group.organ) for group in result.groups] == ["bestuur", "subtop:Directie"]
    assert result.total == Composition(men=6, women=5, other=1)
    assert result.figure == Fraction(5, 12)
    assert result.own_definition
    assert result.top_management_definition == "bestuur, subtop:Directie"
    assert result.datapoints == ("S1-9_01", "S1-9_02", "S1-9_06")
    assert disclosures.ESRS_S1_AR_71 in result.citations


def test_s1_9_subtop_only_is_ar_71_unless_a_definition_is_given() -> None:
    """Directie alone: 4 women of 9."""
    result = disclosures.esrs_s1_9(TWO_TIER, DAY, top_management=[Organ.subtop("Directie")])
    assert (result.figure, result.own_definition) == (Fraction(4, 9), False)
    assert "S1-9_06" not in result.datapoints
    own = disclosures.esrs_s1_9(
        TWO_TIER, DAY, top_management=["subtop:Directie"], own_definition="The directors"
    )
    assert own.own_definition
    assert own.top_management_definition == "The directors"


def test_s1_9_one_tier_counts_the_executive_directors() -> None:
    result = disclosures.esrs_s1_9(ONE_TIER, DAY)
    assert [str(group.organ) for group in result.groups] == ["executive"]
    assert result.figure == Fraction(1, 3)


def test_sfdr_pai_13_by_hand() -> None:
    """Two-tier 3 women of 10 members; RvC only 2 of 7; one-tier 3 of 10."""
    assert disclosures.sfdr_pai_13(TWO_TIER, DAY).figure == Fraction(3, 10)
    assert disclosures.sfdr_pai_13(TWO_TIER, DAY, board=["rvc"]).figure == Fraction(2, 7)
    one = disclosures.sfdr_pai_13(ONE_TIER, DAY)
    assert one.figure == Fraction(3, 10)
    assert one.datapoints == ("PAI 13",)
    assert one.citations[0] is disclosures.SFDR_PAI_13
    assert one.standard_version == disclosures.SFDR_VERSION


def test_a_missing_organ_gives_no_figure() -> None:
    result = disclosures.esrs_gov_1(TWO_TIER, date(2024, 12, 31))
    assert result.groups == ()
    assert result.missing == ("bestuur", "rvc")
    assert result.figure is None
    partial = disclosures.sfdr_pai_13(TWO_TIER, DAY, board=["rvc", "subtop:Raad"])
    assert partial.missing == ("subtop:Raad",)
    assert partial.figure is None


def test_no_supervisory_board_counts_the_bestuur() -> None:
    company = Company("B", "BV", supervisory_board=False, snapshots=[
        Snapshot("bestuur", DAY, Composition(men=1, women=1)),
    ])  # fmt: skip
    result = disclosures.esrs_gov_1(company, DAY)
    assert (result.missing, result.figure) == ((), Fraction(1, 1))


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda: disclosures.esrs_gov_1("not a company", DAY), "company"),  # type: ignore[arg-type]
        (lambda: disclosures.esrs_gov_1(TWO_TIER, DAY, ratio="half"), "ratio"),  # type: ignore[arg-type]
        (lambda: disclosures.esrs_gov_1(TWO_TIER, DAY, bodies=[]), "bodies"),
        (lambda: disclosures.esrs_s1_9(TWO_TIER, DAY, own_definition=" "), "own_definition"),
        (lambda: disclosures.sfdr_pai_13(TWO_TIER, DAY, board=["board"]), "organ"),  # type: ignore[list-item]
    ],
)
def test_bad_arguments_are_refused(call: object, field: str) -> None:
    with pytest.raises(InvalidArgument) as raised:
        call()  # type: ignore[operator]
    assert raised.value.field == field


def test_every_reading_named_is_in_the_registry() -> None:
    registry = set(readings.all_readings())
    for result in (
        disclosures.esrs_gov_1(TWO_TIER, DAY),
        disclosures.esrs_gov_1(TWO_TIER, DAY, ratio="women_of_members"),
        disclosures.esrs_s1_9(TWO_TIER, DAY),
        disclosures.sfdr_pai_13(ONE_TIER, DAY),
    ):
        assert set(result.readings) <= registry


@pytest.mark.parametrize(
    "result",
    [
        disclosures.esrs_gov_1(TWO_TIER, DAY),
        disclosures.esrs_gov_1(ONE_TIER, DAY, ratio="women_of_members"),
        disclosures.esrs_s1_9(TWO_TIER, DAY, own_definition="Board and directors"),
        disclosures.sfdr_pai_13(TWO_TIER, DAY, board=["rvc", "subtop:Raad"]),
    ],
    ids=["gov_1", "gov_1_share", "s1_9", "pai_13_missing"],
)
def test_codec_round_trip(result: disclosures.GenderDisclosure) -> None:
    document = serialize.to_dict(result)
    assert document["schema"] == "ingroeiquotum.gender_disclosure"
    assert serialize.from_dict(document) == result
    assert serialize.from_json(serialize.to_json(result)) == result
    figure = result.figure
    assert document["figure"] == (
        None if figure is None else f"{figure.numerator}/{figure.denominator}"
    )


def test_codec_refuses_a_figure_that_does_not_follow() -> None:
    document = serialize.to_dict(disclosures.esrs_gov_1(TWO_TIER, DAY))
    document["figure"] = "1/2"
    with pytest.raises(LoadError) as raised:
        serialize.from_dict(document)
    assert [problem.field for problem in raised.value.errors] == ["figure"]


def test_document_follows_its_json_schema() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = serialize.schema("ingroeiquotum.gender_disclosure")
    for result in (disclosures.esrs_s1_9(TWO_TIER, DAY), disclosures.sfdr_pai_13(ONE_TIER, DAY)):
        jsonschema.validate(serialize.to_dict(result), schema)


counts = st.integers(min_value=0, max_value=30)


@given(counts, counts, counts, counts, counts, counts)
def test_figures_against_the_counts(
    men: int, women: int, other: int, unknown: int, rvc_men: int, rvc_women: int
) -> None:
    """PAI 13 is women over all members; the ESRS ratio women over men, whatever the others."""
    company = Company("P", "NV", snapshots=[
        Snapshot("bestuur", DAY, Composition(men, women, other, unknown)),
        Snapshot("rvc", DAY, Composition(rvc_men, rvc_women)),
    ])  # fmt: skip
    members = men + women + other + unknown + rvc_men + rvc_women
    all_women, all_men = women + rvc_women, men + rvc_men
    pai = disclosures.sfdr_pai_13(company, DAY).figure
    assert pai == (None if members == 0 else Fraction(all_women, members))
    ratio = disclosures.esrs_gov_1(company, DAY).figure
    assert ratio == (None if all_men == 0 else Fraction(all_women, all_men))


def test_codec_refuses_a_bad_indicator_and_company() -> None:
    document = serialize.to_dict(disclosures.sfdr_pai_13(ONE_TIER, DAY))
    document["indicator"] = "gri_405"
    document["company"] = ""
    with pytest.raises(LoadError) as raised:
        serialize.from_dict(document)
    assert {problem.field for problem in raised.value.errors} >= {"indicator"}


def test_the_alternative_of_each_reading_is_a_keyword() -> None:
    """
    Each disclosure reading names the other reading a caller may choose by keyword (not by
    readings.choose: it has no alternative to switch), and that keyword changes the figure.
    """
    assert "ratio='women_of_members'" in readings.DISCLOSURE_ESRS_RATIO.summary
    default = disclosures.esrs_gov_1(TWO_TIER, DAY)
    assert default.figure != disclosures.esrs_gov_1(TWO_TIER, DAY, ratio="women_of_members").figure
    assert "bodies=['rvc']" in readings.DISCLOSURE_BODIES.summary
    rvc_only = disclosures.esrs_gov_1(TWO_TIER, DAY, bodies=["rvc"])
    assert rvc_only.figure == Fraction(2, 3) != default.figure  # 2 women, 3 men in the RvC
    assert "top_management=" in readings.DISCLOSURE_TOP_MANAGEMENT.summary
    top = disclosures.esrs_s1_9(TWO_TIER, DAY)
    assert disclosures.esrs_s1_9(TWO_TIER, DAY, top_management=["subtop:Directie"]).figure != (
        top.figure
    )
