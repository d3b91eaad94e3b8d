"""The ``deadline`` command: when the report to the SER is due."""

from __future__ import annotations

import argparse

from ingroeiquotum.cli import _common, _terminal


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The command's arguments."""
    day = _common.parse_date
    parser.add_argument("financial_year_end", type=day, help="the last day of the year")
    parser.add_argument("--submitted-on", type=day, default=None, metavar="DATE")
    parser.add_argument(
        "--start",
        type=day,
        default=None,
        metavar="DATE",
        help="the first day of the year (default: twelve months before its last day)",
    )
    _common.common_options(parser)


def run(arguments: argparse.Namespace) -> int:
    """Print the deadline finding; exit 1 when the report is late (or cannot be judged)."""
    from ingroeiquotum.law.bw2 import reporting

    end = arguments.financial_year_end
    as_of = arguments.as_of or arguments.submitted_on or end
    finding = reporting.check_deadline(
        end,
        financial_year_start=arguments.start,
        submitted_on=arguments.submitted_on,
        as_of=as_of,
    )
    if arguments.json:
        _common.print_json(finding.as_dict())
    else:
        print(_terminal.finding_line(finding, arguments.lang, indent=""))
        print(_common.judged_on(as_of, arguments.lang, given=arguments.as_of is not None))
    return _common.status([finding.verdict.value])
