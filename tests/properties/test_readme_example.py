"""
The "ten lines" flow a user follows: build a company from yearly compositions, set targets,
attach a plan, get the SER report, its deadline, its completeness verdict, and the Dutch and
English bestuursverslag paragraph.

The README has no such example yet (it shows the quota only); these tests pin the flow so that
the example, once written, works as shown. They use the sample module's data.
"""

from __future__ import annotations

from datetime import date

from ingroeiquotum import i18n, reporting, samples
from ingroeiquotum.company import Company, FinancialYear, SizeFigures, Snapshot
from ingroeiquotum.composition import Composition
from ingroeiquotum.findings import Verdict
from ingroeiquotum.targets import Target


def test_ten_lines_with_the_sample_module():
    """The flow on the fictional Polderchemie N.V., financial year 2025."""
    company = samples.sample_company()
    report = reporting.build_report(
        company,
        date(2025, 12, 31),
        targets=samples.sample_targets(),
        plan=samples.sample_plan(),
        reasons=samples.sample_reasons(),
    )
    assert date(2026, 10, 31) == report.deadline
    assert Verdict.COMPLIANT is reporting.check_completeness(report, company).verdict
    dutch = i18n.bestuursverslag(report, "nl")
    english = i18n.bestuursverslag(report, "en")
    assert dutch.startswith("Diversiteit (art. 3d Besluit inhoud bestuursverslag).")
    assert english.startswith("Gender diversity (art. 3d Besluit inhoud bestuursverslag).")
    assert "31 december 2025" in dutch
    assert "31 December 2025" in english


def test_ten_lines_from_yearly_compositions():
    """
    A user's own company: yearly compositions as {organ: {year: (men, women)}}, two large
    years, a 30 % target per organ, the sample plan. A BV that is not listed needs an RvC
    target too; with all of them, a KvK number and a sector, the report is complete.
    """
    yearly = {
        "bestuur": {2024: (3, 0), 2025: (2, 1)},
        "rvc": {2024: (3, 1), 2025: (3, 2)},
        "subtop:Managers": {2024: (8, 2), 2025: (7, 3)},
    }
    figures = SizeFigures(total_assets=30_000_000, net_turnover=60_000_000, employees=300)
    company = Company(
        "Voorbeeld B.V.",
        "BV",
        kvk="12345678",
        sector="2011",
        financial_years=[
            FinancialYear(date(y, 1, 1), date(y, 12, 31), figures) for y in (2024, 2025)
        ],
        snapshots=[
            Snapshot(organ, date(year, 12, 31), Composition(*counts))
            for organ, by_year in yearly.items()
            for year, counts in by_year.items()
        ],
    )
    chosen = [
        Target(organ, "each_sex", "30%", target_year=2027, base_year=2024) for organ in yearly
    ]
    report = reporting.build_report(
        company, date(2025, 12, 31), targets=chosen, plan=samples.sample_plan()
    )

    assert date(2026, 10, 31) == report.deadline
    completeness = reporting.check_completeness(report, company)
    assert Verdict.COMPLIANT is completeness.verdict, completeness.missing
    # By hand at the end of 2025: bestuur 1/3 >= 30 % met; RvC 2/5 met; managers 3/10 met.
    assert [True, True, True] == [line.target_met for line in report.organs]
    dutch = i18n.bestuursverslag(report, "nl")
    english = i18n.bestuursverslag(report, "en")
    assert "1 vrouw en 2 mannen, samen 3 leden (33,3% vrouwen)" in dutch
    assert "2 vrouwen en 3 mannen, samen 5 leden (40% vrouwen)" in dutch
    assert "3 women and 7 men, 10 members in all (30% women)" in english
    assert "quotum" not in dutch  # not listed: no quota sentence
