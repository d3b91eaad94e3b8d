"""The ``report FILE`` command: the SER report and the bestuursverslag paragraph."""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path
from typing import Any

from ingroeiquotum import i18n
from ingroeiquotum.cli import _common, _terminal
from ingroeiquotum.exceptions import LoadError
from ingroeiquotum.law.findings import Finding


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The command's arguments."""
    parser.add_argument("file", help="a report document written by reporting.report_to_json")
    _common.common_options(parser, chart=False)


def run(arguments: argparse.Namespace) -> int:
    """Print the report's checks and paragraph; exit 1 when some finding is to act on."""
    from ingroeiquotum.io import report as documents
    from ingroeiquotum.law.bw2 import reporting

    lang = arguments.lang
    _common.input_file(arguments.file)
    try:
        text = Path(arguments.file).read_bytes()
    except OSError as error:
        raise LoadError(arguments.file, [_file_problem(error)]) from None
    if _empty_document(text):
        raise _common.NoInput("cli.no_report", lang, source=arguments.file)
    report = documents.report_from_json(text, source=arguments.file)
    year = report.financial_year
    as_of: date = arguments.as_of or report.submitted_on or year.end
    findings: list[Finding] = [reporting.check_completeness(report), reporting.check_plan(report)]
    if report.deadline is not None:
        findings.append(
            reporting.check_deadline(
                year.end,
                financial_year_start=year.start,
                submitted_on=report.submitted_on,
                as_of=as_of,
                legal_form=report.legal_form,
                subject=report.company,
            )
        )
    paragraph = i18n.bestuursverslag(report, lang)
    if arguments.json:
        _common.print_json(
            {
                "report": documents.report_to_dict(report),
                "judged_on": as_of,
                "findings": [finding.as_dict() for finding in findings],
                "bestuursverslag": paragraph,
            }
        )
        return _common.status(finding.verdict.value for finding in findings)
    say = _common.say
    print(say("cli.report_title", lang, company=report.company, start=year.start, end=year.end))
    print("  " + _common.judged_on(as_of, lang, given=arguments.as_of is not None))
    if report.deadline is not None:
        print("  " + say("demo.deadline", lang, deadline=report.deadline))
    print()
    rows = [(str(line.organ), line.composition) for line in report.organs]
    print("\n".join(_terminal.composition_table(rows, lang)))
    print()
    for finding in findings:
        print(_terminal.finding_line(finding, lang))
        for item in finding.missing:
            print(f"      - {i18n.explain_missing(item, finding, lang)}")
    print()
    print(say("demo.bestuursverslag", lang))
    print("\n".join(_terminal.wrap(paragraph)))
    return _common.status(finding.verdict.value for finding in findings)


def _empty_document(text: bytes) -> bool:
    """Whether ``text`` is empty, blank, or an empty JSON array or object."""
    if not text.strip():
        return True
    try:
        return bool(json.loads(text) in ([], {}))
    except ValueError:  # not JSON (or not UTF-8): the reader says what is wrong
        return False


def _file_problem(error: OSError) -> Any:
    from ingroeiquotum.exceptions import RowError

    return RowError(None, "file", getattr(error, "filename", None), error.strerror or str(error))
