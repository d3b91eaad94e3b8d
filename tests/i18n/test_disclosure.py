"""
The bestuursverslag paragraph (``i18n.bestuursverslag``): the counting convention it states,
figures that add up, the quota from ``quota.check_balance`` and targets before their year.

Every expectation is worked out by hand from the compositions below.
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from ingroeiquotum import i18n, reporting
from ingroeiquotum.company import Company, FinancialYear, SizeFigures, Snapshot
from ingroeiquotum.composition import Composition
from ingroeiquotum.reporting import OtherCounting
from ingroeiquotum.targets import Target

LARGE = SizeFigures(total_assets=30_000_000, net_turnover=60_000_000, employees=300)
LANGUAGES = ("nl", "en")


def company(
    bestuur: Composition,
    rvc: Composition,
    *,
    years: range = range(2024, 2028),
    listed: bool = False,
    legal_form: str = "BV",
) -> Company:
    """A company with calendar years and the same compositions at every year end."""
    return Company(
        "Voorbeeld",
        legal_form,
        listed=listed,
        financial_years=tuple(
            FinancialYear(date(year, 1, 1), date(year, 12, 31), LARGE) for year in years
        ),
        snapshots=tuple(
            Snapshot(organ, date(year, 12, 31), composition)
            for organ, composition in (("bestuur", bestuur), ("rvc", rvc))
            for year in years
        ),
    )


def paragraph(
    subject: Company,
    year_end: date,
    targets: tuple[Target, ...] = (),
    language: str = "en",
    counting: OtherCounting = OtherCounting.UNDER_REPRESENTED,
    reasons: dict[str, str] | None = None,
) -> str:
    report = reporting.build_report(
        subject, year_end, targets=targets, other_counting=counting, reasons=reasons
    )
    return i18n.bestuursverslag(report, language)


# -- targets before, in and after their year -----------------------------------------------

# A bestuur of 3 men: 0 % women, below a target of 30 % of each sex.
BELOW = company(Composition(3, 0), Composition(2, 2))
# A bestuur of 2 men and 1 woman: 33.3 % of each sex at least, above 30 %.
ABOVE = company(Composition(2, 1), Composition(2, 2))
TARGET_2027 = Target("bestuur", "each_sex", "30%", target_year=2027, base_year=2024)


@pytest.mark.parametrize(
    ("language", "wanted", "wrong"),
    [
        ("en", "not yet reached (target year 2027)", "not met"),
        ("nl", "nog niet bereikt (streefjaar 2027)", "niet gehaald"),
    ],
)
def test_a_target_whose_year_lies_ahead_is_not_yet_reached(language, wanted, wrong):
    """FY 2025 and a 2027 target not at its level: "not yet reached", never "not met"."""
    text = paragraph(BELOW, date(2025, 12, 31), (TARGET_2027,), language)
    assert wanted in text
    assert wrong not in text


@pytest.mark.parametrize(
    ("language", "wanted"),
    [("en", "not met (target year 2027)"), ("nl", "niet gehaald (streefjaar 2027)")],
)
def test_a_target_missed_in_its_year_is_not_met(language, wanted):
    """FY 2027, the target year, ends below the target: "not met"."""
    assert wanted in paragraph(BELOW, date(2027, 12, 31), (TARGET_2027,), language)


def test_a_missed_target_gives_its_reason_only_once_the_year_has_passed():
    """A reason is shown for a target year that passed unmet, not before it."""
    reasons = {"bestuur": "two candidates declined"}
    before = paragraph(BELOW, date(2025, 12, 31), (TARGET_2027,), reasons=reasons)
    after = paragraph(BELOW, date(2027, 12, 31), (TARGET_2027,), reasons=reasons)
    assert "two candidates declined" not in before
    assert "not met (target year 2027; two candidates declined)" in after


@pytest.mark.parametrize(
    ("year_end", "wanted"),
    [
        (date(2025, 12, 31), "already reached (target year 2027)"),
        (date(2027, 12, 31), "met (target year 2027)"),
    ],
)
def test_a_target_at_its_level(year_end, wanted):
    """At the target's level before its year it is "already reached"; in its year "met"."""
    text = paragraph(ABOVE, year_end, (TARGET_2027,))
    assert wanted in text
    assert "not met" not in text


def test_a_count_of_women_agrees_with_its_number():
    """A target of 1 woman reads "at least 1 woman" / "ten minste 1 vrouw"."""
    target = Target("bestuur", "women_count", 1, target_year=2027)
    assert "at least 1 woman," in paragraph(ABOVE, date(2025, 12, 31), (target,), "en")
    assert "ten minste 1 vrouw," in paragraph(ABOVE, date(2025, 12, 31), (target,), "nl")


# -- people registered as neither sex: one convention, stated --------------------------------

# An RvC of 3 men, 1 woman and 1 person registered as neither sex: 5 members. The women are
# under-represented (1 < 3), so the SER convention reports 3 men and 2 women (2/5 = 40 %).
WITH_OTHER = company(Composition(2, 1), Composition(3, 1, other=1), listed=True, legal_form="NV")


def test_counted_with_the_under_represented_sex():
    """The figures follow the report's convention, say so, and still name the person."""
    text = paragraph(WITH_OTHER, date(2025, 12, 31))
    assert (
        "RvC: 2 women (including 1 person registered as neither sex) and 3 men, "
        "5 members in all (40% women)"
    ) in text
    assert "counted with the under-represented sex" in text
    report = reporting.build_report(WITH_OTHER, date(2025, 12, 31))
    line = report.organ("rvc")
    assert (line.reported_men, line.reported_women) == (3, 2)


def test_not_counted_as_men_or_women():
    """Left out of the men and women, the person is named beside them (1/5 = 20 % women)."""
    text = paragraph(WITH_OTHER, date(2025, 12, 31), counting=OtherCounting.NOT_COUNTED)
    assert (
        "RvC: 1 woman, 3 men and 1 person registered as neither sex, 5 members in all (20% women)"
    ) in text
    assert "not counted as men or women" in text


@pytest.mark.parametrize("counting", list(OtherCounting))
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_organ_s_figures_add_up(counting, language):
    """For each organ the numbers named add up to the members given."""
    subject = company(
        Composition(4, 1, other=2, unknown=1), Composition(3, 1, other=1), listed=True
    )
    text = paragraph(subject, date(2025, 12, 31), language=language, counting=counting)
    figures = text.split(":", 2)[2].split(". ")[0]  # after the intro, up to the first sentence end
    organs = figures.split("; ")
    assert len(organs) == 2
    for organ in organs:
        total = re.search(r"(\d+) members in all|samen (\d+) leden", organ)
        assert total is not None, organ
        named = organ[: total.start()]
        numbers = [int(n) for n in re.findall(r"\d+", named)]
        if counting is OtherCounting.UNDER_REPRESENTED:
            # "2 women (including 1 ...)": the included person is part of the women
            inside = re.search(r"\((?:including|onder wie) (\d+)", named)
            assert inside is not None, organ
            numbers.remove(int(inside.group(1)))
        assert sum(numbers) == int(total.group(1) or total.group(2)), organ


def test_the_quota_counts_the_person_as_neither_sex_and_says_so():
    """
    The quota (check_balance) counts the person as neither: 1 woman of 5 members, 2 needed,
    not met, though the SER figures show 2 women; the paragraph says why they differ.
    """
    text = paragraph(WITH_OTHER, date(2025, 12, 31))
    assert "the board did not meet the quota" in text
    assert "For the quota, people registered as neither man nor woman count as neither sex" in text


# -- the quota from the one rule -------------------------------------------------------------


def test_unknown_sex_leaves_the_quota_open():
    """
    An RvC of 2 men, 1 woman and 1 member of unknown sex: 4 members need 2 of each; met only
    if the unknown member is a woman, so the paragraph cannot say met or not met.
    """
    subject = company(Composition(2, 1), Composition(2, 1, unknown=1), listed=True)
    for language, wanted in (
        ("en", "depends on the sex of 1 member of unknown sex"),
        ("nl", "hangt af van het geslacht van 1 lid van onbekend geslacht"),
    ):
        text = paragraph(subject, date(2025, 12, 31), language=language)
        assert wanted in text
        assert "did not meet" not in text
        assert "voldeed de raad niet" not in text
        assert "met the quota." not in text


def test_the_quota_is_met_at_the_year_end():
    """An RvC of 2 men and 2 women meets the quota (2 of each for 4 members)."""
    subject = company(Composition(2, 1), Composition(2, 2), listed=True)
    assert "At the end of the year the board met the quota." in paragraph(
        subject, date(2025, 12, 31)
    )


def test_no_quota_sentence_for_an_unlisted_company():
    """Not listed: no quota sentence."""
    text = paragraph(company(Composition(2, 1), Composition(5, 1)), date(2025, 12, 31))
    assert "quota" not in text


def test_a_lapsed_quota_is_not_called_unmet():
    """
    FY 2029-07-01/2030-06-30 ends after the quota lapsed (1 January 2030): check_balance
    answers not applicable, so the paragraph says so instead of "did not meet".
    """
    subject = company(
        Composition(2, 1), Composition(5, 1), years=range(2030, 2031), listed=True,
        legal_form="NV",
    )  # fmt: skip
    broken = Company(
        subject.name, "NV", listed=True,
        financial_years=(FinancialYear(date(2029, 7, 1), date(2030, 6, 30), LARGE),),
        snapshots=(
            Snapshot("bestuur", date(2030, 6, 30), Composition(2, 1)),
            Snapshot("rvc", date(2030, 6, 30), Composition(5, 1)),
        ),
    )  # fmt: skip
    text = paragraph(broken, date(2030, 6, 30))
    assert "the quota lapsed on 1 January 2030" in text
    assert "did not meet" not in text
