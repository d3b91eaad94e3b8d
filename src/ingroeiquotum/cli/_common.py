"""What the commands share: argument types, the common options, JSON output and exit codes."""

from __future__ import annotations

import argparse
import json
import os
import stat
from collections.abc import Iterable
from datetime import date

from ingroeiquotum import i18n
from ingroeiquotum.exceptions import IngroeiquotumError, LoadError, RowError
from ingroeiquotum.law.findings import plain
from ingroeiquotum.model.gender import Gender

_ACT_ON = ("not_compliant", "cannot_decide")


class NoInput(IngroeiquotumError):
    """An input with nothing in it to judge: one line on standard error, exit status 2."""

    def __init__(self, key: str, lang: str, **params: object) -> None:
        super().__init__(i18n.message(key, lang, **params))


def parse_date(text: str) -> date:
    """An ISO date from the command line, or argparse's usage error."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        msg = f"not a date in the form YYYY-MM-DD: {text!r}"
        raise argparse.ArgumentTypeError(msg) from None


def parse_gender(text: str) -> Gender:
    """A gender label as the library's one parser reads it (``gender.LABELS``)."""
    try:
        return Gender.parse(text, "appointee")
    except IngroeiquotumError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def parse_count(text: str) -> int:
    """A whole number of at least 0 from the command line, or argparse's usage error."""
    try:
        value = int(text)
    except ValueError:
        value = -1
    if value < 0:
        msg = f"not a whole number of at least 0: {text!r}"
        raise argparse.ArgumentTypeError(msg)
    return value


def common_options(
    parser: argparse.ArgumentParser, *, as_of: bool = True, chart: bool = False
) -> None:
    """The options every command has: ``--lang``, ``--json``, ``--quiet`` (and ``--as-of``)."""
    parser.add_argument("--lang", choices=i18n.LANGUAGES, default="en", help="language (en)")
    parser.add_argument("--json", action="store_true", help="print JSON for scripts")
    parser.add_argument("--quiet", action="store_true", help="no progress on the terminal")
    if as_of:
        parser.add_argument(
            "--as-of",
            type=parse_date,
            default=None,
            metavar="DATE",
            help="judge on this date (default: the data's own dates)",
        )
    if chart:
        parser.add_argument(
            "--chart", metavar="FILE", default=None, help="also write a PNG chart (charts extra)"
        )


def print_json(data: object) -> None:
    """``data`` as indented JSON on standard output."""
    print(json.dumps(plain(data), ensure_ascii=False, indent=2, sort_keys=False))


def status(verdicts: Iterable[str]) -> int:
    """The exit code: 1 when some verdict is one to act on, else 0."""
    return 1 if any(verdict in _ACT_ON for verdict in verdicts) else 0


def say(key: str, lang: str, **params: object) -> str:
    """The catalog's message ``key`` in ``lang``."""
    return i18n.message(key, lang, **params)


def judged_on(on: date, lang: str, *, given: bool) -> str:
    """The line that names the date an answer was judged on (given with --as-of or not)."""
    return say("cli.judged_on" if given else "cli.judged_on_default", lang, on=on)


def input_file(path: str) -> str:
    """
    ``path`` if it names a file that exists (or a device or pipe), else a :class:`LoadError`
    with one problem in words: a NUL in the name, no such file, a folder, a name too long, no
    permission. The loaders read it after this check.
    """
    if "\x00" in path:
        raise LoadError(path, [RowError(None, "file", path, "has a NUL character in its name")])
    try:
        os.fsencode(path)
    except UnicodeEncodeError:
        reason = "is not a file name this system can use"
        raise LoadError(path, [RowError(None, "file", path, reason)]) from None
    try:
        mode = os.stat(path).st_mode
    except OSError as error:
        reason = error.strerror or type(error).__name__
        raise LoadError(path, [RowError(None, "file", path, reason)]) from None
    if stat.S_ISDIR(mode):
        raise LoadError(path, [RowError(None, "file", path, "is a folder, not a file")])
    return path
