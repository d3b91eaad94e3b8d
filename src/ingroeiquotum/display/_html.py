"""
The HTML of each kind of result, read from its attributes (duck-typed: this layer knows none of
the classes), and the short reprs (:mod:`ingroeiquotum.display`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Any

from ingroeiquotum.display._text import (
    CELL_LIMIT,
    MESSAGE_LIMIT,
    ROW_MESSAGE_LIMIT,
    SHOWN_ROWS,
    box,
    catalogs,
    cell,
    fields,
    formatted,
    get_locale,
    heading,
    label,
    message_text,
    repr_text,
    short,
    table,
    verdict_html,
)

# -- findings -----------------------------------------------------------------------------------


def finding_html(finding: Any) -> str:
    """A finding as a table: verdict, message, article, subject, date, rule, missing facts."""
    locale = get_locale()
    pairs = [
        (heading("display.verdict", locale), verdict_html(finding.verdict, locale)),
        (heading("display.message", locale), cell(message_text(finding, locale), MESSAGE_LIMIT)),
        (heading("display.article", locale), cell(finding.article)),
    ]
    if finding.subject:
        pairs.append((heading("display.subject", locale), cell(finding.subject)))
    pairs.append((heading("display.on", locale), cell(formatted(finding.on, locale))))
    pairs.append((heading("display.rule", locale), cell(finding.rule)))
    if finding.missing:
        pairs.append((heading("display.missing", locale), cell(", ".join(finding.missing))))
    if finding.readings:
        keys = ", ".join(reading.key for reading in finding.readings)
        pairs.append((heading("display.readings", locale), cell(keys)))
    return box("finding", "", fields(pairs))


def _finding_rows(findings: Sequence[Any], locale: str) -> Iterable[list[str]]:
    for finding in findings:
        yield [
            verdict_html(finding.verdict, locale),
            cell(finding.subject),
            cell(message_text(finding, locale), ROW_MESSAGE_LIMIT),
            cell(finding.article),
        ]


def _findings_table(findings: Sequence[Any], locale: str) -> str:
    headers = [
        heading(key, locale)
        for key in ("display.verdict", "display.subject", "display.message", "display.article")
    ]
    return table(headers, _finding_rows(findings, locale), len(findings), locale)


def findings_html(findings: Sequence[Any]) -> str:
    """Findings as a table, one row each (the first :data:`SHOWN_ROWS`), and their count."""
    locale = get_locale()
    title = cell(label("display.findings", locale, count=len(findings)))
    return box("findings", title, _findings_table(findings, locale))


def finding_repr(finding: Any) -> str:
    """A finding in one line: rule, verdict, date, subject and article."""
    subject = f", {finding.subject}" if finding.subject else ""
    text = f"<Finding {finding.rule}: {finding.verdict.value} on {finding.on.isoformat()}{subject}; {finding.article}>"
    return short(text, 4 * CELL_LIMIT)


# -- compositions, reports, meetings, plans, EU evaluations ---------------------------------------


def _composition(composition: Any, locale: str) -> list[str]:
    if composition is None:
        return ["-"] * 4
    return [
        cell(formatted(getattr(composition, name), locale))
        for name in ("men", "women", "other", "unknown")
    ]


_COMPOSITION_HEADS = (
    "demo.column.men",
    "demo.column.women",
    "demo.column.other",
    "demo.column.unknown",
)


def report_html(report: Any) -> str:
    """The SER report: the company, the financial year and a row per organ."""
    locale = get_locale()
    year = report.financial_year
    pairs = [
        (heading("display.company", locale), cell(report.company)),
        (heading("display.legal_form", locale), cell(formatted(report.legal_form, locale))),
        (heading("display.listed", locale), cell(formatted(report.listed, locale))),
        (heading("display.board_model", locale), cell(formatted(report.board_model, locale))),
        (
            heading("display.financial_year", locale),
            cell(f"{formatted(year.start, locale)} – {formatted(year.end, locale)}"),
        ),
    ]
    headers = [
        heading("demo.column.organ", locale),
        *(heading(key, locale) for key in _COMPOSITION_HEADS),
        heading("display.target", locale),
        heading("display.target_met", locale),
    ]
    rows = (
        [
            cell(formatted(organ.organ, locale)),
            *_composition(organ.composition, locale),
            cell("-" if organ.target is None else formatted(organ.target.value, locale)),
            cell(formatted(organ.target_met, locale)),
        ]
        for organ in report.organs
    )
    title = heading("display.ser_report", locale)
    return box("ser-report", title, fields(pairs), table(headers, rows, len(report.organs), locale))


def meeting_html(result: Any) -> str:
    """A meeting's appointments, judged in order, and the board after the meeting."""
    locale = get_locale()
    headers = [heading(key, locale) for key in _COMPOSITION_HEADS]
    after = table(headers, [_composition(result.after, locale)], 1, locale)
    title = heading("display.meeting", locale)
    return box(
        "meeting",
        title,
        _findings_table(result.findings, locale),
        f"<div>{heading('display.after', locale)}</div>",
        after,
    )


def plan_html(plan: Any) -> str:
    """A succession plan: the meeting, the appointments in voting order, the board after."""
    locale = get_locale()
    pairs = [
        (heading("display.meeting", locale), cell(formatted(plan.meeting, locale))),
        (heading("display.needed_women", locale), cell(formatted(plan.needed_women, locale))),
        (heading("display.needed_men", locale), cell(formatted(plan.needed_men, locale))),
        (
            heading("display.message", locale),
            cell(message_text(plan.finding, locale), MESSAGE_LIMIT),
        ),
        (heading("display.article", locale), cell(plan.finding.article)),
    ]
    headers = [
        heading("display.on", locale),
        heading("display.appointment", locale),
        heading("display.verdict", locale),
    ]
    rows = (
        [
            cell(formatted(option.on, locale)),
            cell(formatted(option.gender, locale)),
            verdict_html(option.finding.verdict, locale),
        ]
        for option in plan.appointments
    )
    title = heading("display.plan", locale)
    return box(
        "balance-plan", title, fields(pairs), table(headers, rows, len(plan.appointments), locale)
    )


def succession_html(plan: Any) -> str:
    """A meeting-by-meeting succession plan: the board after each meeting and its verdict."""
    locale = get_locale()
    pairs = [
        (heading("display.subject", locale), cell(formatted(plan.subject, locale))),
        (heading("display.seats", locale), cell(formatted(plan.size, locale))),
    ]
    headers = [
        heading("display.meeting", locale),
        heading("display.to_fill", locale),
        heading("display.appointment", locale),
        *(heading(key, locale) for key in _COMPOSITION_HEADS),
        heading("display.verdict", locale),
    ]
    rows = (
        [
            cell(formatted(meeting.on, locale)),
            cell(formatted(meeting.to_fill, locale)),
            cell(formatted(tuple(option.gender for option in meeting.recommended), locale) or "-"),
            *_composition(meeting.after, locale),
            verdict_html(meeting.balance_after.verdict, locale),
        ]
        for meeting in plan.meetings
    )
    title = heading("display.plan", locale)
    return box(
        "succession-plan",
        title,
        fields(pairs),
        table(headers, rows, len(plan.meetings), locale),
    )


def evaluation_html(evaluation: Any) -> str:
    """The Dutch law and the directive side by side: every finding, then where they differ."""
    locale = get_locale()
    findings = evaluation.findings
    notes = "".join(
        f"<li>{cell(_explanation(key, evaluation.facts, locale), ROW_MESSAGE_LIMIT)}</li>"
        for key in evaluation.explanations[:SHOWN_ROWS]
    )
    title = cell(f"{evaluation.company} – {formatted(evaluation.on, locale)}")
    return box("eu-evaluation", title, _findings_table(findings, locale), f"<ul>{notes}</ul>")


def _explanation(key: str, facts: Mapping[str, Any], locale: str) -> str:
    texts = catalogs()
    if texts is None:
        return key
    try:
        return texts.message(key, locale, **facts)
    except Exception:
        return key


def information_html(information: Any) -> str:
    """The yearly information of art. 7 of the directive: the boards and the measures."""
    locale = get_locale()
    pairs = [
        (heading("display.company", locale), cell(information.company)),
        (heading("display.on", locale), cell(formatted(information.on, locale))),
        (heading("display.objective", locale), cell(formatted(information.objective, locale))),
        (
            heading("display.objective_met", locale),
            cell(formatted(information.objective_met, locale)),
        ),
    ]
    headers = [
        heading("demo.column.organ", locale),
        *(heading(key, locale) for key in _COMPOSITION_HEADS),
    ]
    rows = [
        [heading("display.executives", locale), *_composition(information.executives, locale)],
        [
            heading("display.non_executives", locale),
            *_composition(information.non_executives, locale),
        ],
    ]
    measures = "".join(f"<li>{cell(item)}</li>" for item in information.measures[:SHOWN_ROWS])
    return box(
        "eu-information",
        "",
        fields(pairs),
        table(headers, rows, 2, locale),
        f"<ul>{measures}</ul>",
    )


# -- loaded sources, their problems, aggregates ---------------------------------------------------


def _problem_rows(errors: Sequence[Any]) -> Iterable[list[str]]:
    for error in errors:
        line = getattr(error, "line", getattr(error, "row", None))
        yield [
            cell("-" if line is None else line),
            cell(error.field),
            cell(repr_text(error.value)),
            cell(error.reason),
        ]


def _problems_table(errors: Sequence[Any], locale: str) -> str:
    headers = [
        heading(key, locale)
        for key in ("display.line", "display.field", "display.value", "display.reason")
    ]
    return table(headers, _problem_rows(errors), len(errors), locale)


def _data_table(rows: Sequence[Mapping[str, Any]], locale: str) -> str:
    """The first rows as a table, a column per key of theirs (the first twenty keys)."""
    columns: dict[Any, None] = {}
    for row in rows[:SHOWN_ROWS]:
        columns.update(dict.fromkeys(row))
    shown = list(columns)[: SHOWN_ROWS * 2]
    headers = [cell(column) for column in shown]
    body = (
        [cell(_datum(row.get(column), locale, column in _PLAIN_NUMBERS)) for column in shown]
        for row in rows
    )
    return table(headers, body, len(rows), locale)


_PLAIN_NUMBERS = frozenset({"year", "target_year", "line", "row", "group"})
"""The columns whose whole numbers are names, not amounts: written without a separator."""


def _datum(value: Any, locale: str, plain: bool = False) -> str:
    """
    A value in a table of data: as :func:`_value`, but a date in ISO form (it fits a column),
    and a year (a column of :data:`_PLAIN_NUMBERS`) without a thousands separator.
    """
    if isinstance(value, date):
        return value.isoformat()
    if plain and isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return formatted(value, locale)


def loaded_html(loaded: Any) -> str:
    """A loaded source: how many rows and problems, the first rows, the first problems."""
    locale = get_locale()
    rows, errors = loaded.rows, loaded.errors
    parts = [
        f"<div>{cell(label('display.rows', locale, count=len(rows)))}; "
        f"{cell(label('display.problems', locale, count=len(errors)))}</div>",
    ]
    if rows:
        parts.append(_data_table(rows, locale))
    if errors:
        parts.append(_problems_table(errors, locale))
    return box("loaded", heading("display.loaded", locale), *parts)


def loaded_repr(loaded: Any) -> str:
    """``Loaded(rows=<75,000 rows>, errors=<3 problems>)``; an empty tuple shows as ``()``."""
    rows = "()" if not loaded.rows else f"<{len(loaded.rows):,} rows>"
    errors = "()" if not loaded.errors else f"<{len(loaded.errors):,} problems>"
    dropped = getattr(loaded, "dropped", ())
    if dropped:
        return f"Loaded(rows={rows}, errors={errors}, dropped=<{len(dropped):,} duplicates>)"
    return f"Loaded(rows={rows}, errors={errors})"


def load_error_html(error: Any) -> str:
    """A source's problems: the count and a table of the first ones (line, field, value, reason)."""
    locale = get_locale()
    errors = error.errors
    title = cell(f"{error.source}: {label('display.problems', locale, count=len(errors))}")
    return box("load-error", title, _problems_table(errors, locale))


def rows_html(rows: Sequence[Mapping[str, Any]]) -> str:
    """Rows of mappings (an aggregate, say) as a table of the first ones, and their count."""
    locale = get_locale()
    title = cell(label("display.rows", locale, count=len(rows)))
    return box("rows", title, _data_table(rows, locale))


def rows_repr(rows: Sequence[Any], name: str = "") -> str:
    """
    The first three rows' reprs and a count of the rest: ``[{...}, {...}, {...}, <97 more>]``,
    or ``Findings(<Finding ...>, <2 more>)`` with a ``name``.
    """
    shown = [repr_text(row) for row in rows[:3]]
    if len(rows) > 3:
        shown.append(f"<{len(rows) - 3:,} more>")
    inner = ", ".join(shown)
    return f"{name}({inner})" if name else f"[{inner}]"


class Table(list[dict[str, object]]):
    """
    A list of rows (mappings) that shows itself as a table in a notebook; otherwise the list it
    is: equal to a list with the same rows, sliced and iterated as one.

    >>> table = Table([{"year": 2024, "seats": 12}])
    >>> table == [{"year": 2024, "seats": 12}]
    True
    """

    def _repr_html_(self) -> str:
        return rows_html(self)

    def __repr__(self) -> str:
        if len(self) <= SHOWN_ROWS:
            return list.__repr__(self)
        return rows_repr(self)
