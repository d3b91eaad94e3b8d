"""Output helpers for the command line: aligned tables, colour on a terminal, progress."""

from __future__ import annotations

import os
import sys
import textwrap
from collections.abc import Sequence
from typing import TextIO

from ingroeiquotum import i18n
from ingroeiquotum.law.findings import Finding, Verdict
from ingroeiquotum.model.composition import Composition
from ingroeiquotum.model.gender import Gender

_COLOURS = {
    Verdict.COMPLIANT: "32",
    Verdict.NOT_COMPLIANT: "31",
    Verdict.CANNOT_DECIDE: "33",
    Verdict.NOT_APPLICABLE: "2",
    Verdict.APPLIES: "36",
}


def colour_wanted(stream: TextIO) -> bool:
    """Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org)."""
    return stream.isatty() and not os.environ.get("NO_COLOR") and os.environ.get("TERM") != "dumb"


def paint(text: str, verdict: Verdict | str, stream: TextIO | None = None) -> str:
    """``text`` in the verdict's colour when writing to a terminal (standard output's, now)."""
    if not colour_wanted(sys.stdout if stream is None else stream):
        return text
    code = _COLOURS.get(Verdict(verdict) if isinstance(verdict, str) else verdict, "0")
    return f"\033[{code}m{text}\033[0m"


def verdict_label(verdict: Verdict | str, lang: str) -> str:
    """The verdict in words, e.g. "not compliant" / "voldoet niet"."""
    value = verdict.value if isinstance(verdict, Verdict) else verdict
    return i18n.message(f"verdict.{value}", lang)


def finding_line(finding: Finding, lang: str, indent: str = "  ") -> str:
    """One finding as "[verdict] message", the label coloured on a terminal."""
    label = paint(f"[{verdict_label(finding.verdict, lang)}]", finding.verdict)
    return f"{indent}{label} {i18n.render(finding, lang)}"


def aligned(rows: Sequence[Sequence[str]], *, indent: str = "  ", left: int = 1) -> list[str]:
    """Rows of cells as aligned lines: the first ``left`` columns left-aligned, the rest right."""
    if not rows:
        return []
    widths = [max(len(row[index]) for row in rows) for index in range(len(rows[0]))]
    lines = []
    for row in rows:
        cells = [
            cell.ljust(width) if index < left else cell.rjust(width)
            for index, (cell, width) in enumerate(zip(row, widths, strict=True))
        ]
        lines.append(indent + "  ".join(cells).rstrip())
    return lines


_COMPOSITION_COLUMNS = ("organ", "women", "men", "other", "unknown", "share_women")


def composition_table(
    rows: Sequence[tuple[str, Composition | None]], lang: str, *, indent: str = "  "
) -> list[str]:
    """
    The figures of each organ, so that they add up: women, men, people registered as neither
    sex, members of unknown sex, and the share of women of all members; a line under the table
    states that convention (the quota's and the targets': the others count as neither sex).
    """
    table = [[i18n.message(f"demo.column.{name}", lang) for name in _COMPOSITION_COLUMNS]]
    for organ, composition in rows:
        counts = (
            ["-"] * 5
            if composition is None
            else [
                *(
                    i18n.format_value(composition.count(gender), lang)
                    for gender in (Gender.WOMAN, Gender.MAN, Gender.OTHER, Gender.UNKNOWN)
                ),
                i18n.format_value(composition.share(Gender.WOMAN), lang),
            ]
        )
        table.append([i18n.format_value(organ, lang), *counts])
    return [*aligned(table, indent=indent), indent + i18n.message("demo.share_convention", lang)]


def wrap(text: str, width: int = 96, indent: str = "  ") -> list[str]:
    """A paragraph wrapped to ``width`` columns."""
    return textwrap.wrap(text, width, initial_indent=indent, subsequent_indent=indent)


class Progress:
    """
    "checked 12,000 rows" on standard error while a long run goes on, only on a terminal and
    not with ``--quiet``; cleared when done.
    """

    def __init__(self, label: str, *, quiet: bool, stream: TextIO | None = None) -> None:
        self.label = label
        self.stream = sys.stderr if stream is None else stream
        self.active = not quiet and self.stream.isatty()
        self.count = 0

    def step(self, count: int = 1) -> None:
        self.count += count
        if self.active and self.count % 5000 < count:
            self.stream.write(f"\r{self.label}: {self.count:,}")
            self.stream.flush()

    def done(self) -> None:
        if self.active and self.count >= 5000:
            self.stream.write("\r" + " " * (len(self.label) + 20) + "\r")
            self.stream.flush()
