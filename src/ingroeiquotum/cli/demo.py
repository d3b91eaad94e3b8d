"""The ``demo`` command: the full report for the fictional sample company Polderchemie N.V."""

from __future__ import annotations

import argparse
from datetime import date

from ingroeiquotum import i18n, samples
from ingroeiquotum.cli import _common, _terminal
from ingroeiquotum.exceptions import InvalidArgument
from ingroeiquotum.guidance import queries as guidance
from ingroeiquotum.i18n import guidance as texts
from ingroeiquotum.law.bw2 import quota, reporting, scope, targets
from ingroeiquotum.law.findings import Finding
from ingroeiquotum.model import progress
from ingroeiquotum.model.company import Company
from ingroeiquotum.planning import projection


def _table(company: Company, on: date, lang: str) -> list[str]:
    rows = [(str(organ), company.composition(organ, on)) for organ in company.organs]
    return _terminal.composition_table([row for row in rows if row[1] is not None], lang)


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
    return _terminal.aligned(rows)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The command's arguments."""
    _common.common_options(parser, chart=True)


def run(arguments: argparse.Namespace) -> int:
    """Run the demo with the command line's ``--lang``, ``--as-of`` and ``--chart``."""
    return show(arguments.lang, arguments.as_of, arguments.chart)


def show(lang: str, as_of: date | None, chart: str | None = None) -> int:
    """
    Print the sample company's report in ``lang`` and return 0: the demo is a showcase that
    ran, not a check of the user's data (its findings to act on are part of the show).
    """
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
        say("cli.judged_on" if as_of is not None else "cli.judged_on_default", on=on),
        "",
        say("demo.scope", on=on),
    ]
    findings: list[Finding] = [scope.targets_duty(company, on), scope.quota_applies(company, on)]
    out.extend(_terminal.finding_line(finding, lang) for finding in findings)
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
        out.append(_terminal.finding_line(finding, lang, indent=f"  {each.label} "))
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
    out.extend(_terminal.finding_line(finding, lang) for finding in target_findings)
    findings.extend(target_findings)

    checks = [
        reporting.check_plan(report),
        reporting.check_completeness(report, company),
        reporting.check_works_council(report),
    ]
    out += ["", say("demo.report", on=on)]
    if report.deadline is not None:
        out.append("  " + say("demo.deadline", deadline=report.deadline))
    out.extend(_terminal.finding_line(finding, lang) for finding in checks)
    findings.extend(checks)
    out += ["", say("demo.bestuursverslag"), *_terminal.wrap(i18n.bestuursverslag(report, lang))]

    before = company.composition(company.supervisory_organ, on)
    if before is not None and on < samples.SAMPLE_MEETING_DATE:
        out += ["", say("demo.meeting", on=samples.SAMPLE_MEETING_DATE)]
        result = quota.judge_meeting(before, samples.sample_meeting(), samples.SAMPLE_MEETING_DATE)
        out.extend(_terminal.finding_line(finding, lang) for finding in result.findings)
        out.append("  " + say("demo.after", **result.after.as_dict()))
        findings.extend(result.findings)

    renewed = samples.sample_renewed_target()
    if renewed.target_year > on.year:
        course = samples.sample_course()
        out += ["", say("demo.projection", outflow=course.outflow, inflow=course.inflow_women)]
        forecast = projection.projected_finding(renewed, company, course, on=on)
        out.append(_terminal.finding_line(forecast, lang))
        start = company.composition(renewed.organ, on)
        needed = (
            None
            if start is None
            else projection.required_inflow_share(
                start, renewed, on.year + 1, course, start_year=on.year
            )
        )
        if needed is not None:
            out.append("  " + say("demo.required_inflow", share=needed, year=on.year + 1))

    out += ["", say("demo.guidance_plan")]
    out.extend(
        "  " + line if line else ""
        for line in texts.render_plan_analysis(guidance.analyse_plan(plan), lang).splitlines()
    )
    out += ["", say("demo.guidance_advice")]
    out.extend(
        "  " + line if line else ""
        for line in texts.render_advice(guidance.advise(findings), lang).splitlines()
    )
    if chart is not None:
        from ingroeiquotum import charts

        figure = charts.composition_chart(company, company.supervisory_organ, language=lang)
        try:
            charts.save_png(figure, chart)
        except InvalidArgument as error:
            if error.field != "path":
                raise
            raise InvalidArgument("--chart", chart, error.reason) from None
        out += ["", say("demo.chart", path=chart)]
    print("\n".join(out))
    return 0
