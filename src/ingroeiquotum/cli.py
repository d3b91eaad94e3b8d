"""
The command line: ``ingroeiquotum`` or ``python -m ingroeiquotum``.

``ingroeiquotum demo`` prints the report for the fictional sample company. Exit codes: 0 when
everything checked is compliant, 1 when there are findings to act on, 2 for bad input or usage.
"""

from __future__ import annotations

__all__ = ["main"]

import argparse
import sys
from collections.abc import Sequence
from datetime import date

from ingroeiquotum import guidance, i18n, progress, quota, reporting, samples, scope, targets
from ingroeiquotum.company import Company
from ingroeiquotum.exceptions import IngroeiquotumError
from ingroeiquotum.findings import Finding, Verdict
from ingroeiquotum.gender import Gender


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        msg = f"not a date in the form YYYY-MM-DD: {text!r}"
        raise argparse.ArgumentTypeError(msg) from None


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ingroeiquotum",
        description="The Dutch Wet ingroeiquotum en streefcijfers as code.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    demo = commands.add_parser("demo", help="the report for the fictional sample company")
    demo.add_argument("--lang", choices=i18n.LANGUAGES, default="en", help="language (en)")
    demo.add_argument(
        "--as-of",
        type=_date,
        default=None,
        help="the balance-sheet date to report on (default: the data's last one)",
    )
    return parser


def _line(finding: Finding, lang: str) -> str:
    label = i18n.message(f"verdict.{finding.verdict.value}", lang)
    return f"  [{label}] {i18n.render(finding, lang)}"


def _table(company: Company, on: date, lang: str) -> list[str]:
    heads = [i18n.message(f"demo.column.{name}", lang) for name in _COLUMNS]
    rows = []
    for organ in company.organs:
        composition = company.composition(organ, on)
        if composition is None:
            continue
        rows.append(
            [
                i18n.format_value(str(organ), lang),
                *(
                    i18n.format_value(composition.count(gender), lang)
                    for gender in (Gender.WOMAN, Gender.MAN, Gender.OTHER)
                ),
                i18n.format_value(composition.share(Gender.WOMAN), lang),
            ]
        )
    return _aligned([heads, *rows])


_COLUMNS = ("organ", "women", "men", "other", "share_women")


def _progress_table(company: Company, lang: str) -> list[str]:
    years = [year.end.year for year in company.financial_years]
    rows = [[i18n.message("demo.column.organ", lang), *(str(year) for year in years)]]
    for organ in company.organs:
        by_year = {change.year: change.share_women for change in progress.changes(company, organ)}
        rows.append(
            [
                i18n.format_value(str(organ), lang),
                *(i18n.format_value(by_year.get(year), lang) for year in years),
            ]
        )
    return _aligned(rows)


def _aligned(rows: list[list[str]]) -> list[str]:
    widths = [max(len(row[index]) for row in rows) for index in range(len(rows[0]))]
    lines = []
    for row in rows:
        cells = [row[0].ljust(widths[0])]
        cells.extend(cell.rjust(width) for cell, width in zip(row[1:], widths[1:], strict=True))
        lines.append("  " + "  ".join(cells))
    return lines


def _demo(lang: str, as_of: date | None) -> int:
    company = samples.sample_company()
    year = company.financial_years[-1] if as_of is None else company.financial_year_ending(as_of)
    on = year.end

    def say(key: str, **params: object) -> str:
        return i18n.message(key, lang, **params)

    out = [
        say(
            "demo.title",
            name=company.name,
            legal_form=company.legal_form,
            listed=company.listed,
            board_model=company.board_model,
            sector=company.sector,
        ),
        say("demo.fictional"),
        "",
        say("demo.scope", on=on),
    ]
    findings: list[Finding] = [scope.targets_duty(company, on), scope.quota_applies(company, on)]
    out.extend(_line(finding, lang) for finding in findings)
    out += ["", say("demo.compositions", on=on), *_table(company, on, lang), ""]

    out += [say("demo.progress"), *_progress_table(company, lang), ""]
    for organ in company.organs:
        for each in company.financial_years if company.seats_of(organ) else ():
            moved = progress.flows(company, organ, each.start, each.end)
            if not (moved.appointed.members or moved.departed.members):
                continue
            out.append(
                "  "
                + say(
                    "demo.flows",
                    organ=str(organ),
                    year=each.label,
                    appointed_women=moved.appointed.women,
                    appointed_men=moved.appointed.men,
                    departed_women=moved.departed.women,
                    departed_men=moved.departed.men,
                )
            )
    out += ["", say("demo.quota", organ=company.supervisory_organ)]
    for each in company.financial_years:
        composition = company.composition(company.supervisory_organ, each.end)
        if composition is None:
            continue
        finding = quota.check_balance(composition, each.end, subject=company.supervisory_organ)
        out.append(f"  {each.label}{_line(finding, lang)[1:]}")
        if each.end == on:
            findings.append(finding)

    goals = samples.sample_targets()
    plan = samples.sample_plan()
    report = reporting.build_report(
        company,
        on,
        targets=goals,
        plan=plan,
        reasons=samples.sample_reasons(lang),
        works_council_involved=False,
    )
    target_findings = targets.evaluate(company, on, goals)
    out += ["", say("demo.targets")]
    out.extend(_line(finding, lang) for finding in target_findings)
    findings.extend(target_findings)

    checks = [
        reporting.check_plan(report),
        reporting.check_completeness(report, company),
        reporting.check_works_council(report),
    ]
    out += ["", say("demo.report", on=on)]
    if report.deadline is not None:
        out.append("  " + say("demo.deadline", deadline=report.deadline))
    out.extend(_line(finding, lang) for finding in checks)
    findings.extend(checks)
    out += ["", say("demo.bestuursverslag"), *_wrap(i18n.bestuursverslag(report, lang))]

    before = company.composition(company.supervisory_organ, on)
    if before is not None and on < samples.SAMPLE_MEETING_DATE:
        out += ["", say("demo.meeting", on=samples.SAMPLE_MEETING_DATE)]
        result = quota.judge_meeting(before, samples.sample_meeting(), samples.SAMPLE_MEETING_DATE)
        out.extend(_line(finding, lang) for finding in result.findings)
        out.append("  " + say("demo.after", **result.after.as_dict()))
        findings.extend(result.findings)

    out += ["", say("demo.guidance_plan")]
    out.extend(
        "  " + line if line else ""
        for line in guidance.render_plan_analysis(guidance.analyse_plan(plan), lang).splitlines()
    )
    out += ["", say("demo.guidance_advice")]
    out.extend(
        "  " + line if line else ""
        for line in guidance.render_advice(guidance.advise(findings), lang).splitlines()
    )
    print("\n".join(out))
    acted = [f for f in findings if f.verdict in (Verdict.NOT_COMPLIANT, Verdict.CANNOT_DECIDE)]
    return 1 if acted else 0


def _wrap(text: str, width: int = 96) -> list[str]:
    import textwrap

    return textwrap.wrap(text, width, initial_indent="  ", subsequent_indent="  ")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); return the exit code."""
    parser = _parser()
    try:
        arguments = parser.parse_args(argv)
    except SystemExit as exit_:
        return 2 if exit_.code not in (0, None) else 0
    try:
        if arguments.command == "demo":
            return _demo(arguments.lang, arguments.as_of)
    except IngroeiquotumError as error:
        print(f"ingroeiquotum: {error}", file=sys.stderr)
        return 2
    parser.error(f"unknown command {arguments.command!r}")  # pragma: no cover
    return 2  # pragma: no cover
