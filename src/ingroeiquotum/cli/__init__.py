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

The commands that judge take ``--reading KEY`` (repeatable): the alternative of the reading
``KEY`` applies for that run (:func:`ingroeiquotum.readings.choose`), the text output says so on
its first line and every finding in the JSON output names it; a key that names no reading, or a
reading without an alternative, exits 2 with one line.

Each command is a module of this package (``cli/check.py``, ``cli/plan.py``, ...) with
``add_arguments(parser)`` and ``run(arguments) -> int``. This module assembles the parser from
the table :data:`_COMMANDS` and imports only the module of the command being run, so that
``ingroeiquotum --help`` loads no command at all.
"""

from __future__ import annotations

__all__ = ["main"]

import argparse
import importlib
import sys
from collections.abc import Sequence
from typing import Protocol, cast

from ingroeiquotum.cli import _lines
from ingroeiquotum.exceptions import IngroeiquotumError

_COMMANDS: dict[str, str] = {
    "check": "findings per company for a file of compositions (CSV, JSON or .xlsx)",
    "report": "the SER report and the bestuursverslag paragraph from a report JSON",
    "appointment": "is this appointment to the RvC void under art. 2:142b BW",
    "deadline": "when the report to the SER is due",
    "guidance": "the SER dialogue's best practices (2024)",
    "plan": "succession planning for an RvC from a file of seats with their terms",
    "demo": "the report for the fictional sample company",
}
"""The commands, in the order ``--help`` lists them: name -> one line of help."""

_JUDGING = frozenset({"check", "report", "appointment", "deadline", "plan", "demo"})
"""The commands that judge, and so take ``--reading KEY``."""


class _Command(Protocol):
    """What a command module has."""

    def add_arguments(self, parser: argparse.ArgumentParser) -> None: ...

    def run(self, arguments: argparse.Namespace) -> int: ...


def _command(name: str) -> _Command:
    """The module of the command ``name`` (``ingroeiquotum.cli.<name>``)."""
    return cast(_Command, importlib.import_module(f"ingroeiquotum.cli.{name}"))


def _parser(argv: Sequence[str]) -> argparse.ArgumentParser:
    """
    The parser; the arguments only of the command named in ``argv`` (the first word not an
    option), so that parsing imports that one command module.
    """
    chosen = next((word for word in argv if not word.startswith("-")), None)
    parser = _lines.Parser(
        prog="ingroeiquotum",
        description=(
            "The Dutch Wet ingroeiquotum en streefcijfers as code. Exit status: 0 compliant, "
            "1 findings to act on, 2 bad input or usage."
        ),
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, summary in _COMMANDS.items():
        sub = commands.add_parser(name, help=summary)
        if name == chosen:
            _command(name).add_arguments(sub)
            if name in _JUDGING:
                sub.add_argument(
                    "--reading",
                    action="append",
                    default=[],
                    metavar="KEY",
                    help=(
                        "apply the alternative of the reading KEY, e.g. targets.keeps_balance "
                        "(repeatable; the keys: docs/explanation/readings.md)"
                    ),
                )
    return parser


def _run(arguments: argparse.Namespace) -> int:
    """Run the command, inside the readings chosen with ``--reading`` (none by default)."""
    keys: list[str] = getattr(arguments, "reading", [])
    if not keys:
        return _command(arguments.command).run(arguments)
    from ingroeiquotum.exceptions import InvalidArgument
    from ingroeiquotum.law import readings

    try:
        block = readings.choose(*keys)
    except InvalidArgument as error:
        reason = f"{error.reason} (see ingroeiquotum {arguments.command} --help)"
        print(
            _lines.one_line(f"ingroeiquotum: --reading {error.value!r}: {reason}"), file=sys.stderr
        )
        return 2
    with block:
        if not getattr(arguments, "json", False):
            from ingroeiquotum.cli import _common

            lang = getattr(arguments, "lang", "en")
            print(_common.say("cli.readings_chosen", lang, keys=", ".join(sorted(block.keys))))
        return _command(arguments.command).run(arguments)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); return the exit code."""
    words = list(sys.argv[1:] if argv is None else argv)
    parser = _parser(words)
    try:
        arguments = parser.parse_args(words)
    except SystemExit as exit_:
        return 2 if exit_.code not in (0, None) else 0
    try:
        return _run(arguments)
    except IngroeiquotumError as error:
        print("\n".join(_lines.problem_lines(error)), file=sys.stderr)
        return 2
    except BrokenPipeError:  # the reader (e.g. `head`) stopped reading: not an error of ours
        import os

        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except OSError as error:  # a file the command did not check first (the loaders do)
        print(_lines.os_error_line(error), file=sys.stderr)
        return 2
    except KeyboardInterrupt:  # pragma: no cover - interactive
        return 2
