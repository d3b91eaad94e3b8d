"""
The command line: ``ingroeiquotum`` or ``python -m ingroeiquotum``.

Commands: ``check FILE`` (findings per company), ``report FILE`` (the SER report and the
bestuursverslag paragraph), ``appointment`` (is this appointment void), ``deadline`` (when is
the report due), ``guidance`` (the SER's best practices), ``plan FILE`` (succession planning for
an RvC) and ``demo`` (the sample company).

Exit codes scripts can rely on: **0** everything checked is compliant (or not applicable),
**1** there are findings to act on (not compliant, or cannot decide), **2** bad input or usage
(a file with no rows too). ``demo`` exits 0 once it has run: it is a showcase, not a check.
A bad file gives a message naming its line, field and value, never a traceback. Dates default
to the data's own dates, never silently to today; ``--as-of DATE`` judges on another date, and
every answer that depends on a date prints the date it used.
"""

from __future__ import annotations

__all__ = ["main"]

import argparse
import json
import sys
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from ingroeiquotum import i18n
from ingroeiquotum.cli import _terminal
from ingroeiquotum.exceptions import IngroeiquotumError, LoadError
from ingroeiquotum.law.findings import Finding, Verdict, plain
from ingroeiquotum.model.gender import Gender

_ACT_ON = ("not_compliant", "cannot_decide")


class _NoInput(IngroeiquotumError):
    """An input with nothing in it to judge: one line on standard error, exit status 2."""

    def __init__(self, key: str, lang: str, **params: object) -> None:
        super().__init__(i18n.message(key, lang, **params))


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        msg = f"not a date in the form YYYY-MM-DD: {text!r}"
        raise argparse.ArgumentTypeError(msg) from None


def _gender(text: str) -> Gender:
    """A gender label as the library's one parser reads it (``gender.LABELS``)."""
    try:
        return Gender.parse(text, "appointee")
    except IngroeiquotumError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if value < 0:
        msg = f"not a whole number of at least 0: {text!r}"
        raise argparse.ArgumentTypeError(msg)
    return value


def _common(parser: argparse.ArgumentParser, *, as_of: bool = True, chart: bool = False) -> None:
    parser.add_argument("--lang", choices=i18n.LANGUAGES, default="en", help="language (en)")
    parser.add_argument("--json", action="store_true", help="print JSON for scripts")
    parser.add_argument("--quiet", action="store_true", help="no progress on the terminal")
    if as_of:
        parser.add_argument(
            "--as-of",
            type=_date,
            default=None,
            metavar="DATE",
            help="judge on this date (default: the data's own dates)",
        )
    if chart:
        parser.add_argument(
            "--chart", metavar="FILE", default=None, help="also write a PNG chart (charts extra)"
        )


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ingroeiquotum",
        description=(
            "The Dutch Wet ingroeiquotum en streefcijfers as code. Exit status: 0 compliant, "
            "1 findings to act on, 2 bad input or usage."
        ),
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    check = commands.add_parser(
        "check", help="findings per company for a file of compositions (CSV, JSON or .xlsx)"
    )
    check.add_argument("file", help="a compositions file (see docs/data-schema.md)")
    _common(check)

    report = commands.add_parser(
        "report", help="the SER report and the bestuursverslag paragraph from a report JSON"
    )
    report.add_argument("file", help="a report document written by reporting.report_to_json")
    _common(report, chart=False)

    appointment = commands.add_parser(
        "appointment", help="is this appointment to the RvC void under art. 2:142b BW"
    )
    appointment.add_argument("--men", type=_count, required=True, help="men in office before")
    appointment.add_argument("--women", type=_count, required=True, help="women in office before")
    appointment.add_argument("--other", type=_count, default=0, help="registered as neither sex")
    appointment.add_argument("--unknown", type=_count, default=0, help="sex not recorded")
    appointment.add_argument(
        "--appointee",
        type=_gender,
        required=True,
        metavar="GENDER",
        help="man, woman, other or unknown (also m, v, f, x, male, female, vrouw, in any case)",
    )
    appointment.add_argument("--on", type=_date, required=True, help="the date it takes effect")
    appointment.add_argument("--reappointment", action="store_true")
    appointment.add_argument("--first-appointed", type=_date, default=None, metavar="DATE")
    appointment.add_argument(
        "--exceptional",
        action="store_true",
        help="exceptional circumstances (art. 2:135a lid 5 BW) apply, as you assert",
    )
    appointment.add_argument(
        "--non-executive", action="store_true", help="the board is a one-tier board's NEDs"
    )
    _common(appointment, as_of=False)

    deadline = commands.add_parser("deadline", help="when the report to the SER is due")
    deadline.add_argument("financial_year_end", type=_date, help="the last day of the year")
    deadline.add_argument("--submitted-on", type=_date, default=None, metavar="DATE")
    deadline.add_argument(
        "--start",
        type=_date,
        default=None,
        metavar="DATE",
        help="the first day of the year (default: twelve months before its last day)",
    )
    _common(deadline)

    guide = commands.add_parser("guidance", help="the SER dialogue's best practices (2024)")
    guide.add_argument("--theme", default=None)
    guide.add_argument("--lever", default=None)
    guide.add_argument("--organ", default=None, dest="audience", metavar="ORGAN")
    guide.add_argument("--actor", default=None)
    guide.add_argument("--text", default=None, help="free text, either language")
    _common(guide, as_of=False)

    plan = commands.add_parser(
        "plan", help="succession planning for an RvC from a file of seats with their terms"
    )
    plan.add_argument("file", help="a seats file: organ,gender,start,end,first_appointed")
    plan.add_argument(
        "--meeting",
        default="04-30",
        metavar="MM-DD",
        help="the yearly general meeting's day (default 04-30)",
    )
    plan.add_argument("--years", type=_count, default=4, help="how many meetings ahead (4)")
    _common(plan)

    demo = commands.add_parser("demo", help="the report for the fictional sample company")
    _common(demo, chart=True)
    return parser


# --- output ------------------------------------------------------------------------------------


def _print_json(data: object) -> None:
    print(json.dumps(plain(data), ensure_ascii=False, indent=2, sort_keys=False))


def _status(verdicts: Iterable[str]) -> int:
    return 1 if any(verdict in _ACT_ON for verdict in verdicts) else 0


def _say(key: str, lang: str, **params: object) -> str:
    return i18n.message(key, lang, **params)


def _judged_on(on: date, lang: str, *, given: bool) -> str:
    """The line that names the date an answer was judged on (given with --as-of or not)."""
    return _say("cli.judged_on" if given else "cli.judged_on_default", lang, on=on)


# --- check -------------------------------------------------------------------------------------


def _as_of_rows(rows: Sequence[Mapping[str, object]], as_of: date) -> list[dict[str, object]]:
    """For each company and organ, the latest row dated on or before ``as_of``, judged then."""
    latest: dict[tuple[object, object], Mapping[str, object]] = {}
    for row in rows:
        on = row["date"]
        if not isinstance(on, date) or on > as_of:
            continue
        key = (row["company"], row["organ"])
        chosen = latest.get(key)
        if chosen is None or chosen["date"] < on:  # type: ignore[operator]
            latest[key] = row
    return [{**row, "composition_date": row["date"], "date": as_of} for row in latest.values()]


def _counted(rows: Iterable[Mapping[str, object]], progress: _terminal.Progress) -> Iterator[Any]:
    for row in rows:
        progress.step()
        yield row


def _check(arguments: argparse.Namespace) -> int:
    from ingroeiquotum import bulk, io

    lang = arguments.lang
    if Path(arguments.file).is_file() and Path(arguments.file).stat().st_size == 0:
        raise _NoInput("cli.no_rows", lang, source=arguments.file)
    loaded = io.read_compositions(arguments.file)
    rows: Sequence[Mapping[str, object]] = loaded.rows
    if not rows:
        raise _NoInput("cli.no_rows", lang, source=arguments.file)
    if arguments.as_of is not None:
        rows = _as_of_rows(rows, arguments.as_of)
        if not rows:
            raise _NoInput("cli.no_rows_as_of", lang, source=arguments.file, on=arguments.as_of)
    progress = _terminal.Progress("checked rows", quiet=arguments.quiet)
    results = bulk.evaluate(_counted(rows, progress))
    progress.done()
    if arguments.json:
        _print_json(results)
        return _status(str(row["verdict"]) for row in results)
    head = [
        _say(f"cli.column.{name}", lang)
        for name in ("company", "organ", "date", "rule", "verdict", "minimum", "women", "men")
    ]
    table = [head]
    for row in results:
        table.append(
            [
                str(row["company"]),
                i18n.format_value(str(row["organ"]), lang),
                str(row["date"]),
                str(row["rule"]),
                _terminal.verdict_label(str(row["verdict"]), lang),
                "" if row["minimum_per_sex"] is None else str(row["minimum_per_sex"]),
                "" if row["women_missing"] is None else str(row["women_missing"]),
                "" if row["men_missing"] is None else str(row["men_missing"]),
            ]
        )
    lines = _terminal.aligned(table, left=5)
    print(lines[0])
    for line, row in zip(lines[1:], results, strict=True):
        label = _terminal.verdict_label(str(row["verdict"]), lang)
        print(line.replace(label, _terminal.paint(label, str(row["verdict"])), 1))
    print()
    counts: dict[str, int] = {}
    for row in results:
        counts[str(row["verdict"])] = counts.get(str(row["verdict"]), 0) + 1
    summary = ", ".join(
        f"{_terminal.verdict_label(verdict, lang)}: {i18n.format_value(count, lang)}"
        for verdict, count in counts.items()
    )
    print(_say("cli.check_summary", lang, rows=len(rows), findings=len(results), summary=summary))
    if arguments.as_of is None:
        print(_say("cli.judged_on_row_dates", lang))
    else:
        print(_judged_on(arguments.as_of, lang, given=True))
    articles = sorted({str(row["article"]) for row in results})
    print(_say("cli.articles", lang, articles="; ".join(articles)))
    return _status(counts)


# --- report ------------------------------------------------------------------------------------


def _report(arguments: argparse.Namespace) -> int:
    from ingroeiquotum.law.bw2 import reporting

    lang = arguments.lang
    try:
        text = Path(arguments.file).read_bytes()
    except OSError as error:
        raise LoadError(arguments.file, [_file_problem(error)]) from None
    if _empty_document(text):
        raise _NoInput("cli.no_report", lang, source=arguments.file)
    report = reporting.report_from_json(text, source=arguments.file)
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
        _print_json(
            {
                "report": reporting.report_to_dict(report),
                "judged_on": as_of,
                "findings": [finding.as_dict() for finding in findings],
                "bestuursverslag": paragraph,
            }
        )
        return _status(finding.verdict.value for finding in findings)
    print(_say("cli.report_title", lang, company=report.company, start=year.start, end=year.end))
    print("  " + _judged_on(as_of, lang, given=arguments.as_of is not None))
    if report.deadline is not None:
        print("  " + _say("demo.deadline", lang, deadline=report.deadline))
    print()
    rows = [(str(line.organ), line.composition) for line in report.organs]
    print("\n".join(_terminal.composition_table(rows, lang)))
    print()
    for finding in findings:
        print(_terminal.finding_line(finding, lang))
        for item in finding.missing:
            print(f"      - {i18n.explain_missing(item, finding, lang)}")
    print()
    print(_say("demo.bestuursverslag", lang))
    print("\n".join(_terminal.wrap(paragraph)))
    return _status(finding.verdict.value for finding in findings)


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


# --- appointment -------------------------------------------------------------------------------


def _appointment(arguments: argparse.Namespace) -> int:
    from ingroeiquotum.law.bw2 import quota
    from ingroeiquotum.model.composition import Composition

    before = Composition(arguments.men, arguments.women, arguments.other, arguments.unknown)
    finding = quota.judge_appointment(
        before,
        arguments.appointee,
        arguments.on,
        reappointment=arguments.reappointment,
        first_appointed=arguments.first_appointed,
        exceptional_circumstances=arguments.exceptional,
        subject="non_executive" if arguments.non_executive else "rvc",
    )
    if arguments.json:
        _print_json({**finding.as_dict(), "void": finding.verdict is Verdict.NOT_COMPLIANT})
    else:
        print(i18n.explain(finding, arguments.lang))
        print(_judged_on(arguments.on, arguments.lang, given=True))
    return _status([finding.verdict.value])


# --- deadline ----------------------------------------------------------------------------------


def _deadline(arguments: argparse.Namespace) -> int:
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
        _print_json(finding.as_dict())
    else:
        print(_terminal.finding_line(finding, arguments.lang, indent=""))
        print(_judged_on(as_of, arguments.lang, given=arguments.as_of is not None))
    return _status([finding.verdict.value])


# --- guidance ----------------------------------------------------------------------------------


def _guidance(arguments: argparse.Namespace) -> int:
    from ingroeiquotum import guidance

    found = guidance.find(
        theme=arguments.theme,
        lever=arguments.lever,
        audience=arguments.audience,
        actor=arguments.actor,
        text=arguments.text,
    )
    if arguments.json:
        _print_json(
            [
                {
                    "key": item.key,
                    "theme": item.theme.key,
                    "text_nl": item.text_nl,
                    "text_en": item.text_en,
                    "levers": sorted(lever.value for lever in item.levers),
                    "audiences": sorted(audience.value for audience in item.audiences),
                    "actors": sorted(actor.value for actor in item.actors),
                }
                for item in found
            ]
        )
    elif found:
        print(guidance.render_recommendations(found, arguments.lang))
    else:
        print(_say("cli.guidance_none", arguments.lang))
    return 0


# --- plan --------------------------------------------------------------------------------------


def _plan(arguments: argparse.Namespace) -> int:
    from ingroeiquotum.cli import plan as _plan_command

    status: int = _plan_command.run(arguments)
    return status


# --- main --------------------------------------------------------------------------------------

_COMMANDS = {
    "check": _check,
    "report": _report,
    "appointment": _appointment,
    "deadline": _deadline,
    "guidance": _guidance,
    "plan": _plan,
}


def _problem_lines(error: IngroeiquotumError) -> list[str]:
    if isinstance(error, LoadError):
        head = f"ingroeiquotum: {error.source}: {len(error.errors)} problem(s)"
        return [head, *(f"  {problem}" for problem in error.errors)]
    return [f"ingroeiquotum: {error}"]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); return the exit code."""
    parser = _parser()
    try:
        arguments = parser.parse_args(argv)
    except SystemExit as exit_:
        return 2 if exit_.code not in (0, None) else 0
    try:
        if arguments.command == "demo":
            from ingroeiquotum.cli import demo as _demo

            return _demo.run(arguments.lang, arguments.as_of, arguments.chart)
        return _COMMANDS[arguments.command](arguments)
    except IngroeiquotumError as error:
        print("\n".join(_problem_lines(error)), file=sys.stderr)
        return 2
    except FileNotFoundError as error:
        print(f"ingroeiquotum: {error.filename}: no such file", file=sys.stderr)
        return 2
    except BrokenPipeError:  # the reader (e.g. `head`) stopped reading: not an error of ours
        import os

        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:  # pragma: no cover - interactive
        return 2
