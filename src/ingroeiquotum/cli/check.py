"""The ``check FILE`` command: findings per company for a file of compositions."""

from __future__ import annotations

import argparse
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from ingroeiquotum import i18n
from ingroeiquotum.cli import _common, _terminal


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The command's arguments."""
    parser.add_argument("file", help="a compositions file (see docs/reference/data-schema.md)")
    _common.common_options(parser)


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


def run(arguments: argparse.Namespace) -> int:
    """Print the findings per company and organ; exit 1 when some are to act on."""
    from ingroeiquotum import bulk, io
    from ingroeiquotum.law import readings

    lang = arguments.lang
    _common.input_file(arguments.file)
    if Path(arguments.file).is_file() and Path(arguments.file).stat().st_size == 0:
        raise _common.NoInput("cli.no_rows", lang, source=arguments.file)
    loaded = io.read_compositions(arguments.file)
    rows: Sequence[Mapping[str, object]] = loaded.rows
    if not rows:
        raise _common.NoInput("cli.no_rows", lang, source=arguments.file)
    if arguments.as_of is not None:
        rows = _as_of_rows(rows, arguments.as_of)
        if not rows:
            raise _common.NoInput(
                "cli.no_rows_as_of", lang, source=arguments.file, on=arguments.as_of
            )
    progress = _terminal.Progress("checked rows", quiet=arguments.quiet)
    results = bulk.evaluate(_counted(rows, progress))
    progress.done()
    if arguments.json:
        chosen = sorted(readings.chosen())
        if chosen:  # the rows of the bulk path name no readings: say which alternatives applied
            results = [{**row, "readings_chosen": chosen} for row in results]
        _common.print_json(results)
        return _common.status(str(row["verdict"]) for row in results)
    head = [
        _common.say(f"cli.column.{name}", lang)
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
    print(
        _common.say(
            "cli.check_summary", lang, rows=len(rows), findings=len(results), summary=summary
        )
    )
    if arguments.as_of is None:
        print(_common.say("cli.judged_on_row_dates", lang))
    else:
        print(_common.judged_on(arguments.as_of, lang, given=True))
    articles = sorted({str(row["article"]) for row in results})
    print(_common.say("cli.articles", lang, articles="; ".join(articles)))
    return _common.status(counts)
