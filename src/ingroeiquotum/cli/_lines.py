"""
The lines the command line writes on standard error: each message one line (a load error with
several problems: a first line and one line for each), control characters escaped and long lines
cut; argparse's usage errors one line too.
"""

from __future__ import annotations

import argparse
import re
import sys
from typing import NoReturn

from ingroeiquotum.exceptions import IngroeiquotumError, LoadError

LINE_LIMIT = 1000
"""The longest line the command line prints on standard error; a longer one is cut, marked."""

_BREAKS = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
"""Every character that ends a line (for ``str.splitlines``) or moves the cursor."""


def one_line(text: str) -> str:
    """
    ``text`` as one printable line: line breaks and control characters escaped (a backslash and n), and
    cut to :data:`LINE_LIMIT` characters with the length it had, so that a hostile value (a
    file name with a line break, a field of 200 kB) cannot spread a message over lines.
    """
    escaped = _BREAKS.sub(lambda found: found.group().encode("unicode_escape").decode(), text)
    if len(escaped) <= LINE_LIMIT:
        return escaped
    return f"{escaped[: LINE_LIMIT - 40]}... ({len(escaped):,} characters)"


class Parser(argparse.ArgumentParser):
    """argparse's parser, whose usage errors are one line on standard error (and exit 2)."""

    def error(self, message: str) -> NoReturn:
        line = one_line(f"{self.prog}: error: {message} (see {self.prog} --help)")
        print(line, file=sys.stderr)
        raise SystemExit(2)


def problem_lines(error: IngroeiquotumError) -> list[str]:
    """
    The lines on standard error for a library error: one line, or for a load error with more
    than one problem a first line and one line for each problem.
    """
    if isinstance(error, LoadError):
        if len(error.errors) == 1:
            problem = error.errors[0]
            if (problem.row, problem.field, problem.value) == (None, "file", error.source):
                return [one_line(f"ingroeiquotum: {error.source}: {problem.reason}")]
            return [one_line(f"ingroeiquotum: {error.source}: {problem}")]
        head = one_line(f"ingroeiquotum: {error.source}: {len(error.errors)} problem(s)")
        return [head, *(one_line(f"  {problem}") for problem in error.errors)]
    return [one_line(f"ingroeiquotum: {error}")]


def os_error_line(error: OSError) -> str:
    """One line for an operating system's error the commands did not turn into a problem."""
    name = error.filename if error.filename is not None else "-"
    return one_line(f"ingroeiquotum: {name}: {error.strerror or type(error).__name__}")
